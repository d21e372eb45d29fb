package triage

import "strings"

// pastLinks are the past forms that follow a partitive subject in a
// narrative ("one of the joints was loose", "some of the tiles had
// slipped"); a word in -ed after the noun does the same ("one of the
// pipes leaked"). Grammatical glue.
var pastLinks = set("was were wasn't weren't had hadn't did didn't went got broke came fell")

// maxPartitiveNoun bounds the noun after a partitive's "of" and its
// determiner ("one of the old cast iron joints").
const maxPartitiveNoun = 3

// partitiveNarrative reports a partial cue ending in "of" (ws[end-1]:
// "one of", "some of", "part of") that is the subject of a past-tense
// clause: the noun after it is followed by a past form ("the lad said one
// of the joints looked dodgy", "some of the receipts went missing"). The
// clause tells what happened, it narrows no go-ahead ("just do one of the
// reports" does). A pronoun or relative after the noun opens a clause of
// its own ("one of the reports we discussed"), and stops the search.
func (c *clauseReader) partitiveNarrative(end int) bool {
	ws := c.ws
	if end >= len(ws) || ws[end-1] != "of" {
		return false
	}
	i := end
	if detWords.has(ws[i]) {
		i++
	}
	for k := i + 1; k < len(ws) && k <= i+maxPartitiveNoun; k++ {
		w := ws[k]
		if pronWords.has(w) || c.rl.relatives.has(w) {
			return false
		}
		if pastLinks.has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}
