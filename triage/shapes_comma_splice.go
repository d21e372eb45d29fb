package triage

import "strings"

// Texted run-ons with commas spliced between their clauses ("jo the
// marquee lifted overnight, the pegs have pulled out, can someone come
// out…"): the commas do not punctuate sentences, so the sentence is read
// as a run-on, and a comma before a question's auxiliary opens an ask.

// textedCommaSplice: sentence s (t without its closing marks) is texted
// writing whose only marks are commas spliced between its clauses: it
// opens in lower case, runs long, and has no other mark, not even a
// closing one (a time's "6.15" aside), so it is read as a run-on. Prose
// that ends on a full stop or a question mark is punctuated writing, and
// so is a sentence whose first comma closes a greeting or an opener
// ("marta quick one, is the…", "thanks Lucas, one thing…"): its writer
// punctuates, and the sentence rules read it.
func textedCommaSplice(s, t string) bool {
	if len(t) == 0 || len(t) != len(s) || t[0] < 'a' || t[0] > 'z' || !wordsAtLeast(t, minSpliceWords) {
		return false
	}
	if c := strings.IndexByte(t, ','); c < 0 || !wordsAtLeast(t[:c], minSpliceLead) || whAfterComma(t) {
		return false
	}
	return onlyCommaMarks(t)
}

// onlyCommaMarks: t has no mark but commas (and the point or colon of a
// time or a number, "6.15", "10:30").
func onlyCommaMarks(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case ';', '?', '!', '(', ')', '"':
			return false
		case '.', ':':
			if i == 0 || i+1 == len(t) || !isDigit(t[i-1]) || !isDigit(t[i+1]) {
				return false
			}
		}
	}
	return true
}

// whAfterComma: a comma in t comes before a wh-word ("…stopped working,
// when could someone pop round"): the sentence rules read a wh-question
// after its background (TestWhAfterBackground), so t is not re-read as a
// run-on.
func whAfterComma(t string) bool {
	for i := strings.IndexByte(t, ','); i >= 0; {
		rest := strings.TrimLeft(t[i+1:], " ")
		end := strings.IndexByte(rest, ' ')
		if end < 0 {
			end = len(rest)
		}
		if whWords.has(lowerWord(rest[:end])) {
			return true
		}
		next := strings.IndexByte(t[i+1:], ',')
		if next < 0 {
			return false
		}
		i += 1 + next
	}
	return false
}

// minSpliceLead: the fewest words before the first spliced comma; fewer
// are a greeting or an opener set off by it.
const minSpliceLead = 6

// minSpliceWords: shorter texted sentences with a comma are one clause
// and its aside ("hi jo, can you send the invoice").
const minSpliceWords = 16

// spliceCommas marks the words of s (at spans) that a comma comes
// before; nil when s has no comma, as most run-ons have none.
func spliceCommas(s string, spans []span) []bool {
	var commas []bool
	for k := 1; k < len(spans); k++ {
		for i := spans[k-1].end; i < spans[k].start; i++ {
			if s[i] == ',' {
				if commas == nil {
					commas = make([]bool, len(spans))
				}
				commas[k] = true
				break
			}
		}
	}
	return commas
}

// spliceQuestionStart: after a spliced comma (commas, spliceCommas'),
// an auxiliary and its subject ("…smells of paint, has it been aired",
// "…our van is too tall, is there another entrance") open a question of
// their own. A negated auxiliary ("…, didn't work") goes on with the
// statement.
func spliceQuestionStart(lw []string, k int, commas []bool) bool {
	if commas == nil || !commas[k] || k < minRunOnAsk || len(lw)-k < 3 || !auxWords.has(lw[k]) || hasSuffixFold(lw[k], "n't") {
		return false
	}
	return pronWords.has(lw[k+1]) || detWords.has(lw[k+1])
}
