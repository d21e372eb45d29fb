package triage

// An incredulous echo of the quote (helper "inbox17"): "You want to
// charge us to explain your own bill?", "You expect us to pay £400 for a
// letter?" restate the firm's offer in the client's word order, in
// disbelief. Beside a no they are the reason for it, not a question
// back, so the no stands. Table rows in TestReplyEchoes
// (reply_echo_test.go).

// echoVerbs follow "you" in such an echo, with "really" or "seriously"
// between or not.
var echoVerbs = set("want expect think reckon")

// echoFillers may stand between "you" and the verb.
var echoFillers = set("really seriously honestly actually")

// onlyEchoes: every question in the lists is such an echo.
func onlyEchoes(lists ...[]string) bool {
	for _, l := range lists {
		for _, q := range l {
			if ws := words(q); !echoQuestion(ws) && !figureEcho(ws) {
				return false
			}
		}
	}
	return true
}

// echoQuestion: ws opens "you (really) want|expect|think …".
func echoQuestion(ws []string) bool {
	if len(ws) < 3 || ws[0] != "you" {
		return false
	}
	i := 1
	if echoFillers.has(ws[i]) {
		i++
	}
	return echoVerbs.has(ws[i])
}
