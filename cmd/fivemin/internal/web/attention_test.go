package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// fakeAttention is a "needs attention" list the test controls.
type fakeAttention struct {
	mu      sync.Mutex
	items   []AttentionItem
	retried []string
}

func (f *fakeAttention) list(context.Context) ([]AttentionItem, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]AttentionItem(nil), f.items...), nil
}

func (f *fakeAttention) retry(_ context.Context, token string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, it := range f.items {
		if it.Token == token {
			f.retried = append(f.retried, token)
			f.items = append(f.items[:i], f.items[i+1:]...)
			return nil
		}
	}
	return fmt.Errorf("retry %s: %w", token, ErrNotRetryable)
}

func TestAttentionPageListsAndRetries(t *testing.T) {
	fa := &fakeAttention{items: []AttentionItem{
		{Rep: "carla@firm.test", Token: "aaaa1111", Outcome: "failed", Reason: "config", Error: "no template variant", From: "Dana <dana@client.test>", Subject: "<b>amended</b> return", At: now},
		{Rep: "carla@firm.test", Token: "bbbb2222", Outcome: "skipped", Reason: "not-client", From: "ben@firm.test", Subject: "lunch", At: now},
	}}
	f := newFixture(t, func(o *Options) { o.Attention, o.Retry = fa.list, fa.retry })
	w := f.get(t, "/attention")
	body := w.Body.String()
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, body)
	}
	for _, want := range []string{"Needs attention", "config", "no template variant", "not-client", "lunch", "&lt;b&gt;amended&lt;/b&gt; return", `value="aaaa1111"`} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(body, "<b>amended") {
		t.Error("a subject reached the page unescaped")
	}
	if !strings.Contains(f.get(t, "/").Body.String(), `href="/attention"`) {
		t.Error("no menu entry for the page")
	}

	good := csrfFrom(t, f, "/attention")
	for _, tc := range []struct {
		name string
		csrf string
		hdr  map[string]string
	}{
		{"no token", "", nil},
		{"tampered", good[:len(good)-2] + "AA", nil},
		{"foreign origin", good, map[string]string{"Origin": "https://evil.example"}},
	} {
		if w := f.post(t, "/attention/retry", url.Values{"csrf": {tc.csrf}, "token": {"aaaa1111"}}, tc.hdr); w.Code != http.StatusForbidden {
			t.Errorf("%s: status %d, want 403", tc.name, w.Code)
		}
	}
	if len(fa.retried) != 0 {
		t.Fatalf("forged requests retried %v", fa.retried)
	}
	w = f.post(t, "/attention/retry", url.Values{"csrf": {good}, "token": {"aaaa1111"}}, nil)
	if w.Code != http.StatusSeeOther || w.Header().Get("Location") != "/attention" {
		t.Fatalf("retry: status %d, location %q", w.Code, w.Header().Get("Location"))
	}
	if len(fa.retried) != 1 || fa.retried[0] != "aaaa1111" {
		t.Errorf("retried %v", fa.retried)
	}
	// Retrying it again (already queued) flashes an explanation.
	w = f.post(t, "/attention/retry", url.Values{"csrf": {good}, "token": {"aaaa1111"}}, nil)
	if w.Code != http.StatusSeeOther {
		t.Errorf("second retry: status %d", w.Code)
	}
	if w := f.get(t, "/attention/retry"); w.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET retry: status %d, want 405", w.Code)
	}
}

func TestAttentionPageOnlyWhenConfigured(t *testing.T) {
	f := newFixture(t)
	if w := f.get(t, "/attention"); w.Code != http.StatusNotFound {
		t.Errorf("status %d without a list, want 404", w.Code)
	}
	if strings.Contains(f.get(t, "/").Body.String(), `href="/attention"`) {
		t.Error("menu entry without a list")
	}
}

func TestMailProblemsShownOnEveryPage(t *testing.T) {
	f := newFixture(t, func(o *Options) {
		o.MailProblems = func(context.Context) []string {
			return []string{"bo@firm.test: the mail server refuses the login <since 10:00>"}
		}
	})
	for _, path := range []string{"/", "/unclear", "/usage"} {
		body := f.get(t, path).Body.String()
		if !strings.Contains(body, `role="alert">bo@firm.test: the mail server refuses the login &lt;since 10:00&gt;`) {
			t.Errorf("%s does not show the mailbox problem (escaped)", path)
		}
	}
	if strings.Contains(newFixture(t).get(t, "/").Body.String(), `role="alert"`) {
		t.Error("an alert without problems")
	}
}
