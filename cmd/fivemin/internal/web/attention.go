package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// AttentionItem is a recent message that got no draft: skipped (not a
// client, automatic mail, a duplicate...) or failed, with its reason.
type AttentionItem struct {
	Rep     string
	Token   string
	Outcome string // skipped, failed, too-large
	Reason  string
	Error   string
	From    string
	Subject string
	At      time.Time
}

// ErrNotRetryable is what Options.Retry returns (wrapped) for a message
// that cannot be retried; the page then says so instead of failing.
var ErrNotRetryable = errors.New("not a skipped or failed message")

type attentionView struct {
	*page
	Items []attentionRow
}

type attentionRow struct {
	AttentionItem
	When   string
	Failed bool
}

// attention is the "Needs attention" page: the recent mail that got no
// draft, and why, each with a retry button.
func (h *handler) attention(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "Needs attention", "attention")
	items, err := h.attn(r.Context())
	if err != nil && len(items) == 0 {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	if err != nil {
		h.log.Warn("web: some mailboxes could not be read", "err", err)
	}
	v := attentionView{page: p}
	for _, it := range items {
		v.Items = append(v.Items, attentionRow{AttentionItem: it, When: p.Time(it.At), Failed: it.Outcome != "skipped"})
	}
	h.render(w, r, http.StatusOK, "attention", v)
}

// retry queues one message to be handled again (POST, CSRF-checked).
func (h *handler) retry(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		h.fail(w, r, http.StatusBadRequest, fmt.Errorf("unreadable form: %w", err))
		return
	}
	if err := h.sign.checkCSRF(r.PostForm.Get("csrf"), h.token(), h.now()); err != nil {
		h.log.Warn("web: retry refused: bad CSRF token", "remote", r.RemoteAddr, "path", r.URL.Path)
		h.fail(w, r, http.StatusForbidden, err)
		return
	}
	token := r.PostForm.Get("token")
	err := h.retryFn(r.Context(), token)
	switch {
	case errors.Is(err, ErrNotRetryable):
		h.sign.setFlash(w, r, flash{Kind: "error", Text: "That message cannot be retried: it was handled meanwhile."})
	case err != nil:
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	default:
		_, user, _ := credentials(r)
		h.log.Info("web: message queued to be handled again", "token", token[:min(12, len(token))], "user", user)
		h.sign.setFlash(w, r, flash{Kind: "ok", Text: "Queued: the message is handled again in a moment; it leaves this list if it gets a draft."})
	}
	http.Redirect(w, r, "/attention", http.StatusSeeOther)
}

// attentionFuncs are Options.Attention and Options.Retry.
type attentionFuncs struct {
	attn    func(ctx context.Context) ([]AttentionItem, error)
	retryFn func(ctx context.Context, token string) error
}
