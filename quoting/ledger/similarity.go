package ledger

import (
	"strings"
	"unicode"
)

// EditClass says how much the rep changed a draft before sending it.
type EditClass string

const (
	AsIs          EditClass = "as-is"          // same words in the same order (layout, case and punctuation aside)
	LightlyEdited EditClass = "lightly-edited" // at least LightEditThreshold of the draft's word pairs survive
	Rewritten     EditClass = "rewritten"      // less than that survives
	Deleted       EditClass = "deleted"        // the draft was deleted unsent
)

// LightEditThreshold is the similarity (per mille) at or above which a sent
// message counts as the draft lightly edited rather than rewritten.
//
// Similarity is the Dice coefficient of the word-bigram multisets of the two
// texts: 2·|A∩B| / (|A|+|B|). Words, not characters, because reps edit
// words; pairs, not single words, because a rewrite in the same vocabulary
// ("the", "hours", "invoice") keeps the words but not their order. One
// changed word breaks at most two pairs, so a corrected price or name in a
// 60-word draft still scores about 0.95; adding a greeting or a sentence
// keeps it above 0.8; a rep who keeps half of the draft and writes the other
// half lands near 0.5. Below that the draft was at best a starting point,
// which is what "rewritten" should capture.
const LightEditThreshold = 500

// maxSimilarityWords bounds the work on a huge message; drafts are a few
// hundred words.
const maxSimilarityWords = 20000

// ClassifyEdit compares the draft fivemin wrote with the text the rep sent
// and returns the edit class and the similarity in per mille. Quoted lines
// ("> …") are left out of both: they are the client's words, and keeping
// them would make any reply look like the draft.
func ClassifyEdit(draft, sent string) (EditClass, int) {
	a, b := words(draft), words(sent)
	if equalWords(a, b) {
		return AsIs, 1000
	}
	sim := min(dice(a, b), 999) // same pairs in another order is still an edit
	if sim >= LightEditThreshold {
		return LightlyEdited, sim
	}
	return Rewritten, sim
}

// words lower-cases text and splits it into runs of letters and digits,
// skipping quoted lines.
func words(text string) []string {
	var out []string
	for line := range strings.Lines(text) {
		if strings.HasPrefix(strings.TrimLeft(line, " \t"), ">") {
			continue
		}
		for _, w := range strings.FieldsFunc(line, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			if len(out) == maxSimilarityWords {
				return out
			}
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// dice returns the Dice coefficient of the word-pair multisets, per mille.
// Texts of a single word are compared as single words.
func dice(a, b []string) int {
	grams := func(ws []string) [][2]string {
		if len(ws) == 1 {
			return [][2]string{{ws[0], ""}}
		}
		g := make([][2]string, 0, max(len(ws)-1, 0))
		for i := 0; i+1 < len(ws); i++ {
			g = append(g, [2]string{ws[i], ws[i+1]})
		}
		return g
	}
	ga, gb := grams(a), grams(b)
	if len(ga)+len(gb) == 0 {
		return 1000
	}
	count := make(map[[2]string]int, len(ga))
	for _, g := range ga {
		count[g]++
	}
	common := 0
	for _, g := range gb {
		if count[g] > 0 {
			count[g]--
			common++
		}
	}
	return 2 * common * 1000 / (len(ga) + len(gb))
}
