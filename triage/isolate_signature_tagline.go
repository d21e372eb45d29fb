package triage

import "strings"

// A tagline under a signature block ("Regards, / Dana Reyes / Head of
// Sales, Orbis / Thinking of printing this? Please don't."): the
// sender's block is there in full, so the lines after it are the
// block's own, however long, not text the client wrote. An afterthought
// after a bare name ("Thanks, / Bob / Oh, can you also…") has no block
// above it and stays.

// maxTaglineWords bounds one tagline line; longer lines are prose.
const maxTaglineWords = 20

// maxTaglineLines bounds the tagline lines under the block.
const maxTaglineLines = 2

// taglineSignOff returns where the closing block starts when lines end,
// at last, with a sign-off line, its name, at least one more line of the
// block (a title, a company, a phone) and then one or two short tagline
// lines; false otherwise.
func (e *Engine) taglineSignOff(lines []string, last int) (int, bool) {
	i, ok := taglinesAbove(lines, last)
	if !ok {
		return 0, false
	}
	// Up from the taglines: the block's lines, then its name and the
	// sign-off, with blank lines between them allowed.
	block := 0
	for ; i >= 0 && block <= maxBlockLines; i-- {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "":
		case e.isSignOffLine(t) || isLocalSignOff(t):
			// The name and a line more: block counts both.
			return i, block >= 2 && textAbove(lines, i)
		case blockLine(t):
			block++
		default:
			return 0, false
		}
	}
	return 0, false
}

// taglinesAbove reads up from lines[last] over one or two short lines
// that are not the block's own and not a P.S.; it returns the index of
// the line above them, false when there are none or one is prose.
func taglinesAbove(lines []string, last int) (int, bool) {
	i := last
	for ; i >= 0 && last-i < maxTaglineLines; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" || blockLine(t) {
			break
		}
		if wordsAtLeast(t, maxTaglineWords+1) || hasAnyPrefix(t, postscriptMarkers) {
			return 0, false
		}
	}
	return i, i < last
}

// blockLine: a line of a signature block (a name, a title, a company, a
// phone number).
func blockLine(t string) bool { return isNameLike(t) && capitalisedLine(t) }

// maxBlockLines bounds the name, title, company and contact lines read.
const maxBlockLines = 6
