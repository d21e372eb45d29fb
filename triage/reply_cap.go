package triage

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A client may go ahead within a limit on the time: "go ahead, but keep
// it under 4 hours". Against a 2-hour quote that is a yes; against a
// 6-hour one it is a counter-offer. The reply alone cannot tell which,
// so ReadReply reports the cap (ReplyReading.CapMinutes) and whoever
// holds the quote settles it with SettleCap: the ledger in the service,
// the quote quoted in the history in an evaluation.

// takeCap reports whether sentence s (its cues in sv, its amount money)
// caps the hours of the work, and keeps the cap and the cues that word it
// apart in ev. A cap is a number of hours with a limit: an amount in hours
// ("under 4 hours", "two hours max") or a counter-offer's words ("no more
// than two hours", "cap it at 3 hours"). A price in the sentence makes it
// a counter-offer on the money instead.
func (ev *replyEvidence) takeCap(s string, ws []string, rl *replyLexicons, sv *replyEvidence, money string) bool {
	frame := ""
	if money == "" && len(sv.counter) == 0 {
		if frame = capFrame(ws); frame == "" && rl.hourUnits.mentioned(s) {
			frame = stayCapFrame(ws, rl)
		}
		if frame == "" {
			return false
		}
	}
	if moneyRe.MatchString(s) {
		return false
	}
	m := rl.capMinutesIn(s)
	if m == 0 {
		return false
	}
	if frame != "" {
		addCue(&ev.capCounter, frame)
	}
	if ev.capMinutes == 0 || m < ev.capMinutes {
		ev.capMinutes = m
	}
	for _, c := range sv.counter {
		addCue(&ev.capCounter, c)
	}
	sv.counter = sv.counter[:0]
	if money != "" {
		addCue(&ev.capAmount, strings.TrimSpace(money))
	}
	return true
}

// capVerbs hold the work to a limit: "keep it to an hour", "limit it to
// 90 minutes", "hold it within two hours".
var capVerbs = set("keep limit cap restrict hold")

// capPreps set the limit after a capVerbs word.
var capPreps = set("to within under below")

// capFrame returns the words of a cap said with a verb of holding the
// work to a limit ("keep it to", "limit it to", "keep it within"): a
// capVerbs word, then a capPreps word one or two words on; "" when there
// is none. The hours after it are read by capMinutesIn.
func capFrame(ws []string) string {
	for i, w := range ws {
		if !capVerbs.has(w) {
			continue
		}
		for j := i + 1; j < min(i+3, len(ws)); j++ {
			if capPreps.has(ws[j]) {
				return strings.Join(ws[i:j+1], " ")
			}
		}
	}
	return ""
}

// capMinutesIn returns the hours s names, in minutes: "4 hours", "1.5
// hrs", "two hours", "an hour"; 0 when it names none.
func (rl *replyLexicons) capMinutesIn(s string) int {
	if !rl.hourUnits.mentioned(s) {
		return 0
	}
	sub := rl.capHours.FindStringSubmatch(s)
	if sub == nil {
		return 0
	}
	n := strings.ToLower(sub[1])
	if i := slices.Index(rl.counting, n); i >= 0 {
		return (i + 1) * 60
	}
	if n == "a" || n == "an" {
		return 60
	}
	f, err := strconv.ParseFloat(strings.Replace(n, ",", ".", 1), 64)
	if err != nil || f <= 0 || f > 1000 {
		return 0
	}
	return int(f*60 + 0.5)
}

// capHoursText writes minutes as hours for a reason: "4 h", "1.5 h".
func capHoursText(minutes int) string {
	return strconv.FormatFloat(float64(minutes)/60, 'f', -1, 64) + " h"
}

// SettleCap decides a capped go-ahead (ReplyReading.CapMinutes) against
// the minutes the quote charges for: a cap at or above them accepts the
// quote as it stands; a cap below them asks for less work, a counter-offer
// a person answers.
func SettleCap(capMinutes, quotedMinutes int) (Decision, string) {
	if capMinutes >= quotedMinutes {
		return Accepted, fmt.Sprintf("go-ahead within a cap of %s, at or above the quoted %s", capHoursText(capMinutes), capHoursText(quotedMinutes))
	}
	return Unclear, fmt.Sprintf("counter-offer: a cap of %s, below the quoted %s", capHoursText(capMinutes), capHoursText(quotedMinutes))
}

// quoteLookback bounds the lines above a quote's go-ahead question that
// may hold its hours: the quote states them just before asking ("I will
// need 2 hours at $110 per hour. Shall I go ahead?"), its asks' lines
// before that.
const quoteLookback = 3

// quotedMinutes returns the hours of the quote quoted in history (the
// reply's text below the client's own), in minutes: the hours named on
// the quote's go-ahead line or the quoteLookback lines above it, the last
// of them (the quote's total where it lists asks first) or, where the
// line adds a part to a part, their sum (quoteMinutesIn). 0 when no quote
// there names its hours.
func (e *Engine) quotedMinutes(history string) int {
	_, m := e.quotedHoursLine(history)
	return m
}

// quotedHoursLine finds the quote quoted in history: its go-ahead line
// and the quoteLookback lines above it. It returns the last of those
// lines that names hours, with their minutes (quotedMinutes); "" and 0
// when no quote there names its hours. quotedAmount reads the rate on
// the same line.
func (e *Engine) quotedHoursLine(history string) (string, int) {
	rl := e.replyCues()
	var window []string
	for rest := history; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "> "))
		if t == "" {
			continue
		}
		window = append(window, t)
		if len(window) > quoteLookback+1 {
			window = window[1:]
		}
		if !offerIn(rl.goAheadOffers, t) {
			continue
		}
		for i := len(window) - 1; i >= 0; i-- {
			if m := rl.quoteMinutesIn(window[i]); m > 0 {
				return window[i], m
			}
		}
	}
	return "", 0
}

// addedHours mark hours that come on top of hours named before them on
// the same line: "4 hours for the test and another 2 hours for the
// report", "3 hours plus 1 hour for the drawings". Without one a
// later amount restates or totals the earlier ones ("… 2 hours and 1
// hour, 3 hours in all").
var addedHours = set("another plus further additional")

// perHour reports that the hours found at l[at:] are "a/an hour" right
// after a price: "£50 an hour", "40 euros an hour" are a rate, not an
// hour of work.
func (rl *replyLexicons) perHour(l string, at int) bool {
	rest := strings.ToLower(l[at:])
	if !strings.HasPrefix(rest, "a ") && !strings.HasPrefix(rest, "an ") {
		return false
	}
	before := strings.TrimRight(l[:at], " \t")
	start := strings.LastIndexAny(before, " \t") + 1
	if start > 0 && !strings.ContainsAny(before[start:], "0123456789") {
		start = strings.LastIndexAny(strings.TrimRight(before[:start], " \t"), " \t") + 1 // "40 euros"
	}
	return rl.money.MatchString(before[start:])
}

// quoteMinutesIn returns the hours line l of a quote charges for, in
// minutes: the last hours it names, or the sum where a later amount is
// added to the one before it (addedHours between them). A cap checked
// against one part of a two-part quote would pass a cap below the whole.
func (rl *replyLexicons) quoteMinutesIn(l string) int {
	if !rl.hourUnits.mentioned(l) {
		return 0
	}
	total, prevEnd := 0, -1
	for _, loc := range rl.capHours.FindAllStringIndex(l, -1) {
		if rl.perHour(l, loc[0]) {
			continue
		}
		m := rl.capMinutesIn(l[loc[0]:])
		if prevEnd >= 0 && slices.ContainsFunc(words(l[prevEnd:loc[0]]), addedHours.has) {
			total += m
		} else {
			total = m
		}
		prevEnd = loc[1]
	}
	return total
}

// settleCapFromHistory settles a capped go-ahead in res against the quote
// quoted below the client's new text, when that quote names its hours.
func (e *Engine) settleCapFromHistory(res *Result, body string) {
	if res.ReplyCapMinutes == 0 && res.replyCapMoney == 0 {
		return
	}
	history := body
	if i := strings.Index(body, res.NewText); res.NewText != "" && i >= 0 {
		history = body[i+len(res.NewText):]
	}
	if res.ReplyCapMinutes == 0 {
		if q := e.quotedAmount(history); q > 0 {
			res.ReplyDecision, res.ReplyReason = SettleMoneyCap(res.replyCapMoney, q)
		}
		return
	}
	if q := e.quotedMinutes(history); q > 0 {
		res.ReplyDecision, res.ReplyReason = SettleCap(res.ReplyCapMinutes, q)
	}
}
