package triage

import "strings"

// modifiedHeads are nouns that a word of work in -ing can qualify ("the
// building regs", "building control", "the printing cost", "the
// accounting period"): the -ing word then names a kind of thing, not work
// asked for.
var modifiedHeads = set("regs regulations control officer inspector inspection society insurance " +
	"cost costs fee fees period budget deadline reference site")

// gerundModifier: a paid signal matched on one -ing word that qualifies a
// noun after it names a kind of thing ("does it change the building regs
// date?") and asks for no work.
func (e *Engine) gerundModifier(ws []string, start, end, si int) bool {
	return e.signals[si].Kind == "paid" && end == start+1 && end < len(ws) &&
		strings.HasSuffix(ws[start], "ing") && modifiedHeads.has(ws[end])
}
