package triage

import (
	"regexp"
	"strings"
	"sync"
)

// Two firms that both run fivemin (or any quoting assistant) must not
// price each other's quotes back and forth when a mail program drops the
// X-Fivemin headers that would otherwise stop the loop. A message whose
// own text reads as a quote addressed to its reader (work priced at an
// hourly rate or in hours at a price, and an offer to go ahead: "shall I
// go ahead?", "let me know if you'd like me to proceed") is a supplier's
// quote, not a client's request: it gets no draft.

// Pricing by time, in the writer's words: "2 hours at $250/hour", "$90 an
// hour", "€80/h", "3 hrs @ £60", "1.5 h × 120 EUR".
var (
	moneyAmount = `(?:[$£€¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$£€¥]|eur|euros?|usd|dollars?|gbp|pounds?|chf))`
	hourUnit    = `(?:hours?|hrs?|h)\b`
	ratePrice   = regexp.MustCompile(`(?i)` + moneyAmount + `\s*(?:(?:per|an|a|each)\s+|/\s?)` + hourUnit +
		`|\b\d+(?:[.,]\d+)?\s*` + hourUnit + `[^.?!\n]{0,40}?(?:\bat\b|@|×|\bx\b)\s*` + moneyAmount)
)

// foreignQuote reports whether the client's new text is a quote offered to
// its reader: pricing by time and an offer to go ahead.
func (e *Engine) foreignQuote(newText string) bool {
	if !mayPriceByTime(newText) {
		return false
	}
	newText = withoutQuotedSpeech(newText)
	if !mayRateByTime(newText) || !ratePrice.MatchString(newText) {
		return false
	}
	for _, sg := range segments(newText) {
		for _, s := range sentences(sg.text) {
			if !replyLex().goAheadOffers.mayMatch(s) {
				continue
			}
			ws := scratchWords(s)
			offers := replyLex().goAheadOffers.has(*ws)
			dropWords(ws)
			if offers {
				return true
			}
		}
	}
	return false
}

// currencyWords are the currency names ratePrice knows, lower case.
var currencyWords = []string{"eur", "usd", "dollar", "gbp", "pound", "chf"}

// mayPriceByTime is a cheap test that ratePrice cannot match: it needs a
// digit and a currency sign or name. Most mail has no price in it, and the
// regular expression is costly to run on a whole message.
func mayPriceByTime(s string) bool {
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	if containsAnyOf(s, currencySigns...) {
		return true
	}
	return currencyWordSet.inFold(s)
}

// mayRateByTime is a cheap test that ratePrice cannot match s: both its
// forms need an hour unit ("h", "hr", "hrs", "hour", "hours", in any
// case, ending a word) right after a digit, a slash, or "per", "an", "a"
// or "each" and a space. Mail that names a price and a currency often
// has no such unit ("2 hours" after a number has one), and the regular
// expression is costly to try on a whole message (TestMayRateByTime).
func mayRateByTime(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] == 'h' || s[i] == 'H') && hourUnitAt(s, i) && hourUnitLed(s[:i]) {
			return true
		}
	}
	return false
}

// hourUnits are hourUnit's words, lower case.
var hourUnits = []string{"h", "hr", "hrs", "hour", "hours"}

// hourUnitAt: one of hourUnits starts at s[i] and ends where the
// regular expression's \b does (the end, or a byte that is not an ASCII
// letter, digit or underscore).
func hourUnitAt(s string, i int) bool {
	for _, u := range hourUnits {
		j := i + len(u)
		if j <= len(s) && equalLowerASCII(s[i:j], u) && (j == len(s) || !regexpWordByte(s[j])) {
			return true
		}
	}
	return false
}

// hourUnitLed: what comes before an hour unit, before, may lead it in
// ratePrice: spaces (\s: ASCII only) after a digit or a slash, or at
// least one after a word ending in "per", "an", "a" or "each" (the
// expression does not ask the word to start there).
func hourUnitLed(before string) bool {
	k := len(before)
	for k > 0 && strings.IndexByte(" \t\n\f\r", before[k-1]) >= 0 {
		k--
	}
	if k == 0 {
		return false
	}
	if c := before[k-1]; '0' <= c && c <= '9' || c == '/' {
		return true
	}
	if k == len(before) {
		return false
	}
	w := before[:k]
	for _, lead := range []string{"per", "an", "a", "each"} {
		if len(w) >= len(lead) && equalLowerASCII(w[len(w)-len(lead):], lead) {
			return true
		}
	}
	return false
}

// equalLowerASCII: s, its ASCII letters lower-cased, is lower.
func equalLowerASCII(s, lower string) bool {
	for i := 0; i < len(s); i++ {
		if lowerASCII(s[i]) != lower[i] {
			return false
		}
	}
	return true
}

// regexpWordByte: c is a word byte of the regexp package's \b.
func regexpWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// currencyWordSet finds any of currencyWords in one pass over a text,
// where a search per word read the text six times.
var currencyWordSet = newNeedleSet(currencyWords)

// quotedSpeech is a span in double quotes (straight, curly, guillemets,
// German low-high) of at most a few sentences.
// Compiled on first use: its bounded repeats make it the largest regexp in
// the package (about 0.8 MB), and most runs never meet a quote mark.
var quotedSpeech = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`"[^"]{1,600}"|“[^”]{1,600}”|«[^»]{1,600}»|„[^“”]{1,600}[“”]`)
})

// withoutQuotedSpeech blanks what the writer quotes in double quotes: a
// client who pastes a supplier's quote to ask about it ("They wrote: \"6
// hours at $90/hour, shall I go ahead?\" Is that fair?") reports the offer;
// a firm never puts its own offer in quotes.
func withoutQuotedSpeech(text string) string {
	if !containsAnyOf(text, "\"", "“", "«", "„") {
		return text
	}
	return quotedSpeech().ReplaceAllStringFunc(text, func(m string) string { return strings.Repeat(" ", len(m)) })
}
