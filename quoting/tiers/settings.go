package tiers

import (
	"errors"
	"fmt"
	"strings"

	"github.com/fivemin/fivemin/quoting"
)

// ErrSettings marks settings the package cannot rank with.
var ErrSettings = errors.New("invalid tier settings")

// Defaults for the zero values of Settings.
const (
	DefaultWindowDays      = 90
	DefaultFreeMinutesHigh = 60
	DefaultEmailsHigh      = 30
	DefaultMinEmails       = 3
)

// Settings are the thresholds and overrides tiers are computed with: the
// [clients] and [[client]] sections of the configuration, the firm's
// currency and a rate to value free minutes at. The zero value ranks
// nothing (no RevenueHigh) and uses the defaults above.
type Settings struct {
	// WindowDays is the rolling window, ending now; 0 means 90.
	WindowDays int
	// RevenueHigh is the accepted value in the window at or above which
	// revenue is high. Nil: no tier is computed; only overrides give one.
	RevenueHigh *quoting.Money
	// RevenueLow: below it, with low maintenance, an account is C (a low
	// producer). Zero (or unset): there are no C accounts.
	RevenueLow quoting.Money
	// FreeMinutesHigh and EmailsHigh: reaching either in the window makes
	// maintenance high; 0 means 60 minutes and 30 emails.
	FreeMinutesHigh int
	EmailsHigh      int
	// MinEmails is the history an account needs before low revenue makes
	// it a low producer (C): with fewer emails in the window and no
	// concluded quote (accepted, declined or expired) there is too little
	// to judge, and the account gets no tier, the firm's standard terms.
	// 0 means 3.
	MinEmails int
	// Currency is what revenue is counted in; quotes in other currencies
	// count as quotes but add no value. Zero: the thresholds' currency, or
	// failing that the ledger's first sent quote's.
	Currency quoting.Currency
	// Rate is the hourly rate free minutes are valued at for leakage
	// (the default rate: rep and tier rates differ). Zero: minutes only.
	Rate quoting.Money
	// Overrides are the [[client]] entries of the configuration.
	Overrides []Override
}

// Override pins facts about one client address or every address at a
// domain: a [[client]] entry of the configuration.
type Override struct {
	Match        string `toml:"match"`        // an address, or a domain for everyone there
	Organisation string `toml:"organisation"` // groups the matched addresses into one account
	Tier         string `toml:"tier"`         // "A" to "E" wins over the computed tier; "" computes
	Will         string `toml:"will"`         // will to partner: "high", "low" or ""
	Skill        string `toml:"skill"`        // ability to grow: "high", "low" or ""
}

// Measures are the three numbers the tier rule reads, over one window.
type Measures struct {
	Revenue     int64 // accepted quote value, minor units of Settings.Currency
	FreeMinutes int64
	Emails      int64
	// Concluded counts quotes accepted, declined or expired: with Emails,
	// how much history there is to judge from.
	Concluded int64
}

// Ranked reports whether tiers are computed at all (RevenueHigh is set).
func (s *Settings) Ranked() bool { return s.RevenueHigh != nil }

// Tier is the tier the rule gives an account with measures m, or "" when
// tiers are not computed. This is the rule, stated once (see the package
// documentation for the table).
func (s *Settings) Tier(m Measures) string {
	if !s.Ranked() {
		return ""
	}
	highRevenue := m.Revenue >= s.RevenueHigh.Minor()
	if s.highMaintenance(m) {
		if highRevenue {
			return "D" // manage selectively
		}
		return "E" // let go
	}
	switch {
	case highRevenue:
		return "A" // protect, ask for referrals
	case m.Revenue >= s.RevenueLow.Minor():
		return "B" // grow share
	case s.New(m):
		return "" // too little history to call a low producer: standard terms
	}
	return "C" // low producer: resist time investment
}

// New reports whether an account has too little history to be judged
// (fewer than MinEmails emails, no concluded quote, no revenue). Tiers never
// penalise the absence of data: such an account is not a low producer
// (C) but gets no tier, the firm's standard terms.
func (s *Settings) New(m Measures) bool {
	return m.Emails < int64(s.minEmails()) && m.Concluded == 0 && m.Revenue == 0
}

func (s *Settings) minEmails() int {
	if s.MinEmails == 0 {
		return DefaultMinEmails
	}
	return s.MinEmails
}

func (s *Settings) highMaintenance(m Measures) bool {
	return m.FreeMinutes >= int64(s.freeMinutesHigh()) || m.Emails >= int64(s.emailsHigh())
}

func (s *Settings) windowDays() int {
	if s.WindowDays == 0 {
		return DefaultWindowDays
	}
	return s.WindowDays
}

func (s *Settings) freeMinutesHigh() int {
	if s.FreeMinutesHigh == 0 {
		return DefaultFreeMinutesHigh
	}
	return s.FreeMinutesHigh
}

func (s *Settings) emailsHigh() int {
	if s.EmailsHigh == 0 {
		return DefaultEmailsHigh
	}
	return s.EmailsHigh
}

// prepared is Settings checked, with defaults filled in and overrides
// indexed.
type prepared struct {
	Settings
	ov overrides
}

// prepare checks s and fills in its defaults. Every problem is listed.
func prepare(s Settings) (*prepared, error) {
	p := &prepared{Settings: s}
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }

	p.WindowDays = s.windowDays()
	p.FreeMinutesHigh = s.freeMinutesHigh()
	p.EmailsHigh = s.emailsHigh()
	if p.WindowDays < 1 || p.WindowDays > 3650 {
		bad("window of %d days (want 1 to 3650)", s.WindowDays)
	}
	if p.FreeMinutesHigh < 1 || p.EmailsHigh < 1 {
		bad("high-maintenance thresholds %d free minutes and %d emails must be positive", s.FreeMinutesHigh, s.EmailsHigh)
	}
	errs = append(errs, p.moneyProblems(s)...)
	var err error
	if p.ov, err = indexOverrides(s.Overrides); err != nil {
		errs = append(errs, err.Error())
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%w: %s", ErrSettings, strings.Join(errs, "; "))
	}
	return p, nil
}

// moneyProblems checks the revenue thresholds and the leakage rate, and
// sets p.Currency from revenue high when it is not given: amounts in
// another currency could not be compared.
func (p *prepared) moneyProblems(s Settings) []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if p.Currency.IsZero() && s.RevenueHigh != nil {
		p.Currency = s.RevenueHigh.Currency()
	}
	sameCurrency := func(name string, m quoting.Money) {
		if c := m.Currency(); !c.IsZero() && !p.Currency.IsZero() && c != p.Currency {
			bad("%s is in %s, revenue is counted in %s", name, c, p.Currency)
		}
	}
	if s.RevenueHigh != nil {
		sameCurrency("revenue high", *s.RevenueHigh)
		if s.RevenueHigh.Sign() < 0 || s.RevenueLow.Sign() < 0 || s.RevenueLow.Minor() > s.RevenueHigh.Minor() {
			bad("revenue low %s and high %s must not be negative, and low not above high", s.RevenueLow.Decimal(), s.RevenueHigh.Decimal())
		}
	} else if !s.RevenueLow.IsZero() {
		bad("revenue low is set without revenue high")
	}
	sameCurrency("revenue low", s.RevenueLow)
	sameCurrency("the leakage rate", s.Rate)
	if s.Rate.Sign() < 0 {
		bad("negative leakage rate %s", s.Rate.Decimal())
	}
	return errs
}

// overrides indexes the configured overrides by address and by domain.
type overrides struct {
	byAddr, byDomain map[string]Override
}

func indexOverrides(list []Override) (overrides, error) {
	ov := overrides{byAddr: map[string]Override{}, byDomain: map[string]Override{}}
	var errs []string
	for i, o := range list {
		o.Match = strings.TrimPrefix(normAddress(o.Match), "@")
		o.Tier = strings.ToUpper(strings.TrimSpace(o.Tier))
		o.Will = strings.ToLower(strings.TrimSpace(o.Will))
		o.Skill = strings.ToLower(strings.TrimSpace(o.Skill))
		o.Organisation = strings.TrimSpace(o.Organisation)
		switch {
		case o.Match == "":
			errs = append(errs, fmt.Sprintf("override %d matches nothing", i))
			continue
		case o.Tier != "" && tierRank(o.Tier) == noTier:
			errs = append(errs, fmt.Sprintf("override %s: tier %q (want A to E)", o.Match, o.Tier))
		case !okLevel(o.Will) || !okLevel(o.Skill):
			errs = append(errs, fmt.Sprintf("override %s: will %q, skill %q (want high, low or nothing)", o.Match, o.Will, o.Skill))
		}
		m := ov.byDomain
		if strings.Contains(o.Match, "@") {
			m = ov.byAddr
		}
		if _, dup := m[o.Match]; dup {
			errs = append(errs, fmt.Sprintf("override %s is given twice", o.Match))
		}
		m[o.Match] = o
	}
	if len(errs) > 0 {
		return ov, errors.New(strings.Join(errs, "; "))
	}
	return ov, nil
}

func okLevel(s string) bool { return s == "" || s == "high" || s == "low" }

// lookup returns the override facts for address: each field from the
// address's own override when it sets it, else from its domain's, so an
// address override that only tags will and skill keeps its domain's
// organisation and tier.
func (ov overrides) lookup(address string) (Override, bool) {
	a, okA := ov.byAddr[address]
	d, okD := ov.byDomain[domainOf(address)]
	switch {
	case !okD:
		return a, okA
	case !okA:
		return d, true
	}
	if a.Organisation == "" {
		a.Organisation = d.Organisation
	}
	if a.Tier == "" {
		a.Tier = d.Tier
	}
	if a.Will == "" {
		a.Will = d.Will
	}
	if a.Skill == "" {
		a.Skill = d.Skill
	}
	return a, true
}

// organisation is the account address belongs to, given its override.
func organisation(address string, o Override) string {
	if o.Organisation != "" {
		return o.Organisation
	}
	d := domainOf(address)
	if d == "" || personalDomains[d] {
		return address
	}
	return d
}

// Organisation returns the account an address belongs to under these
// settings: its override's organisation, the address itself at a personal
// mail domain, else its domain. The pipeline records it as the ledger's
// organisation so the ledger's own reports group the same way. (A Cache
// answers the same from its index, without rebuilding it.)
func (s *Settings) Organisation(address string) string {
	ov, _ := indexOverrides(s.Overrides) // Rank and NewCache report bad entries; here they count as written
	address = normAddress(address)
	o, _ := ov.lookup(address)
	return organisation(address, o)
}

// personalDomains are mail providers whose users are private people or
// unrelated businesses: grouping everyone at gmail.com into one account
// would rank strangers together. Each address there is its own account
// unless an override names an organisation.
var personalDomains = map[string]bool{}

func init() {
	for _, d := range strings.Fields(`
		gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk hotmail.fr hotmail.de
		live.com live.co.uk msn.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de ymail.com
		rocketmail.com icloud.com me.com mac.com aol.com proton.me protonmail.com pm.me
		gmx.com gmx.net gmx.de web.de mail.com zoho.com yandex.com yandex.ru mail.ru
		fastmail.com hey.com comcast.net att.net verizon.net sbcglobal.net btinternet.com
		orange.fr free.fr laposte.net t-online.de libero.it qq.com 163.com 126.com naver.com`) {
		personalDomains[d] = true
	}
}

// normAddress is how addresses are compared: trimmed and lower case, as the
// ledger stores them.
func normAddress(a string) string { return strings.ToLower(strings.TrimSpace(a)) }

// domainOf is the part after the last "@", or "" when there is none.
func domainOf(address string) string {
	if i := strings.LastIndexByte(address, '@'); i >= 0 {
		return address[i+1:]
	}
	return ""
}

// noTier is the rank of "" (no tier): after E.
const noTier = 5

// tierRank orders tiers: A is 0, E is 4, anything else noTier.
func tierRank(t string) int {
	if len(t) == 1 && t[0] >= 'A' && t[0] <= 'E' {
		return int(t[0] - 'A')
	}
	return noTier
}
