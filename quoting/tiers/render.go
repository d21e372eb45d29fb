package tiers

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/fivemin/fivemin/quoting"
)

// Format is an output format of the renderers.
type Format string

const (
	FormatTable Format = "table" // aligned columns for people
	FormatCSV   Format = "csv"   // RFC 4180, a header row, for spreadsheets
	FormatJSON  Format = "json"  // for scripts
)

// ParseFormat reads a format name (table, csv, json).
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case FormatTable, FormatCSV, FormatJSON:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (want table, csv or json)", s)
}

// column is one field of a client row, in CSV and JSON alike. get returns
// an int64, string, bool, json.Number (exact decimals) or nil (null, or an
// empty CSV cell).
type column struct {
	key string
	get func(*Ranking, *Row) any
}

// clientColumns are the fields of `fivemin clients --format csv|json`, in
// order; fields may be added, never renamed or removed. Figures cover the
// window. Money is a decimal in major units of "currency" (a JSON number,
// exact as written). "tier" is "" for none (the firm's default policy);
// "overridden" says it was configured, "computed_tier" what the figures
// say. "quotes_declined" is the tire-kicker signal. "return_per_hour" is
// value accepted per hour of free plus paid time, null when no time was
// given; "leakage_value" the free minutes at the leakage rate, null
// without a rate. "previous_tier" is "" for an account new this window;
// "change" is Change.String. The "org_" fields are the account's measures,
// which its tier is computed from.
var clientColumns = []column{
	{"client", func(_ *Ranking, r *Row) any { return r.Address }},
	{"organisation", func(_ *Ranking, r *Row) any { return r.Organisation }},
	{"tier", func(_ *Ranking, r *Row) any { return r.Tier }},
	{"computed_tier", func(_ *Ranking, r *Row) any { return r.ComputedTier }},
	{"overridden", func(_ *Ranking, r *Row) any { return r.Overridden }},
	{"will", func(_ *Ranking, r *Row) any { return r.Will }},
	{"skill", func(_ *Ranking, r *Row) any { return r.Skill }},
	{"emails", func(_ *Ranking, r *Row) any { return r.Figures.Emails }},
	{"questions", func(_ *Ranking, r *Row) any { return r.Figures.Questions }},
	{"free_minutes", func(_ *Ranking, r *Row) any { return r.Figures.FreeMinutes }},
	{"quotes_sent", func(_ *Ranking, r *Row) any { return r.Figures.QuotesSent }},
	{"quotes_accepted", func(_ *Ranking, r *Row) any { return r.Figures.QuotesAccepted }},
	{"quotes_declined", func(_ *Ranking, r *Row) any { return r.Figures.QuotesDeclined }},
	{"quotes_expired", func(_ *Ranking, r *Row) any { return r.Figures.QuotesExpired }},
	{"quotes_open", func(_ *Ranking, r *Row) any { return r.Figures.QuotesOpen }},
	{"value_accepted", func(_ *Ranking, r *Row) any { return json.Number(r.Figures.ValueAccepted.Decimal()) }},
	{"paid_hours_accepted", func(_ *Ranking, r *Row) any { return json.Number(hours(r.Figures.PaidMinutesAccepted)) }},
	{"return_per_hour", func(_ *Ranking, r *Row) any {
		if m, ok := r.Figures.ReturnPerHour(); ok {
			return json.Number(m.Decimal())
		}
		return nil
	}},
	{"leakage_value", func(rk *Ranking, r *Row) any {
		if rk.Settings.Rate.Sign() <= 0 {
			return nil // no rate to value free minutes at
		}
		return json.Number(r.Figures.LeakageValue.Decimal())
	}},
	{"currency", func(_ *Ranking, r *Row) any { return r.Figures.ValueAccepted.Currency().Code() }},
	{"previous_tier", func(_ *Ranking, r *Row) any { return r.PreviousTier }},
	{"change", func(_ *Ranking, r *Row) any { return r.Change.String() }},
	{"org_value_accepted", func(_ *Ranking, r *Row) any { return json.Number(r.Account.Figures.ValueAccepted.Decimal()) }},
	{"org_free_minutes", func(_ *Ranking, r *Row) any { return r.Account.Figures.FreeMinutes }},
	{"org_emails", func(_ *Ranking, r *Row) any { return r.Account.Figures.Emails }},
}

// hours writes minutes as hours with at most two decimals: 90 → "1.5".
func hours(minutes int64) string {
	s := strconv.FormatFloat(float64(minutes)/60, 'f', 2, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// Write renders the ranking in format f; fm formats money in tables (nil:
// en-US).
func (r *Ranking) Write(w io.Writer, f Format, fm *quoting.Formatter) error {
	return write(w, f, fm, r.WriteTable, r.WriteCSV, r.WriteJSON)
}

// write calls the writer for format f: a report's Write.
func write(w io.Writer, f Format, fm *quoting.Formatter,
	table func(io.Writer, *quoting.Formatter) error, csv, json func(io.Writer) error) error {
	switch f {
	case FormatTable:
		return table(w, fm)
	case FormatCSV:
		return csv(w)
	case FormatJSON:
		return json(w)
	}
	return fmt.Errorf("unknown format %q", f)
}

// WriteJSON writes a JSON array with one object per client address (see
// clientColumns for the keys), in rank order.
func (r *Ranking) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriter(w)
	rows := r.Rows()
	bw.WriteString("[")
	for i := range rows {
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n  ")
		err := jsonObject(bw, len(clientColumns), func(j int) string { return clientColumns[j].key },
			func(j int) any { return clientColumns[j].get(r, &rows[i]) })
		if err != nil {
			return fmt.Errorf("client %s: %w", rows[i].Address, err)
		}
	}
	if len(rows) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

// jsonObject writes one row as {"key": value, ...} on one line: n
// columns, column j named key(j) with value(j).
func jsonObject(bw *bufio.Writer, n int, key func(j int) string, value func(j int) any) error {
	bw.WriteString("{")
	for j := range n {
		if j > 0 {
			bw.WriteString(", ")
		}
		k, _ := json.Marshal(key(j)) // a string always marshals
		v, err := json.Marshal(value(j))
		if err != nil {
			return fmt.Errorf("%s: %w", key(j), err)
		}
		bw.Write(k)
		bw.WriteString(": ")
		bw.Write(v)
	}
	bw.WriteString("}")
	return nil
}

// WriteCSV writes a header and one record per client address, with the
// same fields as WriteJSON.
func (r *Ranking) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	rec := make([]string, len(clientColumns))
	for i, c := range clientColumns {
		rec[i] = c.key
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	rows := r.Rows()
	for i := range rows {
		for j, c := range clientColumns {
			rec[j] = csvCell(c.get(r, &rows[i]))
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvCell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return csvSafe(v)
	case json.Number:
		return string(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case bool:
		return strconv.FormatBool(v)
	}
	return fmt.Sprint(v)
}

// csvSafe keeps a spreadsheet from reading a name as a formula (an
// organisation named "=HYPERLINK(...)" in the configuration or a crafted
// address): such a cell gets a leading apostrophe, as OWASP advises.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteTable writes the ranking for people: a line on the window and the
// thresholds, then one line per account, with its addresses below it when
// it has several or a configured organisation name.
func (r *Ranking) WriteTable(w io.Writer, fm *quoting.Formatter) error {
	if fm == nil {
		fm = quoting.NewFormatter(language.AmericanEnglish)
	}
	s := &r.Settings
	bw := bufio.NewWriter(w)
	r.writeHeading(bw, fm)
	if len(r.Accounts) == 0 {
		bw.WriteString("\nNo client email in the window.\n")
		return bw.Flush()
	}
	bw.WriteString("\n")

	money := func(m quoting.Money) string { return fm.Format(m) }
	t := newTable("TIER", "CLIENT", ">EMAILS", ">QUESTIONS", ">FREE MIN", ">SENT", ">ACCEPTED", ">DECLINED", ">EXPIRED",
		">VALUE ACCEPTED", ">PAID H", ">RETURN/H", ">LEAKAGE", "WILL/SKILL", "CHANGE")
	line := func(tier string, over bool, name string, f *Figures, tags, change string) {
		if over {
			tier += "*"
		}
		ret := "-"
		if m, ok := f.ReturnPerHour(); ok {
			ret = money(m)
		}
		leak := "-"
		if s.Rate.Sign() > 0 {
			leak = money(f.LeakageValue)
		}
		t.add(orDash(tier), name, itoa(f.Emails), itoa(f.Questions), itoa(f.FreeMinutes), itoa(f.QuotesSent),
			itoa(f.QuotesAccepted), itoa(f.QuotesDeclined), itoa(f.QuotesExpired), money(f.ValueAccepted),
			hours(f.PaidMinutesAccepted), ret, leak, tags, change)
	}
	anyOverride := false
	for i := range r.Accounts {
		a := &r.Accounts[i]
		if c := &a.Clients[0]; len(a.Clients) == 1 && (a.Organisation == c.Address || a.Organisation == domainOf(c.Address)) {
			line(c.Tier, c.Overridden, c.Address, &c.Figures, tags(c), a.Change.String())
			anyOverride = anyOverride || c.Overridden
			continue
		}
		line(a.Tier, a.Overridden, a.Organisation, &a.Figures, "", a.Change.String())
		for j := range a.Clients {
			c := &a.Clients[j]
			change := ""
			if c.Tier != a.Tier {
				change = c.Change.String()
			}
			line(c.Tier, c.Overridden, "  "+c.Address, &c.Figures, tags(c), change)
			anyOverride = anyOverride || c.Overridden
		}
	}
	t.write(bw)
	if anyOverride {
		bw.WriteString("\n* tier set in the configuration\n")
	}
	return bw.Flush()
}

// writeHeading writes the lines above the table: the window, the
// currency and the thresholds the tiers come from.
func (r *Ranking) writeHeading(bw *bufio.Writer, fm *quoting.Formatter) {
	s := &r.Settings
	fmt.Fprintf(bw, "Clients over the %d days to %s, ranked by tier", s.windowDays(), r.Now.Format("2006-01-02 15:04 MST"))
	if !s.Currency.IsZero() {
		fmt.Fprintf(bw, "; amounts in %s", s.Currency.Code())
	}
	bw.WriteString(".\n")
	if s.Ranked() {
		fmt.Fprintf(bw, "Revenue is high from %s", fm.Format(*s.RevenueHigh))
		if !s.RevenueLow.IsZero() {
			fmt.Fprintf(bw, " and low below %s", fm.Format(s.Currency.Minor(s.RevenueLow.Minor())))
		}
		fmt.Fprintf(bw, "; maintenance is high from %d free minutes or %d emails.\n", s.freeMinutesHigh(), s.emailsHigh())
	} else {
		bw.WriteString("No revenue threshold is set: tiers come only from the configured overrides.\n")
	}
}

func tags(c *Client) string {
	if c.Will == "" && c.Skill == "" {
		return "-"
	}
	return orDash(c.Will) + "/" + orDash(c.Skill)
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// table aligns columns: a header starting with ">" is right-aligned.
type table struct {
	right []bool
	rows  [][]string
}

func newTable(headers ...string) *table {
	t := &table{right: make([]bool, len(headers))}
	head := make([]string, len(headers))
	for i, h := range headers {
		t.right[i] = strings.HasPrefix(h, ">")
		head[i] = strings.TrimPrefix(h, ">")
	}
	t.rows = append(t.rows, head)
	return t
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) write(w *bufio.Writer) {
	width := make([]int, len(t.right))
	for _, row := range t.rows {
		for i, c := range row {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	for _, row := range t.rows {
		b.Reset()
		for i, c := range row {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			if i > 0 {
				b.WriteString("  ")
			}
			if t.right[i] {
				b.WriteString(pad + c)
			} else {
				b.WriteString(c + pad)
			}
		}
		w.WriteString(strings.TrimRight(b.String(), " "))
		w.WriteString("\n")
	}
}
