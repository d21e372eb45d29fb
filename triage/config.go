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
	// MaxTextBytes bounds the readable text kept from one message (all
	// text parts together, decoded); the rest is read past, not kept.
	// 0 means the default.
	MaxTextBytes int `toml:"max_text_bytes"`
	// MaxAskBytes bounds the client's new text that splitting and
	// classification look at: a 20 MB pasted export is not 20 MB of asks.
	// 0 means the default.
	MaxAskBytes int `toml:"max_ask_bytes"`
}

// Defaults of the limits that may be left at zero.
const (
	DefaultMaxTextBytes = 1 << 20
	DefaultMaxAskBytes  = 64 << 10
)

func (l Limits) maxText() int {
	if l.MaxTextBytes > 0 {
		return l.MaxTextBytes
	}
	return DefaultMaxTextBytes
}

func (l Limits) maxAsk() int {
	if l.MaxAskBytes > 0 {
		return l.MaxAskBytes
	}
	return DefaultMaxAskBytes
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
		FreeMinutes: 5,
		Limits: Limits{MaxBytes: 25 << 20, MaxDepth: 100, MaxParts: 10000,
			MaxTextBytes: DefaultMaxTextBytes, MaxAskBytes: DefaultMaxAskBytes},
		QuickMinutes: 2,
		PaidMinutes:  60,
	}
}

// Validate reports every problem with c at once, naming the TOML key.
func (c Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", key, fmt.Sprintf(format, args...)))
	}
	if c.FreeMinutes < 0 {
		bad("triage.free_minutes", "must not be negative, got %d", c.FreeMinutes)
	}
	if c.Limits.MaxBytes <= 0 {
		bad("triage.limits.max_bytes", "must be positive, got %d", c.Limits.MaxBytes)
	}
	if c.Limits.MaxDepth <= 0 {
		bad("triage.limits.max_depth", "must be positive, got %d", c.Limits.MaxDepth)
	}
	if c.Limits.MaxParts <= 0 {
		bad("triage.limits.max_parts", "must be positive, got %d", c.Limits.MaxParts)
	}
	if c.Limits.MaxTextBytes < 0 {
		bad("triage.limits.max_text_bytes", "must not be negative, got %d", c.Limits.MaxTextBytes)
	}
	if c.Limits.MaxAskBytes < 0 {
		bad("triage.limits.max_ask_bytes", "must not be negative, got %d", c.Limits.MaxAskBytes)
	}
	if c.QuickMinutes <= 0 {
		bad("triage.quick_minutes", "must be positive, got %d", c.QuickMinutes)
	}
	if c.PaidMinutes <= 0 {
		bad("triage.paid_minutes", "must be positive, got %d", c.PaidMinutes)
	}
	for i, s := range c.Signals {
		key := fmt.Sprintf("triage.signal[%d]", i)
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
	return errors.Join(errs...)
}
