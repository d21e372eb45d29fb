package triage

// "I'd value your honest opinion." after a question asks nothing new: with
// no object of its own ("on the lease", "about the rota") the view it
// values is the one just asked for, so it is no second ask (read as the
// value frame of words_value_wish.go it was sized as review work). Only
// a short sentence ending on a bare view noun is read; "I'd value your
// view on whether …" stays a request. A check of the last word first,
// not a lexicon of every wording: it runs on every clause. Table rows in
// TestValueEcho (words_value_echo_test.go).
var (
	valueEchoNouns = set("take view views opinion thoughts input steer")
	valueEchoVerbs = set("value welcome appreciate")
	// valueEchoFill may stand between "your" and the noun, or between the
	// subject and the verb.
	valueEchoFill = set("honest frank candid own professional really also would")
	valueEchoWho  = set("i'd we'd i we")
)

// valueEchoMax bounds the sentence: "we would really value your honest
// take" is eight words.
const valueEchoMax = 8

// valueEcho: lw is a sentence "I'd (really) value your (honest) take".
func valueEcho(lw []string) bool {
	n := len(lw)
	if n < 4 || n > valueEchoMax || !valueEchoNouns.has(lw[n-1]) {
		return false
	}
	i := n - 2
	if valueEchoFill.has(lw[i]) {
		i--
	}
	if i < 2 || lw[i] != "your" || !valueEchoVerbs.has(lw[i-1]) {
		return false
	}
	for _, w := range lw[:i-1] {
		if !valueEchoWho.has(w) && !valueEchoFill.has(w) {
			return false
		}
	}
	return valueEchoWho.has(lw[0])
}
