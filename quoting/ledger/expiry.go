package ledger

import (
	"bytes"
	"context"
	"fmt"
	"time"
)

// Policy is how long quotes wait for an answer. The caller passes the
// current configuration on every call, so a reload takes effect at once.
type Policy struct {
	// Validity is how long a sent quote stays open; after it the quote
	// expires. Counted from when it last became open (sent or reopened).
	Validity time.Duration
	// FollowUpAfter is the number of business days (Monday–Friday in the
	// ledger's Location; holidays are not known) after which the one
	// follow-up is due. 0 disables follow-ups.
	FollowUpAfter int
}

func (p Policy) check() error {
	if p.Validity <= 0 || p.FollowUpAfter < 0 {
		return fmt.Errorf("%w: quote validity %v must be positive and follow-up days %d not negative", ErrInvalid, p.Validity, p.FollowUpAfter)
	}
	return nil
}

// AddBusinessDays returns t moved forward by n weekdays at the same clock
// time in loc: Friday 17:00 plus one is Monday 17:00, and Saturday 10:00
// plus one is Monday 10:00.
func AddBusinessDays(t time.Time, n int, loc *time.Location) time.Time {
	t = t.In(loc)
	for n > 0 {
		t = t.AddDate(0, 0, 1)
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n--
		}
	}
	return t
}

// Sweep expires the quotes that have waited the whole validity period
// without an answer, as of now, and returns their IDs. Flagged quotes wait
// for a person instead. All expiries are one transaction.
func (t *Tx) Sweep(now time.Time, p Policy) ([]string, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	// The open index is ordered by opened-at, so the walk stops at the
	// first quote still inside its validity.
	limit := timeKey(now.Add(-p.Validity))
	var due []string
	c := t.open.Cursor()
	for k, _ := c.First(); len(k) > 8 && bytes.Compare(k[:8], limit[:]) <= 0; k, _ = c.Next() {
		due = append(due, string(k[8:]))
	}
	var expired []string
	for _, id := range due {
		q, err := t.Quote(id)
		if err != nil {
			return expired, err
		}
		if q.Status != Sent || q.Unclear {
			continue
		}
		note := fmt.Sprintf("no answer within %v", p.Validity)
		if _, err := t.appendEvent(q, Event{Time: now, Kind: EventExpired, Actor: ActorSystem, Note: note}); err != nil {
			return expired, err
		}
		expired = append(expired, q.ID)
	}
	return expired, nil
}

// FollowUpsDue returns the quotes whose one follow-up is due at now: open,
// not flagged, never followed up, FollowUpAfter business days after they
// became open, and not yet at expiry.
func (t *Tx) FollowUpsDue(now time.Time, p Policy) ([]Quote, error) {
	if err := p.check(); err != nil || p.FollowUpAfter == 0 {
		return nil, err
	}
	var qs []Quote
	nowKey := timeKey(now)
	c := t.followup.Cursor()
	for k, _ := c.First(); len(k) > 8 && bytes.Compare(k[:8], nowKey[:]) <= 0; k, _ = c.Next() {
		q, err := t.Quote(string(k[8:]))
		if err != nil {
			return qs, err
		}
		if q.Status != Sent || q.Unclear || q.FollowedUp {
			continue
		}
		if AddBusinessDays(q.OpenedAt, p.FollowUpAfter, t.l.loc).After(now) || !q.OpenedAt.Add(p.Validity).After(now) {
			continue
		}
		qs = append(qs, *q)
	}
	return qs, nil
}

// RecordFollowUp records that the follow-up draft for a quote was made,
// with its Message-ID (replies to the follow-up then find the quote). A
// second follow-up returns ErrFollowUpDone; repeating the same Message-ID
// is a no-op.
func (t *Tx) RecordFollowUp(id, messageID string, at time.Time) error {
	if at.IsZero() {
		at = t.l.now()
	}
	q, err := t.Quote(id)
	if err != nil {
		return err
	}
	if _, err := t.appendEvent(q, Event{Time: at, Kind: EventFollowUp, Actor: ActorSystem, Evidence: normMsgID(messageID)}); err != nil {
		return err
	}
	return t.linkMessageID(messageID, q.ID)
}

// Sweep expires overdue quotes (see Tx.Sweep).
func (l *Ledger) Sweep(ctx context.Context, now time.Time, p Policy) (ids []string, err error) {
	err = l.Update(ctx, func(t *Tx) error { ids, err = t.Sweep(now, p); return err })
	return ids, err
}

// FollowUpsDue lists quotes due their follow-up (see Tx.FollowUpsDue).
func (l *Ledger) FollowUpsDue(ctx context.Context, now time.Time, p Policy) (qs []Quote, err error) {
	err = l.View(ctx, func(t *Tx) error { qs, err = t.FollowUpsDue(now, p); return err })
	return qs, err
}

// RecordFollowUp records the follow-up draft (see Tx.RecordFollowUp).
func (l *Ledger) RecordFollowUp(ctx context.Context, id, messageID string, at time.Time) error {
	return l.Update(ctx, func(t *Tx) error { return t.RecordFollowUp(id, messageID, at) })
}
