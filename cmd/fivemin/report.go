package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/web"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
	"golang.org/x/text/language"
)

// listFlag collects a repeatable flag; commas separate values too.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error {
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, strings.ToLower(v))
		}
	}
	return nil
}

func runReport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "report", "[--config FILE | --state PATH] [--since DATE] [--until DATE] [--rep ADDR|NAME]... [--client ADDR]... [--by rep|client|org|month|rep-month|client-month] [--format table|csv|json]")
	sf := addStateFlags(fs)
	since := fs.String("since", "", "from this `date` (YYYY-MM-DD or YYYY-MM), inclusive")
	until := fs.String("until", "", "to this `date` (YYYY-MM-DD or YYYY-MM), inclusive")
	var reps, clients listFlag
	fs.Var(&reps, "rep", "only this rep, by address or name (repeat or comma-separate)")
	fs.Var(&clients, "client", "only this client address (repeat or comma-separate)")
	by := fs.String("by", "", "group rows by rep, client, org, month, rep-month or client-month")
	format := fs.String("format", "table", "output `format`: table, csv or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	group, err := reportGroup(*by, *format)
	if err != nil {
		return err
	}
	c, err := connect(ctx, e, sf, false)
	if err != nil {
		return err
	}
	defer c.close()
	loc, fm := time.Local, quoting.NewFormatter(language.AmericanEnglish)
	if c.cfg != nil {
		loc, fm = c.cfg.Location(), c.cfg.Formatter()
	}
	from, to, err := web.DateRange(*since, *until, loc)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	repAddrs, err := repAddresses(c.cfg, reps)
	if err != nil {
		return err
	}
	q := ops.ReportQuery{Filter: ledger.Filter{Since: from, Until: to, Reps: repAddrs, Clients: clients}}
	if group != "" {
		q.By = []ledger.GroupBy{group}
	}
	rep, err := c.svc.Report(ctx, q)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "fivemin report: read from %s\n", c.via)
	printMailStatus(ctx, e, c)
	switch *format {
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(web.NewReportJSON(rep, group))
	case "csv":
		return web.WriteCSV(e.stdout, rep, group)
	}
	return writeReportTable(e.stdout, rep, group, fm)
}

// reportGroup checks --by and --format and returns the grouping.
func reportGroup(by, format string) (ledger.GroupBy, error) {
	var group ledger.GroupBy
	if by != "" {
		g, err := ledger.ParseGroupBy(by)
		if err != nil {
			return "", fmt.Errorf("%w: --by: %v", errUsage, err)
		}
		group = g
	}
	switch format {
	case "table", "json":
	case "csv":
		if group == "" {
			group = ledger.ByRep // CSV is rows; without --by, one per rep
		}
	default:
		return "", fmt.Errorf("%w: --format must be table, csv or json", errUsage)
	}
	return group, nil
}

// writeReportTable prints the totals and, when grouped, a table of rows.
func writeReportTable(w io.Writer, r *ledger.Report, by ledger.GroupBy, fm *quoting.Formatter) error {
	money := func(minor int64) string {
		c, err := quoting.ParseCurrency(r.Currency)
		if err != nil {
			return fmt.Sprintf("%d", minor)
		}
		return fm.Format(c.Minor(minor))
	}
	t := r.Totals
	fmt.Fprintf(w, "Quotes sent %d: accepted %d, declined %d, expired %d, open %d (awaiting a decision: %d)\n",
		t.Sent, t.Accepted, t.Declined, t.Expired, t.Open, t.Unclear)
	fmt.Fprintf(w, "Acceptance rate %s (accepted of accepted + declined + expired)\n", percent(t.AcceptanceRate, t.Concluded()))
	fmt.Fprintf(w, "Hours quoted %s, accepted %s; value quoted %s, accepted %s\n",
		fm.Hours(int(t.MinutesQuoted)), fm.Hours(int(t.MinutesAccepted)), money(t.ValueQuoted), money(t.ValueAccepted))
	fmt.Fprintf(w, "Emails %d, drafted %d, free minutes given %d\n", t.Emails, t.Drafted, t.FreeMinutes)
	fmt.Fprintf(w, "First response: median %s from a client's email arriving to the reply being sent (%d replies sent)\n",
		seconds(t.MedianResponseSeconds, t.Responded), t.Responded)
	fmt.Fprintf(w, "Drafts sent as-is %d, lightly edited %d, rewritten %d, deleted unsent %d\n",
		t.Usage.AsIs, t.Usage.LightlyEdited, t.Usage.Rewritten, t.Usage.Deleted)
	if t.OtherCurrency > 0 {
		fmt.Fprintf(w, "(%d quotes in other currencies are counted but not in the values)\n", t.OtherCurrency)
	}
	if by == "" {
		return nil
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\tSENT\tACCEPTED\tDECLINED\tEXPIRED\tOPEN\tRATE\tVALUE QUOTED\tVALUE WON\tFREE MIN\tFIRST RESPONSE\tAS-IS/EDITED/REWRITTEN/DELETED\t\n", strings.ToUpper(string(by)))
	for _, row := range r.Rows(by) {
		// rep, client or org, then the month (rep-month, client-month)
		keys := []string{row.Rep, row.Client, row.Month}
		if row.Client == "" {
			keys[1] = row.Org // a client row names its organisation too: not shown here
		}
		keys = slices.DeleteFunc(keys, func(k string) bool { return k == "" })
		f := row.Figures
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%d\t%s\t%d/%d/%d/%d\t\n", strings.Join(keys, " "), f.Sent, f.Accepted, f.Declined, f.Expired, f.Open,
			percent(f.AcceptanceRate, f.Concluded()), money(f.ValueQuoted), money(f.ValueAccepted), f.FreeMinutes,
			seconds(f.MedianResponseSeconds, f.Responded), f.Usage.AsIs, f.Usage.LightlyEdited, f.Usage.Rewritten, f.Usage.Deleted)
	}
	return tw.Flush()
}

func percent(rate float64, concluded int64) string {
	if concluded == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", 100*rate)
}

// seconds writes a median of n durations, "-" when there are none.
func seconds(s float64, n int64) string {
	if n == 0 {
		return "-"
	}
	return web.FormatSeconds(s)
}
