package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// TestSentTimeAndTaggedAnswer, through the pipeline's Handle and OnSent
// with a fake clock: the reply's sent time (from the mailbox event, not
// the moment it is recorded) gives the first response time, and a client
// answer carrying only the quote's tag in its subject (no In-Reply-To or
// References) is matched to the quote and decides it.
func TestSentTimeAndTaggedAnswer(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.db")
	cfg := handleConfig(t, state, `timezone = "UTC"`, "[rates]\ndefault = \"100.00\"")
	led := openLedger(t, state)
	arrived := time.Date(2026, 10, 14, 13, 13, 5, 0, time.UTC)
	clock := arrived.Add(30 * time.Second) // drafting takes seconds
	a, err := New(Options{Config: Static(cfg), Ledger: led, Logger: testLogger(t), Now: func() time.Time { return clock }})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	raw := corpus(t, "triage/001.eml") // from dana@kimscorner.test, one paid ask
	tok := strings.Repeat("a", 64)
	res, err := a.Handle(ctx, rep, &mailbox.Message{Account: rep, Raw: raw, Token: tok, InternalDate: arrived})
	if err != nil || res.Draft == nil {
		t.Fatalf("Handle: %v %+v", err, res)
	}
	em, err := led.Email(ctx, tok)
	if err != nil || em.QuoteID == "" {
		t.Fatalf("email %+v, %v", em, err)
	}

	// The rep sent it from their mail program 2 h 15 min after the email
	// arrived; fivemin notices a while later.
	sentAt := arrived.Add(2*time.Hour + 15*time.Minute)
	clock = sentAt.Add(10 * time.Minute)
	a.onSent(ctx, mailbox.SentEvent{Account: rep, Token: tok, QuoteID: em.QuoteID, Via: "client", At: sentAt, Raw: res.Draft})
	if em, err = led.Email(ctx, tok); err != nil || !em.SentAt.Equal(sentAt) {
		t.Fatalf("email sent at %v, want %v (%v)", em.SentAt, sentAt, err)
	}
	r, err := led.Report(ctx, ledger.Filter{}, ledger.ByRepMonth)
	if err != nil {
		t.Fatal(err)
	}
	rows := r.Rows(ledger.ByRepMonth)
	if len(rows) != 1 || rows[0].Month != "2026-10" || rows[0].Responded != 1 ||
		rows[0].MedianResponseSeconds < 8100*0.984 || rows[0].MedianResponseSeconds > 8100*1.016 {
		t.Fatalf("first response per rep and month: %+v", rows)
	}

	// The client answers in a fresh message: the tag is all that ties it.
	answer := fmt.Sprintf("From: Dana Kim <dana@kimscorner.test>\r\nTo: %s\r\nSubject: Statements [%s]\r\n"+
		"Message-ID: <fresh-1@kimscorner.test>\r\nDate: Thu, 15 Oct 2026 08:00:00 -0400\r\n\r\nYes please, go ahead.\r\n\r\nDana\r\n", rep, em.QuoteID)
	clock = sentAt.Add(20 * time.Hour)
	if _, err := a.Handle(ctx, rep, &mailbox.Message{Account: rep, Raw: []byte(answer), Token: strings.Repeat("b", 64), InternalDate: clock}); err != nil {
		t.Fatal(err)
	}
	q, err := led.Quote(ctx, em.QuoteID)
	if err != nil || q.Status != ledger.Accepted {
		t.Fatalf("quote after the tagged answer: %+v, %v", q, err)
	}
}
