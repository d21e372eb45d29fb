package triage

import (
	"math"
	"strconv"
)

// How a paid ask is sized. The kind of work sets a base (the act: a
// letter is written in less time than an account is reconciled; else the
// category; else PaidMinutes, which is a guess); the ask's scope ("all",
// "last 5 years", "12 invoices") multiplies it within MaxScale; an effort
// the client states outright ("it should take you about two hours")
// replaces both. The result is held between MinAskMinutes and
// MaxAskMinutes. Durations that describe the subject ("45 days overdue",
// "the last 90 days") or a deadline ("within 2 days") never set minutes.

// Scope multiplies the base: each scope signal adds half of it, a count
// of items adds a quarter of the count's binary logarithm (2 items ×1.25,
// 12 items ×1.9, 100 items ×2.7): the tenth invoice takes less time than
// the first. MaxScale bounds the product.
const (
	scopeStep = 0.5
	countStep = 1.0 / 4
	// bigScale is the multiplier from which an estimate is uncertain
	// enough for the rep to check.
	bigScale = 2.0
)

// sizing is the estimate of one paid ask.
type sizing struct {
	minutes  int
	estimate Estimate
	check    bool
}

// sizePaid estimates a paid ask. base is the deciding signal's own
// minutes (0: none), act and category what the ask is, scopeN the scope
// signals found in ws.
func (e *Engine) sizePaid(ws []string, base int, act, category string, scopeN int) sizing {
	guessed := false
	switch {
	case base > 0:
	case e.actMinutes[act] > 0:
		base = e.actMinutes[act]
	case e.catMinutes[category] > 0:
		base = e.catMinutes[category]
	default:
		base, guessed = e.cfg.PaidMinutes, true
	}
	if d := statedEffort(ws); d > 0 {
		return e.bound(sizing{minutes: d, estimate: EstimateStated})
	}
	scale := 1 + scopeStep*float64(scopeN)
	if n := itemCount(ws); n >= 2 {
		scale += countStep * math.Log2(float64(n))
	}
	scale = math.Min(scale, float64(max(1, e.cfg.MaxScale)))
	s := sizing{minutes: int(math.Round(float64(base) * scale)), estimate: EstimateDefault, check: guessed}
	if scale > 1 {
		s.estimate = EstimateScaled
		s.check = s.check || scale >= bigScale
	}
	return e.bound(s)
}

// bound holds an estimate between the floor and the cap; a capped
// estimate is always for the rep to check.
func (e *Engine) bound(s sizing) sizing {
	if s.minutes < e.cfg.MinAskMinutes {
		s.minutes = e.cfg.MinAskMinutes
	}
	if c := e.cfg.MaxAskMinutes; c > 0 && s.minutes > c {
		s.minutes, s.estimate, s.check = c, EstimateCapped, true
	}
	return s
}

// A duration is a quantity and a unit of time: "two hours", "an hour and
// a half", "90 minutes", "a couple of days".
type duration struct {
	minutes    int
	start, end int // token range
}

// quantity reads a number in digits or in words.
func quantity(w string) (float64, bool) {
	if v, ok := atoi(w); ok {
		return float64(v), true
	}
	v, ok := numberWords[w]
	return v, ok
}

// quantityAt reads the quantity that ends at ws[i] and where it starts.
func quantityAt(ws []string, i int) (n float64, start int, ok bool) {
	n, ok = quantity(ws[i])
	if !ok {
		return 0, 0, false
	}
	start = i
	switch {
	case i > 0 && ws[i-1] == "half" && (ws[i] == "an" || ws[i] == "a"):
		n, start = 0.5, i-1 // "half an hour"
	case i > 0 && (ws[i-1] == "a" || ws[i-1] == "an") && n > 1:
		start = i - 1 // "a couple of", "a few", "a dozen"
	}
	return n, start, true
}

// durationAt reads the duration whose unit is ws[j], or returns false.
func durationAt(ws []string, j int) (duration, bool) {
	unit, ok := timeUnits[ws[j]]
	if !ok || j == 0 {
		return duration{}, false
	}
	i := j - 1
	for i > 0 && quantityFillers.has(ws[i]) {
		i--
	}
	n, start, ok := quantityAt(ws, i)
	if !ok {
		return duration{}, false
	}
	end := j + 1
	if end+2 < len(ws) && ws[end] == "and" && ws[end+1] == "a" && ws[end+2] == "half" {
		n, end = n+0.5, end+3 // "three hours and a half"
	}
	if n <= 0 || n > 1000 {
		return duration{}, false
	}
	return duration{minutes: int(math.Round(n * float64(unit))), start: start, end: end}, true
}

// statedEffort reads an effort the client states outright, in minutes, or
// 0: "it should take you about two hours", "shouldn't be more than an hour
// of your time", "a couple of hours should do it", "spend an hour on it",
// "a budget of three hours". Deadlines ("within 2 days", "by Friday") and
// durations that describe the subject ("more than 60 days overdue", "the
// last 90 days") are not effort.
func statedEffort(ws []string) int {
	for j := range ws {
		d, ok := durationAt(ws, j)
		if !ok {
			continue
		}
		if effortBefore(ws, d.start) || effortAfter(ws, d.end) {
			return d.minutes
		}
	}
	return 0
}

// effortBefore: the duration is the object of a verb of effort.
func effortBefore(ws []string, start int) bool {
	i := start - 1
	agent := false
	for i >= 0 && (effortHedges.has(ws[i]) || agentWords.has(ws[i])) {
		agent = agent || agentWords.has(ws[i])
		i--
	}
	if i < 0 {
		return false
	}
	switch {
	case effortSpendVerbs.has(ws[i]):
		return true
	case effortTakeVerbs.has(ws[i]):
		// Not "took": what it took last time is history, not this ask.
		if agent {
			return true // "take you", "take your team"
		}
		// The subject before the verb: "it should take", not "the
		// transfer takes".
		k := i - 1
		for k >= 0 && effortModals.has(ws[k]) {
			k--
		}
		switch {
		case k >= 0 && isSubjectWord(ws[k]):
		case k < 0 && i > 0:
			// "Shouldn't take more than an hour": the subject left out.
		default:
			return false // "the transfer takes two days"
		}
		return !describesWait(ws, start)
	}
	return false
}

func isSubjectWord(w string) bool { return effortSubjects.has(w) }

// describesWait: after "it takes two days" comes what is waited for ("to
// clear", "for the refund to arrive"), not the work.
func describesWait(ws []string, start int) bool {
	j := start
	for j < len(ws) {
		if _, ok := timeUnits[ws[j]]; ok {
			break
		}
		j++
	}
	j++
	if j >= len(ws) {
		return false
	}
	switch ws[j] {
	case "for":
		return true
	case "to":
		return j+1 < len(ws) && !workAfterTo.has(ws[j+1])
	}
	return false
}

// effortAfter: the duration is named as work: "two hours of your time",
// "an hour's work", "three hours should cover it".
func effortAfter(ws []string, end int) bool {
	if end >= len(ws) {
		return false
	}
	rest := ws[end:min(len(ws), end+effortAfterReach)]
	switch {
	case effortNouns.has(rest[0]):
		return true // "an hour's work", "a two hour job"
	case effortOf.has(rest[0]):
		for _, w := range rest[1:] {
			if effortOfNouns.has(w) {
				return true
			}
		}
	case effortSufficeModals.has(rest[0]):
		// "should cover it", "should be enough"
		return len(rest) > 1 && sufficeVerbs.has(rest[1])
	}
	return false
}

// itemCount finds the largest count of items of work in the ask: "12
// invoices", "three letters", "dozens of receipts". Years ("2024"), sums
// and durations are not counts.
func itemCount(ws []string) int {
	best := 0
	for i := range ws {
		if n, ok := countAt(ws, i); ok && n > best && countsItems(ws, i) {
			best = n
		}
	}
	return best
}

// countAt reads ws[i] as a count: a count word, or a number from 2 to 999.
// Years and form numbers ("2024", "1099") are not counts.
func countAt(ws []string, i int) (int, bool) {
	if n, ok := countNumbers[ws[i]]; ok {
		return n, true
	}
	v, ok := atoi(ws[i])
	if !ok || v < 2 || v > 999 {
		return 0, false
	}
	if i > 0 && (periodWords.has(ws[i-1]) || len(ws[i-1]) == 1) {
		return 0, false // "the last 5 years" is a period (scope signals weigh it); "W-2" a form
	}
	return v, true
}

// countsItems reports whether a plural noun follows the count at ws[i]
// within two words: "12 invoices", "40 unpaid invoices", "dozens of
// receipts".
func countsItems(ws []string, i int) bool {
	for k := i + 1; k < len(ws) && k <= i+3; k++ {
		x := ws[k]
		if countUnits.has(x) || timeUnits[x] > 0 {
			return false
		}
		if _, ok := atoi(x); ok || (len(x) < 3 && x != "of") {
			return false // "401(k) plans": a code, not a count
		}
		if len(x) >= 4 && x[len(x)-1] == 's' && x[len(x)-2] != 's' && !notPlural.has(x) {
			return true
		}
	}
	return false
}

// applyStated sizes q by an effort stated in a sentence of its own ("Can
// you reconcile the card account? It should take you about two hours.").
func (e *Engine) applyStated(q *Question, minutes int) {
	sz := e.bound(sizing{minutes: minutes, estimate: EstimateStated})
	q.Minutes, q.Estimate, q.CheckEstimate = sz.minutes, sz.estimate, sz.check
}

// atoi reads a word of digits; a word that starts with no digit is not
// handed to strconv, whose error for it would be an allocation per word.
func atoi(w string) (int, bool) {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false
	}
	v, err := strconv.Atoi(w)
	return v, err == nil
}
