package ledger

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

var (
	allKinds  = []EventKind{EventDrafted, EventSent, EventAccepted, EventDeclined, EventExpired, EventWithdrawn, EventReopened, EventUnclear, EventFollowUp}
	allActors = []Actor{ActorSystem, ActorRep, ActorManager, ActorClient}
)

// stateAfter builds a state by applying legal events, failing the test if
// the setup itself is refused.
func stateAfter(t *testing.T, kinds ...EventKind) State {
	t.Helper()
	var s State
	at := t0
	for _, k := range kinds {
		actor := ActorSystem
		switch k {
		case EventAccepted, EventDeclined:
			actor = ActorClient
		case EventReopened:
			actor = ActorRep
		}
		var err error
		s, err = s.Apply(Event{Time: at, Kind: k, Actor: actor})
		if err != nil {
			t.Fatalf("setup %v: %v", kinds, err)
		}
		at = at.Add(time.Hour)
	}
	return s
}

// TestApplyMatrix checks every event kind by every actor on every kind of
// state against the rules written out independently here.
func TestApplyMatrix(t *testing.T) {
	type rule struct {
		actors  []Actor
		to      Status
		unclear bool // flag after the event
	}
	people := []Actor{ActorRep, ActorManager}
	deciders := []Actor{ActorClient, ActorRep, ActorManager}
	senders := []Actor{ActorSystem, ActorRep, ActorManager}
	flaggers := []Actor{ActorClient, ActorSystem}
	followers := []Actor{ActorSystem, ActorRep}
	cases := []struct {
		name  string
		setup []EventKind
		legal map[EventKind]rule
	}{
		{"new", nil, map[EventKind]rule{
			EventDrafted: {[]Actor{ActorSystem, ActorRep}, Drafted, false},
		}},
		{"drafted", []EventKind{EventDrafted}, map[EventKind]rule{
			EventSent:      {senders, Sent, false},
			EventWithdrawn: {senders, Withdrawn, false},
		}},
		{"sent", []EventKind{EventDrafted, EventSent}, map[EventKind]rule{
			EventAccepted: {deciders, Accepted, false},
			EventDeclined: {deciders, Declined, false},
			EventExpired:  {[]Actor{ActorSystem}, Expired, false},
			EventUnclear:  {flaggers, Sent, true},
			EventFollowUp: {followers, Sent, false},
		}},
		{"sent+flagged", []EventKind{EventDrafted, EventSent, EventUnclear}, map[EventKind]rule{
			EventAccepted: {deciders, Accepted, false},
			EventDeclined: {deciders, Declined, false},
			EventReopened: {people, Sent, false},
			EventUnclear:  {flaggers, Sent, true},
			EventFollowUp: {followers, Sent, true},
		}},
		{"sent+followed-up", []EventKind{EventDrafted, EventSent, EventFollowUp}, map[EventKind]rule{
			EventAccepted: {deciders, Accepted, false},
			EventDeclined: {deciders, Declined, false},
			EventExpired:  {[]Actor{ActorSystem}, Expired, false},
			EventUnclear:  {flaggers, Sent, true},
		}},
		{"accepted", []EventKind{EventDrafted, EventSent, EventAccepted}, map[EventKind]rule{
			EventDeclined: {people, Declined, false},
			EventReopened: {people, Sent, false},
			EventUnclear:  {flaggers, Accepted, true},
		}},
		{"accepted+flagged", []EventKind{EventDrafted, EventSent, EventAccepted, EventUnclear}, map[EventKind]rule{
			EventAccepted: {people, Accepted, false},
			EventDeclined: {people, Declined, false},
			EventReopened: {people, Sent, false},
			EventUnclear:  {flaggers, Accepted, true},
		}},
		{"declined", []EventKind{EventDrafted, EventSent, EventDeclined}, map[EventKind]rule{
			EventAccepted: {people, Accepted, false},
			EventReopened: {people, Sent, false},
			EventUnclear:  {flaggers, Declined, true},
		}},
		{"declined+flagged", []EventKind{EventDrafted, EventSent, EventDeclined, EventUnclear}, map[EventKind]rule{
			EventAccepted: {people, Accepted, false},
			EventDeclined: {people, Declined, false},
			EventReopened: {people, Sent, false},
			EventUnclear:  {flaggers, Declined, true},
		}},
		{"expired", []EventKind{EventDrafted, EventSent, EventExpired}, map[EventKind]rule{
			EventAccepted: {people, Accepted, false},
			EventDeclined: {people, Declined, false},
			EventReopened: {people, Sent, false},
			EventUnclear:  {flaggers, Expired, true},
		}},
		{"expired+flagged", []EventKind{EventDrafted, EventSent, EventExpired, EventUnclear}, map[EventKind]rule{
			EventAccepted: {people, Accepted, false},
			EventDeclined: {people, Declined, false},
			EventReopened: {people, Sent, false},
			EventUnclear:  {flaggers, Expired, true},
		}},
		{"withdrawn", []EventKind{EventDrafted, EventWithdrawn}, map[EventKind]rule{
			EventSent: {senders, Sent, false},
		}},
	}
	for _, tc := range cases {
		from := stateAfter(t, tc.setup...)
		for _, kind := range allKinds {
			for _, actor := range allActors {
				t.Run(fmt.Sprintf("%s/%s/%s", tc.name, kind, actor), func(t *testing.T) {
					at := t0.Add(100 * time.Hour)
					got, err := from.Apply(Event{Time: at, Kind: kind, Actor: actor})
					r, ok := tc.legal[kind]
					if ok && slices.Contains(r.actors, actor) {
						if err != nil {
							t.Fatalf("legal event refused: %v", err)
						}
						if got.Status != r.to || got.Unclear != r.unclear || got.Events != from.Events+1 {
							t.Fatalf("got %s, want status %s unclear=%v events=%d", fmtState(got), r.to, r.unclear, from.Events+1)
						}
						return
					}
					if err == nil {
						t.Fatalf("illegal event accepted: now %s", fmtState(got))
					}
					if kind == EventFollowUp && from.FollowedUp && from.Status == Sent {
						if !errors.Is(err, ErrFollowUpDone) {
							t.Fatalf("second follow-up: got %v, want ErrFollowUpDone", err)
						}
					} else {
						var te *TransitionError
						if !errors.As(err, &te) || !errors.Is(err, ErrIllegalTransition) {
							t.Fatalf("got %T %v, want a *TransitionError", err, err)
						}
						if te.From != from.Status || te.Event != kind || te.Actor != actor || te.Reason == "" {
							t.Fatalf("error fields %+v do not describe the attempt", te)
						}
					}
					if !stateEqual(got, from) {
						t.Fatalf("refused event changed the state: %s -> %s", fmtState(from), fmtState(got))
					}
				})
			}
		}
	}
}

func TestApplyTimes(t *testing.T) {
	ev := func(h int, k EventKind, a Actor) Event {
		return Event{Time: t0.Add(time.Duration(h) * time.Hour), Kind: k, Actor: a}
	}
	at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	cases := []struct {
		name                  string
		events                []Event
		sent, opened, decided time.Time
		wantStatus            Status
	}{
		{"sent", []Event{ev(0, EventDrafted, ActorSystem), ev(1, EventSent, ActorSystem)}, at(1), at(1), time.Time{}, Sent},
		{"accepted", []Event{ev(0, EventDrafted, ActorSystem), ev(1, EventSent, ActorSystem), ev(5, EventAccepted, ActorClient)}, at(1), at(1), at(5), Accepted},
		{"reversed", []Event{ev(0, EventDrafted, ActorSystem), ev(1, EventSent, ActorSystem), ev(5, EventAccepted, ActorClient), ev(7, EventDeclined, ActorManager)}, at(1), at(1), at(7), Declined},
		{"reopened", []Event{ev(0, EventDrafted, ActorSystem), ev(1, EventSent, ActorSystem), ev(5, EventExpired, ActorSystem), ev(9, EventReopened, ActorRep)}, at(1), at(9), time.Time{}, Sent},
		{"resent after withdrawal", []Event{ev(0, EventDrafted, ActorSystem), ev(2, EventWithdrawn, ActorSystem), ev(3, EventSent, ActorSystem)}, at(3), at(3), time.Time{}, Sent},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Fold(tc.events)
			if err != nil {
				t.Fatal(err)
			}
			if s.Status != tc.wantStatus || !s.SentAt.Equal(tc.sent) || !s.OpenedAt.Equal(tc.opened) || !s.DecidedAt.Equal(tc.decided) {
				t.Fatalf("got %s", fmtState(s))
			}
		})
	}
	if _, err := Fold([]Event{ev(0, EventDrafted, ActorSystem), {Kind: EventSent, Actor: ActorSystem}}); !errors.Is(err, ErrIllegalTransition) {
		t.Fatalf("event without time: got %v", err)
	}
	if _, err := Fold([]Event{ev(0, EventSent, ActorSystem)}); !errors.Is(err, ErrIllegalTransition) {
		t.Fatalf("history not starting with a draft: got %v", err)
	}
}

// TestLedgerTransitions drives each path through the ledger API and checks
// the status, the events appended and that illegal moves change nothing.
func TestLedgerTransitions(t *testing.T) {
	ctx := context.Background()
	type step func(l *Ledger, id, tok string) error
	send := func(l *Ledger, id, tok string) error {
		_, err := l.DraftSent(ctx, SentDraft{SourceToken: tok, MessageID: "<sent-" + tok + ">", At: t0.Add(time.Hour)})
		return err
	}
	reply := func(d Decision) step {
		return func(l *Ledger, id, tok string) error {
			_, err := l.ApplyReply(ctx, Reply{MessageID: "<r-" + string(d) + "-" + tok + ">", InReplyTo: []string{"<sent-" + tok + ">"}, From: "bob@client.example", Decision: d})
			return err
		}
	}
	mark := func(to Status, a Actor) step {
		return func(l *Ledger, id, tok string) error {
			_, err := l.Mark(ctx, id, to, a, "by hand")
			return err
		}
	}
	deleted := func(l *Ledger, id, tok string) error { return l.DraftDeleted(ctx, tok, "", time.Time{}) }
	sweep := func(l *Ledger, id, tok string) error {
		_, err := l.Sweep(ctx, t0.AddDate(0, 2, 0), Policy{Validity: 30 * 24 * time.Hour})
		return err
	}
	cases := []struct {
		name    string
		steps   []step
		illegal step // applied last; must be refused
		want    Status
		events  int
	}{
		{"drafted to sent", []step{send}, nil, Sent, 2},
		{"sent to accepted by client", []step{send, reply(DecisionAccepted)}, nil, Accepted, 3},
		{"sent to declined by client", []step{send, reply(DecisionDeclined)}, nil, Declined, 3},
		{"sent to expired", []step{send, sweep}, nil, Expired, 3},
		{"drafted to withdrawn", []step{deleted}, nil, Withdrawn, 2},
		{"withdrawn then the sent copy appears", []step{deleted, send}, nil, Sent, 3},
		{"rep withdraws a draft", []step{mark(Withdrawn, ActorRep)}, nil, Withdrawn, 2},
		{"manager reverses accepted", []step{send, reply(DecisionAccepted), mark(Declined, ActorManager)}, nil, Declined, 4},
		{"rep reverses declined", []step{send, reply(DecisionDeclined), mark(Accepted, ActorRep)}, nil, Accepted, 4},
		{"late yes after expiry", []step{send, sweep, mark(Accepted, ActorRep)}, nil, Accepted, 4},
		{"reopen after decline", []step{send, reply(DecisionDeclined), mark(Sent, ActorManager)}, nil, Sent, 4},
		{"decision on a draft is illegal", nil, mark(Accepted, ActorRep), Drafted, 1},
		{"client cannot reverse", []step{send, reply(DecisionAccepted)}, mark(Declined, ActorClient), Accepted, 3},
		{"accepting twice is illegal", []step{send, reply(DecisionAccepted)}, mark(Accepted, ActorRep), Accepted, 3},
		{"withdrawing a sent quote is illegal", []step{send}, mark(Withdrawn, ActorRep), Sent, 2},
		{"reopening an open quote is illegal", []step{send}, mark(Sent, ActorRep), Sent, 2},
		{"withdrawn cannot be accepted", []step{deleted}, mark(Accepted, ActorManager), Withdrawn, 2},
		{"system cannot reverse", []step{send, reply(DecisionAccepted)}, mark(Declined, ActorSystem), Accepted, 3},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l, _ := newTestLedger(t)
			tok := fmt.Sprintf("tok-%d", i)
			id := mustCreate(t, l, tok, t0)
			for _, s := range tc.steps {
				if err := s(l, id, tok); err != nil {
					t.Fatal(err)
				}
			}
			if tc.illegal != nil {
				before, _ := l.Quote(ctx, id)
				err := tc.illegal(l, id, tok)
				var te *TransitionError
				if !errors.As(err, &te) || !errors.Is(err, ErrIllegalTransition) || te.QuoteID != id {
					t.Fatalf("illegal step: got %v, want a *TransitionError for %s", err, id)
				}
				after, _ := l.Quote(ctx, id)
				if !stateEqual(before.State, after.State) {
					t.Fatalf("refused step changed the quote: %s -> %s", fmtState(before.State), fmtState(after.State))
				}
			}
			q, err := l.Quote(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if q.Status != tc.want || q.Events != tc.events {
				t.Fatalf("status %s with %d events, want %s with %d", q.Status, q.Events, tc.want, tc.events)
			}
			checkFold(t, l, id)
		})
	}
}

func TestReversalIsANewEvent(t *testing.T) {
	ctx := context.Background()
	l, clk := newTestLedger(t)
	id := mustCreate(t, l, "rev", t0)
	mustSend(t, l, "rev", t0.Add(time.Hour))
	if _, err := l.ApplyReply(ctx, Reply{MessageID: "<yes@client.example>", InReplyTo: []string{"<quote-rev@firm.example>"}, Decision: DecisionAccepted, At: t0.Add(2 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	before, err := l.Events(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	clk.Set(t0.Add(48 * time.Hour))
	if _, err := l.Mark(ctx, id, Declined, ActorManager, "client phoned: not going ahead"); err != nil {
		t.Fatal(err)
	}
	after, err := l.Events(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before)+1 {
		t.Fatalf("%d events after reversal, want %d", len(after), len(before)+1)
	}
	for i := range before {
		if !before[i].Time.Equal(after[i].Time) || before[i].Kind != after[i].Kind || before[i].Evidence != after[i].Evidence {
			t.Fatalf("event %d rewritten: %+v -> %+v", i, before[i], after[i])
		}
	}
	last := after[len(after)-1]
	want := Event{Time: t0.Add(48 * time.Hour), Kind: EventDeclined, Actor: ActorManager, Note: "client phoned: not going ahead"}
	if !last.Time.Equal(want.Time) || last.Kind != want.Kind || last.Actor != want.Actor || last.Note != want.Note {
		t.Fatalf("reversal event %+v, want %+v", last, want)
	}
	if after[len(after)-2].Kind != EventAccepted || after[len(after)-2].Evidence != "yes@client.example" {
		t.Fatalf("the client's acceptance is not kept in the history: %+v", after[len(after)-2])
	}
	checkFold(t, l, id)
}

// TestFoldEqualsCachedRandom drives many quotes through random sequences
// of calls, legal or not, and checks after each that the cached state is
// the fold of the history and the indexes agree with it.
func TestFoldEqualsCachedRandom(t *testing.T) {
	ctx := context.Background()
	l, clk := newTestLedger(t)
	rng := rand.New(rand.NewPCG(1, 2))
	policy := Policy{Validity: 10 * 24 * time.Hour, FollowUpAfter: 2}
	var ids, toks []string
	for i := 0; i < 40; i++ {
		tok := fmt.Sprintf("r%d", i)
		ids = append(ids, mustCreate(t, l, tok, clk.Now()))
		toks = append(toks, tok)
	}
	decisions := []Decision{DecisionAccepted, DecisionDeclined, DecisionUnclear, DecisionNone}
	marks := []Status{Accepted, Declined, Sent, Withdrawn, Expired}
	for step := 0; step < 1500; step++ {
		clk.Advance(time.Duration(rng.IntN(20)) * time.Hour)
		i := rng.IntN(len(ids))
		id, tok := ids[i], toks[i]
		var err error
		switch rng.IntN(7) {
		case 0:
			_, err = l.DraftSent(ctx, SentDraft{SourceToken: tok, MessageID: fmt.Sprintf("<s%d-%d>", i, step), Draft: "a b c", Sent: "a b d"})
		case 1:
			err = l.DraftDeleted(ctx, tok, "", time.Time{})
		case 2:
			_, err = l.ApplyReply(ctx, Reply{MessageID: fmt.Sprintf("<m%d>", step), Subject: "Re: " + SubjectTag(id), Decision: decisions[rng.IntN(len(decisions))]})
		case 3:
			_, err = l.Mark(ctx, id, marks[rng.IntN(len(marks))], []Actor{ActorRep, ActorManager, ActorClient}[rng.IntN(3)], "")
		case 4:
			_, err = l.Sweep(ctx, clk.Now(), policy)
		case 5:
			err = l.RecordFollowUp(ctx, id, fmt.Sprintf("<f%d>", step), time.Time{})
		case 6:
			var due []Quote
			due, err = l.FollowUpsDue(ctx, clk.Now(), policy)
			for _, q := range due {
				if q.FollowedUp || q.Status != Sent || q.Unclear {
					t.Fatalf("follow-up listed for %s", fmtState(q.State))
				}
			}
		}
		if err != nil && !errors.Is(err, ErrIllegalTransition) && !errors.Is(err, ErrFollowUpDone) && !errors.Is(err, ErrInvalid) {
			t.Fatalf("step %d: %v", step, err)
		}
		checkFold(t, l, id)
	}
	checkIndexes(t, l, ids)
}

// checkIndexes verifies that the open, follow-up and unclear indexes hold
// exactly the quotes whose state puts them there.
func checkIndexes(t *testing.T, l *Ledger, ids []string) {
	t.Helper()
	err := l.View(context.Background(), func(tx *Tx) error {
		open, follow, unclear := map[string]bool{}, map[string]bool{}, map[string]bool{}
		_ = tx.open.ForEach(func(k, _ []byte) error { open[string(k[8:])] = true; return nil })
		_ = tx.followup.ForEach(func(k, _ []byte) error { follow[string(k[8:])] = true; return nil })
		_ = tx.unclear.ForEach(func(k, _ []byte) error { unclear[string(k)] = true; return nil })
		nOpen, nFollow, nUnclear := 0, 0, 0
		for _, id := range ids {
			q, err := tx.Quote(id)
			if err != nil {
				return err
			}
			k := indexKey(q.OpenedAt, id)
			if want := q.Status == Sent; open[id] != want || (want && tx.open.Get(k) == nil) {
				t.Errorf("%s: in open index %v, want %v", id, open[id], want)
			}
			if want := q.Status == Sent && !q.FollowedUp; follow[id] != want {
				t.Errorf("%s: in follow-up index %v, want %v", id, follow[id], want)
			}
			if unclear[id] != q.Unclear {
				t.Errorf("%s: in unclear index %v, want %v", id, unclear[id], q.Unclear)
			}
			if q.Status == Sent {
				nOpen++
				if !q.FollowedUp {
					nFollow++
				}
			}
			if q.Unclear {
				nUnclear++
			}
		}
		// Counting keys, not ids, catches stale entries under old times.
		if tx.open.Stats().KeyN != nOpen || tx.followup.Stats().KeyN != nFollow || tx.unclear.Stats().KeyN != nUnclear {
			t.Errorf("index sizes %d/%d/%d, want %d/%d/%d", tx.open.Stats().KeyN, tx.followup.Stats().KeyN, tx.unclear.Stats().KeyN, nOpen, nFollow, nUnclear)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
