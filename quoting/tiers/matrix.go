package tiers

// Matrix is the data of the tier matrix chart: one point per account,
// revenue against maintenance, with the threshold lines that split the
// plane into tiers. Draw x = Maintenance (the high-maintenance line is at
// 1), y = Revenue (lines at RevenueHigh and RevenueLow), coloured by Tier.
type Matrix struct {
	Currency string `json:"currency"`
	Ranked   bool   `json:"ranked"` // false: no thresholds, tiers only from overrides
	// Thresholds, in major units as decimals ("5000.00"); "" when unset.
	RevenueHigh     string   `json:"revenue_high"`
	RevenueLow      string   `json:"revenue_low"`
	FreeMinutesHigh int64    `json:"free_minutes_high"`
	EmailsHigh      int64    `json:"emails_high"`
	WindowDays      int      `json:"window_days"`
	Points          []Point  `json:"points"`
	Tiers           []string `json:"tiers"` // the legend, best first
}

// Point is one account on the matrix.
type Point struct {
	Organisation string `json:"organisation"`
	Clients      int    `json:"clients"` // addresses in the account
	Tier         string `json:"tier"`
	ComputedTier string `json:"computed_tier"`
	Overridden   bool   `json:"overridden"`
	// Revenue is the accepted value in the window: a decimal in major
	// units for labels, and minor units for plotting.
	Revenue      string `json:"revenue"`
	RevenueMinor int64  `json:"revenue_minor"`
	FreeMinutes  int64  `json:"free_minutes"`
	Emails       int64  `json:"emails"`
	// Maintenance is the larger of free minutes over their threshold and
	// emails over theirs: at 1 or more, maintenance is high.
	Maintenance float64 `json:"maintenance"`
	Change      string  `json:"change"`
}

// Matrix returns the chart data for the ranking, points in rank order.
func (r *Ranking) Matrix() Matrix {
	s := &r.Settings
	m := Matrix{
		Currency:        s.Currency.Code(),
		Ranked:          s.Ranked(),
		FreeMinutesHigh: int64(s.freeMinutesHigh()),
		EmailsHigh:      int64(s.emailsHigh()),
		WindowDays:      s.windowDays(),
		Points:          make([]Point, 0, len(r.Accounts)),
		Tiers:           []string{"A", "B", "C", "D", "E"},
	}
	if s.Ranked() {
		m.RevenueHigh = s.RevenueHigh.Decimal()
		if !s.RevenueLow.IsZero() {
			m.RevenueLow = s.Currency.Minor(s.RevenueLow.Minor()).Decimal()
		}
	}
	for _, a := range r.Accounts {
		f := &a.Figures
		m.Points = append(m.Points, Point{
			Organisation: a.Organisation,
			Clients:      len(a.Clients),
			Tier:         a.Tier,
			ComputedTier: a.ComputedTier,
			Overridden:   a.Overridden,
			Revenue:      f.ValueAccepted.Decimal(),
			RevenueMinor: f.ValueAccepted.Minor(),
			FreeMinutes:  f.FreeMinutes,
			Emails:       f.Emails,
			Maintenance: max(float64(f.FreeMinutes)/float64(m.FreeMinutesHigh),
				float64(f.Emails)/float64(m.EmailsHigh)),
			Change: a.Change.String(),
		})
	}
	return m
}
