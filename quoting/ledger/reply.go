package ledger

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Decision is what triage read in a client's reply to a quote. The values
// are triage.Decision's, so the pipeline converts with Decision(d).
type Decision string

const (
	DecisionNone     Decision = ""
	DecisionAccepted Decision = "accepted"
	DecisionDeclined Decision = "declined"
	DecisionUnclear  Decision = "unclear" // counter-offer, question back, "let me think"
)

// MatchKind says how a reply was tied to its quote.
type MatchKind string

const (
	MatchInReplyTo  MatchKind = "in-reply-to" // cites the quote's (or its sent copy's or follow-up's) Message-ID
	MatchReferences MatchKind = "references"
	MatchSubject    MatchKind = "subject" // carries the quote's [Q-…] tag
)

// Reply is a client's reply, as triage parsed it.
type Reply struct {
	MessageID  string   // the reply's own; evidence, and what makes ApplyReply idempotent
	InReplyTo  []string // Message-IDs, with or without angle brackets
	References []string
	Subject    string
	From       string // sender address
	Decision   Decision
	// Reason says why triage read Decision ("conditional: as long as");
	// it goes into the note of a flag.
	Reason string
	// Text is the client's own new text (quoted history removed); its
	// first lines are kept on the event for the person who decides.
	Text string
	At   time.Time // when it arrived (zero: now)
	// CapMinutes is a go-ahead's cap on the time ("keep it under 4
	// hours"), 0 for none: the quote's own minutes settle it (settleCap).
	CapMinutes int
}

// ReplyOutcome is what ApplyReply did.
type ReplyOutcome struct {
	QuoteID string
	Match   MatchKind
	Status  Status // after the reply
	Flagged bool   // the quote awaits a person's decision
	Changed bool   // false when nothing was recorded (repeat, no decision, same decision)
	Note    string // why it was flagged, when it was
	// Asks are the quote's asks, so the caller can tell an ask in the
	// reply about the quoted work from one for new work.
	Asks []string
}

// MatchReply finds the quote a reply answers: by the Message-IDs it cites
// (In-Reply-To first, then References from the nearest parent back, as
// RFC 5322 §3.6.4 orders them) and failing that by a [Q-…] tag in its
// subject. It returns ErrNoMatch when nothing fits.
func (t *Tx) MatchReply(inReplyTo, references []string, subject string) (string, MatchKind, error) {
	for _, id := range inReplyTo {
		if q := t.msgids.Get([]byte(normMsgID(id))); q != nil {
			return string(q), MatchInReplyTo, nil
		}
	}
	for _, id := range slices.Backward(references) {
		if q := t.msgids.Get([]byte(normMsgID(id))); q != nil {
			return string(q), MatchReferences, nil
		}
	}
	for _, id := range QuoteIDsInSubject(subject) {
		if t.quotes.Get([]byte(id)) != nil {
			return id, MatchSubject, nil
		}
	}
	return "", "", ErrNoMatch
}

// ApplyReply matches a reply to its quote and records the client's
// decision:
//
//   - accepted or declined on a quote awaiting an answer moves it there;
//     unclear flags it for the rep (listed by Unclear, settled by Mark).
//     Once flagged, a later accepted or declined flags it again rather
//     than deciding: after a counter-offer, "go ahead" names no price.
//   - any reply to a quote still drafted (or withdrawn) proves it was
//     sent: that is recorded first, decision or not.
//   - on a quote already concluded, the same decision changes nothing and a
//     contrary one (or any decision after expiry) flags it: clients do not
//     overturn a decision on their own, a person does.
//   - a decision from an address that is neither the client nor at the
//     client's domain flags the quote instead of deciding it.
//
// A reply already applied (same Message-ID) changes nothing. With no match
// it returns ErrNoMatch: the reply is then just a new email.
func (t *Tx) ApplyReply(r Reply) (ReplyOutcome, error) {
	if r.At.IsZero() {
		r.At = t.l.now()
	}
	id, how, err := t.MatchReply(r.InReplyTo, r.References, r.Subject)
	if err != nil {
		return ReplyOutcome{}, err
	}
	q, err := t.Quote(id)
	if err != nil {
		return ReplyOutcome{}, err
	}
	a := &replyApply{t: t, q: q, r: r, evidence: normMsgID(r.MessageID),
		out: ReplyOutcome{QuoteID: q.ID, Match: how}}
	for _, ask := range q.Asks {
		a.out.Asks = append(a.out.Asks, ask.Text)
	}
	seen, err := a.applied()
	if err != nil {
		return a.out, err
	}
	if seen {
		return a.finish()
	}
	switch r.Decision {
	case DecisionNone, DecisionAccepted, DecisionDeclined, DecisionUnclear:
	default:
		return a.out, fmt.Errorf("%w: reply decision %q", ErrInvalid, r.Decision)
	}
	if err := a.provesSent(); err != nil {
		return a.out, err
	}
	if r.Decision == DecisionNone {
		return a.finish()
	}
	a.answer = AnswerExcerpt(r.Text)
	a.settleCap()
	if note, ok := a.stranger(); ok {
		return a.flag(note)
	}
	return a.decide()
}

// replyApply is one ApplyReply in progress: the quote it matched and the
// outcome so far, shared by the steps below.
type replyApply struct {
	t        *Tx
	q        *Quote
	r        Reply
	evidence string // the reply's normalised Message-ID, or ""
	answer   string // the excerpt recorded with a decision or flag
	out      ReplyOutcome
}

// settleCap decides a go-ahead with a cap on the time against the
// minutes the quote bills, whatever triage made of the quote it saw
// quoted: at or above them the quote is accepted as it stands; below them
// the client asks for less work, which a person answers.
func (a *replyApply) settleCap() {
	if a.r.CapMinutes <= 0 || a.r.Decision == DecisionDeclined {
		return
	}
	capH, quoted := hoursText(int64(a.r.CapMinutes)), hoursText(a.q.BilledMinutes())
	if int64(a.r.CapMinutes) >= a.q.BilledMinutes() {
		a.r.Decision, a.r.Reason = DecisionAccepted, fmt.Sprintf("go-ahead within a cap of %s, at or above the quoted %s", capH, quoted)
		return
	}
	a.r.Decision, a.r.Reason = DecisionUnclear, fmt.Sprintf("counter-offer: a cap of %s, below the quoted %s", capH, quoted)
}

// hoursText writes minutes as hours: "4 h", "1.5 h".
func hoursText(minutes int64) string {
	return strconv.FormatFloat(float64(minutes)/60, 'f', -1, 64) + " h"
}

// finish reports the quote as the reply left it.
func (a *replyApply) finish() (ReplyOutcome, error) {
	a.out.Status, a.out.Flagged = a.q.Status, a.q.Unclear
	return a.out, nil
}

// applied reports whether this reply (by Message-ID) was recorded before:
// re-reading a mailbox must not record it twice. A sent event citing it
// does not count: that only proved the quote went out.
func (a *replyApply) applied() (bool, error) {
	if a.evidence == "" {
		return false, nil
	}
	seen := false
	err := a.t.eachEvent(a.q.ID, func(ev Event) bool {
		seen = ev.Evidence == a.evidence && ev.Kind != EventSent
		return !seen
	})
	return seen, err
}

func (a *replyApply) record(ev Event) error {
	ev.Time, ev.Evidence = a.r.At, a.evidence
	changed, err := a.t.appendEvent(a.q, ev)
	a.out.Changed = a.out.Changed || changed
	return err
}

// provesSent records that a quote still drafted (or withdrawn) was sent: a
// client answered it.
func (a *replyApply) provesSent() error {
	if a.q.Status != Drafted && a.q.Status != Withdrawn {
		return nil
	}
	return a.record(Event{Kind: EventSent, Actor: ActorSystem, Note: "sent: a client reply cites it"})
}

// flag marks the quote for a person with note, instead of deciding it.
func (a *replyApply) flag(note string) (ReplyOutcome, error) {
	a.out.Note = note
	if err := a.record(Event{Kind: EventUnclear, Actor: ActorClient, Note: note, Answer: a.answer}); err != nil {
		return a.out, err
	}
	return a.finish()
}

// stranger returns a flag note when the reply comes from neither the
// quoted client nor the client's domain: a decision needs the client.
func (a *replyApply) stranger() (string, bool) {
	from := normAddress(a.r.From)
	if a.r.From == "" || from == a.q.Client || domainOf(from) == domainOf(a.q.Client) {
		return "", false
	}
	return fmt.Sprintf("%s reply from %s, who is not the quoted client %s", a.r.Decision, from, a.q.Client), true
}

// decide applies the client's decision as the ApplyReply doc lists.
func (a *replyApply) decide() (ReplyOutcome, error) {
	q, r := a.q, a.r
	switch {
	case r.Decision == DecisionUnclear:
		if q.Status != Sent {
			// Talk in a thread after the outcome is not a new decision.
			return a.finish()
		}
		note := "the client's answer is unclear"
		if r.Reason != "" {
			note += ": " + r.Reason
		}
		return a.flag(note)
	case q.Status == Sent && q.Unclear:
		// "Yes, go ahead" after a counter-offer: at which price? An
		// earlier answer already waits for a person, who reads both.
		return a.flag(fmt.Sprintf("the client now says %s; an earlier answer still waits for a person", r.Decision))
	case q.Status == Sent:
		kind := EventAccepted
		if r.Decision == DecisionDeclined {
			kind = EventDeclined
		}
		if err := a.record(Event{Kind: kind, Actor: ActorClient, Note: r.Reason, Answer: a.answer}); err != nil {
			return a.out, err
		}
		return a.finish()
	case string(q.Status) == string(r.Decision):
		return a.finish()
	case q.Status == Expired:
		return a.flag(fmt.Sprintf("late answer after expiry: %s", r.Decision))
	default:
		return a.flag(fmt.Sprintf("the client now says %s; the quote is %s", r.Decision, q.Status))
	}
}

// Answer excerpts are bounded: enough for a person to decide from (the
// whole message is in their mailbox), small enough for every event.
const (
	answerLines = 8
	answerRunes = 600
)

// AnswerExcerpt is the first lines of a client's answer as the ledger keeps
// it: blank lines dropped, control characters removed, at most 8 lines and
// 600 characters, cut at a word with "…".
func AnswerExcerpt(text string) string {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.Map(func(r rune) rune {
			if r == '\t' {
				return ' '
			}
			if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || !utf8.ValidRune(r) {
				return -1
			}
			return r
		}, l)
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
		if len(lines) == answerLines {
			break
		}
	}
	out := strings.Join(lines, "\n")
	if r := []rune(out); len(r) > answerRunes {
		cut := string(r[:answerRunes])
		if i := strings.LastIndexAny(cut, " \n"); i > answerRunes/2 {
			cut = cut[:i]
		}
		out = cut + "…"
	}
	return out
}

// Unclear lists the quotes flagged for a person's decision, oldest first by
// creation.
func (t *Tx) Unclear() ([]Quote, error) {
	var qs []Quote
	err := t.unclear.ForEach(func(k, _ []byte) error {
		q, err := t.Quote(string(k))
		if err != nil {
			return err
		}
		qs = append(qs, *q)
		return nil
	})
	slices.SortFunc(qs, func(a, b Quote) int { return a.CreatedAt.Compare(b.CreatedAt) })
	return qs, err
}

// MatchReply finds a reply's quote (see Tx.MatchReply).
func (l *Ledger) MatchReply(ctx context.Context, inReplyTo, references []string, subject string) (id string, how MatchKind, err error) {
	err = l.View(ctx, func(t *Tx) error { id, how, err = t.MatchReply(inReplyTo, references, subject); return err })
	return id, how, err
}

// ApplyReply matches a reply and records its decision (see Tx.ApplyReply).
func (l *Ledger) ApplyReply(ctx context.Context, r Reply) (out ReplyOutcome, err error) {
	err = l.Update(ctx, func(t *Tx) error { out, err = t.ApplyReply(r); return err })
	return out, err
}

// Unclear lists the quotes flagged for a person's decision.
func (l *Ledger) Unclear(ctx context.Context) (qs []Quote, err error) {
	err = l.View(ctx, func(t *Tx) error { qs, err = t.Unclear(); return err })
	return qs, err
}
