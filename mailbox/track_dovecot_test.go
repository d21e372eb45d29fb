package mailbox

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
)

// threadDraft answers a client mail as fivemin's drafts do: In-Reply-To
// and References cite the client's message, the subject carries the
// quote tag, the X-Fivemin headers carry token and quote.
func threadDraft(_ context.Context, m *Message) (Result, error) {
	h, err := readHeader(m.Raw)
	if err != nil {
		return Result{}, err
	}
	d := fmt.Sprintf("From: rep@example.com\r\nTo: %s\r\nSubject: Re: %s %s\r\nMessage-ID: <%s@fivemin.test>\r\n"+
		"In-Reply-To: %s\r\nReferences: %s\r\n%s: %s\r\n%s: %s\r\nDate: Mon, 23 Nov 2026 10:05:00 +0000\r\n\r\nHello, here is the answer.\r\n",
		h.Get("From"), h.Get("Subject"), "["+testQuoteID(m.Token)+"]", m.Token[:20], h.Get("Message-Id"), h.Get("Message-Id"),
		HeaderSource, m.Token, HeaderQuoteID, testQuoteID(m.Token))
	return Result{Draft: []byte(d)}, nil
}

func testQuoteID(token string) string { return "Q-" + strings.ToUpper(token[:10]) }

// recomposed is the copy a mail program files in Sent after the rep
// re-composed a draft: a new Message-ID and no X-Fivemin headers.
func recomposed(n int, to, subject, inReplyTo string) []byte {
	irt := ""
	if inReplyTo != "" {
		irt = "In-Reply-To: " + inReplyTo + "\r\nReferences: " + inReplyTo + "\r\n"
	}
	return []byte(fmt.Sprintf("From: Rep <rep@example.com>\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <mua-%d@rep.example.com>\r\n%s"+
		"Date: Mon, 23 Nov 2026 11:00:00 +0000\r\nUser-Agent: SomeMailer 9\r\n\r\nHello, here is my answer in my own words.\r\n", to, subject, n, irt))
}

// TestDovecotRecomposedReplyIsTracked: a draft deleted from Drafts whose
// re-composed copy (new Message-ID, no X-Fivemin headers, same
// In-Reply-To and subject tag) appears in Sent is reported sent, with the
// time it was filed; so is one whose copy appears after the draft was
// already reported deleted. The rep's other mail to the same client, and
// a reply in the thread to a colleague, are not taken for the reply.
func TestDovecotRecomposedReplyIsTracked(t *testing.T) {
	t.Parallel()
	d := startDovecot(t)
	acct := dovecotAccount(d, rep)
	acct.WatchInterval = 200 * time.Millisecond
	acct.DeleteGrace = 400 * time.Millisecond

	var mu sync.Mutex
	var order []string // "sent:TOKEN" and "deleted:TOKEN", as reported
	sent := map[string]SentEvent{}
	m, err := New(Config{Account: acct, DB: tempDB(t), Logger: testLogger(t), Handle: threadDraft,
		OnSent: func(_ context.Context, e SentEvent) {
			mu.Lock()
			defer mu.Unlock()
			order = append(order, "sent:"+e.Token)
			sent[e.Token] = e
		},
		OnDeleted: func(_ context.Context, e DeletedEvent) {
			mu.Lock()
			defer mu.Unlock()
			order = append(order, "deleted:"+e.Token)
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	runMailbox(t, m)
	subjects := []string{"", "Payroll for March", "Invoice question", "VAT return"}
	toks := make([]string, 4)
	for i := 1; i <= 3; i++ {
		d.Deliver(t, rep, clientMail(i, subjects[i]))
		toks[i] = Token(rep, clientMail(i, subjects[i]))
	}
	waitFor(t, "three drafts", 10*time.Second, func() bool { return len(draftsByToken(t, d, rep)) == 3 })
	msgID := func(i int) string {
		return fmt.Sprintf("<msg-%d-%s@client.test>", i, strings.ReplaceAll(subjects[i], " ", "-"))
	}
	client := func(i int) string { return fmt.Sprintf("client%d@client.test", i) }
	subject := func(i int) string { return "Re: " + subjects[i] + " [" + testQuoteID(toks[i]) + "]" }

	c := d.Dial(t, rep)
	defer c.Close()
	appendSent := func(raw []byte, at time.Time) {
		t.Helper()
		cmd := c.Append("Sent", int64(len(raw)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagSeen}, Time: at})
		if _, err := cmd.Write(raw); err != nil {
			t.Fatal(err)
		}
		if err := cmd.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := cmd.Wait(); err != nil {
			t.Fatal(err)
		}
	}
	draftUID := func(tok string) imap.UID {
		for _, msg := range d.Messages(t, rep, "Drafts") {
			if msg.Header.Get(HeaderSource) == tok {
				return msg.UID
			}
		}
		t.Fatalf("no draft for %s", tok)
		return 0
	}
	filed := time.Now().Add(-time.Minute).Truncate(time.Second)

	// Not the reply to draft 3: other mail to the same client, and a reply
	// in the thread to a colleague. Filed before the reply to draft 1, so
	// they are read in the same round or an earlier one.
	appendSent(recomposed(30, client(3), "Lunch next week?", ""), filed)
	appendSent(recomposed(31, "colleague@example.com", "Fwd: "+subject(3), msgID(3)), filed)

	// Draft 1 re-composed and sent from the mail program.
	appendSent(recomposed(10, "Client 1 <"+client(1)+">", subject(1), msgID(1)), filed)
	d.Expunge(t, rep, "Drafts", draftUID(toks[1]))
	waitFor(t, "draft 1 reported sent", 10*time.Second, func() bool {
		mu.Lock()
		defer mu.Unlock()
		_, ok := sent[toks[1]]
		return ok
	})

	// Draft 2 deleted first; its copy lands in Sent after the deletion was
	// reported (the rep sent their own version later).
	d.Expunge(t, rep, "Drafts", draftUID(toks[2]))
	waitFor(t, "draft 2 reported deleted", 10*time.Second, func() bool {
		r, _ := m.Lookup(toks[2])
		return r != nil && r.State == DraftDeleted
	})
	appendSent(recomposed(20, client(2), "Re: "+subjects[2], msgID(2)), filed.Add(30*time.Second))
	waitFor(t, "draft 2 reported sent", 10*time.Second, func() bool {
		mu.Lock()
		defer mu.Unlock()
		_, ok := sent[toks[2]]
		return ok
	})

	mu.Lock()
	defer mu.Unlock()
	want := []string{"sent:" + toks[1], "deleted:" + toks[2], "sent:" + toks[2]}
	if strings.Join(order, " ") != strings.Join(want, " ") {
		t.Errorf("reports %q, want %q", order, want)
	}
	e1 := sent[toks[1]]
	if e1.Via != "client" || e1.QuoteID != testQuoteID(toks[1]) || !e1.At.Equal(filed) || !strings.Contains(string(e1.Raw), "my own words") {
		t.Errorf("draft 1 event: via %q quote %q at %v (want %v), raw %q", e1.Via, e1.QuoteID, e1.At, filed, e1.Raw)
	}
	if e2 := sent[toks[2]]; e2.QuoteID != testQuoteID(toks[2]) || !e2.At.Equal(filed.Add(30*time.Second)) {
		t.Errorf("draft 2 event: quote %q at %v", e2.QuoteID, e2.At)
	}
	for i, st := range map[int]DraftState{1: DraftSent, 2: DraftSent, 3: DraftWaiting} {
		if r, err := m.Lookup(toks[i]); err != nil || r == nil || r.State != st {
			t.Errorf("draft %d: record %+v (%v), want state %q", i, r, err, st)
		}
	}
	if r, _ := m.Lookup(toks[1]); r != nil && !r.Sent.Equal(filed) {
		t.Errorf("draft 1 recorded sent at %v, want %v", r.Sent, filed)
	}
}
