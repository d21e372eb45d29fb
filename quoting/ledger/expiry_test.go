package ledger

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"
)

func TestAddBusinessDays(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	d := func(y int, m time.Month, day, h int, loc *time.Location) time.Time {
		return time.Date(y, m, day, h, 0, 0, 0, loc)
	}
	cases := []struct {
		name string
		from time.Time
		n    int
		loc  *time.Location
		want time.Time
	}{
		{"monday plus 2", d(2025, 3, 3, 9, time.UTC), 2, time.UTC, d(2025, 3, 5, 9, time.UTC)},
		{"thursday plus 2 skips the weekend", d(2025, 3, 6, 9, time.UTC), 2, time.UTC, d(2025, 3, 10, 9, time.UTC)},
		{"friday plus 1", d(2025, 3, 7, 17, time.UTC), 1, time.UTC, d(2025, 3, 10, 17, time.UTC)},
		{"saturday plus 1", d(2025, 3, 8, 10, time.UTC), 1, time.UTC, d(2025, 3, 10, 10, time.UTC)},
		{"sunday plus 5", d(2025, 3, 9, 10, time.UTC), 5, time.UTC, d(2025, 3, 14, 10, time.UTC)},
		{"friday plus 10 spans two weekends", d(2025, 3, 7, 9, time.UTC), 10, time.UTC, d(2025, 3, 21, 9, time.UTC)},
		{"zero", d(2025, 3, 8, 10, time.UTC), 0, time.UTC, d(2025, 3, 8, 10, time.UTC)},
		// Friday 22:00 in New York is Saturday 03:00 UTC: the weekday is
		// the firm's, not UTC's.
		{"weekday in the firm's zone", d(2025, 3, 7, 22, ny), 1, ny, d(2025, 3, 10, 22, ny)},
		// Across the DST change (9 March 2025) the clock time stays.
		{"across DST", d(2025, 3, 7, 9, ny), 1, ny, d(2025, 3, 10, 9, ny)},
	}
	for _, tc := range cases {
		if got := AddBusinessDays(tc.from, tc.n, tc.loc); !got.Equal(tc.want) {
			t.Errorf("%s: AddBusinessDays(%v, %d) = %v, want %v", tc.name, tc.from, tc.n, got, tc.want)
		}
	}
}

func TestSweepAndFollowUps(t *testing.T) {
	ctx := context.Background()
	l, _ := newTestLedger(t)
	p := Policy{Validity: 14 * 24 * time.Hour, FollowUpAfter: 3}
	// t0 is Monday 3 March 09:00. Sent times:
	thu := time.Date(2025, 3, 6, 9, 0, 0, 0, time.UTC)  // follow-up due Tue 11th 09:00
	mon := t0                                           // due Thu 6th 09:00
	sat := time.Date(2025, 3, 8, 12, 0, 0, 0, time.UTC) // due Wed 12th 12:00
	ids := map[string]string{}
	for tok, at := range map[string]time.Time{"thu": thu, "mon": mon, "sat": sat, "draft": mon} {
		ids[tok] = mustCreate(t, l, tok, at.Add(-time.Hour))
		if tok != "draft" {
			mustSend(t, l, tok, at)
		}
	}
	due := func(now time.Time) []string {
		t.Helper()
		qs, err := l.FollowUpsDue(ctx, now, p)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, q := range qs {
			out = append(out, q.SourceToken)
		}
		slices.Sort(out)
		return out
	}
	steps := []struct {
		now  time.Time
		want []string
	}{
		{time.Date(2025, 3, 6, 8, 59, 0, 0, time.UTC), nil},
		{time.Date(2025, 3, 6, 9, 0, 0, 0, time.UTC), []string{"mon"}},
		{time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC), []string{"mon"}}, // thu's 3 business days end Tuesday
		{time.Date(2025, 3, 11, 9, 0, 0, 0, time.UTC), []string{"mon", "thu"}},
		{time.Date(2025, 3, 12, 12, 0, 0, 0, time.UTC), []string{"mon", "sat", "thu"}},
	}
	for _, s := range steps {
		if got := due(s.now); !slices.Equal(got, s.want) {
			t.Fatalf("due at %v: %v, want %v", s.now, got, s.want)
		}
	}
	// Make the follow-up for "mon": it is never due again, and a second
	// one is refused while a replay of the first is harmless.
	at := time.Date(2025, 3, 12, 12, 0, 0, 0, time.UTC)
	if err := l.RecordFollowUp(ctx, ids["mon"], "<fu-mon@firm.example>", at); err != nil {
		t.Fatal(err)
	}
	if err := l.RecordFollowUp(ctx, ids["mon"], "<fu-mon@firm.example>", at); err != nil {
		t.Fatalf("replaying the same follow-up: %v", err)
	}
	if err := l.RecordFollowUp(ctx, ids["mon"], "<fu-mon-2@firm.example>", at); !errors.Is(err, ErrFollowUpDone) {
		t.Fatalf("second follow-up: got %v, want ErrFollowUpDone", err)
	}
	if err := l.RecordFollowUp(ctx, ids["draft"], "<fu-draft@firm.example>", at); !errors.Is(err, ErrIllegalTransition) {
		t.Fatalf("follow-up on a draft: got %v", err)
	}
	if got := due(at); !slices.Equal(got, []string{"sat", "thu"}) {
		t.Fatalf("after the follow-up: due %v", got)
	}
	if q, _ := l.Quote(ctx, ids["mon"]); !q.FollowedUp || q.Events != 3 {
		t.Fatalf("mon: %s", fmtState(q.State))
	}

	// Expiry: "mon" was sent 3 March 09:00 and is valid 14 days.
	sweep := func(now time.Time) []string {
		t.Helper()
		got, err := l.Sweep(ctx, now, p)
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(got)
		return got
	}
	if got := sweep(time.Date(2025, 3, 17, 8, 59, 0, 0, time.UTC)); len(got) != 0 {
		t.Fatalf("expired too early: %v", got)
	}
	// A quote at expiry is not due a follow-up either.
	if got := due(time.Date(2025, 3, 20, 9, 0, 0, 0, time.UTC)); !slices.Equal(got, []string{"sat"}) {
		t.Fatalf("due at thu's expiry: %v", got)
	}
	if got := sweep(time.Date(2025, 3, 17, 9, 0, 0, 0, time.UTC)); !slices.Equal(got, []string{ids["mon"]}) {
		t.Fatalf("sweep at mon's expiry: %v", got)
	}
	if got := sweep(time.Date(2025, 3, 17, 9, 0, 0, 0, time.UTC)); len(got) != 0 {
		t.Fatalf("second sweep expired again: %v", got)
	}
	if got := sweep(time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)); len(got) != 2 {
		t.Fatalf("late sweep expired %v, want thu and sat", got)
	}
	for _, tok := range []string{"mon", "thu", "sat"} {
		q, _ := l.Quote(ctx, ids[tok])
		evs, _ := l.Events(ctx, ids[tok])
		last := evs[len(evs)-1]
		if q.Status != Expired || last.Kind != EventExpired || last.Actor != ActorSystem {
			t.Fatalf("%s: %s, last event %+v", tok, fmtState(q.State), last)
		}
		checkFold(t, l, ids[tok])
	}
	if q, _ := l.Quote(ctx, ids["draft"]); q.Status != Drafted {
		t.Fatalf("an unsent draft expired: %s", q.Status)
	}

	// Reopened by the rep: the validity runs again from the reopen time,
	// and "mon", already followed up, gets no second follow-up.
	reopen := time.Date(2025, 4, 2, 9, 0, 0, 0, time.UTC) // a Wednesday
	l.now = func() time.Time { return reopen }
	for _, tok := range []string{"mon", "thu"} {
		if _, err := l.Mark(ctx, ids[tok], Sent, ActorRep, "client asked for more time"); err != nil {
			t.Fatal(err)
		}
	}
	if got := due(reopen.AddDate(0, 0, 6)); !slices.Equal(got, []string{"thu"}) {
		t.Fatalf("after reopening: due %v", got)
	}
	if got := sweep(reopen.Add(p.Validity - time.Second)); len(got) != 0 {
		t.Fatalf("reopened quotes expired early: %v", got)
	}
	if got := sweep(reopen.Add(p.Validity)); len(got) != 2 {
		t.Fatalf("reopened quotes did not expire: %v", got)
	}

	if _, err := l.Sweep(ctx, reopen, Policy{}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("zero validity: %v", err)
	}
	if qs, err := l.FollowUpsDue(ctx, reopen, Policy{Validity: time.Hour}); err != nil || qs != nil {
		t.Fatalf("follow-ups disabled: %v %v", qs, err)
	}
}
