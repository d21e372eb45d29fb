package triage

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Config tunes triage. The zero value is not useful: start from
// DefaultConfig and override what the firm wants different. It is the
// [triage] section of the TOML configuration.
type Config struct {
	// FreeMinutes is the free allowance per email; quick asks beyond it
	// become paid. Set from [firm] or the client's tier, not in [triage].
	FreeMinutes int `toml:"-"`

	// Limits bound the work spent on one message.
	Limits Limits `toml:"limits"`

	// OwnDomains are the firm's own mail domains: mail from them is never
	// drafted (loops, colleagues). Set from [firm], not in [triage].
	OwnDomains []string `toml:"-"`

	// Words extend the built-in word lists (greetings, sign-offs, request
	// frames, reply decisions, ...).
	Words Words `toml:"words"`

	// Signals add to (or, with ReplaceDefaultSignals, replace) the
	// built-in classification signals.
	Signals               []Signal `toml:"signal"`
	ReplaceDefaultSignals bool     `toml:"replace_default_signals"`

	// Weights picks the weights of the built-in signals and ask forms:
	// WeightsLearned (those fitted on the labelled mail, weights.json) or
	// WeightsHand (the hand-set ones in words.go and registry.go); "" is
	// the default, DefaultWeights. Signals from the config keep their own
	// weight either way.
	Weights string `toml:"weights"`

	// QuickMinutes is the estimate for a quick ask with no more specific
	// signal; PaidMinutes the same for a paid ask whose kind of work no
	// signal names (an uncertain estimate).
	QuickMinutes int `toml:"quick_minutes"`
	PaidMinutes  int `toml:"paid_minutes"`

	// Minutes are the base estimates of paid asks by the kind of work,
	// each entry replacing the built-in one of the same name.
	Minutes Minutes `toml:"minutes"`

	// MaxAskMinutes caps the estimate of one paid ask, MinAskMinutes is
	// its floor. MaxScale bounds how much scope ("all", "last 5 years",
	// "12 invoices") may multiply a base estimate.
	MaxAskMinutes int `toml:"max_ask_minutes"`
	MinAskMinutes int `toml:"min_ask_minutes"`
	MaxScale      int `toml:"max_scale"`

	// QuickOverflow is what happens when the quick asks together run past
	// the free minutes by more than OverflowMinutes: OverflowLine bills the
	// ones beyond the allowance on one line, OverflowCall offers a paid
	// call for them instead, OverflowNone answers them all free ("" and
	// unknown values mean OverflowLine). Both are set from [quote]
	// quick_overflow and [rates] block_minutes, not from [triage].
	QuickOverflow   string `toml:"-"`
	OverflowMinutes int    `toml:"-"`
}

// The weight sets of Config.Weights.
const (
	WeightsLearned = "learned"
	WeightsHand    = "hand"
)

// The quick-overflow policies.
const (
	OverflowLine = "line"
	OverflowCall = "call"
	OverflowNone = "none"
)

// Minutes are base estimates in minutes, by act (prepare, reconcile,
// review, ...) and by category (tax, bookkeeping, ...). The act says how
// big a job is ("write" a letter is not "reconcile" a bank account), so it
// is used first; the category sizes a paid ask whose act is not known.
type Minutes struct {
	Act      map[string]int `toml:"act"`
	Category map[string]int `toml:"category"`
}

// defaultActMinutes and defaultCategoryMinutes are the built-in base
// estimates; config.example.toml lists them.
var (
	defaultActMinutes = map[string]int{
		"write": 45, "fix": 45, "check": 45,
		"review": 60, "calculate": 60, "setup": 60, "produce": 60, "report": 60,
		"redo": 90, "research": 90,
		"prepare": 120, "reconcile": 120, "design": 120, "install": 120, "train": 120, "audit": 120,
		"catch-up": 240,
	}
	defaultCategoryMinutes = map[string]int{
		"insurance": 45, "bookkeeping": 60, "payroll": 60, "advisory": 60, "it": 60, "print": 60,
		"tax": 90, "design": 90,
	}
)

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
		// A working day: more than that is a project, for the rep to
		// scope, not an estimate to send unchecked.
		MaxAskMinutes:   8 * 60,
		MinAskMinutes:   15,
		MaxScale:        4,
		QuickOverflow:   OverflowLine,
		OverflowMinutes: 30,
	}
}

// maxEstimateMinutes bounds every configured estimate: a week of work.
const maxEstimateMinutes = 40 * 60

// FieldError is a problem with one key of the [triage] section.
type FieldError struct {
	Key string // below [triage]: "limits.max_depth", "signal[1].kind"
	Msg string
}

func (e FieldError) Error() string { return "triage." + e.Key + ": " + e.Msg }

// Problems lists every problem with c, each naming its key.
func (c Config) Problems() []FieldError {
	var p problems
	c.numberProblems(&p)
	c.minuteTableProblems(&p)
	signalProblems(c.Signals, &p)
	switch c.Weights {
	case "", WeightsLearned, WeightsHand:
	default:
		p.bad("weights", "must be %q or %q, got %q", WeightsLearned, WeightsHand, c.Weights)
	}
	return p
}

// problems collects FieldErrors in the order they are found.
type problems []FieldError

func (p *problems) bad(key, format string, args ...any) {
	*p = append(*p, FieldError{Key: key, Msg: fmt.Sprintf(format, args...)})
}

// numberProblems checks the single numbers: allowances, limits, bounds.
func (c Config) numberProblems(p *problems) {
	if c.FreeMinutes < 0 {
		p.bad("free_minutes", "must not be negative, got %d", c.FreeMinutes)
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
			p.bad(f.key, "must be positive, got %d", f.n)
		}
	}
	if c.MaxAskMinutes < 1 || c.MaxAskMinutes > maxEstimateMinutes {
		p.bad("max_ask_minutes", "must be 1 to %d minutes, got %d", maxEstimateMinutes, c.MaxAskMinutes)
	}
	if c.MinAskMinutes < 0 || c.MinAskMinutes > c.MaxAskMinutes {
		p.bad("min_ask_minutes", "must be 0 to max_ask_minutes (%d), got %d", c.MaxAskMinutes, c.MinAskMinutes)
	}
	if c.MaxScale < 1 || c.MaxScale > 20 {
		p.bad("max_scale", "must be 1 (no scaling) to 20, got %d", c.MaxScale)
	}
	if c.Limits.MaxTextBytes < 0 {
		p.bad("limits.max_text_bytes", "must not be negative, got %d", c.Limits.MaxTextBytes)
	}
	if c.Limits.MaxAskBytes < 0 {
		p.bad("limits.max_ask_bytes", "must not be negative, got %d", c.Limits.MaxAskBytes)
	}
}

// minuteTableProblems checks the minutes per act and per category, in
// key order so the report is stable.
func (c Config) minuteTableProblems(p *problems) {
	for _, m := range []struct {
		key string
		t   map[string]int
	}{{"minutes.act", c.Minutes.Act}, {"minutes.category", c.Minutes.Category}} {
		for _, k := range sortedKeys(m.t) {
			if v := m.t[k]; v < 1 || v > maxEstimateMinutes {
				p.bad(m.key+"."+k, "must be 1 to %d minutes, got %d", maxEstimateMinutes, v)
			}
		}
	}
}

func signalProblems(signals []Signal, p *problems) {
	for i, s := range signals {
		key := fmt.Sprintf("signal[%d]", i)
		if strings.TrimSpace(s.Match) == "" {
			p.bad(key+".match", "must not be empty")
		}
		switch s.Kind {
		case "quick", "paid", "scope":
		default:
			p.bad(key+".kind", "must be quick, paid or scope, got %q", s.Kind)
		}
		if s.Weight < 0 {
			p.bad(key+".weight", "must not be negative, got %v", s.Weight)
		}
		if s.Minutes < 0 {
			p.bad(key+".minutes", "must not be negative, got %d", s.Minutes)
		}
	}
}

// Validate reports every problem with c at once, naming the TOML key.
func (c Config) Validate() error {
	var errs []error
	for _, e := range c.Problems() {
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
