package triage

import "strings"

// headerBlockEnd returns the index of the first line after the header
// block ("From: / Sent: / To: / Subject:") that opens at or just below
// lines[i], or -1 when no header field is there. A marker line such as
// "-----Original Message-----" may sit at lines[i] above the fields.
func headerBlockEnd(lines []string, i int) int {
	j := i
	if headerField(strings.TrimSpace(lines[j])) == "" || quoteDepth(lines[j]) > 0 {
		j++
	}
	start := j
	for j < len(lines) && j <= start+8 {
		t := strings.TrimSpace(lines[j])
		if t == "" || quoteDepth(lines[j]) > 0 || headerFieldKinds[headerField(t)] == 0 {
			break
		}
		j++
	}
	if j == start {
		return -1
	}
	return j
}

// inlineUnderHeaders: the history opened at lines[i] by a marker or a
// header block is a ">"-quoted message with the client's answers typed
// between its lines, as Outlook-style clients leave an inline reply: the
// header block, then quoted lines, then unquoted text among them. It
// returns the lines below the header block when so.
func inlineUnderHeaders(lines []string, i int) ([]string, bool) {
	j := headerBlockEnd(lines, i)
	if j < 0 || !quotedBelow(lines, j) || !answersBelow(lines[j:]) {
		return nil, false
	}
	return lines[j:], true
}
