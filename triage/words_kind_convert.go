package triage

// turnIntoMatch: making one thing into another, "turn the notes into a
// report", "turn them into a slide deck". What is asked for is made from
// what the client has, production work however lightly it is put. It
// needs an object between the verb and "into": "did the offer turn into a
// sale?" changes nothing and is not matched.
const turnIntoMatch = "turn it into|turn them into|turn this into|turn these into|turn that into|turn those into|" +
	"turn {det} into|turn {det} ... into|turning it into|turning them into|turning {det} ... into"

func init() {
	registerSignals([]Signal{{Match: turnIntoMatch, Kind: "paid", Weight: 2, Act: "prepare"}}, nil)
}
