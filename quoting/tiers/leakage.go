package tiers

import (
	"bufio"
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// Leakage is what the free rule cost, and where: the free minutes given
// away (never billed) per month, by rep, by client and by organisation.
type Leakage struct {
	Since, Until time.Time // as asked; zero is unbounded
	Currency     quoting.Currency
	Rate         quoting.Money // free minutes are valued at; zero: not valued
	// Rows are ordered by month, then most free minutes first, then name.
	ByMonth, ByRep, ByClient, ByOrganisation []LeakageRow
}

// LeakageRow is one month of one rep, client or organisation (whichever
// the list groups by; the others are empty).
type LeakageRow struct {
	Month        string // "2006-01", in the ledger's time zone
	Rep          string
	Client       string
	Organisation string // set for client rows too
	Emails       int64
	FreeMinutes  int64
	// Value is FreeMinutes at Leakage.Rate, rounded half up.
	Value quoting.Money
	// PaidMinutesAccepted and ValueAccepted are what the same emails'
	// quotes earned, for scale.
	PaidMinutesAccepted int64
	ValueAccepted       quoting.Money
}

// FreeShare is the part of the time invested that was given free: free
// minutes over free plus accepted paid minutes; ok is false when no time
// was invested.
func (r *LeakageRow) FreeShare() (share float64, ok bool) {
	t := r.FreeMinutes + r.PaidMinutesAccepted
	if t == 0 {
		return 0, false
	}
	return float64(r.FreeMinutes) / float64(t), true
}

func (r *LeakageRow) add(g *LeakageRow) {
	r.Emails += g.Emails
	r.FreeMinutes += g.FreeMinutes
	r.Value = r.Value.Currency().Minor(r.Value.Minor() + g.Value.Minor())
	r.PaidMinutesAccepted += g.PaidMinutesAccepted
	r.ValueAccepted = r.ValueAccepted.Currency().Minor(r.ValueAccepted.Minor() + g.ValueAccepted.Minor())
}

// Leakage reports free minutes given away per month in [since, until) (zero
// bounds are open), from the ledger's per rep-month and client-month
// aggregates; client rows are regrouped into organisations by s.
func (r *Ranker) Leakage(ctx context.Context, s Settings, since, until time.Time) (*Leakage, error) {
	p, err := prepare(s)
	if err != nil {
		return nil, err
	}
	rep, err := r.l.Report(ctx, ledger.Filter{Since: since, Until: until, Currency: p.Currency.Code()},
		ledger.ByMonth, ledger.ByRepMonth, ledger.ByClientMonth)
	if err != nil {
		return nil, fmt.Errorf("leakage: %w", err)
	}
	if p.Currency.IsZero() && rep.Currency != "" {
		if p.Currency, err = quoting.ParseCurrency(rep.Currency); err != nil {
			return nil, fmt.Errorf("leakage: ledger currency: %w", err)
		}
	}
	lk := &Leakage{Since: since, Until: until, Currency: p.Currency, Rate: p.Rate}
	row := func(lr *ledger.Row) LeakageRow {
		return LeakageRow{
			Month: lr.Month, Rep: lr.Rep, Client: lr.Client,
			Emails: lr.Emails, FreeMinutes: lr.FreeMinutes,
			Value:               p.Currency.Minor(atRate(p.Rate, lr.FreeMinutes)),
			PaidMinutesAccepted: lr.MinutesAccepted,
			ValueAccepted:       p.Currency.Minor(lr.ValueAccepted),
		}
	}
	for _, lr := range rep.Rows(ledger.ByMonth) {
		lk.ByMonth = append(lk.ByMonth, row(&lr))
	}
	for _, lr := range rep.Rows(ledger.ByRepMonth) {
		lk.ByRep = append(lk.ByRep, row(&lr))
	}
	type orgMonth struct{ org, month string }
	orgs := map[orgMonth]*LeakageRow{}
	for _, lr := range rep.Rows(ledger.ByClientMonth) {
		x := row(&lr)
		o, _ := p.ov.lookup(x.Client)
		x.Organisation = organisation(x.Client, o)
		lk.ByClient = append(lk.ByClient, x)
		k := orgMonth{x.Organisation, x.Month}
		if g := orgs[k]; g != nil {
			g.add(&x)
		} else {
			g := LeakageRow{Month: x.Month, Organisation: x.Organisation}
			g.Value, g.ValueAccepted = p.Currency.Minor(0), p.Currency.Minor(0)
			g.add(&x)
			orgs[k] = &g
		}
	}
	for _, g := range orgs {
		lk.ByOrganisation = append(lk.ByOrganisation, *g)
	}
	for _, rows := range [][]LeakageRow{lk.ByMonth, lk.ByRep, lk.ByClient, lk.ByOrganisation} {
		slices.SortFunc(rows, func(x, y LeakageRow) int {
			return cmp.Or(cmp.Compare(x.Month, y.Month), cmp.Compare(y.FreeMinutes, x.FreeMinutes),
				cmp.Compare(x.Rep, y.Rep), cmp.Compare(x.Organisation, y.Organisation), cmp.Compare(x.Client, y.Client))
		})
	}
	return lk, nil
}

// groups are the lists of a Leakage with their names in CSV and JSON.
func (lk *Leakage) groups() []struct {
	key  string
	rows []LeakageRow
} {
	return []struct {
		key  string
		rows []LeakageRow
	}{{"month", lk.ByMonth}, {"rep", lk.ByRep}, {"organisation", lk.ByOrganisation}, {"client", lk.ByClient}}
}

// leakageColumns are the fields of a leakage row in CSV and JSON, in order.
var leakageColumns = []struct {
	key string
	get func(*Leakage, *LeakageRow) any
}{
	{"month", func(_ *Leakage, r *LeakageRow) any { return r.Month }},
	{"rep", func(_ *Leakage, r *LeakageRow) any { return r.Rep }},
	{"organisation", func(_ *Leakage, r *LeakageRow) any { return r.Organisation }},
	{"client", func(_ *Leakage, r *LeakageRow) any { return r.Client }},
	{"emails", func(_ *Leakage, r *LeakageRow) any { return r.Emails }},
	{"free_minutes", func(_ *Leakage, r *LeakageRow) any { return r.FreeMinutes }},
	{"value", func(lk *Leakage, r *LeakageRow) any {
		if lk.Rate.Sign() <= 0 {
			return nil
		}
		return json.Number(r.Value.Decimal())
	}},
	{"paid_hours_accepted", func(_ *Leakage, r *LeakageRow) any { return json.Number(hours(r.PaidMinutesAccepted)) }},
	{"value_accepted", func(_ *Leakage, r *LeakageRow) any { return json.Number(r.ValueAccepted.Decimal()) }},
	{"free_share", func(_ *Leakage, r *LeakageRow) any {
		if s, ok := r.FreeShare(); ok {
			return json.Number(strconv.FormatFloat(s, 'f', 3, 64))
		}
		return nil
	}},
}

// Write renders the leakage report in format f; fm formats money in
// tables (nil: en-US).
func (lk *Leakage) Write(w io.Writer, f Format, fm *quoting.Formatter) error {
	return write(w, f, fm, lk.WriteTable, lk.WriteCSV, lk.WriteJSON)
}

// WriteJSON writes an object: "currency", "rate" (hourly, or null), and one
// array of rows per grouping: "by_month", "by_rep", "by_organisation",
// "by_client".
func (lk *Leakage) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriter(w)
	rate := "null"
	if lk.Rate.Sign() > 0 {
		rate = lk.Rate.Decimal()
	}
	cur, _ := json.Marshal(lk.Currency.Code())
	fmt.Fprintf(bw, "{\n  \"currency\": %s,\n  \"rate\": %s", cur, rate)
	for _, g := range lk.groups() {
		fmt.Fprintf(bw, ",\n  \"by_%s\": [", g.key)
		for i := range g.rows {
			if i > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n    ")
			err := jsonObject(bw, len(leakageColumns), func(j int) string { return leakageColumns[j].key },
				func(j int) any { return leakageColumns[j].get(lk, &g.rows[i]) })
			if err != nil {
				return fmt.Errorf("leakage %w", err)
			}
		}
		if len(g.rows) > 0 {
			bw.WriteString("\n  ")
		}
		bw.WriteString("]")
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// WriteCSV writes one table: a "group" column (month, rep, organisation,
// client) and the row fields, plus the currency.
func (lk *Leakage) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	rec := []string{"group"}
	for _, c := range leakageColumns {
		rec = append(rec, c.key)
	}
	rec = append(rec, "currency")
	if err := cw.Write(rec); err != nil {
		return err
	}
	for _, g := range lk.groups() {
		for i := range g.rows {
			rec = rec[:0]
			rec = append(rec, g.key)
			for _, c := range leakageColumns {
				rec = append(rec, csvCell(c.get(lk, &g.rows[i])))
			}
			rec = append(rec, lk.Currency.Code())
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteTable writes the month totals, then the rows by rep and by client.
func (lk *Leakage) WriteTable(w io.Writer, fm *quoting.Formatter) error {
	if fm == nil {
		fm = quoting.NewFormatter(language.AmericanEnglish)
	}
	bw := bufio.NewWriter(w)
	bw.WriteString("Free minutes given away")
	if lk.Rate.Sign() > 0 {
		fmt.Fprintf(bw, ", valued at %s an hour", fm.Format(lk.Rate))
	}
	bw.WriteString(".\n")
	if len(lk.ByMonth) == 0 {
		bw.WriteString("\nNo client email in the period.\n")
		return bw.Flush()
	}
	section := func(title, nameHead string, rows []LeakageRow, name func(*LeakageRow) []string) {
		fmt.Fprintf(bw, "\n%s\n", title)
		heads := append([]string{"MONTH"}, strings.Fields(nameHead)...)
		heads = append(heads, ">EMAILS", ">FREE MIN", ">VALUE", ">PAID H ACCEPTED", ">FREE SHARE")
		t := newTable(heads...)
		for i := range rows {
			r := &rows[i]
			value, share := "-", "-"
			if lk.Rate.Sign() > 0 {
				value = fm.Format(r.Value)
			}
			if s, ok := r.FreeShare(); ok {
				share = strconv.FormatFloat(100*s, 'f', 0, 64) + "%"
			}
			cells := append([]string{r.Month}, name(r)...)
			cells = append(cells, itoa(r.Emails), itoa(r.FreeMinutes), value, hours(r.PaidMinutesAccepted), share)
			t.add(cells...)
		}
		t.write(bw)
	}
	section("By month", "", lk.ByMonth, func(*LeakageRow) []string { return nil })
	section("By rep", "REP", lk.ByRep, func(r *LeakageRow) []string { return []string{r.Rep} })
	section("By client", "CLIENT ORGANISATION", lk.ByClient, func(r *LeakageRow) []string { return []string{r.Client, r.Organisation} })
	return bw.Flush()
}
