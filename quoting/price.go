package quoting

import (
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/fivemin/fivemin/triage"
)

// Rates is the firm's price list and billing rules, built from the [rates]
// and [tiers] configuration. Every rate is per hour; all share Currency.
//
// The hourly rate of a paid ask is chosen by one rule:
//
//	category rate > rep rate > tier rate > default rate
//
// (the first that is set wins), and the client tier's multiplier is then
// applied to it, rounded half up to the minor unit. Minutes are rounded per
// ask, up to the next multiple of RoundMinutes; BlockMinutes is the least a
// whole quote bills, not each ask.
type Rates struct {
	Currency   Currency
	Default    Money
	Category   map[string]Money   // by work category, lower case (tax, bookkeeping ...)
	Rep        map[string]Money   // by rep address, lower case
	Tier       map[string]Money   // by client tier, "A" to "E"
	Multiplier map[string]Decimal // by client tier; a tier without one multiplies by 1

	RoundMinutes int // each paid ask is rounded up to a multiple of this; 0 or 1 = no rounding
	BlockMinutes int // a quote bills at least this many minutes; 0 = no minimum
}

// For says whose quote it is: the source message, the rep answering and the
// client's tier.
type For struct {
	// Source is the token fivemin gave the client's message; the quote ID
	// derives from it, so pricing the same message again gives the same ID.
	Source string
	Rep    string // the rep's address
	Tier   string // the client's tier, "A" to "E", or "" when not known
}

// Rate is the hourly rate chosen for one ask, and why.
type Rate struct {
	Hourly     Money   `json:"hourly"`     // what is billed per hour: Base × Multiplier
	Base       Money   `json:"base"`       // the rate the precedence rule chose
	Source     string  `json:"source"`     // which rule: "category:tax", "rep:a@b", "tier:B" or "default"
	Multiplier Decimal `json:"multiplier"` // the client tier's multiplier, 1 when none
}

// Quote prices the paid asks of one message. A quote with no lines has
// nothing to bill: the message had no paid asks.
type Quote struct {
	ID       string   `json:"id"`
	Currency Currency `json:"currency"`
	Lines    []Line   `json:"lines"`
	Minutes  int      `json:"minutes"` // billed, the sum of the lines
	Total    Money    `json:"total"`   // the sum of the line amounts
	// MinimumApplied is true when BlockMinutes raised the first line.
	MinimumApplied bool `json:"minimum_applied"`
}

// Line is one paid ask, priced, or the quick asks beyond the free minutes
// billed together (QuickAsks > 0).
type Line struct {
	Question         int    `json:"question"` // index in triage.Result.Questions (the first of QuickAsks)
	Text             string `json:"text"`
	Category         string `json:"category,omitempty"`
	EstimatedMinutes int    `json:"estimated_minutes"` // triage's estimate
	Minutes          int    `json:"minutes"`           // billed: rounded, plus any minimum-block top-up
	Rate             Rate   `json:"rate"`
	Amount           Money  `json:"amount"` // Rate.Hourly × Minutes / 60, half up
	// Estimate is how triage reached EstimatedMinutes ("default",
	// "scaled", "stated", "capped"); CheckEstimate asks the rep to check it.
	Estimate      string `json:"estimate,omitempty"`
	CheckEstimate bool   `json:"check_estimate,omitempty"`
	// QuickAsks is how many short questions the line covers, when it
	// bills the quick asks beyond the free minutes; Call is true when they
	// are offered as a call rather than answered in writing.
	QuickAsks int  `json:"quick_asks,omitempty"`
	Call      bool `json:"call,omitempty"`
}

// Tiers are the client tiers, best first.
var Tiers = []string{"A", "B", "C", "D", "E"}

func validTier(t string) bool {
	for _, x := range Tiers {
		if t == x {
			return true
		}
	}
	return false
}

var one = Decimal{unscaled: 1}

// HourlyRate applies the precedence rule for an ask of category, answered by
// rep, for a client of tier ("" = none).
func (r *Rates) HourlyRate(category, rep, tier string) (Rate, error) {
	tier = strings.ToUpper(tier)
	if tier != "" && !validTier(tier) {
		return Rate{}, fmt.Errorf("unknown client tier %q: want one of A to E", tier)
	}
	// The precedence rule, stated once: category > rep > tier > default.
	base, source := r.Default, "default"
	if m, ok := r.Tier[tier]; ok && tier != "" {
		base, source = m, "tier:"+tier
	}
	if m, ok := r.Rep[strings.ToLower(rep)]; ok && rep != "" {
		base, source = m, "rep:"+strings.ToLower(rep)
	}
	if m, ok := r.Category[strings.ToLower(category)]; ok && category != "" {
		base, source = m, "category:"+strings.ToLower(category)
	}
	if base.cur != r.Currency {
		return Rate{}, fmt.Errorf("%s rate is in %s, the price list in %s", source, base.cur.Code(), r.Currency.Code())
	}
	mult := one
	if d, ok := r.Multiplier[tier]; ok && tier != "" {
		mult = d
	}
	hourly, err := base.Mul(mult)
	if err != nil {
		return Rate{}, fmt.Errorf("%s rate × %s: %w", source, mult, err)
	}
	return Rate{Hourly: hourly, Base: base, Source: source, Multiplier: mult}, nil
}

// Price quotes the billed asks of res for f: one line per paid ask, and
// one line for all the quick asks triage billed beyond the free minutes
// (never one line per quick ask), priced at the rate of work without a
// category. Each line's minutes are rounded up to RoundMinutes (a line
// estimated at 0 minutes still bills one rounding step: paid work is never
// free); if the quote then bills less than BlockMinutes, the difference is
// added to its first line. Amounts are the line's hourly rate × minutes /
// 60, half up to the minor unit, and the total is the sum of the lines.
func (r *Rates) Price(res *triage.Result, f For) (*Quote, error) {
	if r.Currency.IsZero() {
		return nil, errors.New("price list has no currency")
	}
	q := &Quote{ID: QuoteID(f.Source), Currency: r.Currency, Total: r.Currency.Minor(0), Lines: []Line{}} // [] in JSON, not null
	for i, question := range res.Questions {
		if question.Kind != triage.Paid {
			continue
		}
		rate, err := r.HourlyRate(question.Category, f.Rep, f.Tier)
		if err != nil {
			return nil, fmt.Errorf("pricing ask %d: %w", i+1, err)
		}
		q.Lines = append(q.Lines, Line{
			Question:         i,
			Text:             question.Text,
			Category:         question.Category,
			EstimatedMinutes: question.Minutes,
			Minutes:          roundUp(question.Minutes, r.RoundMinutes),
			Rate:             rate,
			Estimate:         string(question.Estimate),
			CheckEstimate:    question.CheckEstimate,
		})
	}
	if quick := res.BilledQuick(); len(quick) > 0 {
		rate, err := r.HourlyRate("", f.Rep, f.Tier)
		if err != nil {
			return nil, fmt.Errorf("pricing the remaining short questions: %w", err)
		}
		minutes := 0
		for _, i := range quick {
			minutes += res.Questions[i].Minutes
		}
		call := res.QuickOverflow == triage.OverflowCall
		text := fmt.Sprintf("The remaining %d short questions", len(quick))
		if call {
			text = fmt.Sprintf("A call to go through the remaining %d short questions", len(quick))
		}
		q.Lines = append(q.Lines, Line{
			Question:         quick[0],
			Text:             text,
			EstimatedMinutes: minutes,
			Minutes:          roundUp(minutes, r.RoundMinutes),
			Rate:             rate,
			Estimate:         string(triage.EstimateDefault),
			QuickAsks:        len(quick),
			Call:             call,
		})
	}
	if len(q.Lines) == 0 {
		return q, nil
	}
	for _, l := range q.Lines {
		q.Minutes += l.Minutes
	}
	if q.Minutes < r.BlockMinutes {
		q.Lines[0].Minutes += r.BlockMinutes - q.Minutes
		q.Minutes = r.BlockMinutes
		q.MinimumApplied = true
	}
	sixty := big.NewInt(60)
	for i := range q.Lines {
		l := &q.Lines[i]
		v, ok := mulDivRound(l.Rate.Hourly.minor, int64(l.Minutes), sixty)
		if !ok {
			return nil, fmt.Errorf("pricing ask %d: amount too large", l.Question+1)
		}
		l.Amount = r.Currency.Minor(v)
		total, err := q.Total.Add(l.Amount)
		if err != nil {
			return nil, fmt.Errorf("quote total: %w", err)
		}
		q.Total = total
	}
	return q, nil
}

// roundUp rounds minutes up to a multiple of step; at least one step.
func roundUp(minutes, step int) int {
	if step < 1 {
		step = 1
	}
	if minutes < 1 {
		return step
	}
	return (minutes + step - 1) / step * step
}

// crockford is Crockford's base32 alphabet: digits and capitals without I,
// L, O and U, so an ID read over the phone or copied by hand survives.
var crockford = base32.NewEncoding("0123456789ABCDEFGHJKMNPQRSTVWXYZ").WithPadding(base32.NoPadding)

// QuoteID derives the quote ID from fivemin's token for the source message:
// "Q-" and 12 characters (60 bits of SHA-256), ASCII letters and digits
// only, so it is safe in a subject line or a header. The same token always
// gives the same ID.
func QuoteID(source string) string {
	sum := sha256.Sum256([]byte(source))
	return "Q-" + crockford.EncodeToString(sum[:8])[:12]
}
