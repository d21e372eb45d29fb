package ledger

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
	"time"
)

// buildSmall records the hand-built ledger the expectations in
// TestReportSmall were worked out from (on paper, not with this code):
//
//	email  rep  client  month  questions free  draft delay  sent after  usage      quote
//	E1     ann  bob     Mar    2         5     10 s         45 s        as-is      Q1 USD 500.00, 120 min, accepted
//	E2     ann  carol   Mar    1         3     30 s         -           deleted    Q2 USD 150.00,  45 min, withdrawn
//	E3     dan  eve     Mar    3         5     20 s         55 s        rewritten  Q3 USD 300.00,  90 min, declined
//	E4     dan  bob     Apr    1         0     50 s         60 s        -          Q4 USD 200.00,  60 min, expired
//	E5     ann  eve     Apr    0         0     skipped      -           -          -
//	E6     ann  bob     Apr    2         4     40 s         50 s        lightly    Q6 USD 100.00,  30 min, open
//	-      ann  eve     Apr    -         -     -            -           -          Q7 EUR 700.00, 200 min, accepted
//
// bob and eve's organisations are their domains; carol's is "Acme Ltd".
// Delays and response times ("sent after": from the email's arrival to
// the reply sent) stay below 64 s, where the median is exact; TestReportModel and
// TestHistogram cover the coarser range.
func buildSmall(t *testing.T) *Ledger {
	t.Helper()
	ctx := context.Background()
	l, clk := newTestLedger(t)
	mar := func(d, h int) time.Time { return time.Date(2025, 3, d, h, 0, 0, 0, time.UTC) }
	apr := func(d, h int) time.Time { return time.Date(2025, 4, d, h, 0, 0, 0, time.UTC) }
	type row struct {
		tok, rep, client, org string
		at                    time.Time
		q, free               int
		delay                 time.Duration // <0: skipped
		total                 int64
		billed                int
		cur                   string
	}
	rows := []row{
		{"E1", "ann", "bob@acme.example", "", mar(3, 9), 2, 5, 10 * time.Second, 50000, 120, "USD"},
		{"E2", "ann", "carol@acme.example", "Acme Ltd", mar(10, 9), 1, 3, 30 * time.Second, 15000, 45, "USD"},
		{"E3", "dan", "eve@zeta.example", "", mar(20, 9), 3, 5, 20 * time.Second, 30000, 90, "USD"},
		{"E4", "dan", "bob@acme.example", "", apr(2, 9), 1, 0, 50 * time.Second, 20000, 60, "USD"},
		{"E5", "ann", "eve@zeta.example", "", apr(15, 9), 0, 0, -1, 0, 0, ""},
		{"E6", "ann", "bob@acme.example", "", apr(20, 9), 2, 4, 40 * time.Second, 10000, 30, "USD"},
	}
	var entries []Entry
	for _, r := range rows {
		e := Email{SourceToken: r.tok, Rep: r.rep, Client: r.client, Org: r.org, ReceivedAt: r.at, Questions: r.q, FreeMinutes: r.free}
		var q *Quote
		if r.delay < 0 {
			e.Skipped = true
		} else {
			e.DraftedAt = r.at.Add(r.delay)
			q = &Quote{ID: NewQuoteID(r.tok), Rep: r.rep, Client: r.client, Org: r.org, SourceToken: r.tok, MessageID: "<quote-" + r.tok + ">",
				CreatedAt: e.DraftedAt, Asks: []Ask{{Text: "work", Minutes: r.billed, BilledMinutes: r.billed, Amount: r.total}},
				Rate: 25000, Total: r.total, Currency: r.cur}
		}
		entries = append(entries, Entry{Email: e, Quote: q})
	}
	q7 := Quote{ID: "Q-7", Rep: "ann", Client: "eve@zeta.example", SourceToken: "E7", MessageID: "<quote-E7>", CreatedAt: apr(16, 9),
		Asks: []Ask{{Text: "audit", Minutes: 200, BilledMinutes: 200, Amount: 70000}}, Rate: 21000, Total: 70000, Currency: "EUR"}
	if _, err := l.Record(ctx, entries...); err != nil {
		t.Fatal(err)
	}
	if _, err := l.CreateQuote(ctx, q7); err != nil {
		t.Fatal(err)
	}
	const draft = "Hello, the answer is yes. I will need two hours at the usual rate."
	sends := []SentDraft{
		{SourceToken: "E1", MessageID: "<s1>", At: mar(3, 9).Add(45 * time.Second), Draft: draft, Sent: draft},
		{SourceToken: "E3", MessageID: "<s3>", At: mar(20, 9).Add(55 * time.Second), Draft: draft, Sent: "No problem, call me."},
		{SourceToken: "E4", MessageID: "<s4>", At: apr(2, 9).Add(60 * time.Second)},
		{SourceToken: "E6", MessageID: "<s6>", At: apr(20, 9).Add(50 * time.Second), Draft: draft, Sent: draft + " Thanks!"},
		// Sent again later: the first response stays the first.
		{SourceToken: "E6", MessageID: "<s6b>", At: apr(21, 9)},
		{QuoteID: "Q-7", MessageID: "<s7>", At: apr(16, 10)},
	}
	for _, s := range sends {
		if _, err := l.DraftSent(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.DraftDeleted(ctx, "E2", "", mar(10, 12)); err != nil {
		t.Fatal(err)
	}
	for _, r := range []Reply{
		{MessageID: "<r1>", InReplyTo: []string{"<s1>"}, Decision: DecisionAccepted, At: mar(4, 9)},
		{MessageID: "<r3>", InReplyTo: []string{"<s3>"}, Decision: DecisionDeclined, At: mar(21, 9)},
		{MessageID: "<r7>", Subject: "Re: [Q-7]", Decision: DecisionAccepted, At: apr(17, 9)},
	} {
		if _, err := l.ApplyReply(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	clk.Set(apr(25, 9))
	if ids, err := l.Sweep(ctx, clk.Now(), Policy{Validity: 20 * 24 * time.Hour}); err != nil || len(ids) != 1 || ids[0] != NewQuoteID("E4") {
		t.Fatalf("sweep: %v %v", ids, err)
	}
	return l
}

func TestReportSmall(t *testing.T) {
	ctx := context.Background()
	l := buildSmall(t)
	r, err := l.Report(ctx, Filter{}, ByRep, ByMonth, ByClient, ByOrg)
	if err != nil {
		t.Fatal(err)
	}
	if r.Currency != "USD" || r.Entries != 12 || r.Unreadable != 0 {
		t.Fatalf("currency %q, %d entries, %d unreadable", r.Currency, r.Entries, r.Unreadable)
	}
	totals := Figures{
		Emails: 6, Questions: 9, Skipped: 1, FreeMinutes: 17, Drafted: 5, MedianDraftSeconds: 30, Responded: 4, MedianResponseSeconds: 52.5,
		Usage:  Usage{AsIs: 1, LightlyEdited: 1, Rewritten: 1, Deleted: 1},
		Quotes: 6, Sent: 5, Accepted: 2, Declined: 1, Expired: 1, Open: 1, Withdrawn: 1, AcceptanceRate: 0.5,
		MinutesQuoted: 500, MinutesAccepted: 320, ValueQuoted: 110000, ValueAccepted: 50000, OtherCurrency: 1,
	}
	if r.Totals != totals {
		t.Errorf("totals\n got %+v\nwant %+v", r.Totals, totals)
	}
	byRep := []Row{
		{Rep: "ann", Figures: Figures{Emails: 4, Questions: 5, Skipped: 1, FreeMinutes: 12, Drafted: 3, MedianDraftSeconds: 30, Responded: 2, MedianResponseSeconds: 47.5,
			Usage:  Usage{AsIs: 1, LightlyEdited: 1, Deleted: 1},
			Quotes: 4, Sent: 3, Accepted: 2, Open: 1, Withdrawn: 1, AcceptanceRate: 1,
			MinutesQuoted: 350, MinutesAccepted: 320, ValueQuoted: 60000, ValueAccepted: 50000, OtherCurrency: 1}},
		{Rep: "dan", Figures: Figures{Emails: 2, Questions: 4, FreeMinutes: 5, Drafted: 2, MedianDraftSeconds: 35, Responded: 2, MedianResponseSeconds: 57.5,
			Usage:  Usage{Rewritten: 1},
			Quotes: 2, Sent: 2, Declined: 1, Expired: 1, AcceptanceRate: 0,
			MinutesQuoted: 150, ValueQuoted: 50000}},
	}
	byMonth := []Row{
		{Month: "2025-03", Figures: Figures{Emails: 3, Questions: 6, FreeMinutes: 13, Drafted: 3, MedianDraftSeconds: 20, Responded: 2, MedianResponseSeconds: 50,
			Usage:  Usage{AsIs: 1, Rewritten: 1, Deleted: 1},
			Quotes: 3, Sent: 2, Accepted: 1, Declined: 1, Withdrawn: 1, AcceptanceRate: 0.5,
			MinutesQuoted: 210, MinutesAccepted: 120, ValueQuoted: 80000, ValueAccepted: 50000}},
		{Month: "2025-04", Figures: Figures{Emails: 3, Questions: 3, Skipped: 1, FreeMinutes: 4, Drafted: 2, MedianDraftSeconds: 45, Responded: 2, MedianResponseSeconds: 55,
			Usage:  Usage{LightlyEdited: 1},
			Quotes: 3, Sent: 3, Accepted: 1, Expired: 1, Open: 1, AcceptanceRate: 0.5,
			MinutesQuoted: 290, MinutesAccepted: 200, ValueQuoted: 30000, OtherCurrency: 1}},
	}
	byClient := []Row{
		{Client: "bob@acme.example", Org: "acme.example", Figures: Figures{Emails: 3, Questions: 5, FreeMinutes: 9, Drafted: 3, MedianDraftSeconds: 40, Responded: 3, MedianResponseSeconds: 50,
			Usage:  Usage{AsIs: 1, LightlyEdited: 1},
			Quotes: 3, Sent: 3, Accepted: 1, Expired: 1, Open: 1, AcceptanceRate: 0.5,
			MinutesQuoted: 210, MinutesAccepted: 120, ValueQuoted: 80000, ValueAccepted: 50000}},
		{Client: "carol@acme.example", Org: "Acme Ltd", Figures: Figures{Emails: 1, Questions: 1, FreeMinutes: 3, Drafted: 1, MedianDraftSeconds: 30,
			Usage: Usage{Deleted: 1}, Quotes: 1, Withdrawn: 1}},
		{Client: "eve@zeta.example", Org: "zeta.example", Figures: Figures{Emails: 2, Questions: 3, Skipped: 1, FreeMinutes: 5, Drafted: 1, MedianDraftSeconds: 20, Responded: 1, MedianResponseSeconds: 55,
			Usage:  Usage{Rewritten: 1},
			Quotes: 2, Sent: 2, Accepted: 1, Declined: 1, AcceptanceRate: 0.5,
			MinutesQuoted: 290, MinutesAccepted: 200, ValueQuoted: 30000, OtherCurrency: 1}},
	}
	byOrg := []Row{
		{Org: "Acme Ltd", Figures: byClient[1].Figures},
		{Org: "acme.example", Figures: byClient[0].Figures},
		{Org: "zeta.example", Figures: byClient[2].Figures},
	}
	for _, g := range []struct {
		by   GroupBy
		want []Row
	}{{ByRep, byRep}, {ByMonth, byMonth}, {ByClient, byClient}, {ByOrg, byOrg}} {
		got := r.Rows(g.by)
		if !slices.Equal(got, g.want) {
			t.Errorf("by %s:\n got %+v\nwant %+v", g.by, got, g.want)
		}
	}
	if rate, ok := (&byRep[0].Figures).ReturnPerHour(); !ok || rate != 50000*60/(12+320) {
		t.Errorf("ann's return per hour %d %v", rate, ok)
	}

	filters := []struct {
		name string
		f    Filter
		want func(f *Figures) bool
	}{
		{"ann since April", Filter{Reps: []string{"ann"}, Since: time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)}, func(f *Figures) bool {
			// E5, E6, Q6, Q-7; the first sent quote (Q-7, EUR) sets the currency.
			return f.Emails == 2 && f.FreeMinutes == 4 && f.Quotes == 2 && f.Sent == 2 && f.Accepted == 1 && f.Open == 1 &&
				f.ValueQuoted == 70000 && f.ValueAccepted == 70000 && f.OtherCurrency == 1
		}},
		{"until 15 March", Filter{Until: time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC)}, func(f *Figures) bool {
			return f.Emails == 2 && f.Quotes == 2 && f.Sent == 1 && f.Accepted == 1 && f.Withdrawn == 1 && f.MedianDraftSeconds == 20
		}},
		{"since is inclusive, until exclusive", Filter{Since: time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC), Until: time.Date(2025, 3, 20, 9, 0, 0, 0, time.UTC)}, func(f *Figures) bool {
			// E2 at exactly Since and its quote; E3 at exactly Until is out.
			return f.Emails == 1 && f.FreeMinutes == 3 && f.Quotes == 1 && f.Withdrawn == 1
		}},
		{"client bob, any case", Filter{Clients: []string{"Bob <BOB@acme.example>"}}, func(f *Figures) bool {
			return f.Emails == 3 && f.Quotes == 3 && f.ValueQuoted == 80000
		}},
		{"organisation override", Filter{Orgs: []string{"Acme Ltd"}}, func(f *Figures) bool {
			return f.Emails == 1 && f.Quotes == 1 && f.Withdrawn == 1
		}},
		{"two reps", Filter{Reps: []string{"ann", "dan"}}, func(f *Figures) bool { return *f == totals }},
		{"unknown rep", Filter{Reps: []string{"zed"}}, func(f *Figures) bool { return *f == Figures{} }},
		{"EUR values", Filter{Currency: "eur"}, func(f *Figures) bool {
			return f.ValueQuoted == 70000 && f.ValueAccepted == 70000 && f.OtherCurrency == 4 && f.Sent == 5
		}},
		{"empty range", Filter{Since: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}, func(f *Figures) bool { return *f == Figures{} }},
	}
	for _, tc := range filters {
		r, err := l.Report(ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		if !tc.want(&r.Totals) {
			t.Errorf("%s: %+v", tc.name, r.Totals)
		}
	}
	if _, err := l.Report(ctx, Filter{}, "week"); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad grouping: %v", err)
	}
	if _, err := l.Report(ctx, Filter{Currency: "dollars"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad currency: %v", err)
	}

	// Leakage per rep and month.
	byRepMonth, _, err := l.Leakage(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var leak []string
	for _, r := range byRepMonth {
		leak = append(leak, fmt.Sprintf("%s %s %d", r.Rep, r.Month, r.FreeMinutes))
	}
	if want := []string{"ann 2025-03 8", "ann 2025-04 4", "dan 2025-03 5", "dan 2025-04 0"}; !slices.Equal(leak, want) {
		t.Errorf("leakage %q, want %q", leak, want)
	}
}

// Model: what the test thinks the ledger holds, kept apart from the
// ledger's own records.
type mEmail struct {
	rep, client, org string
	at               time.Time
	questions, free  int
	skipped          bool
	delay            int // seconds
	usage            EditClass
	sent             time.Time // zero: no reply seen sent
}

type mQuote struct {
	rep, client, org string
	at               time.Time
	status           Status
	unclear          bool
	billed, total    int64
	cur              string
}

// modelFigures computes Figures from the model with plain loops and an
// exact, sort-based median.
func modelFigures(emails []mEmail, quotes []mQuote, cur string) (Figures, []int) {
	var f Figures
	var delays, responses []int
	for _, e := range emails {
		if !e.sent.IsZero() {
			responses = append(responses, int(max(e.sent.Sub(e.at)/time.Second, 0)))
		}
		if modelEmail(&f, e) {
			delays = append(delays, e.delay)
		}
	}
	for _, q := range quotes {
		modelQuote(&f, q, cur)
	}
	if c := f.Accepted + f.Declined + f.Expired; c > 0 {
		f.AcceptanceRate = float64(f.Accepted) / float64(c)
	}
	sort.Ints(delays)
	f.MedianDraftSeconds = median(delays)
	sort.Ints(responses)
	f.MedianResponseSeconds = median(responses)
	return f, delays
}

// modelEmail counts one email into f and says whether it was drafted.
func modelEmail(f *Figures, e mEmail) bool {
	if !e.sent.IsZero() {
		f.Responded++
	}
	f.Emails++
	f.Questions += int64(e.questions)
	f.FreeMinutes += int64(e.free)
	if e.skipped {
		f.Skipped++
		return false
	}
	f.Drafted++
	switch e.usage {
	case AsIs:
		f.Usage.AsIs++
	case LightlyEdited:
		f.Usage.LightlyEdited++
	case Rewritten:
		f.Usage.Rewritten++
	case Deleted:
		f.Usage.Deleted++
	}
	return true
}

// modelQuote counts one quote into f; values only in the currency cur.
func modelQuote(f *Figures, q mQuote, cur string) {
	f.Quotes++
	if q.unclear {
		f.Unclear++
	}
	switch q.status {
	case Drafted:
		f.Drafts++
	case Withdrawn:
		f.Withdrawn++
	case Sent:
		f.Open++
	case Accepted:
		f.Accepted++
	case Declined:
		f.Declined++
	case Expired:
		f.Expired++
	}
	if !q.status.WasSent() {
		return
	}
	f.Sent++
	f.MinutesQuoted += q.billed
	if q.status == Accepted {
		f.MinutesAccepted += q.billed
	}
	if q.cur != cur {
		f.OtherCurrency++
		return
	}
	f.ValueQuoted += q.total
	if q.status == Accepted {
		f.ValueAccepted += q.total
	}
}

// median of sorted values, 0 when there are none.
func median(sorted []int) float64 {
	n := len(sorted)
	if n == 0 {
		return 0
	}
	return float64(sorted[(n-1)/2]+sorted[n/2]) / 2
}

// sameFigures compares all but the median exactly, and the median within
// the histogram's stated resolution.
func sameFigures(got, want Figures) bool {
	for _, m := range [][2]float64{{got.MedianDraftSeconds, want.MedianDraftSeconds}, {got.MedianResponseSeconds, want.MedianResponseSeconds}} {
		if math.Abs(m[0]-m[1]) > m[1]/64+1e-9 {
			return false
		}
	}
	got.MedianDraftSeconds, want.MedianDraftSeconds = 0, 0
	got.MedianResponseSeconds, want.MedianResponseSeconds = 0, 0
	return got == want
}

func TestReportModel(t *testing.T) {
	ctx := context.Background()
	l, clk := newTestLedger(t)
	rng := rand.New(rand.NewPCG(7, 11))
	reps := []string{"ann", "dan", "kim"}
	clients := []string{"a@one.example", "b@one.example", "c@two.example", "d@three.example", "e@four.example", "f@four.example"}
	orgOf := func(c string) string {
		if c == "b@one.example" {
			return "One Holdings" // an override
		}
		return domainOf(c)
	}
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var emails []mEmail
	var quotes []mQuote
	const draft = "a b c d e f g h i j"
	usageText := map[EditClass]string{AsIs: draft, LightlyEdited: "a b c d e f g h i k", Rewritten: "z y x w"}
	delayChoices := []int{0, 1, 5, 30, 63, 64, 65, 200, 3600, 86400, 500000}
	var toExpire int
	for i := 0; i < 400; i++ {
		tok := fmt.Sprintf("m%03d", i)
		at := base.Add(time.Duration(rng.IntN(120*24*60)) * time.Minute)
		me := mEmail{rep: reps[rng.IntN(len(reps))], client: clients[rng.IntN(len(clients))], at: at,
			questions: rng.IntN(5), free: rng.IntN(6)}
		me.org = orgOf(me.client)
		e := Email{SourceToken: tok, Rep: me.rep, Client: me.client, Org: me.org, ReceivedAt: at, Questions: me.questions, FreeMinutes: me.free}
		if rng.IntN(8) == 0 {
			me.skipped, e.Skipped = true, true
			emails = append(emails, me)
			if _, err := l.RecordEmail(ctx, e); err != nil {
				t.Fatal(err)
			}
			continue
		}
		me.delay = delayChoices[rng.IntN(len(delayChoices))]
		e.DraftedAt = at.Add(time.Duration(me.delay) * time.Second)
		var entry = Entry{Email: e}
		var mq *mQuote
		if rng.IntN(10) < 6 {
			mq = &mQuote{rep: me.rep, client: me.client, org: me.org, at: e.DraftedAt, billed: int64(30 * (1 + rng.IntN(8))), cur: "USD"}
			mq.total = mq.billed * 250 * 100 / 60
			if rng.IntN(5) == 0 {
				mq.cur = "EUR"
			}
			entry.Quote = &Quote{ID: NewQuoteID(tok), Rep: me.rep, Client: me.client, Org: me.org, SourceToken: tok, CreatedAt: e.DraftedAt,
				Asks: []Ask{{Text: "x", Minutes: int(mq.billed), BilledMinutes: int(mq.billed), Amount: mq.total}}, Rate: 25000, Total: mq.total, Currency: mq.cur}
		}
		if _, err := l.Record(ctx, entry); err != nil {
			t.Fatal(err)
		}
		// What happens next.
		send := func(at time.Time, class EditClass) {
			d := SentDraft{SourceToken: tok, MessageID: "<s-" + tok + ">", At: at}
			if class != "" {
				d.Draft, d.Sent = draft, usageText[class]
			}
			if _, err := l.DraftSent(ctx, d); err != nil {
				t.Fatal(err)
			}
			me.usage = class
			if me.sent.IsZero() {
				me.sent = at
			}
		}
		reply := func(d Decision) {
			if _, err := l.ApplyReply(ctx, Reply{MessageID: "<r-" + tok + ">", InReplyTo: []string{"<s-" + tok + ">"}, Decision: d}); err != nil {
				t.Fatal(err)
			}
		}
		classes := []EditClass{"", AsIs, LightlyEdited, Rewritten}
		class := classes[rng.IntN(len(classes))]
		far := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC) // sent "later": never expires in this test
		if mq == nil {
			switch rng.IntN(3) {
			case 0:
				send(far, class)
			case 1:
				if err := l.DraftDeleted(ctx, tok, "", time.Time{}); err != nil {
					t.Fatal(err)
				}
				me.usage = Deleted
			}
		} else {
			switch rng.IntN(8) {
			case 0:
				mq.status = Drafted
			case 1:
				if err := l.DraftDeleted(ctx, tok, "", time.Time{}); err != nil {
					t.Fatal(err)
				}
				mq.status, me.usage = Withdrawn, Deleted
			case 2:
				send(far, class)
				mq.status = Sent
			case 3:
				send(far, class)
				reply(DecisionAccepted)
				mq.status = Accepted
			case 4:
				send(far, class)
				reply(DecisionDeclined)
				mq.status = Declined
			case 5:
				send(at, class) // sent at once: the sweep below expires it
				mq.status = Expired
				toExpire++
			case 6:
				send(far, class)
				reply(DecisionUnclear)
				mq.status, mq.unclear = Sent, true
			case 7:
				send(far, class)
				reply(DecisionAccepted)
				if _, err := l.Mark(ctx, NewQuoteID(tok), Declined, ActorManager, "reversed"); err != nil {
					t.Fatal(err)
				}
				mq.status = Declined
			}
			quotes = append(quotes, *mq)
		}
		emails = append(emails, me)
	}
	clk.Set(time.Date(2029, 1, 1, 0, 0, 0, 0, time.UTC))
	if ids, err := l.Sweep(ctx, clk.Now(), Policy{Validity: 30 * 24 * time.Hour}); err != nil || len(ids) != toExpire {
		t.Fatalf("sweep expired %d, want %d (%v)", len(ids), toExpire, err)
	}

	month := func(t time.Time) string { return t.Format("2006-01") }
	groupings := []struct {
		by  GroupBy
		key func(rep, client, org string, at time.Time) Row
	}{
		{ByRep, func(rep, client, org string, at time.Time) Row { return Row{Rep: rep} }},
		{ByClient, func(rep, client, org string, at time.Time) Row { return Row{Client: client, Org: org} }},
		{ByOrg, func(rep, client, org string, at time.Time) Row { return Row{Org: org} }},
		{ByMonth, func(rep, client, org string, at time.Time) Row { return Row{Month: month(at)} }},
		{ByRepMonth, func(rep, client, org string, at time.Time) Row { return Row{Rep: rep, Month: month(at)} }},
		{ByClientMonth, func(rep, client, org string, at time.Time) Row {
			return Row{Client: client, Org: org, Month: month(at)}
		}},
	}
	filters := []Filter{
		{Currency: "USD"},
		{Currency: "USD", Since: base.AddDate(0, 1, 0), Until: base.AddDate(0, 2, 15)},
		{Currency: "EUR", Reps: []string{"kim"}},
		{Currency: "USD", Clients: []string{"c@two.example", "E@four.example"}, Orgs: []string{"four.example"}},
		{Currency: "USD", Orgs: []string{"One Holdings", "two.example"}, Until: base.AddDate(0, 3, 0)},
	}
	for fi, f := range filters {
		pass := func(rep, client, org string, at time.Time) bool {
			in := func(list []string, v string, norm func(string) string) bool {
				if len(list) == 0 {
					return true
				}
				for _, x := range list {
					if norm(x) == v {
						return true
					}
				}
				return false
			}
			same := func(s string) string { return s }
			return (f.Since.IsZero() || !at.Before(f.Since)) && (f.Until.IsZero() || at.Before(f.Until)) &&
				in(f.Reps, rep, same) && in(f.Clients, client, normAddress) && in(f.Orgs, org, same)
		}
		var bys []GroupBy
		for _, g := range groupings {
			bys = append(bys, g.by)
		}
		r, err := l.Report(ctx, f, bys...)
		if err != nil {
			t.Fatal(err)
		}
		var fe []mEmail
		var fq []mQuote
		for _, e := range emails {
			if pass(e.rep, e.client, e.org, e.at) {
				fe = append(fe, e)
			}
		}
		for _, q := range quotes {
			if pass(q.rep, q.client, q.org, q.at) {
				fq = append(fq, q)
			}
		}
		want, _ := modelFigures(fe, fq, f.Currency)
		if !sameFigures(r.Totals, want) {
			t.Errorf("filter %d totals:\n got %+v\nwant %+v", fi, r.Totals, want)
		}
		if fi == 0 && (want.Accepted == 0 || want.Expired == 0 || want.Unclear == 0 || want.OtherCurrency == 0 || want.Usage.Deleted == 0) {
			t.Fatalf("the generated ledger misses cases: %+v", want)
		}
		for _, g := range groupings {
			type bucket struct {
				row Row
				e   []mEmail
				q   []mQuote
			}
			groups := map[Row]*bucket{}
			get := func(k Row) *bucket {
				if groups[k] == nil {
					groups[k] = &bucket{row: k}
				}
				return groups[k]
			}
			for _, e := range fe {
				b := get(g.key(e.rep, e.client, e.org, e.at))
				b.e = append(b.e, e)
			}
			for _, q := range fq {
				b := get(g.key(q.rep, q.client, q.org, q.at))
				b.q = append(b.q, q)
			}
			rows := r.Rows(g.by)
			if len(rows) != len(groups) {
				t.Errorf("filter %d by %s: %d rows, want %d", fi, g.by, len(rows), len(groups))
				continue
			}
			for _, row := range rows {
				key := row
				key.Figures = Figures{}
				b := groups[key]
				if b == nil {
					t.Errorf("filter %d by %s: unexpected row %+v", fi, g.by, key)
					continue
				}
				want, _ := modelFigures(b.e, b.q, f.Currency)
				if !sameFigures(row.Figures, want) {
					t.Errorf("filter %d by %s row %s/%s/%s/%s:\n got %+v\nwant %+v", fi, g.by, key.Rep, key.Client, key.Org, key.Month, row.Figures, want)
				}
			}
			if !slices.IsSortedFunc(rows, func(a, b Row) int {
				return cmp.Or(cmp.Compare(a.Rep, b.Rep), cmp.Compare(a.Client, b.Client), cmp.Compare(a.Org, b.Org), cmp.Compare(a.Month, b.Month))
			}) {
				t.Errorf("filter %d by %s: rows not sorted", fi, g.by)
			}
		}
	}

	// Scan sees the same entries as the model.
	var nE, nQ, free int
	var accepted int64
	err := l.Scan(ctx, Filter{}, func(f *Fact) error {
		if f.IsQuote {
			nQ++
			if f.Status == Accepted && f.Currency == "USD" {
				accepted += f.Total
			}
		} else {
			nE++
			free += f.FreeMinutes
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	all, _ := modelFigures(emails, quotes, "USD")
	if nE != int(all.Emails) || nQ != int(all.Quotes) || free != int(all.FreeMinutes) || accepted != all.ValueAccepted {
		t.Fatalf("scan: %d emails %d quotes %d free %d accepted; model %+v", nE, nQ, free, accepted, all)
	}
	stop := errors.New("stop")
	n := 0
	if err := l.Scan(ctx, Filter{}, func(*Fact) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Fatalf("scan did not stop: %v after %d", err, n)
	}

	// Client and organisation figures for the tier work.
	cl, orgs, err := l.Clients(ctx, Filter{Currency: "USD"})
	if err != nil {
		t.Fatal(err)
	}
	if len(cl) != len(clients) || len(orgs) != 5 {
		t.Fatalf("%d client rows, %d organisation rows", len(cl), len(orgs))
	}
	for _, row := range cl {
		if row.Org != orgOf(row.Client) {
			t.Errorf("client %s in organisation %q", row.Client, row.Org)
		}
	}
}

func TestHistogram(t *testing.T) {
	// Every bucket's middle maps back to the bucket, and bucket bounds
	// meet with no gap or overlap.
	for i := 0; i < histBuckets; i++ {
		if got := histIndex(uint32(histValue(i))); got != i {
			t.Fatalf("bucket %d middle %v maps to %d", i, histValue(i), got)
		}
	}
	if histIndex(math.MaxUint32) != histBuckets-1 {
		t.Fatalf("max value in bucket %d", histIndex(math.MaxUint32))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 400; trial++ {
		var h histogram // sparse, turning dense past sparseMax buckets
		if trial%2 == 0 {
			h = *newDenseHistogram()
		}
		n := 1 + rng.IntN(200)
		vals := make([]int, n)
		for i := range vals {
			vals[i] = int(rng.Uint32() >> rng.IntN(32))
			h.add(uint32(vals[i]))
		}
		sort.Ints(vals)
		want := float64(vals[(n-1)/2]+vals[n/2]) / 2
		if got := h.median(); math.Abs(got-want) > want/64+1e-9 {
			t.Fatalf("median of %v = %v, want %v within 1/64", vals, got, want)
		}
	}
}
