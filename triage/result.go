package triage

import (
	"net/mail"
	"time"
)

// Kind says whether an ask fits in the free minutes.
type Kind string

const (
	Quick Kind = "quick" // answerable in a sentence or two, no research or production work
	Paid  Kind = "paid"  // production work, quoted before it is done
)

// SkipReason says why a message must get no draft at all.
type SkipReason string

const (
	SkipNone        SkipReason = ""
	SkipAuto        SkipReason = "auto"         // auto-replies, out-of-office
	SkipBulk        SkipReason = "bulk"         // newsletters, mailing lists
	SkipBounce      SkipReason = "bounce"       // delivery reports
	SkipNoQuestions SkipReason = "no-questions" // thanks, FYI
	SkipOwn         SkipReason = "own"          // from the firm itself, or a loop
)

// Decision is a client's answer to a quote, read from their reply.
type Decision string

const (
	DecisionNone Decision = ""
	Accepted     Decision = "accepted"
	Declined     Decision = "declined"
	Unclear      Decision = "unclear" // counter-offer, question back, "let me think"
)

// Question is one ask found in a client's email.
type Question struct {
	// Text is the ask in the client's own words, whitespace collapsed and
	// list markers removed.
	Text string
	Kind Kind
	// Minutes is the estimated work. For quick asks it counts against the
	// free allowance; for paid asks it is what gets quoted.
	Minutes int
	// Category is the kind of work (tax, bookkeeping, ...) when a signal
	// names one; it selects a category rate when pricing.
	Category string
	// Act is the kind of ask (confirm, status, schedule, send, prepare,
	// review, ...), used to suggest a stock answer.
	Act string
	// Overflow is true for a quick ask turned paid because the quick asks
	// before it used up the free minutes.
	Overflow bool
}

// Result is everything triage learnt from one message.
type Result struct {
	MessageID  string   // without angle brackets
	InReplyTo  []string // message IDs, without angle brackets
	References []string
	From       *mail.Address
	ReplyTo    []*mail.Address
	To         []*mail.Address
	Cc         []*mail.Address
	Subject    string // decoded, control characters removed
	Date       time.Time

	Skip       bool
	SkipReason SkipReason

	Questions   []Question
	FreeMinutes int  // the allowance applied
	NeedsQuote  bool // at least one paid ask

	// ReplyDecision is set only for replies (In-Reply-To or References).
	ReplyDecision Decision

	// Body is the whole readable text of the message, as the client sent
	// it (quoted history included), for quoting it below the reply.
	Body string
	// NewText is the client's own new text: history, signature and
	// disclaimers removed.
	NewText string

	// Warnings list what could not be parsed fully; the rest of the
	// result is still as good as the input allowed.
	Warnings []string
}

// QuickMinutes is the sum of the quick asks' estimates.
func (r *Result) QuickMinutes() int {
	n := 0
	for _, q := range r.Questions {
		if q.Kind == Quick {
			n += q.Minutes
		}
	}
	return n
}

// PaidMinutes is the sum of the paid asks' estimates.
func (r *Result) PaidMinutes() int {
	n := 0
	for _, q := range r.Questions {
		if q.Kind == Paid {
			n += q.Minutes
		}
	}
	return n
}
