package web

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// ReportJSON is the report document: what GET /api/report returns and what
// `fivemin report --format json` should print, so scripts get one shape
// from either. Money is in major units of Currency as exact decimal JSON
// numbers (1250.00), not floats and not cents; counts and minutes are
// integers; acceptance_rate is accepted ÷ (accepted + declined + expired),
// 0–1.
type ReportJSON struct {
	Currency string         `json:"currency"`
	By       ledger.GroupBy `json:"by,omitempty"`
	Totals   TotalsJSON     `json:"totals"`
	Rows     []RowJSON      `json:"rows"`
	// Entries is how many ledger entries the report read.
	Entries int64 `json:"entries"`
}

// TotalsJSON is every ledger.Figures field under its JSON name (sent,
// accepted, declined, expired, open, acceptance_rate, free_minutes, …),
// with the currency and with values in major units.
type TotalsJSON struct {
	ledger.Figures
	Currency      string      `json:"currency"`
	ValueQuoted   json.Number `json:"value_quoted"`
	ValueAccepted json.Number `json:"value_accepted"`
}

// RowJSON is one row: its rep, client and org, or month, and its figures
// as in TotalsJSON.
type RowJSON struct {
	ledger.Row
	ValueQuoted   json.Number `json:"value_quoted"`
	ValueAccepted json.Number `json:"value_accepted"`
}

// NewReportJSON builds the document for a report made with grouping by
// (its rows are empty if the report was not grouped so).
func NewReportJSON(r *ledger.Report, by ledger.GroupBy) ReportJSON {
	doc := ReportJSON{
		Currency: r.Currency,
		By:       by,
		Totals: TotalsJSON{
			Figures: r.Totals, Currency: r.Currency,
			ValueQuoted: major(r.Totals.ValueQuoted, r.Currency), ValueAccepted: major(r.Totals.ValueAccepted, r.Currency),
		},
		Rows:    []RowJSON{},
		Entries: r.Entries,
	}
	for _, row := range r.Rows(by) {
		doc.Rows = append(doc.Rows, RowJSON{
			Row:         row,
			ValueQuoted: major(row.ValueQuoted, r.Currency), ValueAccepted: major(row.ValueAccepted, r.Currency),
		})
	}
	return doc
}

// currencyOf returns the quoting.Currency for a ledger currency code.
// Codes the ledger accepts but CLDR does not know are shown with two
// decimals.
func currencyOf(code string) (quoting.Currency, bool) {
	if code == "" {
		return quoting.Currency{}, false
	}
	c, err := quoting.ParseCurrency(code)
	return c, err == nil
}

// major writes minor units as an exact decimal in major units: 125000 USD
// is "1250.00", 1250 JPY is "1250".
func major(minor int64, code string) json.Number {
	if c, ok := currencyOf(code); ok {
		return json.Number(c.Minor(minor).Decimal())
	}
	return json.Number(quoting.DecimalOf(minor, 2).String())
}

// csvHeader names the figure columns of WriteCSV, after the key columns.
var csvHeader = []string{
	"sent", "accepted", "declined", "expired", "open", "unclear", "acceptance_rate",
	"hours_quoted", "hours_accepted", "value_quoted", "value_accepted", "currency", "other_currency",
	"free_minutes", "emails", "questions", "skipped", "drafted", "median_draft_seconds",
	"drafts_as_is", "drafts_lightly_edited", "drafts_rewritten", "drafts_deleted", "quotes", "withdrawn",
	"responded", "median_response_seconds",
}

// keyColumns are the columns that name a row of a grouping.
func keyColumns(by ledger.GroupBy) []string {
	switch by {
	case ledger.ByClient:
		return []string{"client", "org"}
	case ledger.ByOrg:
		return []string{"org"}
	case ledger.ByMonth:
		return []string{"month"}
	case ledger.ByRepMonth:
		return []string{"rep", "month"}
	case ledger.ByClientMonth:
		return []string{"client", "org", "month"}
	}
	return []string{"rep"}
}

func keyValues(by ledger.GroupBy, r ledger.Row) []string {
	var out []string
	for _, k := range keyColumns(by) {
		out = append(out, map[string]string{"rep": r.Rep, "client": r.Client, "org": r.Org, "month": r.Month}[k])
	}
	return out
}

// WriteCSV writes the rows of grouping by as CSV with a header line: the
// key columns (rep; client and org; org; or month) and then csvHeader.
// Money is in major units, hours with two decimals, the rate 0–1 with
// four. Names that a spreadsheet would run as a formula are defused.
func WriteCSV(w io.Writer, r *ledger.Report, by ledger.GroupBy) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(append(keyColumns(by), csvHeader...)); err != nil {
		return err
	}
	i := strconv.FormatInt
	hours := func(min int64) string { return strconv.FormatFloat(float64(min)/60, 'f', 2, 64) }
	for _, row := range r.Rows(by) {
		rec := keyValues(by, row)
		for k := range rec {
			rec[k] = defuse(rec[k])
		}
		f := row.Figures
		rec = append(rec,
			i(f.Sent, 10), i(f.Accepted, 10), i(f.Declined, 10), i(f.Expired, 10), i(f.Open, 10), i(f.Unclear, 10),
			strconv.FormatFloat(f.AcceptanceRate, 'f', 4, 64),
			hours(f.MinutesQuoted), hours(f.MinutesAccepted),
			string(major(f.ValueQuoted, r.Currency)), string(major(f.ValueAccepted, r.Currency)), r.Currency, i(f.OtherCurrency, 10),
			i(f.FreeMinutes, 10), i(f.Emails, 10), i(f.Questions, 10), i(f.Skipped, 10), i(f.Drafted, 10),
			strconv.FormatFloat(f.MedianDraftSeconds, 'f', 0, 64),
			i(f.Usage.AsIs, 10), i(f.Usage.LightlyEdited, 10), i(f.Usage.Rewritten, 10), i(f.Usage.Deleted, 10),
			i(f.Quotes, 10), i(f.Withdrawn, 10),
			i(f.Responded, 10), strconv.FormatFloat(f.MedianResponseSeconds, 'f', 0, 64),
		)
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("writing CSV: %w", err)
		}
	}
	cw.Flush()
	return cw.Error()
}

// defuse prefixes a cell that starts like a spreadsheet formula with an
// apostrophe (OWASP "CSV injection"): client names come from email.
func defuse(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
