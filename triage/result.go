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
	// SkipForeignQuote: the message is another firm's quote to its reader
	// ("2 hours at $90/hour, shall I go ahead?"), not a client's request;
	// pricing it back would start a loop between two quoting firms.
	SkipForeignQuote SkipReason = "quote from another firm"
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
	// Estimate says how Minutes was reached, for a paid ask: from the
	// kind of work, scaled by the ask's scope, stated by the client, or
	// capped. CheckEstimate is true when the estimate is uncertain (nothing
	// in the ask sized it, it was capped, or scope multiplied it a lot):
	// the draft asks the rep to check it.
	Estimate      Estimate
	CheckEstimate bool
	// Overflow is true for a quick ask the free minutes did not cover: the
	// quick asks before it used them up. Its Kind stays Quick.
	Overflow bool
	// Billed is true when the draft quotes the ask: every paid ask, and
	// quick asks beyond the allowance when the firm bills them together
	// (see Config.QuickOverflow).
	Billed bool
}

// Estimate says where a paid ask's minutes came from.
type Estimate string

const (
	EstimateDefault Estimate = "default" // the base minutes for the kind of work
	EstimateScaled  Estimate = "scaled"  // the base, multiplied by the ask's scope
	EstimateStated  Estimate = "stated"  // the effort the client stated ("about three hours")
	EstimateCapped  Estimate = "capped"  // cut to the per-ask cap
)

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
	// QuickOverflow is how the quick asks beyond the allowance are billed
	// (OverflowLine or OverflowCall), or "" when they are not.
	QuickOverflow string

	// ReplyDecision is set only for replies (In-Reply-To, References or a
	// quote's [Q-…] tag in the subject).
	ReplyDecision Decision
	// ReplyReason says what decided ReplyDecision, or why it is unclear.
	ReplyReason string
	// ReplyCapMinutes is the cap a go-ahead put on the time ("keep it
	// under 4 hours"), 0 for none. When the quote quoted in the reply
	// names its hours, ReplyDecision is already settled against them
	// (SettleCap); the ledger settles it again against the quote it holds.
	ReplyCapMinutes int
	// replyCapMoney is a go-ahead's cap on the money, settled only
	// against the quote quoted in the reply (reply_cap_money.go).
	replyCapMoney float64

	// Body is the whole readable text of the message, as the client sent
	// it (quoted history included), for quoting it below the reply.
	Body string
	// NewText is the client's own new text: history, signature and
	// disclaimers removed.
	NewText string
	// Language is the ISO 639-1 code of the language most of NewText is
	// written in (triage/lang), "" when it says too little to tell.
	Language string

	// Warnings list what could not be parsed fully; the rest of the
	// result is still as good as the input allowed.
	Warnings []string
}

// BilledQuick lists the quick asks billed together beyond the allowance.
func (r *Result) BilledQuick() []int {
	var out []int
	for i, q := range r.Questions {
		if q.Kind == Quick && q.Billed {
			out = append(out, i)
		}
	}
	return out
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

// FreeQuickMinutes is the time the draft gives free: the quick asks it
// answers without billing them (past the allowance too, when the firm
// answers those free).
func (r *Result) FreeQuickMinutes() int {
	n := 0
	for _, q := range r.Questions {
		if q.Kind == Quick && !q.Billed {
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
