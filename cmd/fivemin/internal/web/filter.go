package web

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/fivemin/fivemin/quoting/ledger"
)

// DateRange turns the since and until of a report request into the
// half-open range [from, to) the ledger filters on. Both take a day
// (2025-03-31) or a month (2025-03) in loc and are inclusive: until
// 2025-03 runs to the end of March. Empty means unbounded.
func DateRange(since, until string, loc *time.Location) (from, to time.Time, err error) {
	if loc == nil {
		loc = time.Local
	}
	if since = strings.TrimSpace(since); since != "" {
		if from, _, err = parsePeriod(since, loc); err != nil {
			return time.Time{}, time.Time{}, fmt.Errorf("since: %w", err)
		}
	}
	if until = strings.TrimSpace(until); until != "" {
		if _, to, err = parsePeriod(until, loc); err != nil {
			return time.Time{}, time.Time{}, fmt.Errorf("until: %w", err)
		}
	}
	if !from.IsZero() && !to.IsZero() && !from.Before(to) {
		return time.Time{}, time.Time{}, fmt.Errorf("since %s is after until %s", since, until)
	}
	return from, to, nil
}

// parsePeriod reads a day or a month and returns its start and the start
// of the next one.
func parsePeriod(s string, loc *time.Location) (start, next time.Time, err error) {
	if t, err := time.ParseInLocation("2006-01-02", s, loc); err == nil {
		return t, t.AddDate(0, 0, 1), nil
	}
	if t, err := time.ParseInLocation("2006-01", s, loc); err == nil {
		return t, t.AddDate(0, 1, 0), nil
	}
	return time.Time{}, time.Time{}, fmt.Errorf("%q is not a date: write YYYY-MM-DD or YYYY-MM", s)
}

// filterForm is the filter as the user wrote it, for the form and links.
type filterForm struct {
	Since, Until      string
	Rep, Client, Org  string // comma-separated
	reps, clients, os []string
}

// Active reports whether any filter is set.
func (f filterForm) Active() bool {
	return f.Since != "" || f.Until != "" || f.Rep != "" || f.Client != "" || f.Org != ""
}

// values encodes the filter as query parameters (empty ones left out).
func (f filterForm) values() url.Values {
	v := url.Values{}
	for _, kv := range [][2]string{{"since", f.Since}, {"until", f.Until}, {"rep", f.Rep}, {"client", f.Client}, {"org", f.Org}} {
		if kv[1] != "" {
			v.Set(kv[0], kv[1])
		}
	}
	return v
}

// list reads a repeatable, comma-separated parameter.
func list(q url.Values, key string) []string {
	var out []string
	for _, v := range q[key] {
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// parseFilter reads the report filter from a query. The form is returned
// even on error so the page can show what was typed.
func parseFilter(q url.Values, loc *time.Location, currency string) (ledger.Filter, filterForm, error) {
	form := filterForm{
		Since: strings.TrimSpace(q.Get("since")), Until: strings.TrimSpace(q.Get("until")),
		reps: list(q, "rep"), clients: list(q, "client"), os: list(q, "org"),
	}
	form.Rep, form.Client, form.Org = strings.Join(form.reps, ", "), strings.Join(form.clients, ", "), strings.Join(form.os, ", ")
	for _, v := range [][]string{form.reps, form.clients, form.os} {
		for _, s := range v {
			if len(s) > 320 || strings.ContainsAny(s, "\x00\r\n") {
				return ledger.Filter{}, form, fmt.Errorf("filter value %.40q is too long or has control characters", s)
			}
		}
	}
	from, to, err := DateRange(form.Since, form.Until, loc)
	if err != nil {
		return ledger.Filter{}, form, err
	}
	return ledger.Filter{Since: from, Until: to, Reps: form.reps, Clients: form.clients, Orgs: form.os, Currency: currency}, form, nil
}

// parseBy reads the grouping of a report download; rep when absent. Only
// the groupings with one row per name or month are offered.
func parseBy(s string) (ledger.GroupBy, error) {
	if s == "" {
		return ledger.ByRep, nil
	}
	switch g := ledger.GroupBy(s); g {
	case ledger.ByRep, ledger.ByClient, ledger.ByOrg, ledger.ByMonth, ledger.ByRepMonth:
		return g, nil
	}
	return "", fmt.Errorf("cannot group by %q: want rep, client, org, month or rep-month", s)
}
