package ledger

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"
)

func TestQuoteIDs(t *testing.T) {
	id := NewQuoteID("imap:ann@firm.example/INBOX/1234/5678")
	if len(id) != 14 || id[:2] != "Q-" {
		t.Fatalf("NewQuoteID = %q, want Q- and 12 characters", id)
	}
	if again := NewQuoteID("imap:ann@firm.example/INBOX/1234/5678"); again != id {
		t.Fatalf("NewQuoteID not stable: %q then %q", id, again)
	}
	if other := NewQuoteID("imap:ann@firm.example/INBOX/1234/5679"); other == id {
		t.Fatalf("two tokens give the same ID %q", id)
	}
	if _, err := NormalizeQuoteID(id); err != nil {
		t.Fatalf("NewQuoteID gives an ID NormalizeQuoteID refuses: %v", err)
	}
	cases := []struct {
		subject string
		want    []string
	}{
		{"Re: Your question " + SubjectTag(id), []string{id}},
		{"RE: AW: quote [q-7k3m9qx2abcd] please", []string{"Q-7K3M9QX2ABCD"}},
		{"[Q-1] and [ Q-2 ] and [Q-]", []string{"Q-1", "Q-2"}},
		{"[[Q-ABC]]", []string{"Q-ABC"}},
		{"[X-ABC] [Q-A B] [Q-ÄB] [Q-AB", nil},
		{"no tag at all", nil},
		{"", nil},
	}
	for _, tc := range cases {
		if got := QuoteIDsInSubject(tc.subject); !slices.Equal(got, tc.want) {
			t.Errorf("QuoteIDsInSubject(%q) = %q, want %q", tc.subject, got, tc.want)
		}
	}
}

func TestMatchReply(t *testing.T) {
	ctx := context.Background()
	l, _ := newTestLedger(t)
	a := mustCreate(t, l, "a", t0)
	b := mustCreate(t, l, "b", t0)
	c := mustCreate(t, l, "c", t0)
	mustSend(t, l, "b", t0.Add(time.Hour)) // sent copy: <sent-b@firm.example>
	mustSend(t, l, "c", t0.Add(time.Hour))
	if err := l.RecordFollowUp(ctx, c, "<follow-c@firm.example>", t0.AddDate(0, 0, 3)); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name       string
		inReplyTo  []string
		references []string
		subject    string
		want       string
		how        MatchKind
	}{
		{"in-reply-to the quote", []string{"<quote-a@firm.example>"}, nil, "Re: hi", a, MatchInReplyTo},
		{"in-reply-to without brackets", []string{"quote-a@firm.example"}, nil, "", a, MatchInReplyTo},
		{"in-reply-to the sent copy", []string{"<sent-b@firm.example>"}, nil, "", b, MatchInReplyTo},
		{"in-reply-to the follow-up", []string{"<follow-c@firm.example>"}, []string{"<quote-c@firm.example>", "<follow-c@firm.example>"}, "", c, MatchInReplyTo},
		{"in-reply-to beats references", []string{"<quote-a@firm.example>"}, []string{"<quote-b@firm.example>"}, "", a, MatchInReplyTo},
		{"references, nearest parent wins", []string{"<unknown@x>"}, []string{"<quote-a@firm.example>", "<other@x>", "<quote-b@firm.example>", "<more@x>"}, "", b, MatchReferences},
		{"subject tag", nil, []string{"<unknown@x>"}, "Re: Your quote " + SubjectTag(c), c, MatchSubject},
		{"subject tag in lower case", nil, nil, "Re: " + "[" + "q" + c[1:] + "]", c, MatchSubject},
		{"unknown subject tag then a known one", nil, nil, "[Q-NOSUCH] " + SubjectTag(a), a, MatchSubject},
		{"no match", []string{"<x@y>"}, []string{"<z@y>"}, "Re: [Q-NOSUCH]", "", ""},
		{"nothing at all", nil, nil, "", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			id, how, err := l.MatchReply(ctx, tc.inReplyTo, tc.references, tc.subject)
			if tc.want == "" {
				if !errors.Is(err, ErrNoMatch) {
					t.Fatalf("got %q %q %v, want ErrNoMatch", id, how, err)
				}
				return
			}
			if err != nil || id != tc.want || how != tc.how {
				t.Fatalf("got %q %q %v, want %q %q", id, how, err, tc.want, tc.how)
			}
		})
	}
}

func TestApplyReply(t *testing.T) {
	ctx := context.Background()
	type pre int
	const (
		preDraft pre = iota
		preSent
		preAccepted
		preDeclined
		preExpired
		preWithdrawn
	)
	cases := []struct {
		name        string
		pre         pre
		decision    Decision
		from        string
		want        Status
		flagged     bool
		changed     bool
		extraEvents int
	}{
		{"accepted", preSent, DecisionAccepted, "bob@client.example", Accepted, false, true, 1},
		{"declined", preSent, DecisionDeclined, "Bob <BOB@client.example>", Declined, false, true, 1},
		{"unclear flags", preSent, DecisionUnclear, "bob@client.example", Sent, true, true, 1},
		{"colleague at the same domain decides", preSent, DecisionAccepted, "carol@client.example", Accepted, false, true, 1},
		{"stranger is flagged, not obeyed", preSent, DecisionAccepted, "mallory@evil.example", Sent, true, true, 1},
		{"no decision changes nothing", preSent, DecisionNone, "bob@client.example", Sent, false, false, 0},
		{"reply proves a draft was sent", preDraft, DecisionAccepted, "bob@client.example", Accepted, false, true, 2},
		{"reply without decision still proves sending", preDraft, DecisionNone, "", Sent, false, true, 1},
		{"reply to a withdrawn quote", preWithdrawn, DecisionDeclined, "", Declined, false, true, 2},
		{"same decision again", preAccepted, DecisionAccepted, "bob@client.example", Accepted, false, false, 0},
		{"client changes their mind: flagged", preAccepted, DecisionDeclined, "bob@client.example", Accepted, true, true, 1},
		{"declined then yes: flagged", preDeclined, DecisionAccepted, "bob@client.example", Declined, true, true, 1},
		{"late answer after expiry: flagged", preExpired, DecisionAccepted, "bob@client.example", Expired, true, true, 1},
		{"unclear chatter after a decision", preAccepted, DecisionUnclear, "bob@client.example", Accepted, false, false, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l, _ := newTestLedger(t)
			id := mustCreate(t, l, "tok", t0)
			switch tc.pre {
			case preSent, preAccepted, preDeclined, preExpired:
				mustSend(t, l, "tok", t0.Add(time.Hour))
			case preWithdrawn:
				if err := l.DraftDeleted(ctx, "tok", "", t0.Add(time.Hour)); err != nil {
					t.Fatal(err)
				}
			}
			switch tc.pre {
			case preAccepted, preDeclined:
				d := DecisionAccepted
				if tc.pre == preDeclined {
					d = DecisionDeclined
				}
				if _, err := l.ApplyReply(ctx, Reply{MessageID: "<first@client.example>", InReplyTo: []string{"<quote-tok@firm.example>"}, Decision: d}); err != nil {
					t.Fatal(err)
				}
			case preExpired:
				if ids, err := l.Sweep(ctx, t0.AddDate(0, 1, 0), Policy{Validity: 14 * 24 * time.Hour}); err != nil || len(ids) != 1 {
					t.Fatalf("sweep: %v %v", ids, err)
				}
			}
			before, _ := l.Quote(ctx, id)
			r := Reply{MessageID: "<reply@client.example>", References: []string{"<src-tok@client.example>", "<quote-tok@firm.example>"}, From: tc.from, Decision: tc.decision, At: t0.Add(5 * time.Hour)}
			out, err := l.ApplyReply(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			q, _ := l.Quote(ctx, id)
			if out.QuoteID != id || out.Match != MatchReferences || out.Status != tc.want || out.Flagged != tc.flagged || out.Changed != tc.changed {
				t.Fatalf("outcome %+v, want status %s flagged %v changed %v", out, tc.want, tc.flagged, tc.changed)
			}
			if q.Status != tc.want || q.Unclear != tc.flagged || q.Events != before.Events+tc.extraEvents {
				t.Fatalf("quote %s, want %s flagged %v and %d new events", fmtState(q.State), tc.want, tc.flagged, tc.extraEvents)
			}
			if tc.flagged && out.Note == "" {
				t.Fatal("flagged without a note saying why")
			}
			// The same reply again (a crash and a re-run) changes nothing.
			again, err := l.ApplyReply(ctx, r)
			if err != nil || again.Changed {
				t.Fatalf("replaying the reply: %+v %v", again, err)
			}
			if q2, _ := l.Quote(ctx, id); q2.Events != q.Events {
				t.Fatalf("replaying the reply appended %d events", q2.Events-q.Events)
			}
			unclear, err := l.Unclear(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(unclear) == 1 && unclear[0].ID == id; got != tc.flagged {
				t.Fatalf("Unclear() = %d quotes, flagged %v", len(unclear), tc.flagged)
			}
			checkFold(t, l, id)
		})
	}
}

func TestUnclearThenMark(t *testing.T) {
	ctx := context.Background()
	l, clk := newTestLedger(t)
	ids := []string{mustCreate(t, l, "u1", t0), mustCreate(t, l, "u2", t0.Add(time.Minute)), mustCreate(t, l, "u3", t0.Add(2*time.Minute))}
	for _, tok := range []string{"u1", "u2", "u3"} {
		mustSend(t, l, tok, t0.Add(time.Hour))
		if _, err := l.ApplyReply(ctx, Reply{MessageID: "<maybe-" + tok + ">", InReplyTo: []string{"<sent-" + tok + "@firm.example>"}, Decision: DecisionUnclear}); err != nil {
			t.Fatal(err)
		}
	}
	list, err := l.Unclear(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range list {
		got = append(got, q.ID)
	}
	if !slices.Equal(got, ids) {
		t.Fatalf("Unclear() = %v, want %v (oldest first)", got, ids)
	}
	// A flagged quote neither expires nor gets a follow-up.
	p := Policy{Validity: 7 * 24 * time.Hour, FollowUpAfter: 2}
	if exp, _ := l.Sweep(ctx, t0.AddDate(0, 1, 0), p); len(exp) != 0 {
		t.Fatalf("flagged quotes expired: %v", exp)
	}
	if due, _ := l.FollowUpsDue(ctx, t0.AddDate(0, 0, 5), p); len(due) != 0 {
		t.Fatalf("flagged quotes due a follow-up: %d", len(due))
	}
	clk.Set(t0.AddDate(0, 0, 2))
	steps := []struct {
		id    string
		to    Status
		actor Actor
		want  Status
	}{
		{ids[0], Accepted, ActorRep, Accepted},
		{ids[1], Declined, ActorManager, Declined},
		{ids[2], Sent, ActorRep, Sent}, // keep waiting: the clock restarts
	}
	for _, s := range steps {
		q, err := l.Mark(ctx, s.id, s.to, s.actor, "read the reply")
		if err != nil {
			t.Fatal(err)
		}
		if q.Status != s.want || q.Unclear {
			t.Fatalf("%s: %s after marking %s", s.id, fmtState(q.State), s.to)
		}
		evs, _ := l.Events(ctx, s.id)
		if last := evs[len(evs)-1]; last.Actor != s.actor || last.Note != "read the reply" {
			t.Fatalf("mark recorded as %+v", last)
		}
		checkFold(t, l, s.id)
	}
	if list, _ := l.Unclear(ctx); len(list) != 0 {
		t.Fatalf("%d quotes still flagged", len(list))
	}
	q, _ := l.Quote(ctx, ids[2])
	if !q.OpenedAt.Equal(t0.AddDate(0, 0, 2)) {
		t.Fatalf("reopened quote's clock starts at %v", q.OpenedAt)
	}
	if _, err := l.Mark(ctx, "Q-NOSUCH", Accepted, ActorRep, ""); !errors.Is(err, ErrNotFound) {
		t.Fatalf("marking an unknown quote: %v", err)
	}
	if _, err := l.Mark(ctx, ids[0], Expired, ActorRep, ""); !errors.Is(err, ErrInvalid) {
		t.Fatalf("marking expired by hand: %v", err)
	}
}
