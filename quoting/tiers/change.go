package tiers

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Change is how an account moved between the previous window and this one.
type Change struct {
	From, To string // previous and current tier ("" for none)
	New      bool   // no entries in the previous window
	// Reason is the biggest move in words ("free minutes tripled"): the
	// measures that moved the tier when it changed, else the largest
	// notable move, else "".
	Reason string
}

// String is the change as `fivemin clients` prints it: "B → D: free minutes
// tripled", "new", "emails doubled" or "".
func (c Change) String() string {
	switch {
	case c.New:
		return "new"
	case c.From != c.To:
		s := orDash(c.From) + " → " + orDash(c.To)
		if c.Reason != "" {
			s += ": " + c.Reason
		}
		return s
	}
	return c.Reason
}

func orDash(t string) string {
	if t == "" {
		return "-"
	}
	return t
}

// move is one measure's change between the windows.
type move struct {
	name        string
	prev, cur   int64
	floor       int64   // below this on both sides a move is noise
	score       float64 // size of the move: |ln(cur/prev)|, +Inf from or to zero
	words       string
	withMeasure func(m Measures, v int64) Measures
}

// describe compares an account's previous and current measures. from and
// to are the tiers given to each (configured or computed).
func describe(s *Settings, from, to string, prev, cur Measures, hadPrev bool) Change {
	if !hadPrev {
		return Change{To: to, New: true}
	}
	c := Change{From: from, To: to}
	revFloor := int64(0)
	if s.Ranked() {
		revFloor = s.RevenueHigh.Minor() / 4
	}
	moves := []move{
		{name: "revenue", prev: prev.Revenue, cur: cur.Revenue, floor: revFloor,
			withMeasure: func(m Measures, v int64) Measures { m.Revenue = v; return m }},
		{name: "free minutes", prev: prev.FreeMinutes, cur: cur.FreeMinutes, floor: int64(s.freeMinutesHigh()) / 4,
			withMeasure: func(m Measures, v int64) Measures { m.FreeMinutes = v; return m }},
		{name: "emails", prev: prev.Emails, cur: cur.Emails, floor: int64(s.emailsHigh()) / 4,
			withMeasure: func(m Measures, v int64) Measures { m.Emails = v; return m }},
	}
	for i := range moves {
		m := &moves[i]
		m.score, m.words = moveWords(m.name, m.prev, m.cur)
	}
	// Largest move first; ties keep the order above.
	slices.SortStableFunc(moves, func(x, y move) int { return cmp.Compare(y.score, x.score) })

	if from != to {
		// A measure drove the change if moving it alone from the previous
		// value changes the previous tier, or putting it back alone
		// changes the current one. Both directions matter: when free
		// minutes and emails both fall below their thresholds, neither
		// alone brings maintenance down, yet both did.
		var drivers []string
		computedFrom, computedTo := s.Tier(prev), s.Tier(cur)
		for _, m := range moves {
			if m.words == "" || computedFrom == computedTo {
				continue
			}
			if s.Tier(m.withMeasure(prev, m.cur)) != computedFrom || s.Tier(m.withMeasure(cur, m.prev)) != computedTo {
				drivers = append(drivers, m.words)
			}
		}
		if len(drivers) > 0 {
			c.Reason = strings.Join(drivers[:min(2, len(drivers))], ", ")
			return c
		}
	}
	// Otherwise the largest move, if it is notable: half as much again,
	// down by a third, or from or to nothing, beyond the noise floor.
	for _, m := range moves {
		if m.words != "" && max(m.prev, m.cur) >= m.floor && m.score >= math.Log(1.5) {
			c.Reason = m.words
			break
		}
	}
	return c
}

// moveWords says how a measure moved, and how far (|ln ratio|).
func moveWords(name string, prev, cur int64) (float64, string) {
	switch {
	case prev == cur:
		return 0, ""
	case prev == 0:
		return math.Inf(1), name + " up from none"
	case cur == 0:
		return math.Inf(1), name + " down to none"
	}
	r := float64(cur) / float64(prev)
	score := math.Abs(math.Log(r))
	switch {
	case r >= 1.9:
		// 2.5× reads as "doubled" more honestly than "tripled".
		switch n := int(math.Floor(r + 0.25)); n {
		case 2:
			return score, name + " doubled"
		case 3:
			return score, name + " tripled"
		case 4:
			return score, name + " quadrupled"
		default:
			return score, fmt.Sprintf("%s rose %d-fold", name, n)
		}
	case r > 1:
		return score, fmt.Sprintf("%s rose %d%%", name, max(1, int(math.Round((r-1)*100))))
	case r >= 0.4 && r <= 0.6:
		return score, name + " halved"
	}
	return score, fmt.Sprintf("%s fell %d%%", name, min(99, max(1, int(math.Round((1-r)*100)))))
}
