package ledger

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestApplyReplyCap: a go-ahead with a cap on the time is settled against
// the minutes the quote bills, whatever decision triage read: at or above
// them it accepts, below them a person answers the counter-offer.
func TestApplyReplyCap(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name     string
		decision Decision
		capBy    int64 // cap minutes relative to the quote's billed minutes
		want     Status
		flagged  bool
		note     string
	}{
		{"cap above the quote accepts", DecisionUnclear, +60, Accepted, false, "at or above"},
		{"cap equal to the quote accepts", DecisionUnclear, 0, Accepted, false, "at or above"},
		{"cap below the quote is a counter-offer", DecisionUnclear, -30, Sent, true, "below the quoted"},
		{"triage's accept is overruled by a low cap", DecisionAccepted, -60, Sent, true, "below the quoted"},
		{"a decline with a cap stays a decline", DecisionDeclined, +60, Declined, false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l, _ := newTestLedger(t)
			id := mustCreate(t, l, "tok", t0)
			mustSend(t, l, "tok", t0.Add(time.Hour))
			q, err := l.Quote(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			billed := q.BilledMinutes()
			if billed <= 60 {
				t.Fatalf("sample quote bills %d minutes: too few for the cases", billed)
			}
			out, err := l.ApplyReply(ctx, Reply{MessageID: "<cap@client.example>", InReplyTo: []string{"<quote-tok@firm.example>"},
				From: "bob@client.example", Decision: tc.decision, Reason: "triage's reason", CapMinutes: int(billed + tc.capBy), At: t0.Add(5 * time.Hour)})
			if err != nil {
				t.Fatal(err)
			}
			if out.Status != tc.want || out.Flagged != tc.flagged {
				t.Fatalf("outcome %+v, want %s flagged %v", out, tc.want, tc.flagged)
			}
			if tc.flagged && !strings.Contains(out.Note, tc.note) {
				t.Fatalf("note %q, want it to say %q", out.Note, tc.note)
			}
			var last Event
			if err := l.View(ctx, func(tx *Tx) error {
				return tx.eachEvent(id, func(ev Event) bool { last = ev; return true })
			}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(last.Note, tc.note) {
				t.Fatalf("last event note %q, want it to say %q", last.Note, tc.note)
			}
			checkFold(t, l, id)
		})
	}
}
