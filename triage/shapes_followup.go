package triage

import "strings"

// opinionFollowUp: a bare request for the firm's view ("Let me know what
// you think.", "Thoughts?") right after a question in the same paragraph
// asks for the answer to that question again, not for anything new. On
// its own, after a statement ("Here's the draft. What do you think?"),
// it is the ask and stays one.
func opinionFollowUp(ws []string) bool {
	ws = stripLead(ws, 0)
	if len(ws) > 0 && ws[0] == "please" {
		ws = ws[1:]
	}
	return opinionAsks[strings.Join(ws, " ")]
}

var opinionAsks = map[string]bool{
	"let me know what you think": true, "let us know what you think": true,
	"let me know your thoughts": true, "let us know your thoughts": true,
	"what do you think": true, "what do you reckon": true, "thoughts": true,
	"any thoughts": true, "your thoughts": true, "what are your thoughts": true,
}

// admitsNotKnowing: the words end in an admission that the client does
// not know ("no idea", "not sure", "dunno"): a shrug word after it
// ("no idea honestly - what do …?") goes with the admission, and the
// question after it is put to the firm.
func admitsNotKnowing(ws []string) bool {
	n := len(ws)
	if n == 0 {
		return false
	}
	last := ws[n-1]
	if last == "dunno" {
		return true
	}
	if n < 2 {
		return false
	}
	return notKnowing.has(ws[n-2] + " " + last)
}

var notKnowing = set2("no idea", "not sure", "no clue", "don't know", "dont know", "not certain")
