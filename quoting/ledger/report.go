package ledger

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Filter selects ledger entries for a report. An entry's time is when its
// email arrived or when its quote was created (drafted), in the ledger's
// Location for months.
type Filter struct {
	Since, Until time.Time // [Since, Until); zero means unbounded
	Reps         []string  // empty: every rep
	Clients      []string  // client addresses; empty: every client
	Orgs         []string  // organisations; empty: every organisation
	// Currency is the currency values are summed in; quotes in another
	// currency are counted but their value is left out (OtherCurrency).
	// Empty: the currency of the first sent quote in the range.
	Currency string
}

// GroupBy names a report grouping.
type GroupBy string

const (
	ByRep         GroupBy = "rep"
	ByClient      GroupBy = "client"
	ByOrg         GroupBy = "org"
	ByMonth       GroupBy = "month"
	ByRepMonth    GroupBy = "rep-month"    // leakage per rep and month
	ByClientMonth GroupBy = "client-month" // leakage per client and month
)

// ParseGroupBy reads a grouping name (rep, client, org, month, rep-month,
// client-month).
func ParseGroupBy(s string) (GroupBy, error) {
	switch g := GroupBy(s); g {
	case ByRep, ByClient, ByOrg, ByMonth, ByRepMonth, ByClientMonth:
		return g, nil
	}
	return "", fmt.Errorf("%w: cannot group by %q (want rep, client, org, month, rep-month or client-month)", ErrInvalid, s)
}

// Figures are the aggregates of a report row or of its totals. Money is in
// minor units of Report.Currency; time in minutes unless named otherwise.
type Figures struct {
	// Emails
	Emails             int64   `json:"emails"`
	Questions          int64   `json:"questions"`
	Skipped            int64   `json:"skipped"`
	FreeMinutes        int64   `json:"free_minutes"` // given away: the leakage
	Drafted            int64   `json:"drafted"`      // emails that got a draft
	MedianDraftSeconds float64 `json:"median_draft_seconds"`
	// Responded counts emails whose reply was seen sent;
	// MedianResponseSeconds is the median time from such an email's
	// arrival to the reply being sent (first response time, as help desks
	// report it). Emails still unanswered are not in it.
	Responded             int64   `json:"responded"`
	MedianResponseSeconds float64 `json:"median_response_seconds"`
	Usage                 Usage   `json:"draft_usage"`

	// Quotes
	Quotes         int64   `json:"quotes"` // created, whatever became of them
	Sent           int64   `json:"sent"`   // reached the client: open + accepted + declined + expired
	Accepted       int64   `json:"accepted"`
	Declined       int64   `json:"declined"`
	Expired        int64   `json:"expired"`
	Open           int64   `json:"open"`      // sent, awaiting an answer
	Drafts         int64   `json:"drafts"`    // still drafted
	Withdrawn      int64   `json:"withdrawn"` // deleted unsent
	Unclear        int64   `json:"unclear"`   // flagged for a person
	AcceptanceRate float64 `json:"acceptance_rate"`
	// MinutesQuoted and ValueQuoted cover sent quotes; …Accepted the
	// accepted ones, valued at the amount agreed when a person recorded
	// one (a counter-offer taken), else the quoted total. Minutes are
	// billed time.
	MinutesQuoted   int64 `json:"minutes_quoted"`
	MinutesAccepted int64 `json:"minutes_accepted"`
	ValueQuoted     int64 `json:"value_quoted"`
	ValueAccepted   int64 `json:"value_accepted"`
	OtherCurrency   int64 `json:"other_currency"` // sent quotes whose value is left out
}

// Usage counts what reps did with fivemin's drafts.
type Usage struct {
	AsIs          int64 `json:"as_is"`
	LightlyEdited int64 `json:"lightly_edited"`
	Rewritten     int64 `json:"rewritten"`
	Deleted       int64 `json:"deleted"`
}

// Concluded is accepted + declined + expired, the acceptance rate's divisor.
func (f *Figures) Concluded() int64 { return f.Accepted + f.Declined + f.Expired }

// ReturnPerHour is accepted value per hour of time invested (free minutes
// given plus paid minutes accepted), in minor units; ok is false when no
// time was invested.
func (f *Figures) ReturnPerHour() (perHour int64, ok bool) {
	minutes := f.FreeMinutes + f.MinutesAccepted
	if minutes == 0 {
		return 0, false
	}
	return f.ValueAccepted * 60 / minutes, true
}

// Row is one group of a report. Only the fields of the grouping are set;
// a client row also names the client's organisation (as last recorded).
type Row struct {
	Rep    string `json:"rep,omitempty"`
	Client string `json:"client,omitempty"`
	Org    string `json:"org,omitempty"`
	Month  string `json:"month,omitempty"` // "2006-01"
	Figures
}

// Group is the rows of one grouping, sorted by name then month.
type Group struct {
	By   GroupBy `json:"by"`
	Rows []Row   `json:"rows"`
}

// Report is the result of Ledger.Report.
type Report struct {
	Filter   Filter  `json:"-"`
	Currency string  `json:"currency"`
	Totals   Figures `json:"totals"`
	Groups   []Group `json:"groups,omitempty"`
	// Entries is how many ledger entries (facts) the report read;
	// Unreadable how many it had to skip as corrupt (logged).
	Entries    int64 `json:"entries"`
	Unreadable int64 `json:"unreadable,omitempty"`
}

// Rows returns the rows of one grouping (nil if the report was not grouped
// that way).
func (r *Report) Rows(by GroupBy) []Row {
	for _, g := range r.Groups {
		if g.By == by {
			return g.Rows
		}
	}
	return nil
}

// MedianResolution describes the draft-delay and response-time medians: exact below 64
// seconds; above, the middle of a histogram bucket 1/32 of its lower bound
// wide, so within 1.6%. Delays beyond 136 years are not expected.
const MedianResolution = "exact below 64 s, within 1.6% above"

// Report aggregates the ledger entries that pass f into totals and one
// group of rows per grouping, in one pass over the facts in time order.
// Memory depends on the number of groups (reps, clients, months), not on
// the number of entries.
func (l *Ledger) Report(ctx context.Context, f Filter, by ...GroupBy) (*Report, error) {
	for _, g := range by {
		if _, err := ParseGroupBy(string(g)); err != nil {
			return nil, err
		}
	}
	if f.Currency != "" {
		if f.Currency = strings.ToUpper(f.Currency); !validCurrency(f.Currency) {
			return nil, fmt.Errorf("%w: report currency %q is not an ISO 4217 code", ErrInvalid, f.Currency)
		}
	}
	rep := &Report{Filter: f, Currency: f.Currency}
	err := l.View(ctx, func(t *Tx) error {
		a := newAggregator(l.loc, rep, by)
		err := l.walk(ctx, t, f, rep, func(fa *fact) error { a.add(fa); return nil })
		if err != nil {
			return err
		}
		return a.finish(t.nameIDs)
	})
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return rep, nil
}

// Clients reports per client and per organisation: emails, questions, free
// minutes, quotes and their outcomes, accepted value and paid time — the
// figures client tiers are computed from.
func (l *Ledger) Clients(ctx context.Context, f Filter) (clients, orgs []Row, err error) {
	r, err := l.Report(ctx, f, ByClient, ByOrg)
	if err != nil {
		return nil, nil, err
	}
	return r.Rows(ByClient), r.Rows(ByOrg), nil
}

// Leakage reports free minutes given away (with the rest of the figures)
// per rep and month and per client and month.
func (l *Ledger) Leakage(ctx context.Context, f Filter) (byRep, byClient []Row, err error) {
	r, err := l.Report(ctx, f, ByRepMonth, ByClientMonth)
	if err != nil {
		return nil, nil, err
	}
	return r.Rows(ByRepMonth), r.Rows(ByClientMonth), nil
}

// idSet is a filter on interned names; nil lets everything through.
type idSet []uint32

func (s idSet) has(id uint32) bool { return s == nil || slices.Contains(s, id) }

func resolve(names *bolt.Bucket, kind byte, list []string, norm func(string) string) idSet {
	if len(list) == 0 {
		return nil
	}
	ids := idSet{} // non-nil: a filter that may match nothing
	for _, n := range list {
		if id, ok := lookupName(names, kind, norm(n)); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// walk calls fn for every readable fact that passes f, in time order,
// until fn returns an error. The fact passed is reused: fn must copy what
// it keeps.
func (l *Ledger) walk(ctx context.Context, t *Tx, f Filter, rep *Report, fn func(*fact) error) error {
	names, ok := resolveFilter(t, f)
	if !ok {
		return nil // a name nobody has: nothing matches
	}
	c := t.facts.Cursor()
	var k, v []byte
	if f.Since.IsZero() {
		k, v = c.First()
	} else {
		since := timeKey(f.Since)
		k, v = c.Seek(since[:])
	}
	until := timeKey(f.Until)
	var fa fact
	for ; k != nil; k, v = c.Next() {
		if !f.Until.IsZero() && len(k) >= 8 && bytes.Compare(k[:8], until[:]) >= 0 {
			break
		}
		rep.Entries++
		if rep.Entries&0xffff == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := decodeFact(k, v, &fa); err != nil {
			if rep.Unreadable == 0 {
				l.log.Warn("ledger: skipping unreadable facts in report", "err", err)
			}
			rep.Unreadable++
			continue
		}
		if !names.has(&fa) {
			continue
		}
		if err := fn(&fa); err != nil {
			return err
		}
	}
	return nil
}

// nameFilter is a Filter's names as ids; a nil set matches every id.
type nameFilter struct{ reps, clients, orgs idSet }

func (n nameFilter) has(fa *fact) bool {
	return n.reps.has(fa.rep) && n.clients.has(fa.client) && n.orgs.has(fa.org)
}

// resolveFilter looks up f's names; ok is false when a list names nobody
// the ledger knows, so that nothing can match.
func resolveFilter(t *Tx, f Filter) (n nameFilter, ok bool) {
	same := func(s string) string { return s }
	n.reps = resolve(t.names, nameRep, f.Reps, same)
	n.clients = resolve(t.names, nameClient, f.Clients, normAddress)
	n.orgs = resolve(t.names, nameOrg, f.Orgs, same)
	for _, ids := range []idSet{n.reps, n.clients, n.orgs} {
		if ids != nil && len(ids) == 0 {
			return n, false
		}
	}
	return n, true
}

// Status codes as facts store them (fact.go).
const (
	codeDrafted   = 1
	codeSent      = 2
	codeAccepted  = 3
	codeDeclined  = 4
	codeExpired   = 5
	codeWithdrawn = 6
)

// acc accumulates one row.
type acc struct {
	fig   Figures
	hist  *histogram // draft delays
	rhist *histogram // response times
	org   uint32     // the client's organisation, as last seen
}

type groupKey struct {
	id    uint32 // rep, client or org id; 0 for months
	month int32  // year*12 + month (1–12); 0 when not grouped by month
}

type grouping struct {
	by   GroupBy
	rows map[groupKey]*acc
}

type aggregator struct {
	rep    *Report
	cur    [3]byte
	hasCur bool
	total  acc
	groups []grouping
	months monthCache
}

func newAggregator(loc *time.Location, rep *Report, by []GroupBy) *aggregator {
	a := &aggregator{rep: rep, months: monthCache{loc: loc, end: -1 << 63}}
	a.total.hist, a.total.rhist = newDenseHistogram(), newDenseHistogram()
	if len(rep.Currency) == 3 {
		copy(a.cur[:], rep.Currency)
		a.hasCur = true
	}
	for _, g := range by {
		a.groups = append(a.groups, grouping{by: g, rows: make(map[groupKey]*acc)})
	}
	return a
}

func (a *aggregator) add(fa *fact) {
	if fa.kind == kindQuote && !a.hasCur && fa.status >= codeSent && fa.status <= codeExpired {
		a.cur, a.hasCur = fa.cur, true
	}
	a.total.add(fa, a.cur)
	for i := range a.groups {
		g := &a.groups[i]
		var key groupKey
		switch g.by {
		case ByRep:
			key.id = fa.rep
		case ByClient:
			key.id = fa.client
		case ByOrg:
			key.id = fa.org
		case ByMonth:
			key.month = a.months.of(fa.at)
		case ByRepMonth:
			key.id, key.month = fa.rep, a.months.of(fa.at)
		case ByClientMonth:
			key.id, key.month = fa.client, a.months.of(fa.at)
		}
		r := g.rows[key]
		if r == nil {
			r = new(acc)
			g.rows[key] = r
		}
		r.org = fa.org
		r.add(fa, a.cur)
	}
}

func (r *acc) add(fa *fact, cur [3]byte) {
	if fa.kind == kindEmail {
		r.addEmail(fa)
		return
	}
	r.addQuote(fa, cur)
}

func (r *acc) addEmail(fa *fact) {
	f := &r.fig
	f.Emails++
	f.Questions += int64(fa.questions)
	f.FreeMinutes += int64(fa.freeMin)
	if fa.flags&flagSkipped != 0 {
		f.Skipped++
	}
	if fa.flags&flagDrafted != 0 {
		f.Drafted++
		if r.hist == nil {
			r.hist = new(histogram)
		}
		r.hist.add(fa.delay)
	}
	if fa.flags&flagSent != 0 {
		f.Responded++
		if r.rhist == nil {
			r.rhist = new(histogram)
		}
		r.rhist.add(fa.response)
	}
	switch fa.usage {
	case 1:
		f.Usage.AsIs++
	case 2:
		f.Usage.LightlyEdited++
	case 3:
		f.Usage.Rewritten++
	case 4:
		f.Usage.Deleted++
	}
}

// addQuote counts a quote by its status; amounts only when it was sent, and
// values only in the report's currency (others are just counted).
func (r *acc) addQuote(fa *fact, cur [3]byte) {
	f := &r.fig
	f.Quotes++
	if fa.flags&flagUnclear != 0 {
		f.Unclear++
	}
	switch fa.status {
	case codeDrafted:
		f.Drafts++
		return
	case codeWithdrawn:
		f.Withdrawn++
		return
	case codeSent:
		f.Open++
	case codeAccepted:
		f.Accepted++
	case codeDeclined:
		f.Declined++
	case codeExpired:
		f.Expired++
	}
	f.Sent++
	f.MinutesQuoted += int64(fa.billed)
	if fa.status == codeAccepted {
		f.MinutesAccepted += int64(fa.billed)
	}
	if fa.cur != cur {
		f.OtherCurrency++
		return
	}
	f.ValueQuoted += fa.total
	if fa.status == codeAccepted {
		f.ValueAccepted += fa.won()
	}
}

func (r *acc) finish() Figures {
	f := r.fig
	if c := f.Concluded(); c > 0 {
		f.AcceptanceRate = float64(f.Accepted) / float64(c)
	}
	if r.hist != nil {
		f.MedianDraftSeconds = r.hist.median()
	}
	if r.rhist != nil {
		f.MedianResponseSeconds = r.rhist.median()
	}
	return f
}

func (a *aggregator) finish(nameIDs *bolt.Bucket) error {
	if a.hasCur {
		a.rep.Currency = string(a.cur[:])
	}
	a.rep.Totals = a.total.finish()
	names := map[uint32]string{}
	name := func(id uint32) (string, error) {
		if n, ok := names[id]; ok {
			return n, nil
		}
		n, err := nameOf(nameIDs, id)
		names[id] = n
		return n, err
	}
	for _, g := range a.groups {
		rows := make([]Row, 0, len(g.rows))
		for key, r := range g.rows {
			row := Row{Figures: r.finish()}
			if key.month != 0 {
				m := key.month - 1
				row.Month = fmt.Sprintf("%04d-%02d", m/12, m%12+1)
			}
			var err error
			switch g.by {
			case ByRep, ByRepMonth:
				row.Rep, err = name(key.id)
			case ByClient, ByClientMonth:
				if row.Client, err = name(key.id); err == nil {
					row.Org, err = name(r.org)
				}
			case ByOrg:
				row.Org, err = name(key.id)
			}
			if err != nil {
				return err
			}
			rows = append(rows, row)
		}
		slices.SortFunc(rows, func(x, y Row) int {
			return cmp.Or(cmp.Compare(x.Rep, y.Rep), cmp.Compare(x.Client, y.Client), cmp.Compare(x.Org, y.Org), cmp.Compare(x.Month, y.Month))
		})
		a.rep.Groups = append(a.rep.Groups, Group{By: g.by, Rows: rows})
	}
	return nil
}

// monthCache maps fact times to months, recomputing only when a fact falls
// outside the last month seen (facts come in time order).
type monthCache struct {
	loc        *time.Location
	start, end int64
	month      int32
}

func (m *monthCache) of(at int64) int32 {
	if at >= m.start && at < m.end {
		return m.month
	}
	t := time.Unix(0, at).In(m.loc)
	y, mo, _ := t.Date()
	first := time.Date(y, mo, 1, 0, 0, 0, 0, m.loc)
	m.start, m.end = first.UnixNano(), first.AddDate(0, 1, 0).UnixNano()
	m.month = int32(y*12 + int(mo)) // never 0, which means "no month"

	return m.month
}

// histogram counts draft delays or response times in seconds for the median: one bucket per
// second below 64, then 32 buckets per doubling (log-linear, as in HDR
// histograms), histBuckets for the whole uint32 range. A row starts with a
// sorted list of the buckets it uses and switches to the dense array once
// that list is long, so the thousands of client rows of a by-client report
// stay small while the totals cost 3.5 KB.
type histogram struct {
	n      uint64
	sparse []histPair
	dense  *[histBuckets]uint32
}

type histPair struct {
	idx   uint16
	count uint32
}

const (
	histBuckets = 896
	sparseMax   = 256 // pairs (2 KB) before going dense
)

func newDenseHistogram() *histogram { return &histogram{dense: new([histBuckets]uint32)} }

func histIndex(v uint32) int {
	if v < 64 {
		return int(v)
	}
	shift := bits.Len32(v) - 6 // v>>shift is in [32, 63]
	return 64 + (shift-1)*32 + int(v>>shift) - 32
}

// histValue is the middle of bucket i.
func histValue(i int) float64 {
	if i < 64 {
		return float64(i)
	}
	shift := (i-64)/32 + 1
	lower := uint64((i-64)%32+32) << shift
	return float64(lower) + float64(uint64(1)<<shift)/2
}

func (h *histogram) add(v uint32) {
	h.n++
	i := histIndex(v)
	if h.dense != nil {
		h.dense[i]++
		return
	}
	at, found := slices.BinarySearchFunc(h.sparse, uint16(i), func(p histPair, t uint16) int { return cmp.Compare(p.idx, t) })
	if found {
		h.sparse[at].count++
		return
	}
	if len(h.sparse) < sparseMax {
		h.sparse = slices.Insert(h.sparse, at, histPair{uint16(i), 1})
		return
	}
	h.dense = new([histBuckets]uint32)
	for _, p := range h.sparse {
		h.dense[p.idx] = p.count
	}
	h.dense[i]++
	h.sparse = nil
}

// each calls fn for the non-empty buckets in order until it returns false.
func (h *histogram) each(fn func(i int, c uint32) bool) {
	if h.dense != nil {
		for i, c := range h.dense {
			if c != 0 && !fn(i, c) {
				return
			}
		}
		return
	}
	for _, p := range h.sparse {
		if !fn(int(p.idx), p.count) {
			return
		}
	}
}

// median returns the median in seconds: for an even count, the mean of the
// two middle values.
func (h *histogram) median() float64 {
	if h.n == 0 {
		return 0
	}
	lo, hi := (h.n-1)/2, h.n/2 // 0-based ranks of the middle values
	var seen uint64
	var loV, m float64
	found := false
	h.each(func(i int, c uint32) bool {
		seen += uint64(c)
		if !found && seen > lo {
			loV, found = histValue(i), true
		}
		if seen > hi {
			m = (loV + histValue(i)) / 2
			return false
		}
		return true
	})
	return m
}
