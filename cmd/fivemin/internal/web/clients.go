package web

import (
	"fmt"
	"math"
	"strings"

	"github.com/fivemin/fivemin/quoting"
)

// ClientTiers is what the clients page shows: every client's tier and the
// figures it was ranked on, with the thresholds in force. The service
// fills it from the tier rules (Options.Clients); this package only draws.
type ClientTiers struct {
	// Window describes the rolling window, e.g. "last 90 days".
	Window string
	// Thresholds, drawn as dashed lines; zero values are not drawn.
	// Revenue at or above RevenueHigh is high; below RevenueLow with low
	// maintenance is a low producer (C). Maintenance is high from
	// FreeMinutesHigh free minutes or EmailsHigh emails in the window.
	RevenueHigh, RevenueLow     quoting.Money
	FreeMinutesHigh, EmailsHigh int64
	// Clients in the order to list them (the tier rules rank them).
	Clients []ClientPoint
}

// ClientPoint is one client, or one account (an organisation, when the
// tiers are computed per account: leave Client empty): where it sits on
// the matrix and why.
type ClientPoint struct {
	Client       string // address; "" for an account
	Organisation string
	Tier         string // "A"–"E"; "" when not ranked
	PreviousTier string // last period's tier, "" if none
	Change       string // what changed, e.g. "B → D: free minutes tripled"
	Override     bool   // tier pinned by hand in the configuration
	Will, Skill  string // "high", "low" or "": will to partner, ability to grow

	Revenue        quoting.Money // accepted value in the window
	FreeMinutes    int64
	Emails         int64
	Questions      int64
	QuotesSent     int64
	QuotesAccepted int64
	QuotesDeclined int64 // the "tire kicker" signal
	QuotesExpired  int64
	PaidMinutes    int64 // accepted paid time
}

// ReturnPerHour is accepted value per hour invested (free minutes plus
// accepted paid time), in the revenue's currency; ok is false with no
// time invested.
func (c ClientPoint) ReturnPerHour() (quoting.Money, bool) {
	minutes := c.FreeMinutes + c.PaidMinutes
	if minutes <= 0 {
		return quoting.Money{}, false
	}
	return c.Revenue.Currency().Minor(c.Revenue.Minor() * 60 / minutes), true
}

// maintenance places a client on the matrix's horizontal axis: its free
// minutes and its emails as multiples of their thresholds, whichever is
// larger, so 1 is exactly where the rules call a client high maintenance.
// Without both thresholds it is plain free minutes.
func (t *ClientTiers) maintenance(c ClientPoint) float64 {
	if t.FreeMinutesHigh > 0 && t.EmailsHigh > 0 {
		return math.Max(float64(c.FreeMinutes)/float64(t.FreeMinutesHigh), float64(c.Emails)/float64(t.EmailsHigh))
	}
	return float64(c.FreeMinutes)
}

// tierNames are the playbook's names for the tiers.
var tierNames = map[string]string{
	"A": "protect, ask for referrals",
	"B": "grow share",
	"C": "low producer",
	"D": "manage selectively",
	"E": "let go",
}

func tierClass(t string) string {
	if _, ok := tierNames[t]; ok {
		return "tier-" + strings.ToLower(t)
	}
	return "tier-none"
}

// matrix draws the tier matrix: revenue up, maintenance right, one dot per
// client in its tier's colour, hollow when the tier was set by hand, and
// the tier regions shaded from the thresholds.
func (t *ClientTiers) matrix(money func(quoting.Money) string) scatter {
	byThreshold := t.FreeMinutesHigh > 0 && t.EmailsHigh > 0
	s := scatter{
		Title:  "Client tier matrix: revenue against maintenance",
		YLabel: "Revenue (accepted value)",
		XLabel: "Free minutes given",
		Empty:  "No clients to rank yet.",
		Width:  fullWidth, Height: 480,
	}
	cur := t.currency()
	if !cur.IsZero() {
		s.YLabel += ", " + cur.Code()
	}
	scaleDiv := math.Pow10(cur.Digits())
	s.YTick = func(v float64) string { return compact(v) }
	mx := 0.0
	if byThreshold {
		s.XLabel = fmt.Sprintf("Maintenance (1 = %d free minutes or %d emails)", t.FreeMinutesHigh, t.EmailsHigh)
		s.XTick = func(v float64) string { return trimZero(v, 2) + "×" }
		s.XLines = []float64{1}
		mx = 1
	} else if t.FreeMinutesHigh > 0 {
		s.XLines = []float64{float64(t.FreeMinutesHigh)}
		mx = float64(t.FreeMinutesHigh)
	}
	hi, lo := float64(t.RevenueHigh.Minor())/scaleDiv, float64(t.RevenueLow.Minor())/scaleDiv
	if hi > 0 {
		s.YLines = append(s.YLines, hi)
	}
	if lo > 0 {
		s.YLines = append(s.YLines, lo)
	}
	if hi > 0 && mx > 0 {
		s.Bands = tierBands(mx, hi, lo)
	}
	// Label the dots only while they stay readable.
	label := len(t.Clients) <= 16
	for _, c := range t.Clients {
		s.Points = append(s.Points, t.dot(c, money, scaleDiv, label))
	}
	return s
}

// dot is one client on the matrix: revenue in major units (scaleDiv),
// the tip saying everything the position and colour stand for.
func (t *ClientTiers) dot(c ClientPoint, money func(quoting.Money) string, scaleDiv float64, label bool) point {
	name := c.Organisation
	if name == "" {
		name = c.Client
	}
	tier := c.Tier
	if tier == "" {
		tier = "unranked"
	}
	who := name
	if c.Client != "" && c.Organisation != "" {
		who = c.Client + " (" + c.Organisation + ")"
	}
	tip := fmt.Sprintf("%s · tier %s · revenue %s · %d free minutes · %d emails", who, tier, money(c.Revenue), c.FreeMinutes, c.Emails)
	if c.Change != "" {
		tip += " · " + c.Change
	}
	if c.Override {
		tip += " · tier set by hand"
	}
	p := point{X: t.maintenance(c), Y: float64(c.Revenue.Minor()) / scaleDiv, Class: tierClass(c.Tier), Tip: tip, Ring: c.Override}
	if label {
		p.Label = name
	}
	return p
}

// currency is the revenue's currency: the first client's with one, else
// the threshold's; zero when nothing has one.
func (t *ClientTiers) currency() quoting.Currency {
	for _, c := range t.Clients {
		if !c.Revenue.Currency().IsZero() {
			return c.Revenue.Currency()
		}
	}
	return t.RevenueHigh.Currency()
}

// tierBands shades the tier regions from the maintenance threshold mx and
// the revenue thresholds hi and lo (lo 0: no C region).
func tierBands(mx, hi, lo float64) []band {
	nan := math.NaN()
	bands := []band{
		{X0: nan, X1: mx, Y0: hi, Y1: nan, Class: "tier-a", Label: "A · protect"},
		{X0: mx, X1: nan, Y0: hi, Y1: nan, Class: "tier-d", Label: "D · manage selectively"},
		{X0: mx, X1: nan, Y0: nan, Y1: hi, Class: "tier-e", Label: "E · let go"},
	}
	if lo > 0 {
		return append(bands,
			band{X0: nan, X1: mx, Y0: lo, Y1: hi, Class: "tier-b", Label: "B · grow share"},
			band{X0: nan, X1: mx, Y0: nan, Y1: lo, Class: "tier-c", Label: "C · low producer"})
	}
	return append(bands, band{X0: nan, X1: mx, Y0: nan, Y1: hi, Class: "tier-b", Label: "B · grow share"})
}
