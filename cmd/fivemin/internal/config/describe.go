package config

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/fivemin/fivemin/quoting"
)

// Describe writes the effective settings, defaults filled in and secrets
// masked, then the matrix of hourly rates the precedence rule gives.
func (c *Config) Describe(w io.Writer) error {
	d := &describer{c: c, tw: tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)}
	d.settings()
	if err := d.tw.Flush(); err != nil {
		return err
	}
	if err := c.describeRates(w); err != nil {
		return err
	}
	for _, p := range c.Warnings {
		if _, err := fmt.Fprintf(w, "warning: %s\n", p.Error()); err != nil {
			return err
		}
	}
	return nil
}

// describer writes settings as aligned rows under section headers.
type describer struct {
	c  *Config
	tw *tabwriter.Writer
}

func (d *describer) row(key string, val any) { fmt.Fprintf(d.tw, "  %s\t%v\n", key, val) }
func (d *describer) section(name string)     { fmt.Fprintf(d.tw, "[%s]\n", name) }

func (d *describer) money(a Amount) string {
	if !a.IsSet() {
		return "-"
	}
	return d.c.format.Format(a.money)
}

func (d *describer) settings() {
	c, row, section, money := d.c, d.row, d.section, d.money
	section("firm")
	row("name", c.Firm.Name)
	row("domain", c.Firm.Domain)
	row("own_domains", strings.Join(c.Firm.OwnDomains, ", "))
	row("currency", fmt.Sprintf("%s (%d decimals)", c.currency.Code(), c.currency.Digits()))
	row("locale", c.locale)
	row("free_minutes", c.Firm.FreeMinutes)
	row("timezone", c.location)

	section("state")
	row("path", c.State.Path)

	section("triage")
	row("limits", fmt.Sprintf("%d bytes, %d levels, %d parts", c.Triage.Limits.MaxBytes, c.Triage.Limits.MaxDepth, c.Triage.Limits.MaxParts))
	row("quick_minutes", c.Triage.QuickMinutes)
	row("paid_minutes", c.Triage.PaidMinutes)
	signals := fmt.Sprintf("%d added to the built-in ones", len(c.Triage.Signals))
	if c.Triage.ReplaceDefaultSignals {
		signals = fmt.Sprintf("%d, replacing the built-in ones", len(c.Triage.Signals))
	}
	row("signals", signals)

	section("rates")
	row("default", money(c.Rates.Default)+" an hour")
	row("round_minutes", fmt.Sprintf("%d (each paid ask rounded up to a multiple)", c.Rates.RoundMinutes))
	row("block_minutes", fmt.Sprintf("%d (the least a quote bills)", c.Rates.BlockMinutes))
	for _, t := range quoting.Tiers {
		if a := c.Rates.Tier.get(t); a.IsSet() {
			row("tier."+t, money(*a))
		}
	}
	for _, name := range slices.Sorted(maps.Keys(c.Rates.Category)) {
		row("category."+name, money(c.Rates.Category[name]))
	}

	section("quote")
	row("validity_days", c.Quote.ValidityDays)
	row("follow_up_business_days", c.Quote.FollowUpBusinessDays)
	row("history_bytes", c.Quote.HistoryBytes)
	row("ask_written_go_ahead", c.Quote.AskWrittenGoAhead)
	row("templates_dir", orDash(c.Quote.TemplatesDir, "(embedded)"))
	row("html", c.Quote.HTML)

	for i, r := range c.Reps {
		fmt.Fprintf(d.tw, "[[rep]] %d\n", i)
		d.rep(r)
	}
	section("senders")
	excl := c.Senders.Exclude
	if !c.Senders.ReplaceDefaultExclude {
		excl = append(append([]string(nil), DefaultExclude...), excl...)
	}
	row("exclude", strings.Join(excl, " "))
	row("include", orDash(strings.Join(c.Senders.Include, " "), "(everyone not excluded)"))

	section("tiers")
	for _, t := range quoting.Tiers {
		p := c.Tier(t)
		row(t, fmt.Sprintf("free_minutes %d, rate_multiplier %s, template %s",
			c.FreeMinutes(t), p.RateMultiplier.dec, orDash(p.Template, "(default)")))
	}

	section("clients")
	row("window_days", c.Clients.WindowDays)
	row("revenue_high", money(c.Clients.RevenueHigh))
	row("revenue_low", money(c.Clients.RevenueLow))
	row("free_minutes_high", c.Clients.FreeMinutesHigh)
	row("emails_high", c.Clients.EmailsHigh)
	row("min_emails", c.Clients.MinEmails)
	for _, o := range c.ClientOverrides {
		row("client "+o.Match, fmt.Sprintf("organisation %s, tier %s, will %s, skill %s",
			orDash(o.Organisation, "-"), orDash(o.Tier, "(computed)"), orDash(o.Will, "-"), orDash(o.Skill, "-")))
	}

	section("web")
	row("enabled", c.Web.Enabled)
	row("listen", c.Web.Listen)
	if c.Web.Enabled {
		row("token", c.Web.Token)
	}
}

func (d *describer) rep(r Rep) {
	row, money := d.row, d.money
	row("name", r.Name)
	row("address", r.Address)
	row("rate", money(r.Rate))
	row("imap", describeServer(r.IMAP))
	if r.SMTP != nil {
		row("smtp", describeServer(*r.SMTP))
	} else {
		row("smtp", "- (the rep sends from their own mail program)")
	}
	row("folders", fmt.Sprintf("inbox %s, drafts %s, sent %s",
		orDash(r.Folders.Inbox, "(discover)"), orDash(r.Folders.Drafts, "(discover)"), orDash(r.Folders.Sent, "(discover)")))
	row("first_run", r.FirstRun)
	row("poll_interval", r.PollInterval.d)
	if r.IdleCheck.d < 0 {
		row("idle_check", "off")
	} else {
		row("idle_check", r.IdleCheck.d)
	}
	if sig := strings.TrimRight(r.Signature, "\n"); sig == "" {
		row("signature", "-")
	} else {
		row("signature", fmt.Sprintf("%d lines", strings.Count(sig, "\n")+1))
	}
}

// describeRates writes the hourly rate for each rep and category by tier.
func (c *Config) describeRates(w io.Writer) error {
	fmt.Fprintf(w, "\nHourly rates (category > rep > tier > default, then the tier's multiplier):\n")
	type line struct{ label, category, rep string }
	var lines []line
	if len(c.Reps) == 0 {
		lines = append(lines, line{"any rep", "", ""})
	}
	for _, r := range c.Reps {
		lines = append(lines, line{"rep " + r.Address, "", r.Address})
	}
	for _, name := range slices.Sorted(maps.Keys(c.Rates.Category)) {
		lines = append(lines, line{"category " + name, name, ""})
	}
	// Labels are padded to one width so that right-aligning the amounts
	// leaves them flush left.
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(l.label))
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%-*s\tno tier\t%s\t\n", width, "", strings.Join(quoting.Tiers, "\t"))
	for _, l := range lines {
		fmt.Fprintf(tw, "%-*s\t", width, l.label)
		for _, t := range append([]string{""}, quoting.Tiers...) {
			if r, err := c.pricing.HourlyRate(l.category, l.rep, t); err != nil {
				fmt.Fprintf(tw, "%s\t", err)
			} else {
				fmt.Fprintf(tw, "%s\t", c.format.Format(r.Hourly))
			}
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

func describeServer(s Server) string {
	if s.OAuth != "" {
		return fmt.Sprintf("%s:%d tls=%s user=%s oauth %s", s.Host, s.Port, s.TLS, s.User, s.OAuth)
	}
	return fmt.Sprintf("%s:%d tls=%s user=%s password %s", s.Host, s.Port, s.TLS, s.User, s.Password)
}

func orDash(s, dash string) string {
	if s == "" {
		return dash
	}
	return s
}
