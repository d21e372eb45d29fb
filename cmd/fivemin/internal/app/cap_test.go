package app

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// TestCappedGoAheadSettledByLedger: "go ahead, but keep it under N hours"
// without the quote quoted below reaches the ledger as a cap, and the
// quote's own hours settle it: a cap above them accepts, one below is
// flagged for a person as a counter-offer.
func TestCappedGoAheadSettledByLedger(t *testing.T) {
	ctx := context.Background()
	a, led := handleApp(t)
	n := 0
	handle := func(raw string) {
		t.Helper()
		n++
		if _, err := a.Handle(ctx, rep, &mailbox.Message{Account: rep, Raw: []byte(raw), Token: fmt.Sprintf("%064d", n), InternalDate: time.Now()}); err != nil {
			t.Fatalf("Handle: %v", err)
		}
	}
	quoteFor := func(client string) *ledger.Quote {
		t.Helper()
		handle("From: " + client + "\r\nTo: " + rep + "\r\nSubject: Payroll\r\nMessage-ID: <ask-" + fmt.Sprint(n) + "@client.test>\r\n" +
			"Date: Mon, 2 Nov 2026 09:00:00 +0000\r\n\r\nHi,\r\n\r\nCould you set up payroll for our three new staff and run November's payroll?\r\n\r\nThanks\r\n")
		em, err := led.Email(ctx, fmt.Sprintf("%064d", n))
		if err != nil || em.QuoteID == "" {
			t.Fatalf("no quote for %s: %+v %v", client, em, err)
		}
		q, err := led.Mark(ctx, em.QuoteID, ledger.Sent, ledger.ActorRep, "")
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	for _, tc := range []struct {
		client string
		capBy  int64 // cap minutes relative to the quote's
		want   ledger.Status
		note   string
	}{
		{"ines@bakery.test", +120, ledger.Accepted, ""},
		{"theo@garage.test", -30, ledger.Sent, "below the quoted"},
	} {
		q := quoteFor(tc.client)
		capH := float64(q.BilledMinutes()+tc.capBy) / 60
		if capH <= 0 {
			t.Fatalf("quote of %d minutes is too small for the case", q.BilledMinutes())
		}
		handle(fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: Re: Payroll [%s]\r\nMessage-ID: <re-%d@client.test>\r\nIn-Reply-To: <%s>\r\n\r\n"+
			"Go ahead, but keep it under %g hours please.\r\n", tc.client, rep, q.ID, n, q.MessageID, capH))
		got, err := led.Quote(ctx, q.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != tc.want || got.Unclear != (tc.note != "") || !strings.Contains(got.FlagNote, tc.note) {
			t.Errorf("%s, cap %g h on a %d-minute quote: status %s unclear %v note %q, want %s", tc.client, capH, q.BilledMinutes(), got.Status, got.Unclear, got.FlagNote, tc.want)
		}
	}
}
