package app

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// handleApp is an App for a.Handle alone (no mailboxes run), with its ledger.
func handleApp(t *testing.T) (*App, *ledger.Ledger) {
	t.Helper()
	state := filepath.Join(t.TempDir(), "state.db")
	cfg := handleConfig(t, state, "", "[rates]\ndefault = \"120.00\"")
	led := openLedger(t, state)
	a, err := New(Options{Config: Static(cfg), Ledger: led, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	return a, led
}

// TestReplyToQuoteIsNotRequoted: a client's answer to a quote (a
// counter-offer, a question back) goes to the quote's record for a person
// and gets no second quote for the same work, also when the reply keeps
// only the [Q-…] tag; an ask for new work in a reply is quoted; and the
// quote draft itself, headers stripped by a mail program and read by
// another firm's fivemin, gets no quote back.
func TestReplyToQuoteIsNotRequoted(t *testing.T) {
	ctx := context.Background()
	a, led := handleApp(t)
	n := 0
	handle := func(raw string) mailbox.Result {
		t.Helper()
		n++
		res, err := a.Handle(ctx, rep, &mailbox.Message{Account: rep, Raw: []byte(raw), Token: fmt.Sprintf("%064d", n), InternalDate: time.Now()})
		if err != nil {
			t.Fatalf("Handle: %v", err)
		}
		return res
	}
	quotesOf := func() []string {
		t.Helper()
		var ids []string
		if err := led.Scan(ctx, ledger.Filter{}, func(f *ledger.Fact) error {
			if f.IsQuote {
				ids = append(ids, f.Client)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return ids
	}

	first := handle("From: Rosa Vidal <rosa@harbourcafe.test>\r\nTo: " + rep + "\r\nSubject: Sales tax\r\n" +
		"Message-ID: <ask-1@harbourcafe.test>\r\nDate: Mon, 2 Nov 2026 09:00:00 +0000\r\n\r\n" +
		"Hi Carla,\r\n\r\nCould you prepare and file the quarterly sales tax return for the cafe?\r\n\r\nRosa\r\n")
	if first.Draft == nil {
		t.Fatalf("no draft for a paid ask: %+v", first)
	}
	em, err := led.Email(ctx, fmt.Sprintf("%064d", 1))
	if err != nil || em.QuoteID == "" {
		t.Fatalf("first email %+v, %v", em, err)
	}
	q, _ := led.Quote(ctx, em.QuoteID)
	if _, err := led.Mark(ctx, q.ID, ledger.Sent, ledger.ActorRep, ""); err != nil {
		t.Fatal(err)
	}

	// A counter-offer, threaded: flagged with the client's words, no quote.
	counter := handle(fmt.Sprintf("From: Rosa Vidal <rosa@harbourcafe.test>\r\nTo: %s\r\nSubject: Re: Sales tax [%s]\r\n"+
		"Message-ID: <re-1@harbourcafe.test>\r\nIn-Reply-To: <%s>\r\n\r\n"+
		"Could you do it for $300 flat?\r\n\r\nOn Mon, Carla wrote:\r\n> Shall I go ahead?\r\n", rep, q.ID, q.MessageID))
	if counter.Draft != nil || counter.Skip == "" {
		t.Errorf("a counter-offer got a draft: %s", counter.Draft)
	}
	q, _ = led.Quote(ctx, q.ID)
	if !q.Unclear || q.Answer != "Could you do it for $300 flat?" || !strings.Contains(q.FlagNote, "question back") {
		t.Errorf("quote after the counter-offer: unclear=%v answer %q note %q", q.Unclear, q.Answer, q.FlagNote)
	}

	// A question back keeping only the tag in its subject: the same quote.
	handle(fmt.Sprintf("From: rosa@harbourcafe.test\r\nTo: %s\r\nSubject: RE: Sales tax [%s]\r\n"+
		"Message-ID: <re-2@harbourcafe.test>\r\n\r\nDoes that include the filing fee, or is that extra?\r\n", rep, q.ID))
	if got := quotesOf(); len(got) != 1 {
		t.Fatalf("replies about the quoted work made new quotes: %d quotes", len(got))
	}
	evs, _ := led.Events(ctx, q.ID)
	if last := evs[len(evs)-1]; last.Kind != ledger.EventUnclear || !strings.Contains(last.Answer, "filing fee") {
		t.Errorf("the tagged question did not reach the quote: last event %+v", last)
	}

	// New work in a reply is quoted.
	more := handle(fmt.Sprintf("From: rosa@harbourcafe.test\r\nTo: %s\r\nSubject: Re: Sales tax [%s]\r\n"+
		"Message-ID: <re-3@harbourcafe.test>\r\nIn-Reply-To: <%s>\r\n\r\n"+
		"One more thing: could you also reconcile the cafe's card payments for October?\r\n", rep, q.ID, q.MessageID))
	if more.Draft == nil || len(quotesOf()) != 2 {
		t.Errorf("new work in a reply was not quoted: %+v, %d quotes", more, len(quotesOf()))
	}

	// The first draft, as another firm's fivemin would get it from a mail
	// program that dropped the X-Fivemin headers: no quote back.
	raw := regexp.MustCompile(`(?m)^X-Fivemin-[^\r\n]*\r\n`).ReplaceAllString(string(first.Draft), "")
	raw = regexp.MustCompile(`(?m)^From: [^\r\n]*`).ReplaceAllString(raw, "From: Sam Lee <sam@otherbooks.test>")
	before := len(quotesOf())
	loop := handle(raw)
	if loop.Draft != nil || loop.Skip != "quote from another firm" || len(quotesOf()) != before {
		t.Errorf("a quote with its headers dropped: skip %q, draft %v, quotes %d→%d", loop.Skip, loop.Draft != nil, before, len(quotesOf()))
	}
}
