package tiers

import (
	"errors"
	"strings"
	"testing"

	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// The thresholds of testSettings, in the units of Measures.
const (
	high = 500000 // $5,000.00
	low  = 50000  // $500.00
	fmh  = 60
	emh  = 30
)

func TestTierRule(t *testing.T) {
	s := testSettings()
	tests := []struct {
		name string
		m    Measures
		want string
	}{
		// Revenue boundaries with low maintenance: A at high, B between, C below low.
		{"revenue just below high", Measures{Revenue: high - 1}, "B"},
		{"revenue at high", Measures{Revenue: high}, "A"},
		{"revenue above high", Measures{Revenue: high + 1}, "A"},
		{"revenue just below low", Measures{Revenue: low - 1}, "C"},
		{"revenue at low", Measures{Revenue: low}, "B"},
		{"revenue above low", Measures{Revenue: low + 1}, "B"},
		{"no revenue, enough history", Measures{Emails: 3}, "C"},
		{"no revenue, a declined quote", Measures{Emails: 1, Concluded: 1}, "C"},
		// Too little history is not a low producer: standard terms.
		{"no history", Measures{}, ""},
		{"two emails, nothing concluded", Measures{Emails: 2, FreeMinutes: 8}, ""},
		{"revenue just below low, one email", Measures{Revenue: low - 1, Emails: 1, Concluded: 1}, "C"},
		// Free minutes boundaries: high maintenance from the threshold.
		{"free minutes just below, high revenue", Measures{Revenue: high, FreeMinutes: fmh - 1}, "A"},
		{"free minutes at, high revenue", Measures{Revenue: high, FreeMinutes: fmh}, "D"},
		{"free minutes above, high revenue", Measures{Revenue: high, FreeMinutes: fmh + 1}, "D"},
		{"free minutes just below, mid revenue", Measures{Revenue: low, FreeMinutes: fmh - 1}, "B"},
		{"free minutes at, mid revenue", Measures{Revenue: low, FreeMinutes: fmh}, "E"},
		{"free minutes at, low revenue", Measures{Revenue: low - 1, FreeMinutes: fmh}, "E"},
		{"free minutes just below, low revenue", Measures{Revenue: low - 1, FreeMinutes: fmh - 1}, "C"},
		{"free minutes just below, no history", Measures{FreeMinutes: fmh - 1, Emails: 2}, ""},
		// Email boundaries, the other maintenance measure.
		{"emails just below, high revenue", Measures{Revenue: high, Emails: emh - 1}, "A"},
		{"emails at, high revenue", Measures{Revenue: high, Emails: emh}, "D"},
		{"emails above, high revenue", Measures{Revenue: high, Emails: emh + 1}, "D"},
		{"emails just below, mid revenue", Measures{Revenue: high - 1, Emails: emh - 1}, "B"},
		{"emails at, just below high revenue", Measures{Revenue: high - 1, Emails: emh}, "E"},
		{"emails at, no revenue", Measures{Emails: emh}, "E"},
		// Both maintenance measures high.
		{"both high, high revenue", Measures{Revenue: high, FreeMinutes: fmh, Emails: emh}, "D"},
		{"both high, no revenue", Measures{FreeMinutes: 10 * fmh, Emails: 10 * emh}, "E"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := s.Tier(tc.m); got != tc.want {
				t.Errorf("Tier(%+v) = %q, want %q", tc.m, got, tc.want)
			}
		})
	}
}

func TestTierRuleVariants(t *testing.T) {
	unranked := testSettings()
	unranked.RevenueHigh, unranked.RevenueLow = nil, quoting.Money{}
	noLow := testSettings()
	noLow.RevenueLow = quoting.Money{}
	defaults := Settings{RevenueHigh: testSettings().RevenueHigh} // thresholds from the defaults
	tests := []struct {
		name string
		s    Settings
		m    Measures
		want string
	}{
		{"unranked, high everything", unranked, Measures{Revenue: 10 * high, FreeMinutes: 1000, Emails: 1000}, ""},
		{"unranked, nothing", unranked, Measures{}, ""},
		{"no revenue low: no C", noLow, Measures{}, "B"},
		{"no revenue low, high maintenance", noLow, Measures{Emails: emh}, "E"},
		{"default free minutes threshold reached", defaults, Measures{Revenue: high, FreeMinutes: DefaultFreeMinutesHigh}, "D"},
		{"default free minutes threshold not reached", defaults, Measures{Revenue: high, FreeMinutes: DefaultFreeMinutesHigh - 1}, "A"},
		{"default emails threshold reached", defaults, Measures{Emails: DefaultEmailsHigh}, "E"},
		{"default emails threshold not reached", defaults, Measures{Emails: DefaultEmailsHigh - 1}, "B"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.s.Tier(tc.m); got != tc.want {
				t.Errorf("Tier(%+v) = %q, want %q", tc.m, got, tc.want)
			}
		})
	}
}

// TestTierBoundariesThroughLedger puts one organisation per boundary case
// in a real ledger, so the figures the rule reads are the ledger's sums.
func TestTierBoundariesThroughLedger(t *testing.T) {
	w := newWorld(t)
	at := daysAgo(10)
	tests := []struct {
		org   string
		build func(client string)
		want  string
	}{
		{"rev-below-high.example", func(c string) { w.quote(c, at, high-1, 60, ledger.Accepted) }, "B"},
		{"rev-at-high.example", func(c string) { w.quote(c, at, high, 60, ledger.Accepted) }, "A"},
		// Two accepted quotes summing to the threshold.
		{"rev-sum-at-high.example", func(c string) {
			w.quote(c, at, high/2, 60, ledger.Accepted).quote(c, at, high/2, 60, ledger.Accepted)
		}, "A"},
		// Declined, expired, open and drafted quotes are not revenue.
		{"rev-not-accepted.example", func(c string) {
			w.quote(c, at, high, 60, ledger.Declined).quote(c, at, high, 60, ledger.Expired).
				quote(c, at, high, 60, ledger.Sent).quote(c, at, high, 60, ledger.Drafted)
		}, "C"},
		{"rev-below-low.example", func(c string) { w.quote(c, at, low-1, 60, ledger.Accepted) }, "C"},
		{"rev-at-low.example", func(c string) { w.quote(c, at, low, 60, ledger.Accepted) }, "B"},
		{"free-below.example", func(c string) {
			w.quote(c, at, high, 60, ledger.Accepted).email(c, at, fmh-1)
		}, "A"},
		{"free-at.example", func(c string) {
			w.quote(c, at, high, 60, ledger.Accepted).email(c, at, fmh-10).email(c, at, 10)
		}, "D"},
		{"free-at-low-rev.example", func(c string) { w.email(c, at, fmh) }, "E"},
		// 29 emails with the quote's own email make 30.
		{"emails-below.example", func(c string) {
			w.quote(c, at, high, 60, ledger.Accepted).emails(c, at, emh-2, 0)
		}, "A"},
		{"emails-at.example", func(c string) {
			w.quote(c, at, high, 60, ledger.Accepted).emails(c, at, emh-1, 0)
		}, "D"},
		{"emails-at-mid-rev.example", func(c string) {
			w.quote(c, at, low, 60, ledger.Accepted).emails(c, at, emh-1, 0)
		}, "E"},
	}
	for _, tc := range tests {
		tc.build("someone@" + tc.org)
	}
	w.commit()
	rk := w.rank(testSettings())
	for _, tc := range tests {
		a := account(t, rk, tc.org)
		if a.Tier != tc.want || a.ComputedTier != tc.want || a.Overridden {
			t.Errorf("%s: tier %q computed %q overridden %v, want %q (figures %+v)", tc.org, a.Tier, a.ComputedTier, a.Overridden, tc.want, a.Figures)
		}
	}
	// The figures behind one case, worked out by hand: the not-accepted
	// quotes count as quotes but add no value.
	a := account(t, rk, "rev-not-accepted.example")
	f := a.Figures
	if f.Emails != 4 || f.QuotesSent != 3 || f.QuotesDeclined != 1 || f.QuotesExpired != 1 || f.QuotesOpen != 1 || f.QuotesAccepted != 0 || !f.ValueAccepted.IsZero() {
		t.Errorf("rev-not-accepted figures %+v", f)
	}
}

func TestSettingsErrors(t *testing.T) {
	eur := quoting.MustParseCurrency("EUR")
	mut := func(f func(*Settings)) Settings { s := testSettings(); f(&s); return s }
	tests := []struct {
		name string
		s    Settings
		want []string
	}{
		{"window", mut(func(s *Settings) { s.WindowDays = 4000 }), []string{"window of 4000 days"}},
		{"negative thresholds", mut(func(s *Settings) { s.FreeMinutesHigh = -1 }), []string{"must be positive"}},
		{"low above high", mut(func(s *Settings) { s.RevenueLow = dollars(6000) }), []string{"low not above high"}},
		{"low without high", mut(func(s *Settings) { s.RevenueHigh = nil }), []string{"revenue low is set without revenue high"}},
		{"currencies", mut(func(s *Settings) { s.Rate = eur.Minor(100) }), []string{"the leakage rate is in EUR, revenue is counted in USD"}},
		{"override tier and tags", mut(func(s *Settings) {
			s.Overrides = []Override{{Match: "a@x.example", Tier: "F"}, {Match: "x.example", Will: "maybe"}, {Match: " "}}
		}), []string{`override a@x.example: tier "F"`, `override x.example: will "maybe"`, "override 2 matches nothing"}},
		{"duplicate override", mut(func(s *Settings) {
			s.Overrides = []Override{{Match: "X.example"}, {Match: "x.example"}}
		}), []string{"override x.example is given twice"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := prepare(tc.s)
			if !errors.Is(err, ErrSettings) {
				t.Fatalf("prepare: %v, want ErrSettings", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
	if _, err := prepare(testSettings()); err != nil {
		t.Errorf("good settings refused: %v", err)
	}
}
