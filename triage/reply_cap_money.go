package triage

import (
	"fmt"
	"strconv"
	"strings"
)

// A go-ahead may cap the money rather than the hours: "go ahead as long as
// it stays below £200", "fine, keep it under $500". Like a cap on the
// hours it says yes or asks for less depending on the quote, so it is
// settled against the quote quoted below the reply: its hours times its
// hourly rate, when the same line names both. With no such quote the
// reply stays unclear (the ledger settles only caps on the hours).

// takeMoneyCap reports whether sentence s (its amount money, as
// priceNamed found it, and no hours) caps the money with a verb of
// holding the work to a limit ("keep it under", "stays below", "doesn't
// go over"), and keeps the cap and its cue apart in ev as takeCap does.
func (ev *replyEvidence) takeMoneyCap(s string, ws []string, rl *replyLexicons, sv *replyEvidence, money string) bool {
	if money == "" || rl.hourUnits.mentioned(s) {
		return false
	}
	frame := capFrame(ws)
	if frame == "" {
		frame = stayCapFrame(ws, rl)
	}
	if frame == "" {
		return false
	}
	loc := rl.money.FindStringIndex(s)
	v, end := amountAt(s, loc)
	if v <= 0 {
		return false
	}
	addCue(&ev.capCounter, frame)
	for _, c := range sv.counter {
		addCue(&ev.capCounter, c)
	}
	sv.counter = sv.counter[:0]
	addCue(&ev.capAmount, strings.TrimSpace(s[loc[0]:end])) // the whole amount: money may hold its first digit only
	if ev.capMoney == 0 || v < ev.capMoney {
		ev.capMoney = v
	}
	return true
}

// amountAt returns the number of the amount moneyRe found at loc in s
// ("£1,250.50" is 1250.5) and the index after its digits; 0 when loc is
// nil or holds no number.
func amountAt(s string, loc []int) (float64, int) {
	if loc == nil {
		return 0, 0
	}
	i := loc[0]
	for i < len(s) && (s[i] < '0' || s[i] > '9') {
		i++
	}
	j := i
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',' || s[j] == '.') {
		j++
	}
	num := strings.TrimRight(strings.ReplaceAll(s[i:j], ",", ""), ".")
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, j
	}
	return f, j
}

// perHourMarks follow an hourly rate: "£70/hour", "$95 per hour", "€50/h",
// "£65 an hour".
var perHourMarks = []string{"/h", "per h", "an hour", "a hour", "hourly", "p/h", "ph "}

// rateIn returns the hourly rate line l names ("… 7 hours at £48/hour"),
// 0 when it names none.
func (rl *replyLexicons) rateIn(l string) float64 {
	for _, loc := range rl.money.FindAllStringIndex(l, -1) {
		v, end := amountAt(l, loc)
		rest := strings.ToLower(strings.TrimLeft(l[end:], " $£€¥"))
		if w, after, ok := strings.Cut(rest, " "); ok && rl.currencyWord(w) {
			rest = after
		}
		for _, m := range perHourMarks {
			if strings.HasPrefix(rest+" ", m) {
				return v
			}
		}
	}
	return 0
}

// currencyWord: w is one of the CurrencyWords ("euros", "usd").
func (rl *replyLexicons) currencyWord(w string) bool {
	return w != "" && rl.currencyOpens[w[0]] && rl.money.MatchString("1 "+w)
}

// quotedAmount returns what the quote quoted in history charges: the
// hours times the hourly rate named on one line of its go-ahead line or
// the quoteLookback lines above it; 0 when no such line names both.
func (e *Engine) quotedAmount(history string) float64 {
	l, m := e.quotedHoursLine(history)
	if m == 0 {
		return 0
	}
	if r := e.replyCues().rateIn(l); r > 0 {
		return float64(m) / 60 * r
	}
	return 0
}

// SettleMoneyCap decides a go-ahead capped at capAmount against the
// quote's amount: at or above it accepts, below it is a counter-offer.
func SettleMoneyCap(capAmount, quoted float64) (Decision, string) {
	if capAmount >= quoted {
		return Accepted, fmt.Sprintf("go-ahead within a cap of %s, at or above the quoted %s", amountText(capAmount), amountText(quoted))
	}
	return Unclear, fmt.Sprintf("counter-offer: a cap of %s, below the quoted %s", amountText(capAmount), amountText(quoted))
}

func amountText(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
