package triage

// "Forwarding this from my colleague who's organising the open day": a
// contracted "who's" right after a word for a person ("my colleague",
// "the supplier") opens a relative clause about that person, not a new
// question in a run-on. After a thing ("thanks for the forms whos doing
// the survey") it still asks. Table rows in TestRelativeWho
// (shapes_relative_who_test.go).

// relativeWhoWords are the contracted forms of "who is/has".
var relativeWhoWords = set("who's whos")

// whoPersons name people a client writes about; with the trades of
// wordClasses["provider"] they are what a relative "who's" follows.
var whoPersons = set("colleague colleagues manager boss director partner assistant secretary friend neighbour neighbor " +
	"wife husband son daughter brother sister mum dad mother father tenant landlord client customer member chap guy lady")

// relativeWho: lw[k] is "who's" right after a word for a person.
func relativeWho(lw []string, k int) bool {
	return k >= 1 && relativeWhoWords.has(lw[k]) && (whoPersons.has(lw[k-1]) || wordClasses["provider"].has(lw[k-1]))
}
