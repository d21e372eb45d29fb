package config

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2"

	"github.com/fivemin/fivemin/quoting"
)

// Describe writes the effective settings as TOML that loads back to the
// same configuration: every key, defaults filled in, secrets left where
// the file says they are. Then the hourly rates the precedence rule gives,
// and the warnings.
func (c *Config) Describe(w io.Writer) error {
	settings, err := toml.Marshal(c)
	if err != nil {
		return fmt.Errorf("writing the effective settings: %w", err)
	}
	// Written whole at the end: a buffer does not fail.
	var b bytes.Buffer
	fmt.Fprintf(&b, "# The effective settings: defaults filled in. Currency %s has %d decimals.\n\n",
		c.currency.Code(), c.currency.Digits())
	b.Write(settings)
	c.describeSecrets(&b)
	c.describeRates(&b)
	for _, p := range c.Warnings {
		fmt.Fprintf(&b, "# warning: %s\n", p.Error())
	}
	_, err = w.Write(b.Bytes())
	return err
}

// describeSecrets says which secrets were read, masked.
func (c *Config) describeSecrets(w io.Writer) {
	fmt.Fprintf(w, "\n# Secrets:\n")
	for i, r := range c.Reps {
		fmt.Fprintf(w, "#  rep[%d].imap password %s\n", i, r.IMAP.Password)
		if r.SMTP != nil {
			fmt.Fprintf(w, "#  rep[%d].smtp password %s\n", i, r.SMTP.Password)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(c.OAuth)) {
		fmt.Fprintf(w, "#  oauth.%s client_secret %s\n", name, c.OAuth[name].ClientSecret)
	}
	if c.Web.Enabled {
		fmt.Fprintf(w, "#  web token %s\n", c.Web.Token)
	}
}

// describeRates writes the hourly rate for each rep and category by tier.
func (c *Config) describeRates(w io.Writer) {
	fmt.Fprintf(w, "\n# Hourly rates (category > rep > tier > default, then the tier's multiplier):\n")
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
	// A comment, so that the whole output still loads as TOML.
	var table bytes.Buffer
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', tabwriter.AlignRight)
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
	_ = tw.Flush() // into a buffer
	for l := range strings.Lines(table.String()) {
		fmt.Fprintf(w, "#%s", l)
	}
}
