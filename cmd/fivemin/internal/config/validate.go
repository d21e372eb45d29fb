package config

import (
	"fmt"
	"io"
	"maps"
	"net"
	"net/mail"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // time zones even where the system has no zoneinfo
	"unicode"

	"golang.org/x/text/language"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/triage"
)

// Bounds on values: beyond them a setting is a typo, not a policy.
const (
	maxFreeMinutes = 480
	maxRate        = 1_000_000 // major units per hour
	maxMultiplier  = 10
)

// validator checks a decoded Config, normalises it and fills in what
// derives from it.
type validator struct {
	*problems
	opts     Options
	cur      quoting.Currency
	variants []string // of the reply template; nil when the templates did not load
}

func (v *validator) check(c *Config) {
	v.firm(c)
	if strings.TrimSpace(c.State.Path) == "" {
		v.addf("state.path", "must name the state file")
	}
	c.State.Path = v.abs(c.State.Path)
	v.triage(c)
	v.rates(c)
	v.quote(c)
	v.oauthTables(c)
	v.reps(c)
	v.oauthUsed(c)
	for name, list := range map[string][]string{"exclude": c.Senders.Exclude, "include": c.Senders.Include} {
		for i, p := range list {
			p = strings.ToLower(strings.TrimSpace(p))
			list[i] = p
			if _, err := path.Match(p, ""); p == "" {
				v.addf(fmt.Sprintf("senders.%s[%d]", name, i), "empty pattern")
			} else if err != nil {
				v.addf(fmt.Sprintf("senders.%s[%d]", name, i), "%q is not a pattern: %v", p, err)
			}
		}
	}
	v.tiers(c)
	v.clients(c)
	v.web(c)
	if len(v.list) == 0 {
		v.build(c)
	}
}

func (v *validator) firm(c *Config) {
	f := &c.Firm
	v.text("firm.name", f.Name, "required: the firm's name")
	f.Domain = strings.ToLower(strings.TrimSpace(f.Domain))
	if f.Domain == "" {
		v.addf("firm.domain", "required: the firm's mail domain, for Message-IDs (like \"example.com\")")
	} else if !mailbox.ValidDomain(f.Domain) {
		v.addf("firm.domain", "%q is not a domain name", f.Domain)
	}
	for i, d := range f.OwnDomains {
		f.OwnDomains[i] = strings.ToLower(strings.TrimSpace(d))
		if !mailbox.ValidDomain(f.OwnDomains[i]) {
			v.addf(fmt.Sprintf("firm.own_domains[%d]", i), "%q is not a domain name", f.OwnDomains[i])
		}
	}
	if f.OwnDomains == nil {
		f.OwnDomains = []string{f.Domain} // checked as firm.domain
	}
	if f.Domain != "" && !slices.Contains(f.OwnDomains, f.Domain) {
		v.warnf("firm.own_domains", "does not list firm.domain %q: mail from it will be treated as a client's",
			f.Domain)
	}
	if f.Currency == "" {
		v.addf("firm.currency", "required: the ISO 4217 code of the currency quotes are in (USD, EUR, GBP ...)")
	} else if cur, err := quoting.ParseCurrency(f.Currency); err != nil {
		v.addf("firm.currency", "%v", err)
	} else {
		v.cur, c.currency, f.Currency = cur, cur, cur.Code()
	}
	if tag, err := language.Parse(f.Locale); err != nil {
		v.addf("firm.locale", "%q is not a BCP 47 language tag (like \"en-US\" or \"de-DE\")", f.Locale)
	} else {
		c.locale = tag
	}
	v.inRange("firm.free_minutes", f.FreeMinutes, 0, maxFreeMinutes, "0 to 480 minutes")
	if loc, err := time.LoadLocation(f.Timezone); err != nil || f.Timezone == "" {
		v.addf("firm.timezone", "%q is not a time zone: use an IANA name like \"Europe/Berlin\", or \"Local\"", f.Timezone)
	} else {
		c.location = loc
	}
}

// triage checks [triage] by the triage package's own rules. The free
// allowance and the firm's domains have one place, [firm].
func (v *validator) triage(c *Config) {
	c.Triage.FreeMinutes, c.Triage.OwnDomains = c.Firm.FreeMinutes, c.Firm.OwnDomains
	fieldProblems(v.problems, "triage", slices.DeleteFunc(c.Triage.Problems(), func(e triage.FieldError) bool {
		return e.Key == "free_minutes" || e.Key == "own_domains" // copied from [firm], checked there
	}))
}

var categoryName = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)

func (v *validator) rates(c *Config) {
	r := &c.Rates
	v.money("rates.default", &r.Default, true, maxRate)
	v.inRange("rates.block_minutes", r.BlockMinutes, 0, 24*60, "0 (no minimum) to 1440 minutes")
	v.inRange("rates.round_minutes", r.RoundMinutes, 1, 8*60, "1 (no rounding) to 480 minutes")
	for _, t := range quoting.Tiers {
		v.money("rates.tier."+t, r.Tier.get(t), false, maxRate)
	}
	for _, name := range slices.Sorted(maps.Keys(r.Category)) {
		key := joinKey("rates.category", name)
		if !categoryName.MatchString(name) {
			v.addf(key, "category names are lower-case words, like tax or bookkeeping")
		}
		a := r.Category[name]
		v.money(key, &a, true, maxRate)
		r.Category[name] = a
	}
}

// money checks an amount in the firm's currency; max > 0 makes it an
// hourly rate of at most max.
func (v *validator) money(key string, a *Amount, required bool, max int64) {
	if !a.IsSet() {
		if required {
			v.addf(key, "required: an hourly rate like \"250.00\"")
		}
		return
	}
	d, ok := v.decimal(key, a.raw)
	if !ok || v.cur.IsZero() {
		return // a wrong currency is reported already
	}
	m, err := v.cur.Amount(d)
	switch {
	case err != nil:
		v.addf(key, "%v", err)
	case m.Sign() <= 0:
		v.addf(key, "must be more than zero, got %s", d)
	case max > 0 && d.Cmp(quoting.DecimalOf(max, 0)) > 0:
		v.addf(key, "%s is more than %d an hour: a typo?", d, max)
	default:
		a.money = m
	}
}

func (v *validator) quote(c *Config) {
	q := &c.Quote
	v.inRange("quote.validity_days", q.ValidityDays, 1, 365, "1 to 365 days")
	v.inRange("quote.follow_up_business_days", q.FollowUpBusinessDays, 0, 60, "0 (no follow-up) to 60 business days")
	v.oneOf("quote.quick_overflow", q.QuickOverflow, "line, call or none", "line", "call", "none")
	v.inRange("quote.history_bytes", q.HistoryBytes, 1024, 1<<20, "1024 to 1048576 bytes")
	if q.TemplatesDir != "" {
		q.TemplatesDir = v.abs(q.TemplatesDir)
		fi, err := os.Stat(q.TemplatesDir)
		if err == nil && !fi.IsDir() {
			err = fmt.Errorf("%s is not a directory", q.TemplatesDir)
		}
		if err != nil {
			v.addf("quote.templates_dir", "%v", err)
			return
		}
	}
	// Load the templates as the service will, so that a broken one, or a
	// tier naming a variant there is no template for, fails the check
	// rather than every email of that tier.
	if d, err := quoting.NewDrafter(q.TemplatesDir); err != nil {
		v.addf("quote.templates_dir", "%v", err)
	} else {
		v.variants = d.Variants("reply")
	}
}

func (v *validator) reps(c *Config) {
	if len(c.Reps) == 0 {
		v.warnf("rep", "no [[rep]]: fivemin serve has no mailbox to watch")
	}
	seen := map[string]int{}
	for i := range c.Reps {
		r, key := &c.Reps[i], fmt.Sprintf("rep[%d]", i)
		v.text(key+".name", r.Name, "required: the rep's name, as clients see it")
		r.Address = strings.ToLower(strings.TrimSpace(r.Address))
		switch j, dup := seen[r.Address]; {
		case r.Address == "":
			v.addf(key+".address", "required: the rep's email address")
		case !validAddress(r.Address):
			v.addf(key+".address", "%q is not a plain email address (like \"ann@example.com\")", r.Address)
		case dup:
			v.addf(key+".address", "%s is also rep[%d]", r.Address, j)
		default:
			seen[r.Address] = i
		}
		if strings.ContainsFunc(r.Signature, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) {
			v.addf(key+".signature", "must not contain control characters other than line breaks and tabs")
		}
		v.money(key+".rate", &r.Rate, false, maxRate)
		v.servers(key, r, c)
		fieldProblems(v.problems, key+".folders", r.Folders.Check())
		v.firstRun(key+".first_run", &r.FirstRun)
		v.duration(key+".poll_interval", &r.PollInterval, time.Minute, 5*time.Second, 24*time.Hour)
		if r.IdleCheck.v == "off" || r.IdleCheck.v == nil {
			r.IdleCheck.d = -1 // the default: one connection, IDLE alone
		} else {
			v.duration(key+".idle_check", &r.IdleCheck, 0, 10*time.Millisecond, time.Hour)
		}
	}
}

// servers checks a rep's IMAP and SMTP accounts; an SMTP account without
// credentials of its own logs in the IMAP way.
func (v *validator) servers(key string, r *Rep, c *Config) {
	v.server(key+".imap", &r.IMAP, r.Address, c, false)
	if r.SMTP == nil {
		return
	}
	inherit := r.SMTP.PasswordEnv == "" && r.SMTP.PasswordFile == "" && r.SMTP.OAuth == ""
	if inherit {
		r.SMTP.OAuth = r.IMAP.OAuth
	}
	v.server(key+".smtp", r.SMTP, r.Address, c, true)
	if inherit {
		r.SMTP.Password = r.IMAP.Password
	}
}

// server checks an account by mailbox's rules, after the presets of the
// provider it logs in with, and reads its password.
func (v *validator) server(key string, s *Server, address string, c *Config, smtp bool) {
	o, ok := c.OAuth[s.OAuth]
	if ok {
		o.Preset(&s.Server, smtp)
	}
	fieldProblems(v.problems, key, s.Check(smtp))
	if s.User == "" {
		s.User = address
	}
	s.Password = v.secret(key, "password", s.PasswordEnv, s.PasswordFile, !smtp && s.OAuth == "")
	if s.OAuth == "" {
		return
	}
	if s.PasswordEnv != "" || s.PasswordFile != "" {
		v.addf(key+".oauth", "set either oauth or password_env/password_file, not both")
	}
	if !ok {
		v.addf(key+".oauth", "no [oauth.%s] table", s.OAuth)
	}
}

// secret reads a password or token from the environment variable env or
// the file, exactly one of which must be named (or none, when !required).
//
// A secret file must not be readable or writable by other users (mode
// o-rwx): loading refuses it rather than warns, as ssh does with keys, since
// a warning in a log is easy to miss and the secret is already exposed.
// Group access is allowed, so a file can be root:fivemin 0640.
func (v *validator) secret(key, what, env, file string, required bool) Secret {
	switch {
	case env != "" && file != "":
		v.addf(key+"."+what+"_file", "set only one of %s_env and %s_file", what, what)
		return Secret{}
	case env == "" && file == "":
		if required {
			v.addf(key, "needs %s_env (an environment variable) or %s_file (a file) holding the %s", what, what, what)
		}
		return Secret{}
	case env != "" && v.opts.SkipSecrets:
		return Secret{source: "env " + env}
	case env != "":
		val := v.opts.Getenv(env)
		if val == "" {
			v.addf(key+"."+what+"_env", "environment variable %s is not set or empty", env)
		}
		return newSecret(val, "env "+env)
	}
	file = v.abs(file)
	if v.opts.SkipSecrets {
		return Secret{source: "file " + file}
	}
	val, err := readSecretFile(file)
	if err != nil {
		v.addf(key+"."+what+"_file", "%v", err)
	}
	return newSecret(val, "file "+file)
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
	switch {
	case err != nil:
		return "", err
	case !fi.Mode().IsRegular():
		return "", fmt.Errorf("%s is not a regular file", name)
	case fi.Mode().Perm()&0o007 != 0:
		return "", fmt.Errorf("%s is open to other users (mode %04o): run chmod o-rwx %s", name, fi.Mode().Perm(), name)
	}
	b, err := io.ReadAll(io.LimitReader(f, maxSecret+1))
	s := strings.TrimRight(string(b), "\r\n") // files written by echo end in a newline
	switch {
	case err != nil:
		return "", err
	case len(b) > maxSecret:
		return "", fmt.Errorf("%s is larger than %d bytes: not a secret", name, maxSecret)
	case s == "":
		return "", fmt.Errorf("%s is empty", name)
	}
	return s, nil
}

var days = regexp.MustCompile(`^([0-9]{1,4})d$`)

func (v *validator) firstRun(key string, f *FirstRun) {
	const want = `want "unseen", "all" or a number of days like "7d", got `
	s, ok := f.v.(string)
	m := days.FindStringSubmatch(s)
	switch {
	case f.v == nil || s == "unseen":
		f.unseen = true
	case !ok:
		v.addf(key, "%sa TOML %s", want, tomlKind(f.v))
	case s == "all":
	case m != nil:
		f.days, _ = strconv.Atoi(m[1])
		if f.days < 1 || f.days > 3650 {
			v.addf(key, "must be 1d to 3650d, got %s", s)
		}
	default:
		v.addf(key, "%s%q", want, s)
	}
}

func (v *validator) duration(key string, d *Duration, def, lo, hi time.Duration) {
	s, ok := d.v.(string)
	x, err := time.ParseDuration(s)
	switch {
	case d.v == nil:
		d.d = def
	case !ok:
		v.addf(key, "want a duration string like \"90s\" or \"5m\", got a TOML %s", tomlKind(d.v))
	case err != nil:
		v.addf(key, "%q is not a duration (like \"90s\" or \"5m\")", s)
	case x < lo || x > hi:
		v.addf(key, "must be %s to %s, got %s", lo, hi, s)
	default:
		d.d = x
	}
}

var templateName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

func (v *validator) tiers(c *Config) {
	for _, t := range quoting.Tiers {
		p, key := c.Tiers.get(t), "tiers."+t
		if p.FreeMinutes != nil {
			v.inRange(key+".free_minutes", *p.FreeMinutes, 0, maxFreeMinutes, "0 to 480 minutes")
		}
		p.RateMultiplier.dec = quoting.DecimalOf(1, 0)
		if p.RateMultiplier.IsSet() {
			d, ok := v.decimal(key+".rate_multiplier", p.RateMultiplier.raw)
			if ok && (d.Sign() <= 0 || d.Cmp(quoting.DecimalOf(maxMultiplier, 0)) > 0) {
				v.addf(key+".rate_multiplier", "must be more than 0 and at most %d, got %s", maxMultiplier, d)
			} else if ok {
				p.RateMultiplier.dec = d
			}
		}
		switch {
		case p.Template == "":
		case !templateName.MatchString(p.Template):
			v.addf(key+".template", "template variant names are lower-case words (like \"warm\"), got %q", p.Template)
		case v.variants != nil && !slices.Contains(v.variants, p.Template):
			v.addf(key+".template", "no template reply.%s.txt.tmpl (variants: %s)", p.Template, strings.Join(v.variants, ", "))
		}
	}
}

func (v *validator) clients(c *Config) {
	cl := &c.Clients
	v.inRange("clients.window_days", cl.WindowDays, 1, 3650, "1 to 3650 days")
	v.money("clients.revenue_high", &cl.RevenueHigh, false, 0)
	v.money("clients.revenue_low", &cl.RevenueLow, false, 0)
	if cl.RevenueLow.IsSet() && !cl.RevenueHigh.IsSet() {
		v.addf("clients.revenue_low", "needs clients.revenue_high")
	} else if cl.RevenueLow.money.Minor() > cl.RevenueHigh.money.Minor() {
		v.addf("clients.revenue_low", "is above clients.revenue_high")
	}
	v.inRange("clients.free_minutes_high", cl.FreeMinutesHigh, 1, 1<<31-1, "at least 1")
	v.inRange("clients.emails_high", cl.EmailsHigh, 1, 1<<31-1, "at least 1")
	v.inRange("clients.min_emails", cl.MinEmails, 1, 1<<31-1, "at least 1")
	seen := map[string]int{}
	for i := range c.ClientOverrides {
		v.client(c, i, seen)
	}
}

// client checks one [[client]] override; seen maps matches to indices.
func (v *validator) client(c *Config, i int, seen map[string]int) {
	o, key := &c.ClientOverrides[i], fmt.Sprintf("client[%d]", i)
	o.Match = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(o.Match)), "@")
	isAddr := strings.Contains(o.Match, "@")
	switch j, dup := seen[o.Match]; {
	case o.Match == "":
		v.addf(key+".match", "required: an address, or a domain for everyone there")
	case isAddr && !validAddress(o.Match):
		v.addf(key+".match", "%q is not a plain email address", o.Match)
	case !isAddr && !mailbox.ValidDomain(o.Match):
		v.addf(key+".match", "%q is not a domain name", o.Match)
	case dup:
		v.addf(key+".match", "%s is also client[%d]", o.Match, j)
	default:
		seen[o.Match] = i
	}
	if hasControl(o.Organisation) {
		v.addf(key+".organisation", "must not contain control characters")
	}
	if o.Tier = strings.ToUpper(o.Tier); o.Tier != "" && c.Tiers.get(o.Tier) == nil {
		v.addf(key+".tier", "must be A, B, C, D or E, got %q", o.Tier)
	}
	v.oneOf(key+".will", o.Will, `"high" or "low"`, "", "high", "low")
	v.oneOf(key+".skill", o.Skill, `"high" or "low"`, "", "high", "low")
}

func (v *validator) web(c *Config) {
	w := &c.Web
	host, port, err := net.SplitHostPort(w.Listen)
	if err != nil {
		v.addf("web.listen", "%q is not host:port (like \"127.0.0.1:8025\")", w.Listen)
	} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		v.addf("web.listen", "%q has no valid port", w.Listen)
	} else if w.Enabled && !mailbox.IsLoopback(host) {
		v.warnf("web.listen", "%s is reachable from other machines: keep the token strong and put TLS in front", w.Listen)
	}
	if w.Enabled {
		w.Token = v.secret("web", "token", w.TokenEnv, w.TokenFile, true)
	}
}

// inRange checks lo <= n <= hi; span words the range for the message.
func (v *validator) inRange(key string, n, lo, hi int, span string) {
	if n < lo || n > hi {
		v.addf(key, "must be %s, got %d", span, n)
	}
}

// oneOf checks that s is one of allowed; words lists them for the message.
func (v *validator) oneOf(key, s, words string, allowed ...string) {
	if !slices.Contains(allowed, s) {
		v.addf(key, "must be %s, got %q", words, s)
	}
}

// text checks a required one-line value.
func (v *validator) text(key, s, required string) {
	if strings.TrimSpace(s) == "" {
		v.addf(key, "%s", required)
	} else if hasControl(s) {
		v.addf(key, "must not contain control characters or line breaks")
	}
}

// abs makes a path from the file relative to the file's directory.
func (v *validator) abs(p string) string {
	if filepath.IsAbs(p) || p == "" {
		return p
	}
	return filepath.Join(filepath.Dir(v.file), p)
}

// build derives the price list and formatter from a valid configuration.
func (v *validator) build(c *Config) {
	r := &quoting.Rates{
		Currency: c.currency, Default: c.Rates.Default.money,
		Category: map[string]quoting.Money{}, Rep: map[string]quoting.Money{},
		Tier: map[string]quoting.Money{}, Multiplier: map[string]quoting.Decimal{},
		RoundMinutes: c.Rates.RoundMinutes, BlockMinutes: c.Rates.BlockMinutes,
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
	c.pricing, c.format = r, quoting.NewFormatter(c.locale)
}

// validAddress accepts a bare addr-spec (RFC 5322 §3.4.1) with a domain.
func validAddress(a string) bool {
	p, err := mail.ParseAddress(a)
	_, domain, _ := strings.Cut(a, "@")
	return err == nil && p.Name == "" && p.Address == a && mailbox.ValidDomain(domain)
}

func hasControl(s string) bool { return strings.ContainsFunc(s, unicode.IsControl) }

// decimal reads a decimal from a value as written, reporting why it is not
// one. A TOML float is refused: 0.1 has no exact binary form, and a price
// must be what the admin wrote.
func (v *validator) decimal(key string, r raw) (quoting.Decimal, bool) {
	msg := ""
	switch x := r.v.(type) {
	case string:
		d, err := quoting.ParseDecimal(x)
		if err == nil {
			return d, true
		}
		msg = err.Error()
	case int64:
		return quoting.DecimalOf(x, 0), true
	case float64:
		s, name := strconv.FormatFloat(x, 'f', -1, 64), strings.TrimPrefix(key[len(parentKey(key)):], ".")
		msg = fmt.Sprintf("%s is a TOML float, which cannot hold a decimal exactly; quote it: %s = %q", s, name, s)
	default:
		msg = fmt.Sprintf("want a decimal string like \"250.00\", got a TOML %s", tomlKind(r.v))
	}
	v.addf(key, "%s", msg)
	return quoting.Decimal{}, false
}
