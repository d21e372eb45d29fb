package tiers

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/fivemin/fivemin/quoting"
	bolt "go.etcd.io/bbolt"
)

// The settings a state file was last ranked with are kept in it, so the
// commands that read the file without a configuration (`fivemin clients
// --state PATH` after `fivemin demo --state PATH`) rank as its writer did.
var (
	bucketTiers = []byte("tiers")
	keySettings = []byte("settings")
)

// storedSettings is Settings in a stable JSON form: money as minor units of
// the one currency.
type storedSettings struct {
	WindowDays      int        `json:"window_days,omitempty"`
	RevenueHigh     *int64     `json:"revenue_high,omitempty"`
	RevenueLow      int64      `json:"revenue_low,omitempty"`
	FreeMinutesHigh int        `json:"free_minutes_high,omitempty"`
	EmailsHigh      int        `json:"emails_high,omitempty"`
	MinEmails       int        `json:"min_emails,omitempty"`
	Currency        string     `json:"currency,omitempty"`
	Rate            int64      `json:"rate,omitempty"`
	Overrides       []Override `json:"overrides,omitempty"`
}

// SaveSettings records s in db as the settings its ledger is ranked with.
func SaveSettings(db *bolt.DB, s Settings) error {
	st := storedSettings{
		WindowDays: s.WindowDays, RevenueLow: s.RevenueLow.Minor(), FreeMinutesHigh: s.FreeMinutesHigh,
		EmailsHigh: s.EmailsHigh, MinEmails: s.MinEmails, Rate: s.Rate.Minor(), Overrides: s.Overrides,
	}
	if !s.Currency.IsZero() {
		st.Currency = s.Currency.Code()
	}
	if s.RevenueHigh != nil {
		v := s.RevenueHigh.Minor()
		st.RevenueHigh = &v
	}
	b, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("tier settings: %w", err)
	}
	return db.Update(func(tx *bolt.Tx) error {
		bk, err := tx.CreateBucketIfNotExists(bucketTiers)
		if err != nil {
			return fmt.Errorf("tier settings: %w", err)
		}
		return bk.Put(keySettings, b)
	})
}

// ErrNoSettings means the state file holds no tier settings.
var ErrNoSettings = errors.New("no tier settings recorded in the state file")

// LoadSettings reads the settings SaveSettings recorded in db, or returns
// ErrNoSettings.
func LoadSettings(db *bolt.DB) (Settings, error) {
	var b []byte
	if err := db.View(func(tx *bolt.Tx) error {
		if bk := tx.Bucket(bucketTiers); bk != nil {
			b = append(b, bk.Get(keySettings)...)
		}
		return nil
	}); err != nil {
		return Settings{}, err
	}
	if len(b) == 0 {
		return Settings{}, ErrNoSettings
	}
	var st storedSettings
	if err := json.Unmarshal(b, &st); err != nil {
		return Settings{}, fmt.Errorf("%w: stored tier settings: %v", ErrSettings, err)
	}
	s := Settings{
		WindowDays: st.WindowDays, FreeMinutesHigh: st.FreeMinutesHigh, EmailsHigh: st.EmailsHigh,
		MinEmails: st.MinEmails, Overrides: st.Overrides,
	}
	if st.Currency != "" {
		c, err := quoting.ParseCurrency(st.Currency)
		if err != nil {
			return Settings{}, fmt.Errorf("%w: stored tier settings: %v", ErrSettings, err)
		}
		s.Currency, s.RevenueLow, s.Rate = c, c.Minor(st.RevenueLow), c.Minor(st.Rate)
		if st.RevenueHigh != nil {
			high := c.Minor(*st.RevenueHigh)
			s.RevenueHigh = &high
		}
	} else if st.RevenueHigh != nil || st.RevenueLow != 0 || st.Rate != 0 {
		return Settings{}, fmt.Errorf("%w: stored tier settings have amounts but no currency", ErrSettings)
	}
	return s, nil
}
