package web

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/fivemin/fivemin/quoting/ledger"
)

// report runs the ledger report for the request's filters. On a bad
// filter it returns a 400 error and the page shows the form with it.
func (h *handler) report(r *http.Request, p *page, by ...ledger.GroupBy) (*ledger.Report, int, error) {
	f, form, err := parseFilter(r.URL.Query(), h.loc, h.currency)
	if p != nil {
		p.Filter, p.ShowFilter = form, true
	}
	if err != nil {
		if p != nil {
			p.FilterError = err.Error()
		}
		return nil, http.StatusBadRequest, err
	}
	rep, err := h.l.Report(r.Context(), f, by...)
	if err != nil {
		return nil, http.StatusInternalServerError, err
	}
	if p != nil {
		p.setCurrency(rep.Currency)
	}
	return rep, http.StatusOK, nil
}

// overviewView is the overview page.
type overviewView struct {
	*page
	T         ledger.Figures
	Concluded int64
	Entries   int64
	Accept    template.HTML
	Value     template.HTML
	ByRep     template.HTML
	ByClient  template.HTML
	Months    int
}

func (h *handler) overview(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "Overview", "overview")
	rep, status, err := h.report(r, p, ledger.ByRep, ledger.ByClient, ledger.ByMonth)
	if err != nil {
		h.failPage(w, r, p, status, err)
		return
	}
	v := overviewView{page: p, T: rep.Totals, Concluded: rep.Totals.Concluded(), Entries: rep.Entries}
	months, rows := monthSeries(rep.Rows(ledger.ByMonth))
	v.Months = len(months)
	rate := series{Name: "Acceptance rate"}
	quoted, won := series{Name: "Quoted"}, series{Name: "Won"}
	for i, m := range rows {
		if m.Concluded() == 0 {
			rate.Values = append(rate.Values, math.NaN())
			rate.Tips = append(rate.Tips, "")
		} else {
			rate.Values = append(rate.Values, m.AcceptanceRate)
			rate.Tips = append(rate.Tips, fmt.Sprintf("%s: %s accepted (%d of %d concluded)", months[i], percent(m.AcceptanceRate), m.Accepted, m.Concluded()))
		}
		quoted.Values = append(quoted.Values, p.majorValue(m.ValueQuoted))
		quoted.Tips = append(quoted.Tips, months[i]+" · quoted "+p.Money(m.ValueQuoted))
		won.Values = append(won.Values, p.majorValue(m.ValueAccepted))
		won.Tips = append(won.Tips, months[i]+" · won "+p.Money(m.ValueAccepted))
	}
	v.Accept = chart{Title: "Acceptance rate by month", Labels: months, Series: []series{rate}, Max: 1, Tick: percent,
		Empty: "No quote has been accepted, declined or expired in this period.", Width: halfWidth}.Line()
	v.Value = chart{Title: "Value quoted and won by month", Labels: months, Series: []series{quoted, won}, Width: halfWidth}.Bars()
	v.ByRep = h.valueBars(p, "Value quoted and won by rep", rep.Rows(ledger.ByRep), func(r ledger.Row) string { return r.Rep }, 0)
	v.ByClient = h.valueBars(p, "Value quoted and won by client (top 10)", rep.Rows(ledger.ByClient), func(r ledger.Row) string { return r.Client }, 10)
	h.render(w, r, http.StatusOK, "overview", v)
}

// Chart widths in SVG units, close to the pixels they get on a desktop
// screen so their text renders at its CSS size: half is one of the
// overview's two columns, full the whole page.
const (
	halfWidth = 540
	fullWidth = 1100
)

// majorValue converts minor units to major ones for chart axes.
func (p *page) majorValue(minor int64) float64 {
	d := 2
	if !p.cur.IsZero() {
		d = p.cur.Digits()
	}
	return float64(minor) / math.Pow10(d)
}

// valueBars charts value quoted and won per name; with top > 0 only the
// top rows by value quoted.
func (h *handler) valueBars(p *page, title string, rows []ledger.Row, name func(ledger.Row) string, top int) template.HTML {
	rows = slices.Clone(rows)
	rows = slices.DeleteFunc(rows, func(r ledger.Row) bool { return r.Sent == 0 })
	if top > 0 {
		slices.SortStableFunc(rows, func(a, b ledger.Row) int { return cmp.Compare(b.ValueQuoted, a.ValueQuoted) })
		rows = rows[:min(top, len(rows))]
	}
	c := chart{Title: title, Series: []series{{Name: "Quoted"}, {Name: "Won"}}, Empty: "No quotes sent in this period.", Width: halfWidth}
	for _, r := range rows {
		n := name(r)
		c.Labels = append(c.Labels, n)
		c.Series[0].Values = append(c.Series[0].Values, p.majorValue(r.ValueQuoted))
		c.Series[0].Tips = append(c.Series[0].Tips, fmt.Sprintf("%s · quoted %s in %d quotes", n, p.Money(r.ValueQuoted), r.Sent))
		c.Series[1].Values = append(c.Series[1].Values, p.majorValue(r.ValueAccepted))
		c.Series[1].Tips = append(c.Series[1].Tips, fmt.Sprintf("%s · won %s in %d quotes (%s)", n, p.Money(r.ValueAccepted), r.Accepted, p.Rate(r.Figures)))
	}
	return c.HBars()
}

// monthSeries fills the months between the first and last row so the
// time axis has no holes; months without entries get empty figures. The
// last 36 months are kept.
func monthSeries(rows []ledger.Row) (labels []string, figs []ledger.Figures) {
	if len(rows) == 0 {
		return nil, nil
	}
	byMonth := map[string]ledger.Figures{}
	for _, r := range rows {
		byMonth[r.Month] = r.Figures
	}
	first, err1 := time.Parse("2006-01", rows[0].Month)
	last, err2 := time.Parse("2006-01", rows[len(rows)-1].Month)
	if err1 != nil || err2 != nil {
		for _, r := range rows {
			labels, figs = append(labels, r.Month), append(figs, r.Figures)
		}
		return labels, figs
	}
	if limit := last.AddDate(0, -35, 0); first.Before(limit) {
		first = limit
	}
	for m := first; !m.After(last); m = m.AddDate(0, 1, 0) {
		labels = append(labels, m.Format("Jan 2006"))
		figs = append(figs, byMonth[m.Format("2006-01")])
	}
	return labels, figs
}

// failPage shows an error on a page that has its filter form, so a bad
// filter can be corrected in place.
func (h *handler) failPage(w http.ResponseWriter, r *http.Request, p *page, status int, err error) {
	msg := err.Error()
	if status >= 500 {
		h.log.Error("web: request failed", "path", r.URL.Path, "err", err)
		msg = errInternal
	}
	h.render(w, r, status, "error", errorView{page: p, Status: status, Message: msg})
}

// tableView is a report table by rep, client, org or month.
type tableView struct {
	*page
	By        string
	Heads     []string
	Rows      []tableRow
	Totals    ledger.Figures
	Shown     int
	All       int
	CSV, JSON string
}

type tableRow struct {
	Keys []cell
	ledger.Figures
}

type cell struct{ Text, Href string }

// maxTableRows bounds a rendered table; the CSV has every row.
const maxTableRows = 500

var tableTitles = map[ledger.GroupBy]string{
	ledger.ByRep: "By rep", ledger.ByClient: "By client", ledger.ByOrg: "By organisation", ledger.ByMonth: "By month",
	ledger.ByRepMonth: "By rep and month",
}

func (h *handler) table(w http.ResponseWriter, r *http.Request) {
	by, err := parseBy(r.PathValue("by"))
	if err != nil || r.PathValue("by") == "" {
		h.fail(w, r, http.StatusNotFound, fmt.Errorf("no such report: %w", err))
		return
	}
	p := h.newPage(w, r, tableTitles[by], "by-"+string(by))
	rep, status, err := h.report(r, p, by)
	if err != nil {
		h.failPage(w, r, p, status, err)
		return
	}
	v := tableView{page: p, By: string(by), Totals: rep.Totals, Heads: []string{map[ledger.GroupBy]string{
		ledger.ByRep: "Rep", ledger.ByClient: "Client", ledger.ByOrg: "Organisation", ledger.ByMonth: "Month", ledger.ByRepMonth: "Rep"}[by]}}
	switch by {
	case ledger.ByClient:
		v.Heads = append(v.Heads, "Organisation")
	case ledger.ByRepMonth:
		v.Heads = append(v.Heads, "Month")
	}
	q := p.Filter.values()
	q.Set("by", string(by))
	v.CSV, v.JSON = withQuery("/report.csv", q), withQuery("/api/report", q)
	rows := rep.Rows(by)
	v.All = len(rows)
	if by != ledger.ByMonth && by != ledger.ByRepMonth {
		// Biggest first: a manager reads the top of the list. (Months,
		// per rep too, stay in calendar order.)
		rows = slices.Clone(rows)
		slices.SortStableFunc(rows, func(a, b ledger.Row) int {
			return cmp.Or(cmp.Compare(b.ValueQuoted, a.ValueQuoted), cmp.Compare(b.Sent, a.Sent), cmp.Compare(b.Emails, a.Emails))
		})
	}
	for _, row := range rows[:min(len(rows), maxTableRows)] {
		tr := tableRow{Figures: row.Figures}
		switch by {
		case ledger.ByRep:
			tr.Keys = []cell{{row.Rep, p.LinkWith("/", "rep", row.Rep)}}
		case ledger.ByClient:
			tr.Keys = []cell{{row.Client, p.LinkWith("/", "client", row.Client)}, {row.Org, p.LinkWith("/", "org", row.Org)}}
		case ledger.ByOrg:
			tr.Keys = []cell{{row.Org, p.LinkWith("/", "org", row.Org)}}
		case ledger.ByMonth, ledger.ByRepMonth:
			label := row.Month
			if t, err := time.Parse("2006-01", row.Month); err == nil {
				label = t.Format("January 2006")
			}
			v2 := p.Filter.values()
			v2.Set("since", row.Month)
			v2.Set("until", row.Month)
			tr.Keys = []cell{{label, withQuery("/report/rep", v2)}}
			if by == ledger.ByRepMonth {
				tr.Keys = append([]cell{{row.Rep, p.LinkWith("/", "rep", row.Rep)}}, tr.Keys...)
			}
		}
		v.Rows = append(v.Rows, tr)
	}
	v.Shown = len(v.Rows)
	h.render(w, r, http.StatusOK, "table", v)
}

// usageView is draft usage per rep.
type usageView struct {
	*page
	Chart  template.HTML
	Rows   []usageRow
	Totals usageRow
}

type usageRow struct {
	Rep, Href                                      string
	Drafted, AsIs, Light, Rewritten, Deleted, Open int64
	Useful                                         string // (as-is + lightly edited) ÷ seen
}

func newUsageRow(rep, href string, f ledger.Figures) usageRow {
	u := f.Usage
	seen := u.AsIs + u.LightlyEdited + u.Rewritten + u.Deleted
	row := usageRow{Rep: rep, Href: href, Drafted: f.Drafted, AsIs: u.AsIs, Light: u.LightlyEdited, Rewritten: u.Rewritten, Deleted: u.Deleted,
		Open: max(0, f.Drafted-seen), Useful: "—"}
	if seen > 0 {
		row.Useful = percent(float64(u.AsIs+u.LightlyEdited) / float64(seen))
	}
	return row
}

func (h *handler) usage(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "Draft usage", "usage")
	rep, status, err := h.report(r, p, ledger.ByRep)
	if err != nil {
		h.failPage(w, r, p, status, err)
		return
	}
	v := usageView{page: p, Totals: newUsageRow("All reps", "", rep.Totals)}
	c := chart{Title: "What reps did with fivemin's drafts", Series: []series{
		{Name: "Sent as is"}, {Name: "Lightly edited"}, {Name: "Rewritten"}, {Name: "Deleted unsent"}},
		Empty: "No draft has been seen sent or deleted yet.", Width: fullWidth}
	for _, row := range rep.Rows(ledger.ByRep) {
		u := newUsageRow(row.Rep, p.LinkWith("/", "rep", row.Rep), row.Figures)
		v.Rows = append(v.Rows, u)
		c.Labels = append(c.Labels, row.Rep)
		for i, n := range []int64{u.AsIs, u.Light, u.Rewritten, u.Deleted} {
			c.Series[i].Values = append(c.Series[i].Values, float64(n))
			c.Series[i].Tips = append(c.Series[i].Tips, fmt.Sprintf("%s · %s: %d", row.Rep, strings.ToLower(c.Series[i].Name), n))
		}
	}
	v.Chart = c.Stack()
	h.render(w, r, http.StatusOK, "usage", v)
}

// unclearView lists the replies awaiting a decision.
type unclearView struct {
	*page
	Items []unclearItem
	More  int // flagged quotes not listed
}

// maxUnclear bounds the list: a backlog is worked from the oldest, and
// each listed quote costs a read of its history.
const maxUnclear = 100

type unclearItem struct {
	ID, Href, Action        string
	Rep, Client, Org        string
	Created, Status, Amount string
	Hours                   string
	Asks                    []string
	ReplyAt, Why            string
	// Answer is the client's own words, line by line (the first lines of
	// their new text, as the ledger keeps them); html/template escapes it.
	Answer []string
	// Total is the quoted total as a plain decimal, the agreed amount's
	// starting value; Currency its code.
	Total, Currency string
}

func (h *handler) unclear(w http.ResponseWriter, r *http.Request) {
	p := h.basePage(w, r, "Unclear replies", "unclear")
	// The report filters apply here too, to the quotes' creation time
	// and names.
	f, form, err := parseFilter(r.URL.Query(), h.loc, h.currency)
	p.Filter, p.ShowFilter = form, true
	if err != nil {
		p.FilterError = err.Error()
		h.failPage(w, r, p, http.StatusBadRequest, err)
		return
	}
	qs, err := h.l.Unclear(r.Context())
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	p.Unclear = len(qs)
	v := unclearView{page: p}
	for _, q := range qs {
		if !unclearShown(f, form, &q) {
			continue
		}
		if len(v.Items) == maxUnclear {
			v.More++
			continue
		}
		it := p.unclearItem(&q)
		evs, err := h.l.Events(r.Context(), q.ID)
		if err != nil {
			h.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		p.latestFlag(&it, evs)
		v.Items = append(v.Items, it)
	}
	h.render(w, r, http.StatusOK, "unclear", v)
}

// unclearShown applies the report filters to a flagged quote: its names,
// and its creation time.
func unclearShown(f ledger.Filter, form filterForm, q *ledger.Quote) bool {
	if !matches(form.reps, q.Rep) || !matches(form.clients, q.Client) || !matches(form.os, q.Org) {
		return false
	}
	return (f.Since.IsZero() || !q.CreatedAt.Before(f.Since)) && (f.Until.IsZero() || q.CreatedAt.Before(f.Until))
}

// unclearItem is a flagged quote's row, without its reply (latestFlag).
func (p *page) unclearItem(q *ledger.Quote) unclearItem {
	it := unclearItem{
		ID: q.ID, Href: "/quote/" + url.PathEscape(q.ID), Action: "/quote/" + url.PathEscape(q.ID) + "/decide",
		Rep: q.Rep, Client: q.Client, Org: q.Org, Created: p.Time(q.CreatedAt), Status: string(q.Status),
		Amount: p.quoteAmount(q), Hours: p.Hours(q.BilledMinutes()),
		Total: string(major(q.Total, q.Currency)), Currency: q.Currency,
	}
	for _, a := range q.Asks {
		it.Asks = append(it.Asks, a.Text)
	}
	return it
}

// latestFlag fills in the reply to read: the latest flag among evs.
func (p *page) latestFlag(it *unclearItem, evs []ledger.Event) {
	for _, ev := range slices.Backward(evs) {
		if ev.Kind == ledger.EventUnclear {
			it.ReplyAt, it.Why = p.Time(ev.Time), ev.Note
			if ev.Answer != "" {
				it.Answer = strings.Split(ev.Answer, "\n")
			}
			return
		}
	}
}

func matches(want []string, v string) bool {
	if len(want) == 0 {
		return true
	}
	return slices.ContainsFunc(want, func(w string) bool { return strings.EqualFold(w, v) })
}

// quoteAmount formats a quote's total in its own currency.
func (p *page) quoteAmount(q *ledger.Quote) string {
	if c, ok := currencyOf(q.Currency); ok {
		return p.fm.Format(c.Minor(q.Total))
	}
	return string(major(q.Total, q.Currency)) + " " + q.Currency
}

// quoteView is one quote with its history.
type quoteView struct {
	*page
	Q                     *ledger.Quote
	Amount, Rate, Hours   string
	Asks                  []askRow
	Events                []eventRow
	Action                string
	CanAccept, CanDecline bool
}

type askRow struct{ Text, Category, Hours, Amount string }

type eventRow struct{ Time, Kind, Actor, Evidence, Note string }

func (h *handler) quote(w http.ResponseWriter, r *http.Request) {
	id, err := ledger.NormalizeQuoteID(r.PathValue("id"))
	if err != nil {
		h.fail(w, r, http.StatusNotFound, errors.New("no such quote"))
		return
	}
	q, err := h.l.Quote(r.Context(), id)
	if errors.Is(err, ledger.ErrNotFound) {
		h.fail(w, r, http.StatusNotFound, fmt.Errorf("no quote %s in the ledger", id))
		return
	}
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	evs, err := h.l.Events(r.Context(), id)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	p := h.newPage(w, r, "Quote "+q.ID, "")
	v := quoteView{page: p, Q: q, Amount: p.quoteAmount(q), Hours: p.Hours(q.BilledMinutes()), Action: "/quote/" + url.PathEscape(q.ID) + "/decide"}
	cur, ok := currencyOf(q.Currency)
	money := func(minor int64) string {
		if ok {
			return p.fm.Format(cur.Minor(minor))
		}
		return string(major(minor, q.Currency)) + " " + q.Currency
	}
	v.Rate = money(q.Rate)
	for _, a := range q.Asks {
		v.Asks = append(v.Asks, askRow{Text: a.Text, Category: a.Category, Hours: p.Hours(int64(a.BilledMinutes)), Amount: money(a.Amount)})
	}
	for _, ev := range evs {
		v.Events = append(v.Events, eventRow{Time: p.Time(ev.Time), Kind: string(ev.Kind), Actor: string(ev.Actor), Evidence: ev.Evidence, Note: ev.Note})
	}
	// Offer what the ledger would allow a manager: a decision on an open
	// or flagged quote, or a reversal of a concluded one.
	switch q.Status {
	case ledger.Sent, ledger.Expired:
		v.CanAccept, v.CanDecline = true, true
	case ledger.Accepted:
		v.CanAccept, v.CanDecline = q.Unclear, true
	case ledger.Declined:
		v.CanAccept, v.CanDecline = true, q.Unclear
	}
	h.render(w, r, http.StatusOK, "quote", v)
}

// maxNote bounds the note a manager types with a decision.
const maxNote = 500

// decide records a manager's decision on a quote, then redirects back
// with a flash message (post/redirect/get).
func (h *handler) decide(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		h.fail(w, r, http.StatusBadRequest, fmt.Errorf("unreadable form: %w", err))
		return
	}
	if err := h.sign.checkCSRF(r.PostForm.Get("csrf"), h.token(), h.now()); err != nil {
		h.log.Warn("web: decision refused: bad CSRF token", "remote", r.RemoteAddr, "path", r.URL.Path)
		h.fail(w, r, http.StatusForbidden, err)
		return
	}
	id, err := ledger.NormalizeQuoteID(r.PathValue("id"))
	if err != nil {
		h.fail(w, r, http.StatusNotFound, errors.New("no such quote"))
		return
	}
	to, ok := decisionStatus(r.PostForm.Get("decision"))
	if !ok {
		h.fail(w, r, http.StatusBadRequest, fmt.Errorf("decision %q: want accepted, declined or waiting", r.PostForm.Get("decision")))
		return
	}
	note := cleanNote(r.PostForm.Get("note"))
	back := "/unclear"
	if r.PostForm.Get("back") == "quote" {
		back = "/quote/" + url.PathEscape(id)
	}
	amount, err := h.agreedAmount(r, id, to)
	if err != nil {
		h.sign.setFlash(w, r, flash{Kind: "error", Text: fmt.Sprintf("Quote %s was not changed: %v.", id, err)})
		http.Redirect(w, r, back, http.StatusSeeOther)
		return
	}
	q, err := h.l.MarkAgreed(r.Context(), id, to, ledger.ActorManager, note, amount)
	switch {
	case errors.Is(err, ledger.ErrNotFound):
		h.sign.setFlash(w, r, flash{Kind: "error", Text: fmt.Sprintf("There is no quote %s in the ledger.", id)})
	case errors.Is(err, ledger.ErrIllegalTransition):
		h.sign.setFlash(w, r, flash{Kind: "error", Text: fmt.Sprintf("Quote %s was not changed: %v.", id, err)})
	case err != nil:
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	default:
		_, user, _ := credentials(r)
		h.log.Info("web: quote decided on the dashboard", "quote", id, "status", to, "amount", amount, "user", user, "note", note)
		h.sign.setFlash(w, r, flash{Kind: "ok", Text: decidedText(id, q, to, amount, note)})
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}

// decisionStatus maps the form's decision to the status it marks.
func decisionStatus(decision string) (ledger.Status, bool) {
	switch decision {
	case "accepted":
		return ledger.Accepted, true
	case "declined":
		return ledger.Declined, true
	case "waiting":
		return ledger.Sent, true // still waiting for the client: open again, flag cleared
	}
	return "", false
}

// agreedAmount reads "Accepted at …": the amount agreed, in minor units,
// when it is not the quoted total; 0 otherwise. An unknown quote is left
// for MarkAgreed to report.
func (h *handler) agreedAmount(r *http.Request, id string, to ledger.Status) (int64, error) {
	a := strings.TrimSpace(r.PostForm.Get("amount"))
	if a == "" || to != ledger.Accepted {
		return 0, nil
	}
	q, err := h.l.Quote(r.Context(), id)
	var amount int64
	if err == nil {
		amount, err = ledger.ParseAgreedAmount(a, q.Currency)
		if amount == q.Total {
			amount = 0
		}
	}
	if err != nil && !errors.Is(err, ledger.ErrNotFound) {
		return 0, err
	}
	return amount, nil
}

// decidedText is the flash message after a decision was recorded.
func decidedText(id string, q *ledger.Quote, to ledger.Status, amount int64, note string) string {
	text := fmt.Sprintf("Quote %s for %s marked %s.", id, q.Client, to)
	switch {
	case to == ledger.Sent:
		text = fmt.Sprintf("Quote %s for %s is waiting for the client again.", id, q.Client)
	case amount > 0:
		text = fmt.Sprintf("Quote %s for %s marked accepted at %s %s.", id, q.Client, major(amount, q.Currency), q.Currency)
	}
	if note != "" {
		text += " Note: " + note
	}
	return text
}

// cleanNote keeps a note to one line of printable text of bounded length.
func cleanNote(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > maxNote {
		s = string(r[:maxNote])
	}
	return s
}

// clientsView is the client tier page.
type clientsView struct {
	*page
	Window string
	Matrix template.HTML
	Rows   []clientRow
	Tiers  []tierCount
}

type clientRow struct {
	ClientPoint
	Class, Revenue, Return string
}

type tierCount struct {
	Tier, Name, Class string
	Count             int
}

func (h *handler) clientsPage(w http.ResponseWriter, r *http.Request) {
	if h.clients == nil {
		h.fail(w, r, http.StatusNotFound, errors.New("client tiers are not configured"))
		return
	}
	ct, err := h.clients(r.Context())
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, fmt.Errorf("client tiers: %w", err))
		return
	}
	if ct == nil {
		ct = &ClientTiers{}
	}
	p := h.newPage(w, r, "Clients", "clients")
	v := clientsView{page: p, Window: ct.Window, Matrix: ct.matrix(p.FormatMoney).SVG()}
	counts := map[string]int{}
	for _, c := range ct.Clients {
		row := clientRow{ClientPoint: c, Class: tierClass(c.Tier), Revenue: p.FormatMoney(c.Revenue), Return: "—"}
		if m, ok := c.ReturnPerHour(); ok {
			row.Return = p.FormatMoney(m)
		}
		counts[c.Tier]++
		v.Rows = append(v.Rows, row)
	}
	for _, t := range []string{"A", "B", "C", "D", "E"} {
		v.Tiers = append(v.Tiers, tierCount{Tier: t, Name: tierNames[t], Class: tierClass(t), Count: counts[t]})
	}
	h.render(w, r, http.StatusOK, "clients", v)
}

// csv serves the report rows as a CSV download.
func (h *handler) csv(w http.ResponseWriter, r *http.Request) {
	by, err := parseBy(r.URL.Query().Get("by"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	rep, status, err := h.report(r, nil, by)
	if err != nil {
		if status >= 500 {
			h.log.Error("web: CSV report", "err", err)
			err = errors.New("reading the ledger failed; see the service log")
		}
		http.Error(w, err.Error(), status)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="fivemin-report-by-%s.csv"`, by))
	if err := WriteCSV(w, rep, by); err != nil {
		h.log.Warn("web: writing CSV", "err", err)
	}
}

// apiReport serves the report as JSON (ReportJSON), for scripts and for
// `fivemin report` while the service holds the state file.
func (h *handler) apiReport(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	fail := func(status int, err error) {
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
	}
	by, err := parseBy(r.URL.Query().Get("by"))
	if err != nil {
		fail(http.StatusBadRequest, err)
		return
	}
	rep, status, err := h.report(r, nil, by)
	if err != nil {
		if status >= 500 {
			h.log.Error("web: JSON report", "err", err)
			err = errors.New("reading the ledger failed; see the service log")
		}
		fail(status, err)
		return
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(NewReportJSON(rep, by)); err != nil {
		h.log.Warn("web: writing JSON", "err", err)
	}
}
