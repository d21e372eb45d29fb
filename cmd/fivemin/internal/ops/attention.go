package ops

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/fivemin/fivemin/mailbox"
)

// AttentionItem is a recent message that got no draft: skipped (not a
// client, automatic mail, a duplicate...) or failed (with its reason).
type AttentionItem struct {
	Rep     string    `json:"rep"`
	Token   string    `json:"token"`
	Outcome string    `json:"outcome"` // skipped, failed, too-large
	Reason  string    `json:"reason,omitempty"`
	Error   string    `json:"error,omitempty"`
	From    string    `json:"from,omitempty"`
	Subject string    `json:"subject,omitempty"`
	At      time.Time `json:"at"`
}

// Attention lists every rep's recent skips and failures, newest first.
func (l *Local) Attention(ctx context.Context) ([]AttentionItem, error) {
	mbs, err := l.mailboxes()
	if err != nil {
		return nil, err
	}
	var out []AttentionItem
	var errs []error
	for rep, mb := range mbs {
		recs, err := mb.Attention()
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", rep, err))
			continue
		}
		for _, r := range recs {
			out = append(out, AttentionItem{Rep: rep, Token: r.Token, Outcome: string(r.Outcome), Reason: r.Reason,
				Error: r.Error, From: r.From, Subject: r.Subject, At: r.Updated})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.After(out[j].At) })
	return out, errors.Join(errs...)
}

// Retry queues a skipped or failed message (by token, or a unique prefix
// of at least 12 digits as listed) to be handled again.
func (l *Local) Retry(ctx context.Context, ref string) error {
	mbs, err := l.mailboxes()
	if err != nil {
		return err
	}
	ref = strings.ToLower(strings.TrimSpace(ref))
	if len(ref) < 12 {
		return fmt.Errorf("%w: give the token (at least its first 12 digits)", mailbox.ErrNotRetryable)
	}
	for _, mb := range mbs {
		recs, err := mb.Attention()
		if err != nil {
			return err
		}
		for _, r := range recs {
			if strings.HasPrefix(r.Token, ref) {
				return mb.Retry(r.Token)
			}
		}
	}
	return fmt.Errorf("%s: %w", ref, mailbox.ErrNotRetryable)
}

func attentionRoutes(mux *http.ServeMux, svc Service, reply func(http.ResponseWriter, any, error), decode func(*http.Request, any) error) {
	mux.HandleFunc("GET /attention", func(w http.ResponseWriter, r *http.Request) {
		items, err := svc.Attention(r.Context())
		reply(w, items, err)
	})
	mux.HandleFunc("GET /status", func(w http.ResponseWriter, r *http.Request) {
		st, err := svc.Status(r.Context())
		reply(w, st, err)
	})
	mux.HandleFunc("POST /retry", func(w http.ResponseWriter, r *http.Request) {
		var req retryRequest
		if err := decode(r, &req); err != nil {
			reply(w, nil, err)
			return
		}
		reply(w, map[string]bool{"queued": true}, svc.Retry(r.Context(), req.Token))
	})
}

type retryRequest struct {
	Token string `json:"token"`
}

// Attention implements Service.
func (c *Client) Attention(ctx context.Context) ([]AttentionItem, error) {
	var items []AttentionItem
	return items, c.do(ctx, http.MethodGet, "/attention", nil, &items)
}

// Retry implements Service.
func (c *Client) Retry(ctx context.Context, token string) error {
	var ok map[string]bool
	return c.do(ctx, http.MethodPost, "/retry", retryRequest{Token: token}, &ok)
}

// MailboxStatus is a rep's mailbox connection as the running service sees
// it.
type MailboxStatus struct {
	Rep        string    `json:"rep"`
	Connected  bool      `json:"connected"`
	Since      time.Time `json:"since,omitzero"`
	AuthFailed bool      `json:"auth_failed,omitempty"`
	OAuth      bool      `json:"oauth,omitempty"` // the rep logs in with OAuth 2.0, not a password
	Error      string    `json:"error,omitempty"`
	NextTry    time.Time `json:"next_try,omitzero"`
}

// Status reports every rep's mailbox connection, sorted by rep. Mailboxes
// that never ran (no service) have a zero Since.
func (l *Local) Status(ctx context.Context) ([]MailboxStatus, error) {
	mbs, err := l.mailboxes()
	if err != nil {
		return nil, err
	}
	out := make([]MailboxStatus, 0, len(mbs))
	for rep, mb := range mbs {
		st := mb.Status()
		out = append(out, MailboxStatus{Rep: rep, Connected: st.Connected, Since: st.Since, AuthFailed: st.AuthFailed,
			OAuth: mb.Account().IMAP.SASL != nil, Error: st.Error, NextTry: st.NextTry})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Rep < out[j].Rep })
	return out, nil
}

// Problem says what is wrong with the connection, or "" when it works or
// was never tried.
func (s MailboxStatus) Problem() string {
	switch {
	case s.Connected || s.Since.IsZero():
		return ""
	case s.AuthFailed && s.OAuth:
		return "the sign-in no longer works since " + s.Since.Format("2006-01-02 15:04") + ": the rep signs in again with " +
			"fivemin auth login --rep " + s.Rep + " (" + s.Error + ")"
	case s.AuthFailed:
		return "the mail server refuses the login since " + s.Since.Format("2006-01-02 15:04") + ": check the user name and password (" + s.Error + ")"
	default:
		return "cannot reach the mail server since " + s.Since.Format("2006-01-02 15:04") + " (" + s.Error + ")"
	}
}

// Status implements Service.
func (c *Client) Status(ctx context.Context) ([]MailboxStatus, error) {
	var st []MailboxStatus
	return st, c.do(ctx, http.MethodGet, "/status", nil, &st)
}
