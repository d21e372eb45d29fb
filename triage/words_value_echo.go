package triage

// "I'd value your honest take." after a question asks nothing new: with
// no object of its own ("on the lease", "about the rota") the view it
// values is the one just asked for, so it is no second ask (and, read as
// the value frame of words_value_wish.go, it was sized as review work).
// Only the bare view nouns at the end of the sentence are read; "I'd
// value your view on whether …" stays a request. Table rows in
// TestValueEcho (words_value_echo_test.go).
var (
	valueEchoSubjects   = []string{"i'd", "we'd", "i would", "we would", "i'd really", "we'd really"}
	valueEchoVerbs      = []string{"value", "welcome", "appreciate"}
	valueEchoAdjectives = []string{"", "honest ", "frank ", "candid ", "own ", "professional "}
	valueEchoNouns      = []string{"take", "view", "views", "opinion", "thoughts", "input", "steer"}
)

func init() {
	var phrases []string
	for _, s := range valueEchoSubjects {
		for _, v := range valueEchoVerbs {
			for _, a := range valueEchoAdjectives {
				for _, n := range valueEchoNouns {
					phrases = append(phrases, s+" "+v+" your "+a+n+" $")
				}
			}
		}
	}
	registerLexicon("en", Lexicon{Words: Words{NotAsks: phrases}})
}
