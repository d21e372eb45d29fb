package triage

import "strings"

// A closing block too long for shortTail: a sign-off and a name, then
// either a business card (title, firm, phone or link, a banner line such
// as "Did you know we now fit solar panels? Ask us how!") or a full
// signature block with one or two taglines under it ("Thinking of
// printing this? Please don't."). Either way the lines under the name are
// the sender's block, however long, not text the client wrote. A
// postscript under the name, or an afterthought under a bare name
// ("Thanks, / Bob / Oh, can you also…"), is the sender's own and stays.

// closingBlock returns where such a block starts in lines (which end on
// a non-blank line), false when there is none.
func (e *Engine) closingBlock(lines []string) (int, bool) {
	for i := max(1, cardTop(lines)); i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" || !textAbove(lines, i) || !(e.isSignOffLine(t) || isLocalSignOff(t)) {
			continue
		}
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if j == len(lines) {
			continue
		}
		if e.cardName(lines[j]) && cardBelow(lines[j+1:]) || e.taglinedBlock(lines[j:]) {
			return i, true
		}
	}
	return 0, false
}

// cardName: the name line over a card, short and name-like.
func (e *Engine) cardName(l string) bool {
	return e.nameBlock([]string{l}) && !wordsAtLeast(l, 4)
}

// cardTop is the first line a sign-off over a card can stand on: with
// the name and the card's 12 lines at most, no more than 14 non-blank
// lines follow it. Lines above it are not read, so a long message costs
// no sign-off test per line.
func cardTop(lines []string) int {
	n := 0
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		if n++; n > maxCardLines+2 {
			return i + 1
		}
	}
	return 0
}

// maxCardLines bounds the lines of a card below the name.
const maxCardLines = 12

// cardBelow reports lines that read as the rest of a business card: at
// most 12 of them, one a contact line, none opening a postscript.
func cardBelow(lines []string) bool {
	n, contact := 0, false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if n++; n > maxCardLines || hasAnyPrefix(strings.ToUpper(t), postscriptMarkers) {
			return false
		}
		contact = contact || contactLine(t)
	}
	return contact
}

// contactLine: an e-mail address, a link, a phone number (seven digits or
// more) or fields set apart by "|".
func contactLine(t string) bool {
	if strings.Contains(t, "@") || strings.Contains(t, "://") || strings.Contains(t, "www.") || strings.Contains(t, " | ") {
		return true
	}
	digits := 0
	for _, r := range t {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return digits >= 7
}

// maxTaglineWords bounds one tagline line; longer lines are prose.
const maxTaglineWords = 20

// maxTaglineLines bounds the tagline lines under the block.
const maxTaglineLines = 2

// maxBlockLines bounds the name, title, company and contact lines read.
const maxBlockLines = 6

// taglinedBlock reports lines, from the name down, that are a signature
// block of the name and at least one more line (a title, a company, a
// phone), blank lines between them allowed, then one or two short
// tagline lines that are not the block's own and not a postscript.
func (e *Engine) taglinedBlock(lines []string) bool {
	end := len(lines)
	for end > 0 && len(lines)-end < maxTaglineLines {
		t := strings.TrimSpace(lines[end-1])
		if t == "" || blockLine(t) {
			break
		}
		if wordsAtLeast(t, maxTaglineWords+1) || hasAnyPrefix(t, postscriptMarkers) {
			return false
		}
		end--
	}
	if end == len(lines) {
		return false
	}
	block := 0
	for _, l := range lines[:end] {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case e.isSignOffLine(t) || isLocalSignOff(t) || !blockLine(t):
			return false
		default:
			block++
		}
	}
	return block >= 2 && block <= maxBlockLines
}

// blockLine: a line of a signature block (a name, a title, a company, a
// phone number).
func blockLine(t string) bool { return isNameLike(t) && capitalisedLine(t) }
