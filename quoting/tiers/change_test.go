package tiers

import (
	"testing"

	"github.com/fivemin/fivemin/quoting/ledger"
)

func TestMoveWords(t *testing.T) {
	tests := []struct {
		prev, cur int64
		want      string
	}{
		{10, 10, ""},
		{0, 5, "emails up from none"},
		{5, 0, "emails down to none"},
		{100, 101, "emails rose 1%"},
		{100, 140, "emails rose 40%"},
		{100, 189, "emails rose 89%"},
		{100, 190, "emails doubled"},
		{100, 200, "emails doubled"},
		{100, 274, "emails doubled"},
		{100, 275, "emails tripled"},
		{20, 62, "emails tripled"},
		{100, 375, "emails quadrupled"},
		{100, 475, "emails rose 5-fold"},
		{10, 120, "emails rose 12-fold"},
		{100, 99, "emails fell 1%"},
		{100, 61, "emails fell 39%"},
		{100, 60, "emails halved"},
		{100, 40, "emails halved"},
		{100, 39, "emails fell 61%"},
		{1000, 1, "emails fell 99%"},
	}
	for _, tc := range tests {
		if _, got := moveWords("emails", tc.prev, tc.cur); got != tc.want {
			t.Errorf("%d → %d: %q, want %q", tc.prev, tc.cur, got, tc.want)
		}
	}
}

func TestDescribe(t *testing.T) {
	s := testSettings()
	m := func(rev, free, emails int64) Measures {
		return Measures{Revenue: rev, FreeMinutes: free, Emails: emails}
	}
	tests := []struct {
		name      string
		prev, cur Measures
		hadPrev   bool
		from, to  string // "" from s.Tier
		want      string
	}{
		{"new account", Measures{}, m(high, 0, 1), false, "", "", "new"},
		{"free minutes tripled", m(low, 20, 5), m(low, 62, 5), true, "", "", "B → E: free minutes tripled"},
		{"emails crossed", m(high, 10, 12), m(high, 10, 36), true, "", "", "A → D: emails tripled"},
		// Both measures crossed up: each alone would have made the change.
		{"both maintenance measures", m(high, 10, 10), m(high, 60, 40), true, "", "", "A → D: free minutes rose 6-fold, emails quadrupled"},
		// Both fell below: neither alone brings maintenance down, both did.
		{"both fell", m(low, 70, 40), m(low, 10, 5), true, "", "", "E → B: emails fell 88%, free minutes fell 86%"},
		// Only the measure that crossed explains the move, not a bigger
		// move below its threshold.
		{"driver beats bigger move", m(low, 20, 1), m(low, 60, 25), true, "", "", "B → E: free minutes tripled"},
		{"revenue up", m(2*low, 5, 5), m(high, 5, 5), true, "", "", "B → A: revenue rose 5-fold"},
		{"revenue down to none", m(high, 5, 5), m(0, 5, 5), true, "", "", "A → C: revenue down to none"},
		{"revenue and maintenance", m(low, 20, 5), m(high, 62, 5), true, "", "", "B → D: revenue rose 10-fold, free minutes tripled"},
		// Same tier: the largest notable move, or nothing.
		{"same tier, notable", m(high, 10, 10), m(high, 10, 20), true, "", "", "emails doubled"},
		{"same tier, small move", m(high, 10, 10), m(high, 10, 12), true, "", "", ""},
		{"same tier, noise below the floor", m(high, 1, 1), m(high, 3, 2), true, "", "", ""},
		{"same tier, nothing moved", m(low, 1, 1), m(low, 1, 1), true, "", "", ""},
		// A configured tier does not change with the figures.
		{"overridden", m(low, 20, 5), m(low, 62, 5), true, "A", "A", "free minutes tripled"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			from, to := tc.from, tc.to
			if from == "" && to == "" {
				from, to = s.Tier(tc.prev), s.Tier(tc.cur)
			}
			if got := describe(&s, from, to, tc.prev, tc.cur, tc.hadPrev).String(); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestChangeThroughLedger: the previous window comes from the same ledger.
func TestChangeThroughLedger(t *testing.T) {
	w := newWorld(t)
	prevAt, at := daysAgo(120), daysAgo(30)
	// B last period ($1,000, 20 free minutes), E now (62 free minutes).
	c := "kim@rising.example"
	w.quote(c, prevAt, 100000, 60, ledger.Accepted).email(c, prevAt, 20)
	w.quote(c, at, 100000, 60, ledger.Accepted).email(c, at, 60).email(c, at, 2)
	// A steady account: A both times, revenue doubled.
	w.quote("lee@steady.example", prevAt, high, 60, ledger.Accepted)
	w.quote("lee@steady.example", at, 2*high, 60, ledger.Accepted)
	// New this period.
	w.email("new@fresh.example", at, 1)
	w.commit()
	rk := w.rank(testSettings())

	r := account(t, rk, "rising.example")
	if r.PreviousTier != "B" || r.Tier != "E" || r.Change.String() != "B → E: free minutes tripled" {
		t.Errorf("rising: previous %q tier %q change %q", r.PreviousTier, r.Tier, r.Change)
	}
	if c := r.Clients[0]; c.PreviousTier != "B" || c.Change.String() != "B → E: free minutes tripled" {
		t.Errorf("rising client: previous %q change %q", c.PreviousTier, c.Change)
	}
	s := account(t, rk, "steady.example")
	if s.PreviousTier != "A" || s.Change.String() != "revenue doubled" {
		t.Errorf("steady: previous %q change %q", s.PreviousTier, s.Change)
	}
	f := account(t, rk, "fresh.example")
	if f.HadPrevious || f.PreviousTier != "" || f.Change.String() != "new" {
		t.Errorf("fresh: had previous %v previous %q change %q", f.HadPrevious, f.PreviousTier, f.Change)
	}
}
