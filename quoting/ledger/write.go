package ledger

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"time"
)

// RecordEmail records a triaged client email. It returns false, and changes
// nothing, when the source token was recorded before (the pipeline may
// re-handle a message after a crash).
func (t *Tx) RecordEmail(e Email) (bool, error) {
	if err := e.normalize(t.l.now()); err != nil {
		return false, err
	}
	if t.emails.Get([]byte(e.SourceToken)) != nil {
		return false, nil
	}
	return true, t.putEmail(&e)
}

// CreateQuote records a new quote in the drafted state. It returns false,
// and changes nothing, when the quote exists for the same source token, and
// ErrIDConflict when the ID is taken by another source.
func (t *Tx) CreateQuote(q Quote) (bool, error) {
	if err := q.normalize(t.l.now()); err != nil {
		return false, err
	}
	if v := t.quotes.Get([]byte(q.ID)); v != nil {
		var old Quote
		if err := json.Unmarshal(v, &old); err != nil {
			return false, fmt.Errorf("quote %s: %w: %v", q.ID, ErrCorrupt, err)
		}
		if old.SourceToken != q.SourceToken {
			return false, fmt.Errorf("quote %s for source %q: %w (%q)", q.ID, q.SourceToken, ErrIDConflict, old.SourceToken)
		}
		return false, nil
	}
	return true, t.insertQuote(&q, []Event{{Time: q.CreatedAt, Kind: EventDrafted, Actor: ActorSystem}})
}

// insertQuote writes a new quote with its first events, overwriting any
// record under its ID (migration relies on that).
func (t *Tx) insertQuote(q *Quote, events []Event) error {
	q.State = State{}
	for _, ev := range events {
		if _, err := t.appendEvent(q, ev); err != nil {
			return err
		}
	}
	return t.linkMessageID(q.MessageID, q.ID)
}

// Record writes triaged emails and the quotes drafted for them in one
// transaction, and returns how many emails were new. An email's QuoteID is
// filled in from its quote. An invalid entry fails the whole call, naming
// the entry, and nothing is written: record entries one by one to keep the
// good ones.
func (l *Ledger) Record(ctx context.Context, entries ...Entry) (created int, err error) {
	err = l.Update(ctx, func(t *Tx) error {
		created = 0
		for i := range entries {
			e := entries[i].Email
			if q := entries[i].Quote; q != nil {
				if _, err := t.CreateQuote(*q); err != nil {
					return fmt.Errorf("entry %d: %w", i, err)
				}
				if e.QuoteID == "" {
					e.QuoteID = q.ID
				}
			}
			ok, err := t.RecordEmail(e)
			if err != nil {
				return fmt.Errorf("entry %d: %w", i, err)
			}
			if ok {
				created++
			}
		}
		return nil
	})
	return created, err
}

// appendEvent applies ev to q, appends it to q's history and rewrites the
// quote, its fact and its index entries. An event with the same kind and
// evidence as an earlier one is a no-op (false, nil).
func (t *Tx) appendEvent(q *Quote, ev Event) (bool, error) {
	if ev.Evidence != "" {
		dup := false
		if err := t.eachEvent(q.ID, func(old Event) bool {
			dup = old.Kind == ev.Kind && old.Evidence == ev.Evidence
			return !dup
		}); err != nil {
			return false, err
		}
		if dup {
			return false, nil
		}
	}
	next, err := q.State.Apply(ev)
	if err != nil {
		if te, ok := err.(*TransitionError); ok {
			te.QuoteID = q.ID
		} else {
			err = fmt.Errorf("quote %s: %w", q.ID, err)
		}
		return false, err
	}
	if err := putJSON(t.events, eventKey(q.ID, q.State.Events), ev); err != nil {
		return false, err
	}
	prev := q.State
	q.State = next
	if err := t.reindex(q.ID, prev, next); err != nil {
		return false, err
	}
	return true, t.putQuote(q)
}

func indexKey(at time.Time, id string) []byte {
	k := timeKey(at)
	return append(k[:], id...)
}

// reindex moves a quote between the open, follow-up and unclear indexes.
func (t *Tx) reindex(id string, prev, next State) error {
	open := func(s State) bool { return s.Status == Sent }
	needsFollowUp := func(s State) bool { return open(s) && !s.FollowedUp }
	if open(prev) {
		if err := t.open.Delete(indexKey(prev.OpenedAt, id)); err != nil {
			return err
		}
	}
	if needsFollowUp(prev) {
		if err := t.followup.Delete(indexKey(prev.OpenedAt, id)); err != nil {
			return err
		}
	}
	if open(next) {
		if err := t.open.Put(indexKey(next.OpenedAt, id), nil); err != nil {
			return err
		}
	}
	if needsFollowUp(next) {
		if err := t.followup.Put(indexKey(next.OpenedAt, id), nil); err != nil {
			return err
		}
	}
	switch {
	case next.Unclear && !prev.Unclear:
		return t.unclear.Put([]byte(id), nil)
	case !next.Unclear && prev.Unclear:
		return t.unclear.Delete([]byte(id))
	}
	return nil
}

// putQuote stores the quote record and its fact.
func (t *Tx) putQuote(q *Quote) error {
	if err := putJSON(t.quotes, []byte(q.ID), q); err != nil {
		return err
	}
	f := fact{
		kind:   kindQuote,
		at:     q.CreatedAt.UnixNano(),
		hash:   idHash(q.ID),
		status: statusCode(q.Status),
		tier:   tierCode(q.Tier),
		billed: uint32(q.BilledMinutes()),
		total:  q.Total,
	}
	if q.Unclear {
		f.flags |= flagUnclear
	}
	if q.Status == Accepted && q.Agreed > 0 {
		f.flags |= flagAgreed
		f.agreed = q.Agreed
	}
	copy(f.cur[:], q.Currency)
	if err := t.setNames(&f, q.Rep, q.Client, q.Org); err != nil {
		return err
	}
	return t.facts.Put(f.key(), f.value())
}

// putEmail stores the email record and its fact.
func (t *Tx) putEmail(e *Email) error {
	if err := putJSON(t.emails, []byte(e.SourceToken), e); err != nil {
		return err
	}
	f := fact{
		kind:      kindEmail,
		at:        e.ReceivedAt.UnixNano(),
		hash:      idHash(e.SourceToken),
		usage:     usageCode(e.Usage),
		questions: uint16(e.Questions),
		freeMin:   uint32(e.FreeMinutes),
	}
	if e.Skipped {
		f.flags |= flagSkipped
	}
	if !e.DraftedAt.IsZero() {
		f.flags |= flagDrafted
		// A Date header in the future or clocks that disagree make a
		// negative delay: count it as immediate rather than drop it.
		d := e.DraftedAt.Sub(e.ReceivedAt) / time.Second
		f.delay = uint32(min(max(d, 0), math.MaxUint32))
	}
	if !e.SentAt.IsZero() {
		f.flags |= flagSent
		d := e.SentAt.Sub(e.ReceivedAt) / time.Second
		f.response = uint32(min(max(d, 0), math.MaxUint32))
	}
	if err := t.setNames(&f, e.Rep, e.Client, e.Org); err != nil {
		return err
	}
	return t.facts.Put(f.key(), f.value())
}

func (t *Tx) setNames(f *fact, rep, client, org string) (err error) {
	if f.rep, err = t.nameID(nameRep, rep); err != nil {
		return err
	}
	if f.client, err = t.nameID(nameClient, client); err != nil {
		return err
	}
	f.org, err = t.nameID(nameOrg, org)
	return err
}

// linkMessageID makes replies citing msgID find the quote. The first quote
// to claim a Message-ID keeps it.
func (t *Tx) linkMessageID(msgID, quoteID string) error {
	msgID = normMsgID(msgID)
	if msgID == "" {
		return nil
	}
	if len(msgID) > 995 { // RFC 5322 §2.1.1 line limit; bbolt keys are bounded too
		t.l.log.Warn("ledger: Message-ID too long to index", "quote", quoteID, "len", len(msgID))
		return nil
	}
	if old := t.msgids.Get([]byte(msgID)); old != nil {
		if string(old) != quoteID {
			t.l.log.Warn("ledger: Message-ID already belongs to another quote", "message_id", msgID, "quote", quoteID, "owner", string(old))
		}
		return nil
	}
	return t.msgids.Put([]byte(msgID), []byte(quoteID))
}

// Mark records a person's decision on a quote: accepted or declined
// (including reversals and late answers to expired quotes), sent (reopen:
// awaiting an answer again; or a draft sent outside fivemin's view) or
// withdrawn. It clears an unclear flag. Illegal moves return a
// *TransitionError (errors.Is(err, ErrIllegalTransition)).
func (t *Tx) Mark(id string, to Status, actor Actor, note string) (*Quote, error) {
	return t.MarkAgreed(id, to, actor, note, 0)
}

// MarkAgreed is Mark with the amount agreed, in minor units of the quote's
// currency, for a quote marked accepted at another price than quoted (a
// counter-offer taken); 0 means the quoted total. Reports count the agreed
// amount as the value won.
func (t *Tx) MarkAgreed(id string, to Status, actor Actor, note string, amount int64) (*Quote, error) {
	q, err := t.Quote(id)
	if err != nil {
		return nil, err
	}
	if amount < 0 || amount > 0 && to != Accepted {
		return nil, fmt.Errorf("%w: an agreed amount (%d) goes with accepted, and is not negative", ErrInvalid, amount)
	}
	kind, err := eventFor(q.Status, to)
	if err != nil {
		return nil, err
	}
	_, err = t.appendEvent(q, Event{Time: t.l.now(), Kind: kind, Actor: actor, Note: note, Amount: amount})
	return q, err
}

// RecordEmail records one triaged email (see Tx.RecordEmail).
func (l *Ledger) RecordEmail(ctx context.Context, e Email) (created bool, err error) {
	err = l.Update(ctx, func(t *Tx) error { created, err = t.RecordEmail(e); return err })
	return created, err
}

// CreateQuote records a new drafted quote (see Tx.CreateQuote).
func (l *Ledger) CreateQuote(ctx context.Context, q Quote) (created bool, err error) {
	err = l.Update(ctx, func(t *Tx) error { created, err = t.CreateQuote(q); return err })
	return created, err
}

// Mark records a person's decision on a quote (see Tx.Mark).
func (l *Ledger) Mark(ctx context.Context, id string, to Status, actor Actor, note string) (q *Quote, err error) {
	return l.MarkAgreed(ctx, id, to, actor, note, 0)
}

// MarkAgreed records a person's decision with the amount agreed (see
// Tx.MarkAgreed).
func (l *Ledger) MarkAgreed(ctx context.Context, id string, to Status, actor Actor, note string, amount int64) (q *Quote, err error) {
	err = l.Update(ctx, func(t *Tx) error { q, err = t.MarkAgreed(id, to, actor, note, amount); return err })
	return q, err
}
