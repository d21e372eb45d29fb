package triage

// A well-wish joined to "hope you're well" by "and" reads, after the
// run-on and "and" splits, as a question with its subject dropped: "I hope
// you're well and had a good weekend", "Hope all's well and you're having
// a lovely break". It names a time the reader had or has (a weekend, a
// holiday, a trip) and asks nothing. A question of the firm's own work
// ("had a chance to look at the plans") names no such time and still asks.
// Table rows: TestWellWishAfterHope (shapes_wellwish_test.go).

// wellWishVerbs open the well-wish, after an optional "you".
var wellWishVerbs = set("had have having enjoyed enjoying")

// goodTimeNouns are the times a well-wish names.
var goodTimeNouns = set("weekend break holiday holidays christmas easter trip summer time day evening week " +
	"journey flight vacation birthday")

// wellWishReach is how many words after the verb may hold the time ("a
// really lovely long weekend").
const wellWishReach = 5

// wellWish reports a clause that wishes the reader a good time.
func wellWish(ws []string) bool {
	i := 0
	if i < len(ws) && (ws[i] == "you" || ws[i] == "you've" || ws[i] == "you're") {
		i++
	}
	if i >= len(ws) || !wellWishVerbs.has(ws[i]) {
		return false
	}
	for j := i + 1; j < min(len(ws), i+1+wellWishReach); j++ {
		w := ws[j]
		if goodTimeNouns.has(w) {
			// "had time to look at the plans": time for a job.
			return j+1 == len(ws) || ws[j+1] != "to"
		}
		if wellWishBreaks.has(w) {
			return false // "have a look at the weekend rota": a job
		}
	}
	return false
}

// wellWishBreaks end the phrase before its time noun: the verb's object
// is something else ("a look at", "a word with", "time to").
var wellWishBreaks = set("at to for on of in with about from look chance word go")
