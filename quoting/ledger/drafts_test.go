package ledger

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

const draftText = `Hi Bob,

Yes, the office is open on Friday until 5pm, so you can drop the receipts off then.

If you want me to spend more than the free 5 minutes I will need 2 hours at $250 per hour to prepare the 2024 return. Please let me know if you'd like me to go ahead?

Best regards,
Ann

On Mon, 3 Mar 2025, Bob wrote:
> Is the office open on Friday?
> Also can you do my 2024 return?
`

func TestClassifyEdit(t *testing.T) {
	cases := []struct {
		name string
		sent string
		want EditClass
	}{
		{"identical", draftText, AsIs},
		{"reflowed and re-cased", strings.ToUpper(strings.ReplaceAll(draftText, "\n\n", "\n")), AsIs},
		{"punctuation only", strings.ReplaceAll(draftText, "?", "."), AsIs},
		{"quote removed", draftText[:strings.Index(draftText, "On Mon")], LightlyEdited},
		{"quoted history differs", strings.ReplaceAll(draftText, "> Is the office", "> Is your office"), AsIs},
		{"price changed", strings.ReplaceAll(draftText, "$250", "$275"), LightlyEdited},
		{"greeting and a sentence added", "Dear Bob, thanks for your note.\n" + draftText + "\nI am away next week.\n", LightlyEdited},
		{"quote paragraph cut", strings.Replace(draftText, "If you want me to spend more than the free 5 minutes I will need 2 hours at $250 per hour to prepare the 2024 return. Please let me know if you'd like me to go ahead?", "", 1), LightlyEdited},
		{"own short answer", "Bob - yes open Friday. Call me about the return. Ann", Rewritten},
		{"same words shuffled", "Friday the office is open until 5pm; drop receipts then. The 2024 return needs 2 hours at $250 per hour, tell me to go ahead. Ann", Rewritten},
		{"empty sent", "", Rewritten},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, sim := ClassifyEdit(draftText, tc.sent)
			t.Logf("%s: %d‰", got, sim)
			if got != tc.want {
				t.Fatalf("ClassifyEdit = %s (similarity %d‰), want %s", got, sim, tc.want)
			}
			if (got == AsIs) != (sim == 1000) || sim < 0 || sim > 1000 {
				t.Fatalf("similarity %d‰ for class %s", sim, got)
			}
			if back := Similarity(tc.sent, draftText); back != sim {
				t.Fatalf("similarity not symmetric: %d vs %d", sim, back)
			}
		})
	}
	// Monotone: the more of the draft is replaced, the lower the score.
	ws := strings.Fields(draftText[:strings.Index(draftText, "On Mon")])
	prev := 1001
	for cut := 0; ; cut = min(cut+10, len(ws)) {
		edited := append([]string{}, ws...)
		for i := 0; i < cut; i++ {
			edited[i] = "zz" + edited[i]
		}
		s := Similarity(draftText, strings.Join(edited, " "))
		if s > prev {
			t.Fatalf("replacing %d words raised the similarity to %d (was %d)", cut, s, prev)
		}
		prev = s
		if cut == len(ws) {
			break
		}
	}
	if prev != 0 {
		t.Fatalf("everything replaced still scores %d", prev)
	}
	if c, s := ClassifyEdit("", ""); c != AsIs || s != 1000 {
		t.Fatalf("two empty texts: %s %d", c, s)
	}
	if c, _ := ClassifyEdit("ok", "ok"); c != AsIs {
		t.Fatalf("one word: %s", c)
	}
}

func TestDraftUsage(t *testing.T) {
	ctx := context.Background()
	l, _ := newTestLedger(t)
	// A quote draft sent lightly edited, a plain draft sent as-is, a quote
	// draft deleted, a plain draft rewritten, a draft seen sent then
	// reported deleted (late): usage stays as sent.
	qid := mustCreate(t, l, "q-light", t0)
	mustCreate(t, l, "q-deleted", t0)
	for _, tok := range []string{"plain-asis", "plain-rewritten", "late"} {
		if _, err := l.RecordEmail(ctx, sampleEmail(tok, t0)); err != nil {
			t.Fatal(err)
		}
	}
	steps := []struct {
		d    SentDraft
		want EditClass
	}{
		{SentDraft{QuoteID: qid, MessageID: "<s1@firm>", Draft: draftText, Sent: strings.ReplaceAll(draftText, "$250", "$200")}, LightlyEdited},
		{SentDraft{SourceToken: "plain-asis", MessageID: "<s2@firm>", Draft: "Yes, Friday.", Sent: "yes friday"}, AsIs},
		{SentDraft{SourceToken: "plain-rewritten", MessageID: "<s3@firm>", Draft: draftText, Sent: "See you Friday."}, Rewritten},
		{SentDraft{SourceToken: "late", MessageID: "<s4@firm>", Draft: "a b c", Sent: "a b c"}, AsIs},
	}
	for _, s := range steps {
		got, err := l.DraftSent(ctx, s.d)
		if err != nil || got != s.want {
			t.Fatalf("DraftSent(%s%s) = %s %v, want %s", s.d.SourceToken, s.d.QuoteID, got, err, s.want)
		}
	}
	if err := l.DraftDeleted(ctx, "q-deleted", "", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := l.DraftDeleted(ctx, "late", "", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	want := map[string]EditClass{"q-light": LightlyEdited, "plain-asis": AsIs, "plain-rewritten": Rewritten, "q-deleted": Deleted, "late": AsIs}
	for tok, class := range want {
		e, err := l.Email(ctx, tok)
		if err != nil {
			t.Fatal(err)
		}
		if e.Usage != class || e.UsageAt.IsZero() {
			t.Errorf("%s: usage %q at %v, want %s", tok, e.Usage, e.UsageAt, class)
		}
	}
	// The quote moved with its draft.
	if q, _ := l.Quote(ctx, qid); q.Status != Sent || q.SentAt.IsZero() {
		t.Fatalf("sent quote draft: %s", fmtState(q.State))
	}
	if q, _ := l.Quote(ctx, NewQuoteID("q-deleted")); q.Status != Withdrawn {
		t.Fatalf("deleted quote draft: %s", q.Status)
	}
	// The sent copy's Message-ID now finds the quote.
	if id, how, err := l.MatchReply(ctx, []string{"<s1@firm>"}, nil, ""); err != nil || id != qid || how != MatchInReplyTo {
		t.Fatalf("reply to the sent copy: %q %q %v", id, how, err)
	}
	// Sending again (replay) changes nothing.
	if _, err := l.DraftSent(ctx, steps[0].d); err != nil {
		t.Fatal(err)
	}
	if q, _ := l.Quote(ctx, qid); q.Events != 2 {
		t.Fatalf("replayed DraftSent appended events: %d", q.Events)
	}
	if _, err := l.DraftSent(ctx, SentDraft{SourceToken: "nobody"}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown draft: %v", err)
	}
	r, err := l.Report(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if u := r.Totals.Usage; u != (Usage{AsIs: 2, LightlyEdited: 1, Rewritten: 1, Deleted: 1}) {
		t.Fatalf("report usage %+v", u)
	}
}

func TestRecordIdempotent(t *testing.T) {
	ctx := context.Background()
	l, _ := newTestLedger(t)
	q := sampleQuote("tok", t0)
	e := sampleEmail("tok", t0)
	n, err := l.Record(ctx, Entry{Email: e, Quote: &q})
	if err != nil || n != 1 {
		t.Fatalf("first record: %d %v", n, err)
	}
	e2 := e
	e2.FreeMinutes = 99 // a re-handled message after a crash
	if n, err := l.Record(ctx, Entry{Email: e2, Quote: &q}); err != nil || n != 0 {
		t.Fatalf("second record: %d %v", n, err)
	}
	got, err := l.Email(ctx, "tok")
	if err != nil {
		t.Fatal(err)
	}
	if got.FreeMinutes != 5 || got.QuoteID != q.ID || got.Org != "client.example" || got.Client != "bob@client.example" {
		t.Fatalf("email after replay: %+v", got)
	}
	gq, _ := l.Quote(ctx, q.ID)
	if gq.Events != 1 || gq.Status != Drafted || gq.Client != "bob@client.example" || gq.Org != "client.example" {
		t.Fatalf("quote after replay: %+v", gq)
	}
	other := sampleQuote("other-token", t0)
	other.ID = q.ID
	if _, err := l.CreateQuote(ctx, other); !errors.Is(err, ErrIDConflict) {
		t.Fatalf("same ID for another source: %v", err)
	}
	r, _ := l.Report(ctx, Filter{})
	if r.Totals.Emails != 1 || r.Totals.Quotes != 1 || r.Entries != 2 {
		t.Fatalf("report after replays: %+v", r.Totals)
	}

	bad := []struct {
		name string
		e    *Email
		q    *Quote
	}{
		{"email without token", &Email{Rep: "a", Client: "b@c"}, nil},
		{"email without rep", &Email{SourceToken: "x", Client: "b@c"}, nil},
		{"email with CR in rep", &Email{SourceToken: "x", Rep: "a\r\nBcc: x", Client: "b@c"}, nil},
		{"negative free minutes", &Email{SourceToken: "x", Rep: "a", Client: "b@c", FreeMinutes: -1}, nil},
		{"quote with bad ID", nil, &Quote{ID: "42", Rep: "a", Client: "b@c", SourceToken: "x", Currency: "USD"}},
		{"quote with bad currency", nil, &Quote{ID: "Q-1", Rep: "a", Client: "b@c", SourceToken: "x", Currency: "dollars"}},
		{"quote with negative amount", nil, &Quote{ID: "Q-1", Rep: "a", Client: "b@c", SourceToken: "x", Currency: "USD", Asks: []Ask{{Amount: -1}}}},
		{"quote with tier F", nil, &Quote{ID: "Q-1", Rep: "a", Client: "b@c", SourceToken: "x", Currency: "USD", Tier: "F"}},
	}
	for _, b := range bad {
		var err error
		if b.e != nil {
			_, err = l.RecordEmail(ctx, *b.e)
		} else {
			_, err = l.CreateQuote(ctx, *b.q)
		}
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: got %v, want ErrInvalid", b.name, err)
		}
	}
	if r2, _ := l.Report(ctx, Filter{}); r2.Entries != 2 {
		t.Fatalf("refused records were written: %d entries", r2.Entries)
	}
}

// TestDraftSentAfterDeleted: a draft reported deleted whose reply then
// turns up in Sent (the rep re-composed it and sent it later) is sent
// after all: the quote goes back to sent (so follow-up and expiry apply),
// the email is not counted as deleted unsent, and its first response is
// the late sending.
func TestDraftSentAfterDeleted(t *testing.T) {
	ctx := context.Background()
	l, _ := newTestLedger(t)
	id := mustCreate(t, l, "late-send", t0)
	if err := l.DraftDeleted(ctx, "late-send", "", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if q, _ := l.Quote(ctx, id); q.Status != Withdrawn {
		t.Fatalf("after deletion: %s", q.Status)
	}
	sent := t0.Add(3 * time.Hour)
	if _, err := l.DraftSent(ctx, SentDraft{SourceToken: "late-send", MessageID: "<mua-1@firm.example>", At: sent}); err != nil {
		t.Fatal(err)
	}
	q, err := l.Quote(ctx, id)
	if err != nil || q.Status != Sent || !q.SentAt.Equal(sent) {
		t.Fatalf("after the late send: %+v, %v", q, err)
	}
	e, err := l.Email(ctx, "late-send")
	if err != nil || e.Usage != "" || !e.SentAt.Equal(sent) {
		t.Fatalf("email after the late send: usage %q sent %v (%v)", e.Usage, e.SentAt, err)
	}
	r, err := l.Report(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Totals.Usage.Deleted != 0 || r.Totals.Withdrawn != 0 || r.Totals.Open != 1 || r.Totals.Responded != 1 || r.Totals.MedianResponseSeconds < 3*3600*0.984 {
		t.Errorf("report %+v", r.Totals)
	}
}

// TestDraftNotStored: a draft that never reached Drafts leaves no quote
// waiting as drafted and no email counted as drafted; a quote already sent
// and a token never recorded are left alone.
func TestDraftNotStored(t *testing.T) {
	ctx := context.Background()
	l, clk := newTestLedger(t)
	at := clk.Now()
	ghost := mustCreate(t, l, "ghost", at)
	sent := mustCreate(t, l, "sent", at)
	mustSend(t, l, "sent", at.Add(time.Hour))

	for range 2 { // idempotent
		if err := l.DraftNotStored(ctx, "ghost", "draft: 43700000 bytes, over the 26214400 limit", at.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.DraftNotStored(ctx, "sent", "late report", at.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := l.DraftNotStored(ctx, "never-recorded", "whatever", at); err != nil {
		t.Errorf("unknown token: %v, want nil (nothing to undo)", err)
	}

	q, err := l.Quote(ctx, ghost)
	if err != nil {
		t.Fatal(err)
	}
	evs, _ := l.Events(ctx, ghost)
	if q.Status != Withdrawn || len(evs) != 2 || !strings.Contains(evs[1].Note, "over the 26214400 limit") {
		t.Errorf("ghost quote %s with events %+v: want withdrawn once, with the reason", q.Status, evs)
	}
	checkFold(t, l, ghost)
	if q, _ := l.Quote(ctx, sent); q.Status != Sent {
		t.Errorf("sent quote became %s", q.Status)
	}
	if em, _ := l.Email(ctx, "ghost"); !em.DraftedAt.IsZero() {
		t.Errorf("email still drafted at %v", em.DraftedAt)
	}
	r, err := l.Report(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if tot := r.Totals; tot.Drafted != 1 || tot.Drafts != 0 || tot.Withdrawn != 1 || tot.Sent != 1 {
		t.Errorf("totals: drafted %d, drafts %d, withdrawn %d, sent %d; want 1, 0, 1, 1", tot.Drafted, tot.Drafts, tot.Withdrawn, tot.Sent)
	}
}
