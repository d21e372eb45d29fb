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
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	// section writes a header and its rows, given as key, value pairs.
	section := func(header string, rows ...any) {
		fmt.Fprintln(tw, header)
		for i := 0; i < len(rows); i += 2 {
			fmt.Fprintf(tw, "  %s\t%v\n", rows[i], rows[i+1])
		}
	}
	money := func(a Amount) string {
		if !a.IsSet() {
			return "-"
		}
		return c.format.Format(a.money)
	}
	f, t := c.Firm, c.Triage
	section("[firm]", "name", f.Name, "domain", f.Domain, "own_domains", strings.Join(f.OwnDomains, ", "),
		"currency", fmt.Sprintf("%s (%d decimals)", c.currency.Code(), c.currency.Digits()),
		"locale", c.locale, "free_minutes", f.FreeMinutes, "timezone", c.location)
	section("[state]", "path", c.State.Path)
	signals := fmt.Sprintf("%d added to the built-in ones", len(t.Signals))
	if t.ReplaceDefaultSignals {
		signals = fmt.Sprintf("%d, replacing the built-in ones", len(t.Signals))
	}
	section("[triage]",
		"limits", fmt.Sprintf("%d bytes, %d levels, %d parts", t.Limits.MaxBytes, t.Limits.MaxDepth, t.Limits.MaxParts),
		"quick_minutes", t.QuickMinutes, "paid_minutes", t.PaidMinutes, "signals", signals)
	rates := []any{"default", money(c.Rates.Default) + " an hour",
		"round_minutes", fmt.Sprintf("%d (each paid ask rounded up to a multiple)", c.Rates.RoundMinutes),
		"block_minutes", fmt.Sprintf("%d (the least a quote bills)", c.Rates.BlockMinutes)}
	for _, t := range quoting.Tiers {
		if a := c.Rates.Tier.get(t); a.IsSet() {
			rates = append(rates, "tier."+t, money(*a))
		}
	}
	for _, name := range slices.Sorted(maps.Keys(c.Rates.Category)) {
		rates = append(rates, "category."+name, money(c.Rates.Category[name]))
	}
	section("[rates]", rates...)
	q := c.Quote
	section("[quote]", "validity_days", q.ValidityDays, "follow_up_business_days", q.FollowUpBusinessDays,
		"history_bytes", q.HistoryBytes, "ask_written_go_ahead", q.AskWrittenGoAhead,
		"templates_dir", orDash(q.TemplatesDir, "(embedded)"), "html", q.HTML)
	for i, r := range c.Reps {
		smtp, idle, sig := "- (the rep sends from their own mail program)", any("off"), "-"
		if r.SMTP != nil {
			smtp = describeServer(*r.SMTP)
		}
		if r.IdleCheck.d >= 0 {
			idle = r.IdleCheck.d
		}
		if s := strings.TrimRight(r.Signature, "\n"); s != "" {
			sig = fmt.Sprintf("%d lines", strings.Count(s, "\n")+1)
		}
		section(fmt.Sprintf("[[rep]] %d", i), "name", r.Name, "address", r.Address, "rate", money(r.Rate),
			"imap", describeServer(r.IMAP), "smtp", smtp,
			"folders", fmt.Sprintf("inbox %s, drafts %s, sent %s", orDash(r.Folders.Inbox, "(discover)"),
				orDash(r.Folders.Drafts, "(discover)"), orDash(r.Folders.Sent, "(discover)")),
			"first_run", r.FirstRun, "poll_interval", r.PollInterval.d, "idle_check", idle, "signature", sig)
	}
	excl := c.Senders.Exclude
	if !c.Senders.ReplaceDefaultExclude {
		excl = append(slices.Clone(DefaultExclude), excl...)
	}
	section("[senders]", "exclude", strings.Join(excl, " "),
		"include", orDash(strings.Join(c.Senders.Include, " "), "(everyone not excluded)"))
	var tiers []any
	for _, t := range quoting.Tiers {
		p := c.Tier(t)
		tiers = append(tiers, t, fmt.Sprintf("free_minutes %d, rate_multiplier %s, template %s",
			c.FreeMinutes(t), p.RateMultiplier.dec, orDash(p.Template, "(default)")))
	}
	section("[tiers]", tiers...)
	cl := c.Clients
	clients := []any{"window_days", cl.WindowDays, "revenue_high", money(cl.RevenueHigh),
		"revenue_low", money(cl.RevenueLow), "free_minutes_high", cl.FreeMinutesHigh,
		"emails_high", cl.EmailsHigh, "min_emails", cl.MinEmails}
	for _, o := range c.ClientOverrides {
		clients = append(clients, "client "+o.Match, fmt.Sprintf("organisation %s, tier %s, will %s, skill %s",
			orDash(o.Organisation, "-"), orDash(o.Tier, "(computed)"), orDash(o.Will, "-"), orDash(o.Skill, "-")))
	}
	section("[clients]", clients...)
	web := []any{"enabled", c.Web.Enabled, "listen", c.Web.Listen}
	if c.Web.Enabled {
		web = append(web, "token", c.Web.Token)
	}
	section("[web]", web...)
	if err := tw.Flush(); err != nil {
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
