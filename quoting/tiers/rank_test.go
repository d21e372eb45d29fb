package tiers

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// TestWindowEdges: the window is [now−90 days, now]; the previous window
// [now−180 days, now−90 days). Each accepted quote has a distinct value, so
// the sums say exactly which ones counted.
func TestWindowEdges(t *testing.T) {
	w := newWorld(t)
	c := "edge@edge.example"
	since, prevSince := daysAgo(90), daysAgo(180)
	w.quote(c, prevSince.Add(-time.Nanosecond), 1, 0, ledger.Accepted) // before both windows
	w.quote(c, prevSince, 2, 0, ledger.Accepted)                       // first of the previous window
	w.quote(c, since.Add(-time.Nanosecond), 4, 0, ledger.Accepted)     // last of the previous window
	w.quote(c, since, 8, 0, ledger.Accepted)                           // first of the window
	w.quote(c, now, 16, 0, ledger.Accepted)                            // now is inside
	w.quote(c, now.Add(time.Nanosecond), 32, 0, ledger.Accepted)       // the future is not
	w.commit()
	rk := w.rank(testSettings())
	if !rk.Since.Equal(since) || !rk.PreviousSince.Equal(prevSince) || !rk.Now.Equal(now) {
		t.Errorf("window %v .. %v, previous from %v", rk.Since, rk.Until, rk.PreviousSince)
	}
	a := account(t, rk, "edge.example")
	if got := a.Figures.ValueAccepted.Minor(); got != 8+16 {
		t.Errorf("value accepted in the window = %d cents, want 24 (the quotes at since and now)", got)
	}
	if got := a.Figures.QuotesAccepted; got != 2 {
		t.Errorf("quotes accepted in the window = %d, want 2", got)
	}
	if got := a.Previous.ValueAccepted.Minor(); !a.HadPrevious || got != 2+4 {
		t.Errorf("previous value = %d cents (had previous %v), want 6", got, a.HadPrevious)
	}

	// An account whose only entry is just outside the window is not listed.
	w2 := newWorld(t)
	w2.email("gone@old.example", since.Add(-time.Nanosecond), 100).
		email("in@new.example", since, 1).commit()
	rk2 := w2.rank(testSettings())
	if names := orgNames(rk2); !slices.Equal(names, []string{"new.example"}) {
		t.Errorf("accounts %v, want only new.example", names)
	}
	// The window length comes from the settings.
	s := testSettings()
	s.WindowDays = 7
	rk3 := w.rank(s)
	if got := account(t, rk3, "edge.example").Figures.ValueAccepted.Minor(); got != 16 {
		t.Errorf("7-day window: value %d cents, want 16", got)
	}
}

// TestOrganisationGrouping: the tier is computed per organisation and every
// address inherits it.
func TestOrganisationGrouping(t *testing.T) {
	w := newWorld(t)
	at := daysAgo(5)
	// Two addresses at one domain: 40 free minutes each is low maintenance
	// alone, high together.
	w.email("ann@acme.example", at, 40).email("bob@acme.example", at, 40)
	// The same at a personal mail domain: two separate accounts.
	w.email("x@gmail.com", at, 40).email("y@gmail.com", at, 40)
	// Two domains joined by configured organisation names; one address's
	// override tags will and skill only, and keeps its domain's organisation.
	w.quote("cfo@globex.example", at, 300000, 120, ledger.Accepted).
		quote("ops@globex.co.uk", at, 300000, 120, ledger.Accepted).
		email("ceo@globex.example", at, 5)
	w.commit()
	s := testSettings()
	s.Overrides = []Override{
		{Match: "globex.example", Organisation: "Globex"},
		{Match: "globex.co.uk", Organisation: "Globex"},
		{Match: "CEO@globex.example", Will: "High", Skill: "low"},
	}
	rk := w.rank(s)

	acme := account(t, rk, "acme.example")
	if acme.Figures.FreeMinutes != 80 || acme.Tier != "E" || len(acme.Clients) != 2 {
		t.Errorf("acme: free minutes %d tier %q clients %d, want 80, E, 2", acme.Figures.FreeMinutes, acme.Tier, len(acme.Clients))
	}
	for _, c := range acme.Clients {
		if c.Tier != "E" || c.Figures.FreeMinutes != 40 || c.Organisation != "acme.example" {
			t.Errorf("acme client %s: tier %q free %d org %q, want E, 40, acme.example", c.Address, c.Tier, c.Figures.FreeMinutes, c.Organisation)
		}
	}
	for _, addr := range []string{"x@gmail.com", "y@gmail.com"} {
		a := account(t, rk, addr)
		// One email each is too little history for a tier.
		if a.Tier != "" || len(a.Clients) != 1 {
			t.Errorf("%s: tier %q with %d clients, want its own account, not yet ranked", addr, a.Tier, len(a.Clients))
		}
	}
	g := account(t, rk, "Globex")
	if g.Tier != "A" || g.Figures.ValueAccepted.Minor() != 600000 || len(g.Clients) != 3 {
		t.Errorf("Globex: tier %q value %d clients %d, want A, 600000, 3", g.Tier, g.Figures.ValueAccepted.Minor(), len(g.Clients))
	}
	for _, c := range g.Clients {
		if c.Tier != "A" || c.Organisation != "Globex" {
			t.Errorf("Globex client %s: tier %q org %q", c.Address, c.Tier, c.Organisation)
		}
		if c.Address == "ceo@globex.example" && (c.Will != "high" || c.Skill != "low" || c.Overridden) {
			t.Errorf("ceo: will %q skill %q overridden %v, want high, low, false", c.Will, c.Skill, c.Overridden)
		}
	}
	// Accounts come best tier first, then by revenue; untiered last.
	if got := orgNames(rk); got[0] != "Globex" || got[1] != "acme.example" {
		t.Errorf("order %v: want Globex first and acme.example (E) next, before the untiered", got)
	}
	// The organisation the pipeline would record agrees.
	for addr, want := range map[string]string{
		"ops@globex.co.uk": "Globex", "CEO@Globex.example": "Globex", "x@gmail.com": "x@gmail.com",
		"new@acme.example": "acme.example", "odd": "odd",
	} {
		if got := s.Organisation(addr); got != want {
			t.Errorf("Organisation(%q) = %q, want %q", addr, got, want)
		}
	}
}

func TestOverridesWin(t *testing.T) {
	w := newWorld(t)
	at := daysAgo(3)
	w.emails("a@bigmess.example", at, 40, 5) // E: 40 emails, 200 free minutes
	w.quote("p@split.example", at, 100000, 60, ledger.Accepted).
		quote("q@split.example", at, 100000, 60, ledger.Accepted) // B, $2,000
	w.commit()
	s := testSettings()
	s.Overrides = []Override{
		{Match: "bigmess.example", Tier: "a", Will: "low"},
		{Match: "q@split.example", Tier: "D", Skill: "high"},
	}
	rk := w.rank(s)
	big := account(t, rk, "bigmess.example")
	if big.Tier != "A" || big.ComputedTier != "E" || !big.Overridden {
		t.Errorf("bigmess: tier %q computed %q overridden %v, want A over E", big.Tier, big.ComputedTier, big.Overridden)
	}
	if c := big.Clients[0]; c.Tier != "A" || !c.Overridden || c.Will != "low" || c.ComputedTier != "E" {
		t.Errorf("bigmess client: %+v", c)
	}
	split := account(t, rk, "split.example")
	if split.Tier != "B" || split.Overridden {
		t.Errorf("split: tier %q overridden %v; one address's override must not pin the account", split.Tier, split.Overridden)
	}
	tiers := map[string]string{}
	for _, c := range split.Clients {
		tiers[c.Address] = c.Tier
	}
	if tiers["p@split.example"] != "B" || tiers["q@split.example"] != "D" {
		t.Errorf("split clients %v, want p B (inherited) and q D (configured)", tiers)
	}
	if rk.Accounts[0].Organisation != "bigmess.example" {
		t.Errorf("the overridden A account should rank first: %v", orgNames(rk))
	}

	// Without revenue_high nothing is computed: only overrides give tiers.
	s.RevenueHigh, s.RevenueLow = nil, quoting.Money{}
	rk = w.rank(s)
	if a := account(t, rk, "bigmess.example"); a.Tier != "A" || a.ComputedTier != "" {
		t.Errorf("unranked bigmess: tier %q computed %q, want A from the override", a.Tier, a.ComputedTier)
	}
	split = account(t, rk, "split.example")
	for _, c := range split.Clients {
		want := map[string]string{"p@split.example": "", "q@split.example": "D"}[c.Address]
		if c.Tier != want {
			t.Errorf("unranked %s: tier %q, want %q", c.Address, c.Tier, want)
		}
	}
}

// TestFigures checks every figure of one client against hand-worked sums.
func TestFigures(t *testing.T) {
	w := newWorld(t)
	at := daysAgo(20)
	c := "pat@figures.example"
	w.email(c, at, 5).email(c, at, 7)            // 12 free minutes
	w.quote(c, at, 250000, 120, ledger.Accepted) // $2,500, 2 h
	w.quote(c, at, 50000, 60, ledger.Accepted)   // $500, 1 h
	w.quote(c, at, 90000, 180, ledger.Declined)
	w.quote(c, at, 10000, 30, ledger.Declined)
	w.quote(c, at, 20000, 60, ledger.Expired)
	w.quote(c, at, 30000, 60, ledger.Sent)
	w.quote(c, at, 40000, 60, ledger.Drafted)
	w.commit()
	rk := w.rank(testSettings())
	a := account(t, rk, "figures.example")
	f := a.Clients[0].Figures
	want := Figures{Emails: 9, Questions: 9, FreeMinutes: 12, QuotesSent: 6, QuotesAccepted: 2, QuotesDeclined: 2,
		QuotesExpired: 1, QuotesOpen: 1, ValueAccepted: usd.Minor(300000), PaidMinutesAccepted: 180,
		LeakageValue: usd.Minor(12 * 400)}
	if f != want {
		t.Errorf("figures\n got %+v\nwant %+v", f, want)
	}
	// $3,000 over 12 + 180 minutes = 3.2 h: $937.50 an hour.
	if r, ok := f.ReturnPerHour(); !ok || r != usd.Minor(93750) {
		t.Errorf("return per hour %v %v, want USD 937.50", r, ok)
	}
	if _, ok := (&Figures{}).ReturnPerHour(); ok {
		t.Error("return per hour without time invested should not be ok")
	}
	if a.Tier != "B" {
		t.Errorf("tier %q, want B", a.Tier)
	}
}

func TestRankRefusesBadSettings(t *testing.T) {
	w := newWorld(t)
	s := testSettings()
	s.WindowDays = -1
	if _, err := w.ranker().Rank(context.Background(), s); err == nil {
		t.Fatal("Rank accepted a negative window")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := w.ranker().Rank(ctx, testSettings()); err == nil {
		t.Fatal("Rank ran with a cancelled context")
	}
}

// TestCurrencyFromLedger: with no currency in the settings, both windows
// count the ledger's first sent quote's currency, and others add no value.
func TestCurrencyFromLedger(t *testing.T) {
	w := newWorld(t)
	w.add(item{rep: "ann@firm.example", client: "e@euro.example", at: daysAgo(100), status: ledger.Accepted, amount: 7000, cur: "EUR"})
	w.add(item{rep: "ann@firm.example", client: "e@euro.example", at: daysAgo(10), status: ledger.Accepted, amount: 5000, cur: "EUR"})
	w.add(item{rep: "ann@firm.example", client: "e@euro.example", at: daysAgo(9), status: ledger.Accepted, amount: 999, cur: "GBP"})
	w.commit()
	rk := w.rank(Settings{})
	a := account(t, rk, "euro.example")
	if rk.Settings.Currency.Code() != "EUR" || a.Figures.ValueAccepted != quoting.MustParseCurrency("EUR").Minor(5000) || a.Figures.QuotesAccepted != 2 {
		t.Errorf("currency %s value %v accepted %d, want EUR 50.00 from 2 quotes", rk.Settings.Currency, a.Figures.ValueAccepted, a.Figures.QuotesAccepted)
	}
	if a.Previous.ValueAccepted.Minor() != 7000 {
		t.Errorf("previous value %v, want EUR 70.00", a.Previous.ValueAccepted)
	}
	if a.Tier != "" {
		t.Errorf("tier %q without thresholds", a.Tier)
	}
}
