package ledger

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestAgreedAmount: a counter-offer taken by a person is recorded with the
// amount agreed, and the report's value won uses it; the fact carrying it
// reads back; a reversal or reopen forgets it.
func TestAgreedAmount(t *testing.T) {
	ctx := context.Background()
	l, c := newTestLedger(t)
	id := mustCreate(t, l, "counter", t0) // quoted at USD 500.00
	mustSend(t, l, "counter", t0.Add(time.Hour))
	plain := mustCreate(t, l, "plain", t0)
	mustSend(t, l, "plain", t0.Add(time.Hour))
	c.Advance(24 * time.Hour)

	// The client's counter-offer flags the quote, with their words.
	out, err := l.ApplyReply(ctx, Reply{
		MessageID: "<r1@client.example>", InReplyTo: []string{"<sent-counter@firm.example>"},
		From: "bob@client.example", Decision: DecisionUnclear, Reason: "counter-offer: flat fee",
		Text: "Could you do it for a flat $300?\n\n\x1b[31mThanks\nBob",
	})
	if err != nil || !out.Flagged || len(out.Asks) != 1 || out.Asks[0] != "Prepare the 2024 return" {
		t.Fatalf("ApplyReply = %+v, %v", out, err)
	}
	q, _ := l.Quote(ctx, id)
	if q.Answer != "Could you do it for a flat $300?\n[31mThanks\nBob" || !strings.Contains(q.FlagNote, "counter-offer: flat fee") {
		t.Fatalf("flagged quote keeps answer %q note %q", q.Answer, q.FlagNote)
	}

	if _, err := l.MarkAgreed(ctx, id, Declined, ActorRep, "", 30000); !errors.Is(err, ErrInvalid) {
		t.Fatalf("an amount with declined: %v, want ErrInvalid", err)
	}
	if _, err := l.MarkAgreed(ctx, id, Accepted, ActorRep, "", -1); !errors.Is(err, ErrInvalid) {
		t.Fatalf("a negative amount: %v, want ErrInvalid", err)
	}
	q, err = l.MarkAgreed(ctx, id, Accepted, ActorRep, "took the counter-offer", 30000)
	if err != nil || q.Status != Accepted || q.Agreed != 30000 || q.Unclear {
		t.Fatalf("MarkAgreed = %+v, %v", q, err)
	}
	checkFold(t, l, id)
	if _, err := l.Mark(ctx, plain, Accepted, ActorRep, ""); err != nil {
		t.Fatal(err)
	}

	rep, err := l.Report(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	// Quoted 500 + 500; won 300 (agreed) + 500 (as quoted).
	if rep.Totals.ValueQuoted != 100000 || rep.Totals.ValueAccepted != 80000 || rep.Totals.Accepted != 2 {
		t.Fatalf("totals quoted %d won %d accepted %d, want 100000, 80000, 2", rep.Totals.ValueQuoted, rep.Totals.ValueAccepted, rep.Totals.Accepted)
	}
	var won int64
	if err := l.Scan(ctx, Filter{}, func(f *Fact) error { won += f.Won; return nil }); err != nil {
		t.Fatal(err)
	}
	if won != 80000 {
		t.Fatalf("Scan: won %d, want 80000", won)
	}

	// Reopened and accepted again as quoted: the agreed amount is gone.
	if _, err := l.Mark(ctx, id, Sent, ActorManager, "client changed their mind"); err != nil {
		t.Fatal(err)
	}
	if q, err = l.Mark(ctx, id, Accepted, ActorManager, ""); err != nil || q.Agreed != 0 {
		t.Fatalf("accepted again: agreed %d, %v", q.Agreed, err)
	}
	checkFold(t, l, id)
	rep, _ = l.Report(ctx, Filter{})
	if rep.Totals.ValueAccepted != 100000 {
		t.Fatalf("won after re-acceptance %d, want 100000", rep.Totals.ValueAccepted)
	}
}

// TestAgreedFactRoundTrip: a quote fact with an agreed amount encodes to
// 40 bytes and decodes to the same fact; the flag without the amount, or
// the amount without the flag, is corrupt.
func TestAgreedFactRoundTrip(t *testing.T) {
	f := fact{kind: kindQuote, at: t0.UnixNano(), hash: idHash("Q-A"), status: codeAccepted, tier: 2, flags: flagAgreed,
		rep: 1, client: 2, org: 3, billed: 120, total: 50000, agreed: 30000, cur: [3]byte{'E', 'U', 'R'}}
	v := f.value()
	if len(v) != quoteAgreedFactLen {
		t.Fatalf("agreed fact is %d bytes", len(v))
	}
	var got fact
	if err := decodeFact(f.key(), v, &got); err != nil || got != f || got.won() != 30000 {
		t.Fatalf("decoded %+v, %v", got, err)
	}
	short := append([]byte{}, v[:quoteFactLen]...)
	if err := decodeFact(f.key(), short, &got); !errors.Is(err, ErrCorrupt) {
		t.Errorf("flag without amount: %v", err)
	}
	f.flags = 0
	plain := f.value()
	if len(plain) != quoteFactLen {
		t.Fatalf("plain fact is %d bytes", len(plain))
	}
	if err := decodeFact(f.key(), append(plain, v[32:]...), &got); !errors.Is(err, ErrCorrupt) {
		t.Errorf("amount without flag: %v", err)
	}
}

func TestAnswerExcerpt(t *testing.T) {
	long := strings.Repeat("word ", 200)
	tests := []struct{ in, want string }{
		{"Yes, but only the\r\npayroll part.\n\n\nThanks", "Yes, but only the\npayroll part.\nThanks"},
		{"a\nb\nc\nd\ne\nf\ng\nh\ni\nj", "a\nb\nc\nd\ne\nf\ng\nh"},
		{"tab\there\u2028and\x00nul", "tab hereandnul"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := AnswerExcerpt(tt.in); got != tt.want {
			t.Errorf("AnswerExcerpt(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	got := AnswerExcerpt(long)
	if r := []rune(got); len(r) > answerRunes+1 || !strings.HasSuffix(got, "word…") {
		t.Errorf("long answer cut to %d runes: …%q", len(r), got[len(got)-12:])
	}
}

func TestParseAgreedAmount(t *testing.T) {
	tests := []struct {
		in, cur string
		want    int64
		ok      bool
	}{
		{"300", "USD", 30000, true},
		{"300.5", "USD", 30050, true},
		{"$ 1,250.50", "USD", 125050, true},
		{"usd 99.99", "USD", 9999, true},
		{"4500", "JPY", 4500, true},
		{"300,50", "EUR", 0, false},
		{"12.345", "USD", 0, false},
		{"0", "USD", 0, false},
		{"-5", "USD", 0, false},
		{"lots", "USD", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseAgreedAmount(tt.in, tt.cur)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseAgreedAmount(%q, %s) = %d, %v; want %d (ok %v)", tt.in, tt.cur, got, err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseAgreedAmount(%q): error %v is not ErrInvalid", tt.in, err)
		}
	}
}

// TestFlaggedQuoteStaysWithAPerson: after a counter-offer flags a quote, a
// later "go ahead" from the client names no price, so it flags the quote
// again instead of accepting it at the quoted total.
func TestFlaggedQuoteStaysWithAPerson(t *testing.T) {
	ctx := context.Background()
	l, c := newTestLedger(t)
	id := mustCreate(t, l, "flag", t0)
	mustSend(t, l, "flag", t0.Add(time.Hour))
	c.Advance(24 * time.Hour)
	reply := func(mid string, d Decision, text string) ReplyOutcome {
		t.Helper()
		out, err := l.ApplyReply(ctx, Reply{MessageID: mid, InReplyTo: []string{"<sent-flag@firm.example>"}, From: "bob@client.example", Decision: d, Text: text})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	reply("<c1@client.example>", DecisionUnclear, "Would you do it for $350?")
	out := reply("<c2@client.example>", DecisionAccepted, "Great, go ahead.")
	q, _ := l.Quote(ctx, id)
	if q.Status != Sent || !q.Unclear || !out.Flagged || q.Answer != "Great, go ahead." || !strings.Contains(out.Note, "earlier answer") {
		t.Fatalf("after a counter-offer and a yes: status %s unclear %v answer %q note %q", q.Status, q.Unclear, q.Answer, out.Note)
	}
	checkFold(t, l, id)
}
