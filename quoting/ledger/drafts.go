package ledger

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// SentDraft is the mailbox's observation that a draft fivemin made was sent:
// its copy appeared in the Sent folder. Give SourceToken, QuoteID or both
// (whichever the draft's headers carried).
type SentDraft struct {
	SourceToken string
	QuoteID     string
	MessageID   string    // the sent message's Message-ID
	At          time.Time // when it was sent (zero: now); the email's SentAt
	// Draft is the text fivemin drafted and Sent the text that went out;
	// ClassifyEdit compares them. Leave both empty when the texts are not
	// at hand: the quote is still marked sent, the usage is not recorded.
	Draft, Sent string
}

// DraftSent records that a draft was sent: the edit class of the email's
// draft, and the quote (if any) moving to sent with the sent Message-ID as
// evidence and as a key for matching replies. It is idempotent.
func (t *Tx) DraftSent(d SentDraft) (EditClass, error) {
	if d.At.IsZero() {
		d.At = t.l.now()
	}
	e, q, err := t.draftRecords(d.SourceToken, d.QuoteID)
	if err != nil {
		return "", err
	}
	var class EditClass
	if e != nil {
		changed := false
		if d.Draft != "" || d.Sent != "" {
			var sim int
			class, sim = ClassifyEdit(d.Draft, d.Sent)
			e.Usage, e.Similarity, e.UsageAt = class, sim, d.At
			changed = true
		} else if e.Usage == Deleted {
			// Seen deleted, then its reply in Sent (the rep wrote their
			// own and sent it later): not deleted unsent after all, and
			// with no texts to compare, how it was used is unknown.
			e.Usage, e.Similarity, e.UsageAt = "", 0, time.Time{}
			changed = true
		}
		// The first reply sent is the first response; a later copy (the
		// rep sending the draft again) does not move it.
		if e.SentAt.IsZero() || d.At.Before(e.SentAt) {
			e.SentAt, changed = d.At, true
		}
		if changed {
			if err := t.putEmail(e); err != nil {
				return "", err
			}
		}
	}
	if q == nil {
		return class, nil
	}
	if q.Status == Drafted || q.Status == Withdrawn {
		if _, err := t.appendEvent(q, Event{Time: d.At, Kind: EventSent, Actor: ActorSystem, Evidence: normMsgID(d.MessageID)}); err != nil {
			return class, err
		}
	}
	// Already sent (a reply may have proved it first): nothing to change,
	// but the sent copy's Message-ID still identifies the thread.
	return class, t.linkMessageID(d.MessageID, q.ID)
}

// DraftDeleted records that a draft vanished from Drafts without a sent
// copy: the email's draft counts as deleted, and its quote, if still a
// draft, is withdrawn. A draft already seen sent keeps that usage.
func (t *Tx) DraftDeleted(sourceToken, quoteID string, at time.Time) error {
	if at.IsZero() {
		at = t.l.now()
	}
	e, q, err := t.draftRecords(sourceToken, quoteID)
	if err != nil {
		return err
	}
	if e != nil && e.Usage == "" {
		e.Usage, e.Similarity, e.UsageAt = Deleted, 0, at
		if err := t.putEmail(e); err != nil {
			return err
		}
	}
	if q != nil && q.Status == Drafted {
		_, err := t.appendEvent(q, Event{Time: at, Kind: EventWithdrawn, Actor: ActorSystem, Note: "draft deleted unsent"})
		return err
	}
	return nil
}

// draftRecords finds the email and quote a draft belongs to. Either may be
// missing, not both.
func (t *Tx) draftRecords(token, quoteID string) (*Email, *Quote, error) {
	var (
		e   *Email
		q   *Quote
		err error
	)
	if quoteID != "" {
		if q, err = t.Quote(quoteID); err != nil {
			return nil, nil, err
		}
		if token == "" {
			token = q.SourceToken
		}
	}
	if token != "" {
		e, err = t.Email(token)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return nil, nil, err
		}
	}
	if q == nil && e != nil && e.QuoteID != "" {
		if q, err = t.Quote(e.QuoteID); err != nil && !errors.Is(err, ErrNotFound) {
			return nil, nil, err
		}
	}
	if e == nil && q == nil {
		return nil, nil, fmt.Errorf("draft for source %q, quote %q: %w", token, quoteID, ErrNotFound)
	}
	return e, q, nil
}

// DraftSent records that a draft was sent (see Tx.DraftSent).
func (l *Ledger) DraftSent(ctx context.Context, d SentDraft) (class EditClass, err error) {
	err = l.Update(ctx, func(t *Tx) error { class, err = t.DraftSent(d); return err })
	return class, err
}

// DraftDeleted records that a draft was deleted unsent (see Tx.DraftDeleted).
func (l *Ledger) DraftDeleted(ctx context.Context, sourceToken, quoteID string, at time.Time) error {
	return l.Update(ctx, func(t *Tx) error { return t.DraftDeleted(sourceToken, quoteID, at) })
}

// DraftNotStored records that the draft made for sourceToken never reached
// the rep's Drafts (the mailbox refused it or gave up storing it): the
// email no longer counts as drafted, and its quote, if it is still a
// draft, is withdrawn with the reason as its note. So no quote waits as
// drafted for a draft that does not exist. It is idempotent, and a token
// the ledger never recorded is not an error: nothing was left behind.
func (t *Tx) DraftNotStored(sourceToken, reason string, at time.Time) error {
	if at.IsZero() {
		at = t.l.now()
	}
	e, err := t.Email(sourceToken)
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	var q *Quote
	if e.QuoteID != "" {
		if q, err = t.Quote(e.QuoteID); err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
	}
	if e.Usage != "" || (q != nil && q.Status != Drafted) {
		return nil // the draft was seen sent or deleted: it was stored
	}
	if !e.DraftedAt.IsZero() {
		e.DraftedAt = time.Time{}
		if err := t.putEmail(e); err != nil {
			return err
		}
	}
	if q == nil {
		return nil
	}
	if r := []rune(reason); len(r) > 200 {
		reason = string(r[:199]) + "…"
	}
	_, err = t.appendEvent(q, Event{Time: at, Kind: EventWithdrawn, Actor: ActorSystem, Note: "draft not stored: " + reason})
	return err
}

// DraftNotStored records that a draft never reached Drafts (see
// Tx.DraftNotStored).
func (l *Ledger) DraftNotStored(ctx context.Context, sourceToken, reason string, at time.Time) error {
	return l.Update(ctx, func(t *Tx) error { return t.DraftNotStored(sourceToken, reason, at) })
}
