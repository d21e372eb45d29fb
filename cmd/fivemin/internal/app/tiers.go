package app

import (
	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/quoting/tiers"
)

// TierSettings turns the [clients] configuration and the [[client]]
// overrides into the tier ranking's settings.
func TierSettings(cfg *config.Config) tiers.Settings {
	s := tiers.Settings{
		WindowDays:      cfg.Clients.WindowDays,
		RevenueLow:      cfg.Clients.RevenueLow.Money(),
		FreeMinutesHigh: cfg.Clients.FreeMinutesHigh,
		EmailsHigh:      cfg.Clients.EmailsHigh,
		MinEmails:       cfg.Clients.MinEmails,
		Currency:        cfg.Currency(),
		Rate:            cfg.Rates.Default.Money(),
		Overrides:       cfg.ClientOverrides,
	}
	if cfg.Clients.RevenueHigh.IsSet() {
		high := cfg.Clients.RevenueHigh.Money()
		s.RevenueHigh = &high
	}
	return s
}
