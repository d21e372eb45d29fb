package triage

import "strings"

// A request that stands only inside quotation marks is the wording of a
// message, a sign or an error the client reports ("the form shows
// “Something went wrong, please try again”", "the sign says „Bitte
// klingeln“"), not an ask of theirs. The words outside the quotes decide.

// quotePairs are the opening and closing marks of a quotation.
var quotePairs = [][2]string{{"“", "”"}, {"\"", "\""}, {"«", "»"}, {"„", "“"}, {"„", "”"}, {"»", "«"}}

// outsideQuotes returns s without its quoted passages of two words or
// more, and whether it had one.
func outsideQuotes(s string) (string, bool) {
	found := false
	for _, p := range quotePairs {
		for {
			i := strings.Index(s, p[0])
			if i < 0 {
				break
			}
			j := strings.Index(s[i+len(p[0]):], p[1])
			if j < 0 {
				break
			}
			inner := s[i+len(p[0]) : i+len(p[0])+j]
			if len(strings.Fields(inner)) < 2 {
				break
			}
			s = s[:i] + " " + s[i+len(p[0])+j+len(p[1]):]
			found = true
		}
	}
	return s, found
}

// quotedRequestOnly: text, not a question, asks only inside quotation
// marks.
func (e *Engine) quotedRequestOnly(text string) bool {
	out, ok := outsideQuotes(text)
	if !ok {
		return false
	}
	ws := words(out)
	return len(ws) > 0 && !e.isRequest(ws)
}
