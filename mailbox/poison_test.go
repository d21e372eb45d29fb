package mailbox

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// poisonHandler fails for good on subjects containing [poison] (until
// cured), and drafts the rest.
type poisonHandler struct {
	*testHandler
	cured atomic.Bool
}

func (h *poisonHandler) handle(ctx context.Context, m *Message) (Result, error) {
	hdr, err := readHeader(m.Raw)
	if err != nil {
		return Result{}, err
	}
	if strings.Contains(hdr.Get("Subject"), "[poison]") && !h.cured.Load() {
		h.mu.Lock()
		h.calls[m.Token]++
		h.mu.Unlock()
		return Result{}, Permanent("header", errors.New("unreadable From"))
	}
	return h.testHandler.handle(ctx, m)
}

// TestDovecotPoisonMessages delivers five messages the handler can never
// answer, then a good one: the good one is drafted on the same connection
// (no teardown, no backoff), each poison message is handled once and
// recorded as failed with its reason, listed as needing attention, and
// drafted once retried after the cause is fixed.
func TestDovecotPoisonMessages(t *testing.T) {
	t.Parallel()
	d := startDovecot(t)
	h := &poisonHandler{testHandler: newTestHandler()}
	m := newMailbox(t, Config{Account: dovecotAccount(d, rep), DB: tempDB(t), Logger: testLogger(t), Handle: h.handle})
	runMailbox(t, m)
	var poison []string
	for i := 1; i <= 5; i++ {
		raw := clientMail(i, fmt.Sprintf("odd one %d [poison]", i))
		d.Deliver(t, rep, raw)
		poison = append(poison, Token(rep, raw))
	}
	good := clientMail(6, "a fair question")
	d.Deliver(t, rep, good)
	tokGood := Token(rep, good)
	waitFor(t, "draft for the good message", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[tokGood] == 1 })
	// The draft lands in Drafts a moment before the round records its
	// outcomes (the poison ones with it, in one transaction).
	waitFor(t, "the good message recorded as drafted", 10*time.Second, func() bool {
		r, _ := m.Lookup(tokGood)
		return r != nil && r.Outcome == OutcomeDrafted
	})

	if s := m.Stats().Sessions; s != 1 {
		t.Errorf("%d connections, want 1: a permanent failure must not reconnect", s)
	}
	for i, tok := range poison {
		r, err := m.Lookup(tok)
		if err != nil {
			t.Fatal(err)
		}
		if r == nil || r.Outcome != OutcomeFailed || r.Reason != "header" || !strings.Contains(r.Error, "unreadable From") {
			t.Errorf("poison %d recorded as %+v", i+1, r)
			continue
		}
		if want := fmt.Sprintf("odd one %d [poison]", i+1); r.Subject != want || r.From != fmt.Sprintf("Client %d <client%d@client.test>", i+1, i+1) {
			t.Errorf("poison %d: subject %q from %q", i+1, r.Subject, r.From)
		}
		if n := h.count(tok); n != 1 {
			t.Errorf("poison %d handled %d times, want 1", i+1, n)
		}
	}
	att, err := m.Attention()
	if err != nil {
		t.Fatal(err)
	}
	if len(att) != 5 {
		t.Fatalf("attention list has %d entries, want the 5 poison messages", len(att))
	}

	// Fixed: a retry drafts it, and it leaves the list.
	h.cured.Store(true)
	if err := m.Retry(poison[2]); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "draft for the retried message", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[poison[2]] == 1 })
	waitFor(t, "retried message recorded", 10*time.Second, func() bool {
		r, _ := m.Lookup(poison[2])
		return r != nil && r.Outcome == OutcomeDrafted
	})
	if att, _ := m.Attention(); len(att) != 4 {
		t.Errorf("attention list has %d entries after one retry, want 4", len(att))
	}
	if err := m.Retry(tokGood); !errors.Is(err, ErrNotRetryable) {
		t.Errorf("Retry of a drafted message: %v, want ErrNotRetryable", err)
	}
	// Another permanent reason, queued in bulk (as after a config fix).
	n, err := m.RetryReason("header")
	if err != nil || n != 4 {
		t.Fatalf("RetryReason = %d, %v; want 4", n, err)
	}
	waitFor(t, "drafts for every retried message", 10*time.Second, func() bool {
		got := draftsByToken(t, d, rep)
		for _, tok := range poison {
			if got[tok] != 1 {
				return false
			}
		}
		return true
	})
	if att, _ := m.Attention(); len(att) != 0 {
		t.Errorf("attention list after all retries: %d entries", len(att))
	}
	if got := draftsByToken(t, d, rep); len(got) != 6 {
		t.Errorf("drafts %v, want 6 distinct", got)
	}
}
