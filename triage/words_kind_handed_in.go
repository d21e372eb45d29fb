package triage

// A thing handed in for the firm to look at: "can I bring the mower in
// for you to look at?", "I'll send the amp back for you to check over".
// Looking an item over to find what is wrong with it is a diagnosis, the
// first step of a repair, whoever carries the item: work, though "look at"
// alone reads as a glance. Table rows in TestHandedIn.

// handInVerbs carry a thing to the firm. "pop" and "come" are left out:
// "can I pop in for you to check my details?" brings the client, not a
// thing.
var handInVerbs = set("bring drop send ship post courier take return")

// lookOverVerbs look a thing over for faults. Plain "check" is left out:
// "bring my passport in for you to check" checks a fact; "check over"
// and "check it over" are matched as phrases.
var lookOverVerbs = set("look inspect examine test diagnose service")

// handedInWeight is the hand weight of a thing handed in for a look,
// above the quick lean of "look at" and of a question the client puts
// about what they will do ("can I …").
const handedInWeight = 4

func init() {
	wordClasses["handin"] = handInVerbs
	wordClasses["lookover"] = lookOverVerbs
	registerSignals(handedInSignals, nil)
	ruleSignals[handedInMatch] = true
}

// handedInMatch is registered as a rule signal: the client carries the
// item ("can I bring it in…"), the firm does the looking, so the work
// weighs the same whoever the sentence makes act.
const handedInMatch = "{handin} ... for {you} to {lookover}|{handin} ... ... for {you} to {lookover}|" +
	"{handin} ... for {you} to check over|{handin} ... for {you} to check it over|{handin} ... ... for {you} to check over|" +
	"{handin} ... for {you} to have a look|{handin} ... for {you} to take a look|" +
	"{handin} ... ... for {you} to have a look|{handin} ... ... for {you} to take a look"

var handedInSignals = []Signal{{Match: handedInMatch, Kind: "paid", Weight: handedInWeight, Act: "fix"}}
