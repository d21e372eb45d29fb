package ledger

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Status is where a quote stands. It is never stored on its own authority:
// it is the fold of the quote's events (see State.Apply).
type Status string

const (
	Drafted   Status = "drafted"   // in the rep's Drafts folder
	Sent      Status = "sent"      // sent, awaiting the client's answer ("open")
	Accepted  Status = "accepted"  // the client said go ahead
	Declined  Status = "declined"  // the client said no thanks
	Expired   Status = "expired"   // no answer within the validity period
	Withdrawn Status = "withdrawn" // the draft was deleted unsent
)

// Statuses lists every status in lifecycle order.
var Statuses = []Status{Drafted, Sent, Accepted, Declined, Expired, Withdrawn}

// ParseStatus reads a status name as written by String.
func ParseStatus(s string) (Status, error) {
	for _, st := range Statuses {
		if string(st) == s {
			return st, nil
		}
	}
	return "", fmt.Errorf("%w: unknown quote status %q (want one of drafted, sent, accepted, declined, expired, withdrawn)", ErrInvalid, s)
}

// Concluded reports whether the quote has an outcome that counts towards
// the acceptance rate: accepted, declined or expired.
func (s Status) Concluded() bool { return s == Accepted || s == Declined || s == Expired }

// WasSent reports whether the quote reached the client.
func (s Status) WasSent() bool { return s == Sent || s.Concluded() }

// Actor is who caused an event.
type Actor string

const (
	ActorSystem  Actor = "system"  // fivemin itself: sweeps, mailbox observations
	ActorRep     Actor = "rep"     // the rep who owns the quote
	ActorManager Actor = "manager" // a manager overriding or deciding
	ActorClient  Actor = "client"  // the client, through a reply
)

// ParseActor reads an actor name.
func ParseActor(s string) (Actor, error) {
	switch a := Actor(s); a {
	case ActorSystem, ActorRep, ActorManager, ActorClient:
		return a, nil
	}
	return "", fmt.Errorf("%w: unknown actor %q (want system, rep, manager or client)", ErrInvalid, s)
}

// EventKind names what happened to a quote.
type EventKind string

const (
	EventDrafted   EventKind = "drafted"   // quote created with its draft
	EventSent      EventKind = "sent"      // the sent message was seen (or a reply proved it was sent)
	EventAccepted  EventKind = "accepted"  // decision: accepted
	EventDeclined  EventKind = "declined"  // decision: declined
	EventExpired   EventKind = "expired"   // no answer within the validity period
	EventWithdrawn EventKind = "withdrawn" // the draft was deleted unsent
	EventReopened  EventKind = "reopened"  // a rep or manager put the quote back to awaiting an answer
	EventUnclear   EventKind = "unclear"   // a reply needs a person to read it; flags the quote
	EventFollowUp  EventKind = "followup"  // the one follow-up draft was made
)

// Event is one entry of a quote's history. Events are only ever appended.
type Event struct {
	Time  time.Time `json:"time"`
	Kind  EventKind `json:"kind"`
	Actor Actor     `json:"actor"`
	// Evidence is what the event rests on: the sent message's or the
	// reply's Message-ID, the follow-up's Message-ID. Events with evidence
	// are idempotent: recording the same kind with the same evidence twice
	// is a no-op, so the pipeline can re-handle a message after a crash.
	Evidence string `json:"evidence,omitempty"`
	Note     string `json:"note,omitempty"`
	// Amount is the amount agreed on an accepted event, minor units of
	// the quote's currency; 0 means the quoted total.
	Amount int64 `json:"amount,omitempty"`
	// Answer is the client's own words on a reply's event (the first
	// lines of their new text), for the person who decides.
	Answer string `json:"answer,omitempty"`
}

// State is what a quote's events add up to. The quote record caches it;
// Fold recomputes it from the history, and the two must always agree.
type State struct {
	Status     Status    `json:"status"`
	Unclear    bool      `json:"unclear,omitempty"`     // a reply awaits a person's decision
	FollowedUp bool      `json:"followed_up,omitempty"` // the one follow-up was made
	SentAt     time.Time `json:"sent_at,omitzero"`      // first time it was sent
	OpenedAt   time.Time `json:"opened_at,omitzero"`    // last time it became open: the expiry clock starts here
	DecidedAt  time.Time `json:"decided_at,omitzero"`   // last decision (accepted, declined, expired); zero while open
	Events     int       `json:"events"`                // number of events folded
	// Agreed is the amount agreed when a person accepted the quote at
	// another price (minor units); 0 means the quoted total.
	Agreed int64 `json:"agreed,omitempty"`
	// Answer is the client's latest answer in their own words, and
	// FlagNote why it was flagged, while or since it was.
	Answer   string `json:"answer,omitempty"`
	FlagNote string `json:"flag_note,omitempty"`
}

// ErrIllegalTransition is matched (errors.Is) by every *TransitionError.
var ErrIllegalTransition = errors.New("illegal quote transition")

// ErrFollowUpDone is returned when a second follow-up is recorded for a quote.
var ErrFollowUpDone = errors.New("follow-up already made")

// TransitionError says why an event may not be applied to a quote.
type TransitionError struct {
	QuoteID string
	From    Status // status before the event ("" for a quote with no events)
	Event   EventKind
	Actor   Actor
	Reason  string
}

func (e *TransitionError) Error() string {
	id := e.QuoteID
	if id == "" {
		id = "(quote)"
	}
	from := string(e.From)
	if from == "" {
		from = "new"
	}
	return fmt.Sprintf("quote %s: cannot record %q by %s on a %s quote: %s", id, e.Event, e.Actor, from, e.Reason)
}

// Is makes errors.Is(err, ErrIllegalTransition) true.
func (e *TransitionError) Is(target error) bool { return target == ErrIllegalTransition }

// Apply returns the state after ev, or a *TransitionError if the rules
// forbid it. The rules, in one place (Fold replays them):
//
//	event       from                                  by
//	drafted     (nothing)                             system, rep
//	sent        drafted                               system, rep, manager
//	sent        withdrawn                             system, rep, manager  [1]
//	withdrawn   drafted                               system, rep, manager
//	accepted    sent                                  client, rep, manager
//	declined    sent                                  client, rep, manager
//	accepted    declined, expired                     rep, manager          [2]
//	declined    accepted, expired                     rep, manager          [2]
//	accepted    accepted, if flagged                  rep, manager          [3]
//	declined    declined, if flagged                  rep, manager          [3]
//	expired     sent, not flagged                     system
//	reopened    accepted, declined, expired;          rep, manager          [4]
//	            sent, if flagged
//	unclear     sent, accepted, declined, expired     client, system        [5]
//	followup    sent, once                            system, rep           [6]
//
// Notes:
//   - [1] the sent copy showed up after the draft vanished: mail programs
//     may delete the draft before filing the copy in Sent. Withdrawn is
//     otherwise final.
//   - [2] a reversal, or a late answer to an expired quote: always a
//     person. Clients never overturn a decision on their own; a reply
//     contradicting one flags the quote instead (ApplyReply).
//   - [3] confirms the decision and clears the flag.
//   - [4] back to awaiting an answer: the expiry clock restarts at the
//     reopen time; a follow-up is made only if none was made before.
//   - [5] flags the quote for a person; a flagged quote neither expires
//     nor gets a follow-up until someone decides it (Mark).
//   - [6] a second follow-up returns ErrFollowUpDone.
func (s State) Apply(ev Event) (State, error) {
	if reason := s.admits(ev); reason != "" {
		return s, s.refuse(ev, reason)
	}
	n := s
	n.Events++
	if ev.Answer != "" {
		n.Answer = ev.Answer
	}
	reason, err := s.step(&n, ev)
	if err != nil {
		return s, err
	}
	if reason != "" {
		return s, s.refuse(ev, reason)
	}
	return n, nil
}

// refuse is the error for an event the rules above do not allow.
func (s State) refuse(ev Event, reason string) error {
	return &TransitionError{From: s.Status, Event: ev.Kind, Actor: ev.Actor, Reason: reason}
}

// admits checks what every event must satisfy whatever its kind, before
// the kind's own rules; it returns why ev is refused, or "".
func (s State) admits(ev Event) string {
	if ev.Time.IsZero() {
		return "the event has no time"
	}
	if _, err := ParseActor(string(ev.Actor)); err != nil {
		return fmt.Sprintf("unknown actor %q", ev.Actor)
	}
	if s.Events == 0 && ev.Kind != EventDrafted {
		return "a quote's history starts with its draft"
	}
	if ev.Amount < 0 || ev.Amount > 0 && ev.Kind != EventAccepted {
		return "only an acceptance carries an agreed amount, and it is not negative"
	}
	return ""
}

// step applies ev's own rule (one row group of the table above) to n, a
// copy of s already counting ev. It returns why ev is refused, or "", and
// an error only for ErrFollowUpDone, which is not a TransitionError.
func (s State) step(n *State, ev Event) (string, error) {
	switch ev.Kind {
	case EventDrafted:
		return s.drafted(n, ev), nil
	case EventSent:
		return s.sent(n, ev), nil
	case EventWithdrawn:
		return s.withdrawn(n, ev), nil
	case EventAccepted, EventDeclined:
		return s.decided(n, ev), nil
	case EventExpired:
		return s.expired(n, ev), nil
	case EventReopened:
		return s.reopened(n, ev), nil
	case EventUnclear:
		return s.unclear(n, ev), nil
	case EventFollowUp:
		return s.followUp(n, ev)
	}
	return "unknown event kind", nil
}

// by reports whether ev was recorded by one of the allowed actors.
func by(ev Event, allowed ...Actor) bool { return slices.Contains(allowed, ev.Actor) }

func (s State) drafted(n *State, ev Event) string {
	if s.Events != 0 {
		return "a quote is drafted once"
	}
	if !by(ev, ActorSystem, ActorRep) {
		return "only fivemin or the rep drafts a quote"
	}
	n.Status = Drafted
	return ""
}

func (s State) sent(n *State, ev Event) string {
	if s.Status != Drafted && s.Status != Withdrawn {
		return "only a drafted (or withdrawn) quote can be sent"
	}
	if !by(ev, ActorSystem, ActorRep, ActorManager) {
		return "the client does not send the firm's quote"
	}
	n.Status = Sent
	if n.SentAt.IsZero() {
		n.SentAt = ev.Time
	}
	n.OpenedAt = ev.Time
	return ""
}

func (s State) withdrawn(n *State, ev Event) string {
	if s.Status != Drafted {
		return "only a draft that was never sent can be withdrawn"
	}
	if !by(ev, ActorSystem, ActorRep, ActorManager) {
		return "only fivemin, the rep or a manager withdraws a draft"
	}
	n.Status = Withdrawn
	return ""
}

// decided handles both acceptance and refusal: they differ only in the
// status they lead to.
func (s State) decided(n *State, ev Event) string {
	to := Accepted
	if ev.Kind == EventDeclined {
		to = Declined
	}
	if reason := s.mayDecide(ev, to); reason != "" {
		return reason
	}
	n.Status = to
	n.Unclear = false
	n.DecidedAt = ev.Time
	n.Agreed = ev.Amount
	return ""
}

// mayDecide says who may record a decision from each status ([2], [3]).
func (s State) mayDecide(ev Event, to Status) string {
	switch s.Status {
	case Sent:
		if !by(ev, ActorClient, ActorRep, ActorManager) {
			return "a decision comes from the client, the rep or a manager"
		}
	case Accepted, Declined:
		if !by(ev, ActorRep, ActorManager) {
			return "only the rep or a manager reverses a decision"
		}
		if s.Status == to && !s.Unclear {
			return "the quote is already " + string(to)
		}
	case Expired:
		if !by(ev, ActorRep, ActorManager) {
			return "only the rep or a manager records a late answer to an expired quote"
		}
	default:
		return "the quote was never sent"
	}
	return ""
}

func (s State) expired(n *State, ev Event) string {
	if s.Status != Sent {
		return "only a quote awaiting an answer expires"
	}
	if s.Unclear {
		return "a flagged quote waits for the rep's decision"
	}
	if !by(ev, ActorSystem) {
		return "expiry is recorded by fivemin's sweep"
	}
	n.Status = Expired
	n.DecidedAt = ev.Time
	n.Agreed = 0
	return ""
}

func (s State) reopened(n *State, ev Event) string {
	if !s.Status.Concluded() && !(s.Status == Sent && s.Unclear) {
		return "only a decided, expired or flagged quote can be reopened"
	}
	if !by(ev, ActorRep, ActorManager) {
		return "only the rep or a manager reopens a quote"
	}
	n.Status = Sent
	n.Unclear = false
	n.OpenedAt = ev.Time
	n.DecidedAt = time.Time{}
	n.Agreed = 0
	return ""
}

func (s State) unclear(n *State, ev Event) string {
	if !s.Status.WasSent() {
		return "only a sent quote gets replies"
	}
	if !by(ev, ActorClient, ActorSystem) {
		return "flags are raised by reply handling"
	}
	n.Unclear = true
	n.FlagNote = ev.Note
	return ""
}

func (s State) followUp(n *State, ev Event) (string, error) {
	if s.Status != Sent {
		return "only a quote awaiting an answer is followed up", nil
	}
	if s.FollowedUp {
		return "", ErrFollowUpDone
	}
	if !by(ev, ActorSystem, ActorRep) {
		return "follow-ups are made by fivemin or the rep", nil
	}
	n.FollowedUp = true
	return "", nil
}

// Fold replays a quote's history from the start and returns its state. An
// error means the history breaks the rules, which the ledger never writes.
func Fold(events []Event) (State, error) {
	var s State
	for i, ev := range events {
		var err error
		if s, err = s.Apply(ev); err != nil {
			return s, fmt.Errorf("event %d: %w", i, err)
		}
	}
	return s, nil
}

// eventFor names the event that moves a quote from one status to another
// when a person marks it.
func eventFor(from, to Status) (EventKind, error) {
	switch to {
	case Accepted:
		return EventAccepted, nil
	case Declined:
		return EventDeclined, nil
	case Withdrawn:
		return EventWithdrawn, nil
	case Sent:
		if from == Drafted || from == Withdrawn {
			return EventSent, nil
		}
		return EventReopened, nil
	}
	return "", fmt.Errorf("%w: a quote cannot be marked %q by hand (want accepted, declined, sent or withdrawn)", ErrInvalid, to)
}
