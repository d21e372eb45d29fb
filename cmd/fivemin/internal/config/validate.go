package config

import (
	"fmt"
	"io"
	"net"
	"net/mail"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // time zones even where the system has no zoneinfo
	"unicode"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"

	"github.com/fivemin/fivemin/quoting"
)

// Bounds on values: beyond them a setting is a typo, not a policy.
const (
	maxFreeMinutes = 480
	maxRate        = 1_000_000 // major units per hour
	maxMultiplier  = 10
)

// validator checks a decoded Config and fills in what derives from it.
type validator struct {
	ps   *problems
	opts Options
	md   toml.MetaData
	file string
	cur  quoting.Currency
}

func (v *validator) addf(key, format string, args ...any) { v.ps.addf(key, format, args...) }

func (v *validator) check(c *Config) {
	v.firm(c)
	v.state(c)
	v.triage(c)
	v.rates(c)
	v.quote(c)
	v.reps(c)
	v.senders(c)
	v.tiers(c)
	v.clients(c)
	v.web(c)
	if len(v.ps.list) == 0 {
		v.build(c)
	}
}

func (v *validator) firm(c *Config) {
	f := &c.Firm
	if strings.TrimSpace(f.Name) == "" {
		v.addf("firm.name", "required: the firm's name")
	} else if hasControl(f.Name) {
		v.addf("firm.name", "must not contain control characters or line breaks")
	}
	f.Domain = strings.ToLower(strings.TrimSpace(f.Domain))
	switch {
	case f.Domain == "":
		v.addf("firm.domain", "required: the firm's mail domain, for Message-IDs (like \"example.com\")")
	case !validDomain(f.Domain):
		v.addf("firm.domain", "%q is not a domain name", f.Domain)
	}
	if f.OwnDomains == nil {
		f.OwnDomains = []string{f.Domain} // checked as firm.domain
	} else {
		v.ownDomains(f)
	}
	if f.Domain != "" && !slices.Contains(f.OwnDomains, f.Domain) {
		v.ps.warnf("firm.own_domains", "does not list firm.domain %q: mail from it will be treated as a client's", f.Domain)
	}
	v.currencyLocale(c)
	v.minutes("firm.free_minutes", f.FreeMinutes, 0, maxFreeMinutes)
	if loc, err := time.LoadLocation(f.Timezone); err != nil || f.Timezone == "" {
		v.addf("firm.timezone", "%q is not a time zone: use an IANA name like \"Europe/Berlin\", or \"Local\"", f.Timezone)
	} else {
		c.location = loc
	}
}

func (v *validator) ownDomains(f *Firm) {
	for i := range f.OwnDomains {
		d := strings.ToLower(strings.TrimSpace(f.OwnDomains[i]))
		f.OwnDomains[i] = d
		if !validDomain(d) {
			v.addf(fmt.Sprintf("firm.own_domains[%d]", i), "%q is not a domain name", d)
		}
	}
}

func (v *validator) currencyLocale(c *Config) {
	f := &c.Firm
	if f.Currency == "" {
		v.addf("firm.currency", "required: the ISO 4217 code of the currency quotes are in (USD, EUR, GBP ...)")
	} else if cur, err := quoting.ParseCurrency(f.Currency); err != nil {
		v.addf("firm.currency", "%v", err)
	} else {
		v.cur = cur
		c.currency = cur
		f.Currency = cur.Code()
	}
	if tag, err := language.Parse(f.Locale); err != nil {
		v.addf("firm.locale", "%q is not a BCP 47 language tag (like \"en-US\" or \"de-DE\")", f.Locale)
	} else {
		c.locale = tag
	}
}

func (v *validator) state(c *Config) {
	if strings.TrimSpace(c.State.Path) == "" {
		v.addf("state.path", "must name the state file")
		return
	}
	c.State.Path = v.abs(c.State.Path)
}

// triage checks the [triage] section with the triage package's own rules.
// The free allowance and the firm's domains have one place, [firm], so they
// cannot be set here too.
func (v *validator) triage(c *Config) {
	for _, k := range []string{"free_minutes", "own_domains"} {
		if v.md.IsDefined("triage", k) {
			v.addf("triage."+k, "set firm.%s instead: it has one place, and triage gets it from there (per tier: tiers.X.free_minutes)", k)
		}
	}
	c.Triage.FreeMinutes = c.Firm.FreeMinutes
	c.Triage.OwnDomains = c.Firm.OwnDomains
	err := c.Triage.Validate()
	if err == nil {
		return
	}
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	for _, e := range errs {
		// triage words its errors "key: message".
		key, msg, ok := strings.Cut(e.Error(), ": ")
		switch {
		case key == "triage.free_minutes" || key == "triage.own_domains":
			// Copied from [firm], and checked there.
		case ok && strings.HasPrefix(key, "triage."):
			v.addf(key, "%s", msg)
		default:
			v.addf("triage", "%v", e)
		}
	}
}

var categoryName = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)

func (v *validator) rates(c *Config) {
	r := &c.Rates
	v.rate("rates.default", &r.Default, true)
	if r.BlockMinutes < 0 || r.BlockMinutes > 24*60 {
		v.addf("rates.block_minutes", "must be 0 (no minimum) to 1440 minutes, got %d", r.BlockMinutes)
	}
	if r.RoundMinutes < 1 || r.RoundMinutes > 8*60 {
		v.addf("rates.round_minutes", "must be 1 (no rounding) to 480 minutes, got %d", r.RoundMinutes)
	}
	for _, t := range quoting.Tiers {
		v.rate("rates.tier."+t, r.Tier.get(t), false)
	}
	for _, name := range sortedKeys(r.Category) {
		key := "rates.category." + toml.Key{name}.String()
		if !categoryName.MatchString(name) {
			v.addf(key, "category names are lower-case words, like tax or bookkeeping")
		}
		a := r.Category[name]
		v.rate(key, &a, true)
		r.Category[name] = a
	}
}

// rate checks an hourly rate.
func (v *validator) rate(key string, a *Amount, required bool) {
	if !a.IsSet() {
		if required {
			v.addf(key, "required: an hourly rate like \"250.00\"")
		}
		return
	}
	d, msg := decimalValue(a.raw, lastPiece(key))
	if msg != "" {
		v.addf(key, "%s", msg)
		return
	}
	if v.cur.IsZero() {
		return // the currency is wrong, reported already
	}
	m, err := v.cur.Amount(d)
	switch {
	case err != nil:
		v.addf(key, "%v", err)
	case m.Sign() <= 0:
		v.addf(key, "must be more than zero, got %s", d)
	case d.Cmp(quoting.DecimalOf(maxRate, 0)) > 0:
		v.addf(key, "%s is more than %d an hour: a typo?", d, maxRate)
	default:
		a.money = m
	}
}

func (v *validator) quote(c *Config) {
	q := &c.Quote
	if q.ValidityDays < 1 || q.ValidityDays > 365 {
		v.addf("quote.validity_days", "must be 1 to 365 days, got %d", q.ValidityDays)
	}
	if q.FollowUpBusinessDays < 0 || q.FollowUpBusinessDays > 60 {
		v.addf("quote.follow_up_business_days", "must be 0 (no follow-up) to 60 business days, got %d", q.FollowUpBusinessDays)
	}
	if q.TemplatesDir != "" {
		q.TemplatesDir = v.abs(q.TemplatesDir)
		if fi, err := os.Stat(q.TemplatesDir); err != nil {
			v.addf("quote.templates_dir", "%v", err)
		} else if !fi.IsDir() {
			v.addf("quote.templates_dir", "%s is not a directory", q.TemplatesDir)
		}
	}
}

func (v *validator) reps(c *Config) {
	if len(c.Reps) == 0 {
		v.ps.warnf("rep", "no [[rep]]: fivemin serve has no mailbox to watch")
	}
	seen := map[string]int{}
	for i := range c.Reps {
		r := &c.Reps[i]
		key := fmt.Sprintf("rep[%d]", i)
		if strings.TrimSpace(r.Name) == "" {
			v.addf(key+".name", "required: the rep's name, as clients see it")
		} else if hasControl(r.Name) {
			v.addf(key+".name", "must not contain control characters or line breaks")
		}
		r.Address = strings.ToLower(strings.TrimSpace(r.Address))
		if r.Address == "" {
			v.addf(key+".address", "required: the rep's email address")
		} else if !validAddress(r.Address) {
			v.addf(key+".address", "%q is not a plain email address (like \"ann@example.com\")", r.Address)
		} else if j, dup := seen[r.Address]; dup {
			v.addf(key+".address", "%s is also rep[%d]", r.Address, j)
		} else {
			seen[r.Address] = i
		}
		if strings.ContainsFunc(r.Signature, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) {
			v.addf(key+".signature", "must not contain control characters other than line breaks and tabs")
		}
		v.rate(key+".rate", &r.Rate, false)
		v.server(key+".imap", &r.IMAP, r.Address, 993, 143, true)
		if r.SMTP != nil {
			v.server(key+".smtp", r.SMTP, r.Address, 465, 587, false)
			if r.SMTP.PasswordEnv == "" && r.SMTP.PasswordFile == "" {
				r.SMTP.Password = r.IMAP.Password // the same account
			}
		}
		for name, f := range map[string]string{"inbox": r.Folders.Inbox, "drafts": r.Folders.Drafts, "sent": r.Folders.Sent} {
			if hasControl(f) {
				v.addf(key+".folders."+name, "must not contain control characters")
			}
		}
		v.firstRun(key+".first_run", &r.FirstRun)
		v.duration(key+".poll_interval", &r.PollInterval, time.Minute, 5*time.Second, 24*time.Hour)
		if r.IdleCheck.raw == "off" || r.IdleCheck.raw == nil {
			r.IdleCheck.d = -1 // the default: one connection, IDLE alone
		} else {
			v.duration(key+".idle_check", &r.IdleCheck, 0, 10*time.Millisecond, time.Hour)
		}
	}
}

// server checks an IMAP or SMTP account; tlsPort and startPort are the
// default ports for the TLS modes.
func (v *validator) server(key string, s *Server, address string, tlsPort, startPort int, needPassword bool) {
	s.Host = strings.TrimSpace(s.Host)
	if s.Host == "" {
		v.addf(key+".host", "required: the server's host name")
	} else if !validDomain(strings.ToLower(s.Host)) && net.ParseIP(s.Host) == nil {
		v.addf(key+".host", "%q is not a host name or IP address", s.Host)
	}
	switch s.TLS {
	case "":
		s.TLS = TLSImplicit
	case TLSImplicit, TLSStartTLS:
	case TLSNone:
		if s.Host != "" && !isLoopback(s.Host) {
			v.addf(key+".tls", "\"none\" sends the password in clear, so it is allowed only to a loopback host (localhost, 127.0.0.1, ::1), not %s: use \"tls\" or \"starttls\"", s.Host)
		}
	default:
		v.addf(key+".tls", "must be \"tls\", \"starttls\" or \"none\", got %q", s.TLS)
	}
	switch {
	case s.Port == 0 && s.TLS == TLSImplicit:
		s.Port = tlsPort
	case s.Port == 0:
		s.Port = startPort
	case s.Port < 1 || s.Port > 65535:
		v.addf(key+".port", "must be 1 to 65535, got %d", s.Port)
	}
	if s.User == "" {
		s.User = address
	}
	s.Password = v.secret(key, "password", s.PasswordEnv, s.PasswordFile, needPassword)
	switch s.HELO = strings.TrimSpace(s.HELO); {
	case s.HELO == "":
	case strings.HasSuffix(key, ".imap"):
		v.addf(key+".helo", "applies to [rep.smtp] only")
	case !validDomain(strings.ToLower(s.HELO)) && !validAddressLiteral(s.HELO):
		v.addf(key+".helo", "%q is not a host name or an address literal such as [192.0.2.1]", s.HELO)
	}
}

// validAddressLiteral reports whether s is an RFC 5321 §4.1.3 address
// literal: [IPv4] or [IPv6:...].
func validAddressLiteral(s string) bool {
	inner, ok := strings.CutPrefix(s, "[")
	if !ok {
		return false
	}
	inner, ok = strings.CutSuffix(inner, "]")
	if !ok {
		return false
	}
	if v6, ok := strings.CutPrefix(inner, "IPv6:"); ok {
		ip := net.ParseIP(v6)
		return ip != nil && ip.To4() == nil
	}
	ip := net.ParseIP(inner)
	return ip != nil && ip.To4() != nil
}

// secret reads a password or token from the environment variable env or
// the file, exactly one of which must be named (none at all is allowed
// when !required).
//
// A secret file must not be readable or writable by other users (mode
// o-rwx): loading refuses it rather than warns, as ssh does with keys, since
// a warning in a log is easy to miss and the secret is already exposed.
// Group access is allowed, so a file can be root:fivemin 0640.
func (v *validator) secret(key, what, env, file string, required bool) Secret {
	envKey, fileKey := key+"."+what+"_env", key+"."+what+"_file"
	switch {
	case env != "" && file != "":
		v.addf(fileKey, "set only one of %s_env and %s_file", what, what)
		return Secret{}
	case env == "" && file == "":
		if required {
			v.addf(key, "needs %s_env (an environment variable) or %s_file (a file) holding the %s", what, what, what)
		}
		return Secret{}
	case env != "":
		source := "env " + env
		if v.opts.SkipSecrets {
			return Secret{source: source}
		}
		val := v.opts.Getenv(env)
		if val == "" {
			v.addf(envKey, "environment variable %s is not set or empty", env)
		}
		return newSecret(val, source)
	}
	file = v.abs(file)
	source := "file " + file
	if v.opts.SkipSecrets {
		return Secret{source: source}
	}
	val, err := readSecretFile(file)
	if err != nil {
		v.addf(fileKey, "%v", err)
	}
	return newSecret(val, source)
}

// maxSecret bounds a secret file: a password, not a log.
const maxSecret = 64 << 10

func readSecretFile(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return "", err
	}
	if !fi.Mode().IsRegular() {
		return "", fmt.Errorf("%s is not a regular file", name)
	}
	if perm := fi.Mode().Perm(); perm&0o007 != 0 {
		return "", fmt.Errorf("%s is open to other users (mode %04o): run chmod o-rwx %s", name, perm, name)
	}
	b, err := io.ReadAll(io.LimitReader(f, maxSecret+1))
	if err != nil {
		return "", err
	}
	if len(b) > maxSecret {
		return "", fmt.Errorf("%s is larger than %d bytes: not a secret", name, maxSecret)
	}
	s := strings.TrimRight(string(b), "\r\n") // files written by echo end in a newline
	if s == "" {
		return "", fmt.Errorf("%s is empty", name)
	}
	return s, nil
}

var days = regexp.MustCompile(`^([0-9]{1,4})d$`)

func (v *validator) firstRun(key string, f *FirstRun) {
	if f.raw == nil {
		f.unseen = true
		return
	}
	s, ok := f.raw.(string)
	if !ok {
		v.addf(key, "want \"unseen\", \"all\" or a number of days like \"7d\", got a TOML %s", tomlType(f.raw))
		return
	}
	switch m := days.FindStringSubmatch(s); {
	case s == "unseen":
		f.unseen = true
	case s == "all":
	case m != nil:
		n, _ := strconv.Atoi(m[1])
		if n < 1 || n > 3650 {
			v.addf(key, "must be 1d to 3650d, got %s", s)
		}
		f.days = n
	default:
		v.addf(key, "want \"unseen\", \"all\" or a number of days like \"7d\", got %q", s)
	}
}

func (v *validator) duration(key string, d *Duration, def, lo, hi time.Duration) {
	if d.raw == nil {
		d.d = def
		return
	}
	s, ok := d.raw.(string)
	if !ok {
		v.addf(key, "want a duration string like \"90s\" or \"5m\", got a TOML %s", tomlType(d.raw))
		return
	}
	x, err := time.ParseDuration(s)
	switch {
	case err != nil:
		v.addf(key, "%q is not a duration (like \"90s\" or \"5m\")", s)
	case x < lo || x > hi:
		v.addf(key, "must be %s to %s, got %s", lo, hi, s)
	default:
		d.d = x
	}
}

func (v *validator) senders(c *Config) {
	check := func(name string, list []string) {
		for i := range list {
			p := strings.ToLower(strings.TrimSpace(list[i]))
			list[i] = p
			key := fmt.Sprintf("senders.%s[%d]", name, i)
			if p == "" {
				v.addf(key, "empty pattern")
			} else if _, err := path.Match(p, ""); err != nil {
				v.addf(key, "%q is not a pattern: %v", p, err)
			}
		}
	}
	check("exclude", c.Senders.Exclude)
	check("include", c.Senders.Include)
}

var templateName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

func (v *validator) tiers(c *Config) {
	for _, t := range quoting.Tiers {
		p := c.Tiers.get(t)
		key := "tiers." + t
		if p.FreeMinutes != nil {
			v.minutes(key+".free_minutes", *p.FreeMinutes, 0, maxFreeMinutes)
		}
		if p.RateMultiplier.IsSet() {
			d, msg := decimalValue(p.RateMultiplier.raw, "rate_multiplier")
			switch {
			case msg != "":
				v.addf(key+".rate_multiplier", "%s", msg)
			case d.Sign() <= 0 || d.Cmp(quoting.DecimalOf(maxMultiplier, 0)) > 0:
				v.addf(key+".rate_multiplier", "must be more than 0 and at most %d, got %s", maxMultiplier, d)
			default:
				p.RateMultiplier.dec = d
			}
		} else {
			p.RateMultiplier.dec = quoting.DecimalOf(1, 0)
		}
		if p.Template != "" && !templateName.MatchString(p.Template) {
			v.addf(key+".template", "template variant names are lower-case words (like \"warm\"), got %q", p.Template)
		}
	}
}

func (v *validator) clients(c *Config) {
	cl := &c.Clients
	if cl.WindowDays < 1 || cl.WindowDays > 3650 {
		v.addf("clients.window_days", "must be 1 to 3650 days, got %d", cl.WindowDays)
	}
	v.threshold("clients.revenue_high", &cl.RevenueHigh)
	v.threshold("clients.revenue_low", &cl.RevenueLow)
	if cl.RevenueLow.IsSet() && !cl.RevenueHigh.IsSet() {
		v.addf("clients.revenue_low", "needs clients.revenue_high")
	}
	if cl.RevenueLow.money.Minor() > cl.RevenueHigh.money.Minor() && cl.RevenueHigh.IsSet() {
		v.addf("clients.revenue_low", "is above clients.revenue_high")
	}
	if cl.FreeMinutesHigh < 1 {
		v.addf("clients.free_minutes_high", "must be at least 1, got %d", cl.FreeMinutesHigh)
	}
	if cl.EmailsHigh < 1 {
		v.addf("clients.emails_high", "must be at least 1, got %d", cl.EmailsHigh)
	}
	seen := map[string]int{}
	for i := range c.ClientOverrides {
		o := &c.ClientOverrides[i]
		key := fmt.Sprintf("client[%d]", i)
		o.Match = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(o.Match)), "@")
		switch {
		case o.Match == "":
			v.addf(key+".match", "required: an address, or a domain for everyone there")
		case strings.Contains(o.Match, "@") && !validAddress(o.Match):
			v.addf(key+".match", "%q is not a plain email address", o.Match)
		case !strings.Contains(o.Match, "@") && !validDomain(o.Match):
			v.addf(key+".match", "%q is not a domain name", o.Match)
		}
		if j, dup := seen[o.Match]; dup && o.Match != "" {
			v.addf(key+".match", "%s is also client[%d]", o.Match, j)
		} else {
			seen[o.Match] = i
		}
		if hasControl(o.Organisation) {
			v.addf(key+".organisation", "must not contain control characters")
		}
		o.Tier = strings.ToUpper(o.Tier)
		if o.Tier != "" && c.Tiers.get(o.Tier) == nil {
			v.addf(key+".tier", "must be A, B, C, D or E, got %q", o.Tier)
		}
		for name, val := range map[string]string{"will": o.Will, "skill": o.Skill} {
			if val != "" && val != "high" && val != "low" {
				v.addf(key+"."+name, "must be \"high\" or \"low\", got %q", val)
			}
		}
	}
}

func (v *validator) threshold(key string, a *Amount) {
	if !a.IsSet() {
		return
	}
	d, msg := decimalValue(a.raw, lastPiece(key))
	if msg != "" {
		v.addf(key, "%s", msg)
		return
	}
	if v.cur.IsZero() {
		return
	}
	m, err := v.cur.Amount(d)
	switch {
	case err != nil:
		v.addf(key, "%v", err)
	case m.Sign() <= 0:
		v.addf(key, "must be more than zero, got %s", d)
	default:
		a.money = m
	}
}

func (v *validator) web(c *Config) {
	w := &c.Web
	host, port, err := net.SplitHostPort(w.Listen)
	if err != nil {
		v.addf("web.listen", "%q is not host:port (like \"127.0.0.1:8025\")", w.Listen)
	} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		v.addf("web.listen", "%q has no valid port", w.Listen)
	} else if w.Enabled && !isLoopback(host) {
		v.ps.warnf("web.listen", "%s is reachable from other machines: keep the token strong and put TLS in front", w.Listen)
	}
	if w.Enabled {
		w.Token = v.secret("web", "token", w.TokenEnv, w.TokenFile, true)
	}
}

func (v *validator) minutes(key string, n, lo, hi int) {
	if n < lo || n > hi {
		v.addf(key, "must be %d to %d minutes, got %d", lo, hi, n)
	}
}

// abs makes a path from the file relative to the file's directory.
func (v *validator) abs(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(filepath.Dir(v.file), p)
}

// build derives the price list and formatter from a valid configuration.
func (v *validator) build(c *Config) {
	r := &quoting.Rates{
		Currency:     c.currency,
		Default:      c.Rates.Default.money,
		Category:     map[string]quoting.Money{},
		Rep:          map[string]quoting.Money{},
		Tier:         map[string]quoting.Money{},
		Multiplier:   map[string]quoting.Decimal{},
		RoundMinutes: c.Rates.RoundMinutes,
		BlockMinutes: c.Rates.BlockMinutes,
	}
	for name, a := range c.Rates.Category {
		r.Category[name] = a.money
	}
	for _, rep := range c.Reps {
		if rep.Rate.IsSet() {
			r.Rep[rep.Address] = rep.Rate.money
		}
	}
	for _, t := range quoting.Tiers {
		if a := c.Rates.Tier.get(t); a.IsSet() {
			r.Tier[t] = a.money
		}
		if p := c.Tiers.get(t); p.RateMultiplier.IsSet() {
			r.Multiplier[t] = p.RateMultiplier.dec
		}
	}
	c.pricing = r
	c.format = quoting.NewFormatter(c.locale)
}

// refusals explain keys that are unknown on purpose.
var refusals = map[string]string{
	"password": "passwords are never read from the configuration file (it is shared, backed up and often readable by others): name an environment variable with password_env or a file with password_file",
	"token":    "tokens are never read from the configuration file (it is shared, backed up and often readable by others): name an environment variable with token_env or a file with token_file",
}

// unknownKeys reports the keys the decoder did not use: typos, or keys in
// the wrong section.
func unknownKeys(ps *problems, md toml.MetaData) {
	und := md.Undecoded()
	unknown := map[string]bool{}
	for _, k := range und {
		unknown[k.String()] = true
	}
	nth := map[string]int{}
	for _, k := range und {
		plain := k.String()
		n := nth[plain]
		nth[plain]++
		if covered(k, unknown) {
			continue // [ratez] is reported, not each key in it
		}
		p := Problem{File: ps.file, Key: plain, Msg: "unknown key"}
		if loc, ok := ps.keys.occurrence(plain, n); ok {
			p.Key, p.Line = loc.path, loc.line
		} else {
			p.Line = ps.keys.line(plain)
		}
		if why, ok := refusals[strings.ToLower(k[len(k)-1])]; ok {
			p.Msg = why
		} else if s := suggest(k); s != "" {
			p.Msg += fmt.Sprintf(" (did you mean %s?)", s)
		}
		ps.list = append(ps.list, p)
	}
}

// covered reports whether a table above k is unknown itself.
func covered(k toml.Key, unknown map[string]bool) bool {
	for i := 1; i < len(k); i++ {
		if unknown[k[:i].String()] {
			return true
		}
	}
	return false
}

// suggest finds the known key closest to k's last piece in the same table,
// for typos like "defualt".
func suggest(k toml.Key) string {
	t := reflect.TypeFor[Config]()
	for _, piece := range k[:len(k)-1] {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return ""
		}
		f, ok := fieldByTag(t, piece)
		if !ok {
			return ""
		}
		t = f.Type
	}
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return ""
	}
	// Suggest only close matches: at most two edits, and fewer than half
	// the key (F is not a typo of A).
	last := strings.ToLower(k[len(k)-1])
	best, bestDist := "", 3
	for i := range t.NumField() {
		name := tagName(t.Field(i))
		if name == "" {
			continue
		}
		if d := editDistance(last, strings.ToLower(name)); d < bestDist && 2*d < len(last) {
			best, bestDist = name, d
		}
	}
	return best
}

func tagName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
	if name == "-" || !f.IsExported() {
		return ""
	}
	return name
}

func fieldByTag(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		if strings.EqualFold(tagName(t.Field(i)), name) {
			return t.Field(i), true
		}
	}
	return reflect.StructField{}, false
}

// editDistance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of neighbours ("defualt").
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
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

// isLoopback reports whether host is this machine: "localhost" or a
// loopback IP. Other names are not resolved, since DNS could lie.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// validDomain checks a domain name's syntax (RFC 1035 §2.3.1 labels,
// allowing digits first as RFC 1123 does).
func validDomain(d string) bool {
	if d == "" || len(d) > 253 {
		return false
	}
	for _, label := range strings.Split(strings.TrimSuffix(d, "."), ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, c := range label {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// validAddress accepts a bare addr-spec (RFC 5322 §3.4.1) with a domain.
func validAddress(a string) bool {
	p, err := mail.ParseAddress(a)
	if err != nil || p.Name != "" || p.Address != a {
		return false
	}
	_, domain, _ := strings.Cut(a, "@")
	return validDomain(domain)
}

func hasControl(s string) bool { return strings.ContainsFunc(s, unicode.IsControl) }

func lastPiece(key string) string {
	if p := parentKey(key); p != "" {
		return strings.TrimPrefix(key[len(p):], ".")
	}
	return key
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
