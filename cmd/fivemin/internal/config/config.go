// Package config loads fivemin's TOML configuration, checks all of it at once, and reloads it while the service runs.
//
// Every problem in a file is reported together, each as file:line: key:
// message; unknown keys are errors, so a typo never passes silently.
// Passwords and tokens are never in the file: it names an environment
// variable or a file for each, read at load into a [Secret] that prints
// masked. Paths in the file are relative to the file's directory.
//
// The file is TOML 1.0, read with go-toml/v2: its strict decoder reports
// unknown keys, its parser locates every key, and its encoder writes the
// effective settings ([Config.Describe]); fsnotify tells the [Watcher]
// when the file changes; golang.org/x/text/language reads the locale.
//
// Each package checks its own sections and names the key of each problem
// (triage.Config.Problems, mailbox.Server.Check, mailbox.OAuthTable.Check,
// which knows the OAuth providers); this package prefixes the keys, adds
// the lines, and reads the secrets.
//
// A loaded *Config is never changed afterwards: share it freely, and get a
// new one from a [Watcher] when the file changes.
package config

import (
	"cmp"
	"fmt"
	"os"
	"path"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/tiers"
	"github.com/fivemin/fivemin/triage"
)

// Config is the whole configuration. The TOML sections map to its fields;
// config.example.toml documents every key, its default and its unit.
type Config struct {
	Firm            Firm               `toml:"firm"`
	State           State              `toml:"state"`
	Triage          triage.Config      `toml:"triage"`
	Rates           Rates              `toml:"rates"`
	Quote           Quote              `toml:"quote"`
	Reps            []Rep              `toml:"rep"`
	Senders         Senders            `toml:"senders"`
	Tiers           ByTier[TierPolicy] `toml:"tiers"`
	Clients         Clients            `toml:"clients"`
	ClientOverrides []tiers.Override   `toml:"client"` // lower case after load
	Web             Web                `toml:"web"`
	OAuth           map[string]OAuth   `toml:"oauth"` // by the name [rep.imap] oauth gives

	File     string    `toml:"-"` // the file the configuration came from
	Warnings []Problem `toml:"-"` // doubtful settings that still load (no reps, a public web listener)

	currency quoting.Currency
	locale   language.Tag
	location *time.Location
	pricing  *quoting.Rates
	format   *quoting.Formatter
}

// Firm is who the firm is and its house rules.
type Firm struct {
	Name        string   `toml:"name"`
	Domain      string   `toml:"domain"`       // for Message-IDs
	OwnDomains  []string `toml:"own_domains"`  // mail from these is never drafted; default [domain]
	Currency    string   `toml:"currency"`     // ISO 4217
	Locale      string   `toml:"locale"`       // BCP 47, for money and numbers; default en-US
	FreeMinutes int      `toml:"free_minutes"` // per email; default 5
	Timezone    string   `toml:"timezone"`     // IANA name, or "Local" (default)
}

// State is where fivemin keeps its state.
type State struct {
	Path string `toml:"path"` // the bbolt file
}

// Rates are the hourly rates and billing rules; see quoting.Rates for the
// precedence rule.
type Rates struct {
	Default      Amount            `toml:"default"`       // hourly, required
	BlockMinutes int               `toml:"block_minutes"` // least a quote bills; default 30, 0 = none
	RoundMinutes int               `toml:"round_minutes"` // each paid ask rounded up to this; default 15
	Tier         ByTier[Amount]    `toml:"tier"`          // hourly
	Category     map[string]Amount `toml:"category"`      // by work category (tax, bookkeeping ...)
}

// ByTier holds one setting per client tier, A to E: the tiers are fixed, so
// [tiers.F] is an unknown key like any other.
type ByTier[T any] struct {
	A T `toml:"A,omitzero"`
	B T `toml:"B,omitzero"`
	C T `toml:"C,omitzero"`
	D T `toml:"D,omitzero"`
	E T `toml:"E,omitzero"`
}

func (t *ByTier[T]) get(tier string) *T {
	return map[string]*T{"A": &t.A, "B": &t.B, "C": &t.C, "D": &t.D, "E": &t.E}[tier]
}

// Quote holds the wording and timing of quotes.
type Quote struct {
	ValidityDays         int    `toml:"validity_days"`           // default 30
	FollowUpBusinessDays int    `toml:"follow_up_business_days"` // default 3, 0 = no follow-up
	AskWrittenGoAhead    bool   `toml:"ask_written_go_ahead"`    // default true
	TemplatesDir         string `toml:"templates_dir"`           // overrides the embedded templates
	HTML                 bool   `toml:"html"`                    // add an HTML alternative; default false
	QuickOverflow        string `toml:"quick_overflow"`          // quick asks past the free minutes: line, call or none
	HistoryBytes         int    `toml:"history_bytes"`           // most of the client's message a draft quotes
}

// Rep is one person whose mailbox fivemin watches.
type Rep struct {
	Name         string          `toml:"name"`
	Address      string          `toml:"address"` // lower case after load
	Signature    string          `toml:"signature"`
	Rate         Amount          `toml:"rate,omitzero"` // hourly; overrides rates.default and tier rates
	IMAP         Server          `toml:"imap"`
	SMTP         *Server         `toml:"smtp"`          // nil: the rep sends from their own mail program
	Folders      mailbox.Folders `toml:"folders"`       // empty names are discovered
	FirstRun     FirstRun        `toml:"first_run"`     // default "unseen"
	PollInterval Duration        `toml:"poll_interval"` // when the server has no IDLE; default 1m
	IdleCheck    Duration        `toml:"idle_check"`    // a second connection's INBOX check while idling; "off" is negative
}

// Server is an IMAP or SMTP account, checked by mailbox's rules; the
// password is read at load.
type Server struct {
	mailbox.Server
	Password Secret `toml:"-"` // read from PasswordEnv or PasswordFile at load
}

// Senders decide which senders are clients.
type Senders struct {
	Exclude               []string `toml:"exclude"` // added to DefaultExclude; with "@" the address, else the domain
	ReplaceDefaultExclude bool     `toml:"replace_default_exclude"`
	Include               []string `toml:"include"` // when not empty, only matching senders are clients
	// ReplyToRelays takes the one Reply-To of mail the firm's own systems
	// relay (contact forms, no-reply portals) as the client; default true.
	ReplyToRelays bool `toml:"reply_to_relays"`
}

// DefaultExclude are senders that are never clients.
var DefaultExclude = []string{
	"noreply@*", "no-reply@*", "donotreply@*", "do-not-reply@*",
	"mailer-daemon@*", "postmaster@*", "bounce*@*", "*-bounces@*", "notifications@*",
}

// TierPolicy is what a client tier changes.
type TierPolicy struct {
	FreeMinutes    *int   `toml:"free_minutes"`             // nil: the firm's
	RateMultiplier Factor `toml:"rate_multiplier,omitzero"` // default 1
	Template       string `toml:"template"`                 // template variant; "" = the default
}

// Clients are the thresholds that rank clients into tiers over a rolling
// window: revenue is accepted quote value, maintenance is free minutes
// given and emails received.
type Clients struct {
	WindowDays      int    `toml:"window_days"`           // default 90
	RevenueHigh     Amount `toml:"revenue_high,omitzero"` // at or above: high revenue; unset = tiers only from overrides
	RevenueLow      Amount `toml:"revenue_low,omitzero"`  // below, with low maintenance: C (low producer)
	FreeMinutesHigh int    `toml:"free_minutes_high"`     // at or above: high maintenance; default 60
	EmailsHigh      int    `toml:"emails_high"`           // at or above: high maintenance; default 30
	MinEmails       int    `toml:"min_emails"`            // fewer, with no concluded quote: too new to rank
}

// Web is the dashboard.
type Web struct {
	Enabled   bool   `toml:"enabled"`
	Listen    string `toml:"listen"` // default 127.0.0.1:8025
	TokenEnv  string `toml:"token_env"`
	TokenFile string `toml:"token_file"`
	Token     Secret `toml:"-"` // read from TokenEnv or TokenFile at load
}

// Options change how a file is loaded.
type Options struct {
	// Getenv looks up environment variables for secrets; nil is os.Getenv.
	Getenv func(string) string
	// SkipSecrets checks where secrets come from without reading them,
	// for checking a file on another machine than the service's.
	SkipSecrets bool
}

// DefaultStatePath is where the state lives unless [state] path says.
const DefaultStatePath = "/var/lib/fivemin/fivemin.db"

// defaults is what a key left out of the file means.
func defaults() *Config {
	return &Config{
		Firm:   Firm{FreeMinutes: 5, Locale: "en-US", Timezone: "Local"},
		State:  State{Path: DefaultStatePath},
		Triage: triage.DefaultConfig(),
		Rates:  Rates{BlockMinutes: 30, RoundMinutes: 15},
		Quote: Quote{ValidityDays: 30, FollowUpBusinessDays: 3, AskWrittenGoAhead: true,
			QuickOverflow: triage.OverflowLine, HistoryBytes: quoting.DefaultHistoryBytes},
		Clients: Clients{WindowDays: 90, FreeMinutesHigh: 60, EmailsHigh: 30, MinEmails: 3},
		Web:     Web{Listen: "127.0.0.1:8025"},
		Senders: Senders{ReplyToRelays: true},
	}
}

// Load reads and checks the file at path.
func Load(path string, opts Options) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading configuration: %w", err)
	}
	return Parse(path, data, opts)
}

// Parse checks data as the contents of file, which names it in messages
// and anchors relative paths. A bad file gives an *Error listing every
// problem.
func Parse(file string, data []byte, opts Options) (*Config, error) {
	if opts.Getenv == nil {
		opts.Getenv = os.Getenv
	}
	cfg := defaults()
	ps := &problems{file: file}
	if !decode(ps, data, cfg) {
		return nil, ps.err()
	}
	v := &validator{problems: ps, opts: opts}
	v.check(cfg)
	if err := ps.err(); err != nil {
		return nil, err
	}
	cfg.File = file
	sortProblems(ps.warns)
	cfg.Warnings = ps.warns
	return cfg, nil
}

// Currency is the firm's currency.
func (c *Config) Currency() quoting.Currency { return c.currency }

// Locale is the firm's locale, for money and numbers.
func (c *Config) Locale() language.Tag { return c.locale }

// Location is the firm's time zone, for business days and months.
func (c *Config) Location() *time.Location { return c.location }

// Pricing is the price list for quoting.
func (c *Config) Pricing() *quoting.Rates { return c.pricing }

// Formatter shows money in the firm's locale.
func (c *Config) Formatter() *quoting.Formatter { return c.format }

// Rep finds a rep by address (any case).
func (c *Config) Rep(address string) (*Rep, bool) {
	i := slices.IndexFunc(c.Reps, func(r Rep) bool { return r.Address == strings.ToLower(address) })
	if i < 0 {
		return nil, false
	}
	return &c.Reps[i], true
}

// Tier is the policy for a client tier ("A" to "E", any case); other
// values get the zero policy (the firm's allowance, multiplier 1).
func (c *Config) Tier(tier string) TierPolicy {
	if p := c.Tiers.get(strings.ToUpper(tier)); p != nil {
		return *p
	}
	return TierPolicy{}
}

// FreeMinutes is the free allowance per email for a client of tier ("" or
// unknown: the firm's).
func (c *Config) FreeMinutes(tier string) int {
	if p := c.Tier(tier); p.FreeMinutes != nil {
		return *p.FreeMinutes
	}
	return c.Firm.FreeMinutes
}

// TriageFor is the triage configuration for a client of tier: the [triage]
// section with the tier's free minutes and the firm's own domains.
func (c *Config) TriageFor(tier string) triage.Config {
	t := c.Triage
	t.FreeMinutes = c.FreeMinutes(tier)
	// Quick asks are billed together only past a whole minimum block
	// beyond the free minutes (30 minutes when the firm has no minimum).
	t.QuickOverflow = c.Quote.QuickOverflow
	t.OverflowMinutes = cmp.Or(c.Rates.BlockMinutes, 30)
	return t
}

// Client finds the override for address: an exact address match first,
// then its domain.
func (c *Config) Client(address string) (tiers.Override, bool) {
	address = strings.ToLower(strings.TrimSpace(address))
	_, domain, ok := strings.Cut(address, "@")
	if !ok {
		return tiers.Override{}, false
	}
	for _, m := range []string{address, domain} {
		if i := slices.IndexFunc(c.ClientOverrides, func(o tiers.Override) bool { return o.Match == m }); m != "" && i >= 0 {
			return c.ClientOverrides[i], true
		}
	}
	return tiers.Override{}, false
}

// IsClientSender reports whether mail from address is from a client: not
// the firm's own domains (or their subdomains), matching Include if it is
// set, and no exclude pattern.
func (c *Config) IsClientSender(address string) bool {
	address = strings.ToLower(strings.TrimSpace(address))
	local, domain, ok := strings.Cut(address, "@")
	if !ok || local == "" || domain == "" {
		return false
	}
	for _, d := range c.Firm.OwnDomains {
		if domain == d || strings.HasSuffix(domain, "."+d) {
			return false
		}
	}
	if len(c.Senders.Include) > 0 && !matchAny(c.Senders.Include, address, domain) {
		return false
	}
	excl := c.Senders.Exclude
	if !c.Senders.ReplaceDefaultExclude {
		excl = append(append([]string(nil), DefaultExclude...), excl...)
	}
	return !matchAny(excl, address, domain)
}

// matchAny reports whether a pattern matches: with "@" against the
// address, without against the domain.
func matchAny(patterns []string, address, domain string) bool {
	for _, p := range patterns {
		target := domain
		if strings.Contains(p, "@") {
			target = address
		}
		if ok, _ := path.Match(p, target); ok {
			return true
		}
	}
	return false
}
