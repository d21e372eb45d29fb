package triage

import "slices"

// recapLeads open a sentence that sums up what the client already asked:
// "So: the 21st at 10, still free or not?", "To recap, can you do the
// survey before the 15th?".
var recapLeads = [][]string{{"so"}, {"again"}, {"basically"}, {"in", "short"}, {"to", "sum", "up"}, {"to", "recap"},
	{"in", "summary"}, {"bottom", "line"}, {"long", "story", "short"}}

// recapStop are the words a restated ask may change freely: function
// words, the ways of putting the question, and the recap words.
var recapStop = set("a an the to of for at on in by is are was be it its this that these those can could would will " +
	"you your we i me us my our do does did or not and also still please just so again basically short sum up recap " +
	"summary bottom line long story yes no any some there then than with from if whether have has had been get got")

// minRecapWords: a recap names at least two things of the ask it repeats.
const minRecapWords = 2

// dropRecaps removes the asks opened by a recap lead whose own words all but
// one at most (and at least two of them) appear in one earlier ask of the
// message: they restate that ask, they ask nothing new ("So: 21st at 10,
// still free or not?" after "is the 21st at 10am still free?").
func dropRecaps(out []Question) []Question {
	if len(out) < 2 {
		return out
	}
	kept := out[:1]
	for i := 1; i < len(out); i++ {
		if !restatesEarlier(out[i].Text, out[:i]) {
			kept = append(kept, out[i])
		}
	}
	return kept
}

// restatesEarlier: text opens with a recap lead and its content words are
// (all but one, at least two) among those of one of the earlier asks.
func restatesEarlier(text string, earlier []Question) bool {
	if !recapOpenSet.inFold(firstWordOf(text)) {
		return false // most asks: no words read
	}
	ws := lowerSpans(text, wordSpans(text))
	if !opensWithRecap(ws) {
		return false
	}
	own := recapContent(ws)
	if len(own) < minRecapWords {
		return false
	}
	for _, q := range earlier {
		before := recapContent(lowerSpans(q.Text, wordSpans(q.Text)))
		shared := 0
		for _, w := range own {
			if slices.Contains(before, w) {
				shared++
			}
		}
		if shared >= minRecapWords && shared >= len(own)-1 {
			return true
		}
	}
	return false
}

func opensWithRecap(ws []string) bool {
	for _, lead := range recapLeads {
		if len(ws) > len(lead) && slices.Equal(ws[:len(lead)], lead) {
			return true
		}
	}
	return false
}

// recapContent: the words of ws that are not recapStop words.
func recapContent(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !recapStop.has(w) {
			out = append(out, w)
		}
	}
	return out
}

// recapOpenSet: the first words of the recapLeads, found in either case
// before the ask's words are read.
var recapOpenSet = func() *needleSet {
	var firsts []string
	for _, l := range recapLeads {
		firsts = append(firsts, l[0])
	}
	return newNeedleSet(firsts)
}()

// firstWordOf is the first run of ASCII letters in text: a cheap look at
// how an ask opens (the recap leads are ASCII words).
func firstWordOf(text string) string {
	i := 0
	for i < len(text) && !isASCIILetter(text[i]) {
		i++
	}
	j := i
	for j < len(text) && isASCIILetter(text[j]) {
		j++
	}
	return text[i:j]
}
