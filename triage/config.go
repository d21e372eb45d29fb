package triage

import (
	"errors"
	"fmt"
	"strings"
)

// Config tunes triage. The zero value is not useful: start from
// DefaultConfig and override what the firm wants different. It is the
// [triage] section of the TOML configuration.
type Config struct {
	// FreeMinutes is the free allowance per email; quick asks beyond it
	// become paid. Normally set from the firm or the client's tier.
	FreeMinutes int `toml:"free_minutes"`

	// Limits bound the work spent on one message.
	Limits Limits `toml:"limits"`

	// OwnDomains are the firm's own mail domains: mail from them is never
	// drafted (loops, colleagues).
	OwnDomains []string `toml:"own_domains"`

	// Words extend the built-in word lists (greetings, sign-offs, request
	// frames, reply decisions, ...).
	Words Words `toml:"words"`

	// Signals add to (or, with ReplaceDefaultSignals, replace) the
	// built-in classification signals.
	Signals               []Signal `toml:"signal"`
	ReplaceDefaultSignals bool     `toml:"replace_default_signals"`

	// QuickMinutes is the estimate for a quick ask with no more specific
	// signal; PaidMinutes the same for a paid ask.
	QuickMinutes int `toml:"quick_minutes"`
	PaidMinutes  int `toml:"paid_minutes"`
}

// Limits bound parsing, in the spirit of Dovecot's and Postfix's defaults.
type Limits struct {
	MaxBytes int64 `toml:"max_bytes"` // whole message, bytes read
	MaxDepth int   `toml:"max_depth"` // MIME nesting levels
	MaxParts int   `toml:"max_parts"` // MIME parts in all
}

// Signal is one weighted clue for classifying an ask. Match is one or more
// phrases separated by "|"; a phrase is words in lower case, where a
// trailing "*" matches any word starting with it ("reconcil*"), "{det}" any
// determiner, "..." up to three words of anything and "$" the end of the
// ask. Kind says which way the clue pulls: quick, paid, or scope (the work
// is large: it raises a paid estimate).
type Signal struct {
	Match    string  `toml:"match"`
	Act      string  `toml:"act"`      // kind of ask: confirm, status, date, prepare, review, ...
	Kind     string  `toml:"kind"`     // "quick", "paid" or "scope"
	Weight   float64 `toml:"weight"`   // strength; default 1
	Minutes  int     `toml:"minutes"`  // estimate when this signal decides; 0 = the kind's default
	Category string  `toml:"category"` // work category for pricing (tax, bookkeeping, advisory, ...)
}

// DefaultConfig returns the built-in settings.
func DefaultConfig() Config {
	return Config{
		FreeMinutes:  5,
		Limits:       Limits{MaxBytes: 25 << 20, MaxDepth: 100, MaxParts: 10000},
		QuickMinutes: 2,
		PaidMinutes:  60,
	}
}

// FieldError is a problem with one key of the [triage] section.
type FieldError struct {
	Key string // below [triage]: "limits.max_depth", "signal[1].kind"
	Msg string
}

func (e FieldError) Error() string { return "triage." + e.Key + ": " + e.Msg }

// Problems lists every problem with c, each naming its key.
func (c Config) Problems() []FieldError {
	var errs []FieldError
	bad := func(key, format string, args ...any) {
		errs = append(errs, FieldError{Key: key, Msg: fmt.Sprintf(format, args...)})
	}
	if c.FreeMinutes < 0 {
		bad("free_minutes", "must not be negative, got %d", c.FreeMinutes)
	}
	for _, f := range []struct {
		key string
		n   int64
	}{
		{"limits.max_bytes", c.Limits.MaxBytes}, {"limits.max_depth", int64(c.Limits.MaxDepth)},
		{"limits.max_parts", int64(c.Limits.MaxParts)}, {"quick_minutes", int64(c.QuickMinutes)},
		{"paid_minutes", int64(c.PaidMinutes)},
	} {
		if f.n <= 0 {
			bad(f.key, "must be positive, got %d", f.n)
		}
	}
	for i, s := range c.Signals {
		key := fmt.Sprintf("signal[%d]", i)
		if strings.TrimSpace(s.Match) == "" {
			bad(key+".match", "must not be empty")
		}
		switch s.Kind {
		case "quick", "paid", "scope":
		default:
			bad(key+".kind", "must be quick, paid or scope, got %q", s.Kind)
		}
		if s.Weight < 0 {
			bad(key+".weight", "must not be negative, got %v", s.Weight)
		}
		if s.Minutes < 0 {
			bad(key+".minutes", "must not be negative, got %d", s.Minutes)
		}
	}
	return errs
}

// Validate reports every problem with c at once, naming the TOML key.
func (c Config) Validate() error {
	var errs []error
	for _, e := range c.Problems() {
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}
