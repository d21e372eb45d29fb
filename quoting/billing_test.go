package quoting

import (
	"fmt"
	"net/mail"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/fivemin/fivemin/triage"
)

// TestPriceQuickOverflow: the quick asks triage billed share one line at
// the rate of work without a category; quick asks not billed are free.
func TestPriceQuickOverflow(t *testing.T) {
	q := func(kind triage.Kind, minutes int, billed bool) triage.Question {
		return triage.Question{Text: "ask", Kind: kind, Minutes: minutes, Billed: billed}
	}
	tests := []struct {
		name      string
		res       triage.Result
		lines     int
		quickLine int // index of the quick line, -1 none
		quickAsks int
		minutes   int // the quick line's estimate
		call      bool
	}{
		{"quick asks not billed: no quote", triage.Result{Questions: []triage.Question{q(triage.Quick, 2, false), q(triage.Quick, 2, false)}}, 0, -1, 0, 0, false},
		{"billed quick asks: one line", triage.Result{QuickOverflow: triage.OverflowLine, Questions: []triage.Question{
			q(triage.Quick, 2, false), q(triage.Quick, 2, true), q(triage.Quick, 1, true), q(triage.Quick, 2, true)}}, 1, 0, 3, 5, false},
		{"paid first, then the quick line", triage.Result{QuickOverflow: triage.OverflowCall, Questions: []triage.Question{
			q(triage.Quick, 2, true), q(triage.Paid, 90, true), q(triage.Quick, 2, true)}}, 2, 1, 2, 4, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			quote, err := fullRates().Price(&tt.res, For{Source: "s", Tier: "E"})
			if err != nil {
				t.Fatal(err)
			}
			if len(quote.Lines) != tt.lines {
				t.Fatalf("%d lines, want %d: %+v", len(quote.Lines), tt.lines, quote.Lines)
			}
			if quote.Lines == nil {
				t.Error("Lines is nil: `fivemin draft --json` would print null, not []")
			}
			for i, l := range quote.Lines {
				if (i == tt.quickLine) != (l.QuickAsks > 0) {
					t.Errorf("line %d: quick asks %d", i, l.QuickAsks)
				}
			}
			if tt.quickLine < 0 {
				return
			}
			l := quote.Lines[tt.quickLine]
			if l.QuickAsks != tt.quickAsks || l.EstimatedMinutes != tt.minutes || l.Call != tt.call || l.Rate.Source != "default" {
				t.Errorf("quick line %+v, want %d asks, %d minutes, call %v, the default rate", l, tt.quickAsks, tt.minutes, tt.call)
			}
			if l.Rate.Hourly != usd("300") {
				t.Errorf("the tier's multiplier applies to the quick line too: %s", l.Rate.Hourly)
			}
		})
	}
}

// issueMessage builds a client email from asks (sentences written for
// these tests).
func issueMessage(asks ...string) []byte {
	return []byte("From: Robin Hale <robin@client.test>\nTo: carla@tidewaterbooks.test\nSubject: a few things\n" +
		"Message-ID: <issue9@client.test>\nContent-Type: text/plain\n\nHi Carla,\n\n" + strings.Join(asks, "\n") + "\n\nThanks,\nRobin\n")
}

// TestIssueQuotes goes through the quotes issue 9 reported, with sentences
// of the same shape, and holds each to sane bounds.
func TestIssueQuotes(t *testing.T) {
	dozen := []string{
		"Did you get the signed letter of engagement?", "When is our first filing deadline?",
		"Do you need the old accountant's contact details?", "Should I post the bank statements or email them?",
		"Is the client portal login my email address?", "Can we book an intro call for next Tuesday?",
		"Which director should sign the authority form?", "Do you want a copy of the lease on the unit?",
		"Is your monthly fee invoiced in advance?", "Did the agent authorisation come through?",
		"What number is best to reach you on?", "Should we keep the paper receipts once they are scanned?",
	}
	tests := []struct {
		name     string
		msg      []byte
		maxLines int
		maxTotal string // at $250 an hour, $300 for tax, round 15, block 30
	}{
		{"six one-line questions are answered, not billed", issueMessage(
			"Can we move our call to Wednesday?", "Do you need the originals or are scans fine?",
			"Did my payslip query reach you?", "When is the filing deadline this year?",
			"Is the office open on Boxing Day?", "Which account should the refund go into?"), 0, "0.00"},
		{"an onboarding email with a dozen quick questions", issueMessage(dozen...), 0, "0.00"},
		{"chaser letters for customers 60 days overdue", issueMessage(
			"Could you write chaser letters to the customers who are more than 60 days overdue?"), 1, "500.00"},
		{"a reconciliation of the last 90 days", issueMessage(
			"Please reconcile the last 90 days of card payments."), 1, "2000.00"},
		{"a deadline is not a paid item", issueMessage(
			"Can you set up the new starter on payroll? We need it within 2 days."), 1, "500.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := triage.New(triage.DefaultConfig()).AnalyzeBytes(tt.msg)
			quote, err := testRates(t).Price(res, For{Source: "issue9"})
			if err != nil {
				t.Fatal(err)
			}
			if len(quote.Lines) > tt.maxLines {
				t.Errorf("%d quote lines, want at most %d: %+v", len(quote.Lines), tt.maxLines, quote.Lines)
			}
			if quote.Total.Minor() > usd(tt.maxTotal).Minor() {
				t.Errorf("total %s, want at most %s", quote.Total, tt.maxTotal)
			}
			for _, l := range quote.Lines {
				if l.Minutes > 8*60 {
					t.Errorf("line %q bills %d minutes, over a working day", l.Text, l.Minutes)
				}
				if l.QuickAsks == 1 {
					t.Errorf("a single quick ask is billed: %q", l.Text)
				}
			}
		})
	}
}

// draftFor triages msg with cfg, prices it and renders the reply.
func draftFor(t *testing.T, cfg triage.Config, msg []byte) (string, *Quote) {
	t.Helper()
	res := triage.New(cfg).AnalyzeBytes(msg)
	q, err := testRates(t).Price(res, For{Source: "token-billing"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDrafter("")
	if err != nil {
		t.Fatal(err)
	}
	dr, err := d.Reply(ReplyInput{
		Result: res, Quote: q, Source: "token-billing",
		Firm:   Firm{Name: "Tidewater Books", Domain: "tidewaterbooks.test"},
		Rep:    Rep{Name: "Carla Nunes", Address: "carla@tidewaterbooks.test"},
		Format: NewFormatter(language.AmericanEnglish), Now: testNow, BlockMinutes: 30,
	})
	if err != nil {
		t.Fatal(err)
	}
	return dr.Text, q
}

func quickAsks(n int) []string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf("Did the courier drop off box %d?", i+1))
	}
	return out
}

// TestDraftQuickOverflow: the quick asks past the allowance, when billed,
// are one line ("the remaining N short questions, about M minutes") or a
// call; the ones within it are answered; with "none" all are answered.
func TestDraftQuickOverflow(t *testing.T) {
	msg := issueMessage(quickAsks(8)...)
	tests := []struct {
		policy   string
		answered int
		want     []string
		not      []string
	}{
		{triage.OverflowLine, 2, []string{"- The remaining 6 short questions, about 6 minutes\n  about 0.5 h: $125.00\n", "That includes my minimum"}, []string{"box 3?"}},
		{triage.OverflowCall, 2, []string{"- A call to go through the remaining 6 short questions, about 6 minutes\n"}, []string{"box 3?"}},
		{triage.OverflowNone, 8, nil, []string{"remaining", "Beyond the free"}},
	}
	for _, tt := range tests {
		t.Run(tt.policy, func(t *testing.T) {
			cfg := triage.DefaultConfig()
			cfg.FreeMinutes, cfg.OverflowMinutes, cfg.QuickOverflow = 2, 3, tt.policy
			text, _ := draftFor(t, cfg, msg)
			body := strings.SplitN(text, "wrote:", 2)[0] // not the quoted message
			if got := strings.Count(body, "\n> Did the courier"); got != tt.answered {
				t.Errorf("%d quick asks answered, want %d:\n%s", got, tt.answered, text)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("draft lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(body, w) {
					t.Errorf("draft has %q:\n%s", w, text)
				}
			}
		})
	}
}

// TestDraftCheckEstimate: an uncertain estimate carries a bracketed note
// for the rep; a sized one does not.
func TestDraftCheckEstimate(t *testing.T) {
	tests := []struct {
		ask   string
		check bool
	}{
		{"Could you catch up on all the books for the last three years for all 12 companies?", true}, // capped
		{"We would like you to handle the Henderson matter.", true},                                  // nothing sized it
		{"Please reconcile the savings account.", false},
		{"Can you review the lease? It should take you about two hours.", false},
	}
	for _, tt := range tests {
		text, q := draftFor(t, triage.DefaultConfig(), issueMessage(tt.ask))
		if len(q.Lines) != 1 {
			t.Fatalf("%q: %d lines", tt.ask, len(q.Lines))
		}
		if got := strings.Contains(text, "[check this estimate]"); got != tt.check || q.Lines[0].CheckEstimate != tt.check {
			t.Errorf("%q: note %v, line %+v; want %v:\n%s", tt.ask, got, q.Lines[0], tt.check, text)
		}
	}
}

// TestFollowUpHasNoEstimateNote: the rep checked the estimate before the
// quote went out; the reminder to the client carries no note.
func TestFollowUpHasNoEstimateNote(t *testing.T) {
	res := &triage.Result{Questions: []triage.Question{{Text: "Handle the Henderson matter.", Kind: triage.Paid, Minutes: 60, CheckEstimate: true}}}
	q, err := testRates(t).Price(res, For{Source: "s"})
	if err != nil || !q.Lines[0].CheckEstimate {
		t.Fatalf("quote %+v, %v: want a line to check", q, err)
	}
	d, err := NewDrafter("")
	if err != nil {
		t.Fatal(err)
	}
	dr, err := d.FollowUp(FollowUpInput{
		Quote: q, Client: &mail.Address{Name: "Robin Hale", Address: "robin@client.test"}, Subject: "matters",
		InReplyTo: "quote@tidewaterbooks.test", Source: "follow", Firm: Firm{Name: "Tidewater Books", Domain: "tidewaterbooks.test"},
		Rep: Rep{Name: "Carla Nunes", Address: "carla@tidewaterbooks.test"}, Format: NewFormatter(language.AmericanEnglish), Now: testNow,
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(dr.Text, "[check") || !strings.Contains(dr.Text, "Henderson") {
		t.Errorf("follow-up:\n%s", dr.Text)
	}
}
