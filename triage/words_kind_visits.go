package triage

import "slices"

// Arrangements around a visit or a job the firm already does, not work
// asked for: leaving a regular visit out ("could you skip us next
// week?"), calling again ("can you come back tomorrow?"), collecting or
// picking things up ("can you pick them up on Friday?", "make sure the
// collection is before noon"), taking a charge off ("please credit the
// missed visit"), and taking a constraint on board ("can you work to
// that?"). The answer is a yes, a no or a time; any work the visit is
// for is priced when it is booked. Table rows in TestVisitArrangements
// (words_kind_visits_test.go).

// visitNouns are the regular visits or rounds a client can be left out
// of ("skip our clean", "skip the Tuesday round").
var visitNouns = set("visit visits clean cleans round rounds collection collections delivery deliveries lesson " +
	"lessons session sessions service walk walks cut mow week weeks")

// rosters are the lists a client joins: "add us to your round", "put
// me on the waiting list". Not "list" alone: "add it to the price list"
// edits a document.
var rosters = set("round rounds rota rotas books register waiting")

// pickedThings are what "pick … up" and "collect …" carry when they
// name the client's goods by pronoun, not a job ("pick up where the
// last firm left off").
var pickedThings = set("it them everything this these those all both")

// handovers are the moments goods change hands, whose time a client
// sets: "the collection is before 4", "pickup at noon".
var handovers = set("collection pickup pickups delivery dropoff")

// arrangeWeight outweighs a request's form alone and a scope word
// ("pick everything up").
const arrangeWeight = 3

func init() {
	wordClasses["visitnoun"] = visitNouns
	wordClasses["picked"] = pickedThings
	wordClasses["handover"] = handovers
	wordClasses["roster"] = rosters
	registerSignals(visitSignals, visitSignalsByLang)
}

// comeBackMatch: calling again at a time.
const comeBackMatch = "come back {visitwhen}|pop back {visitwhen}|call back {visitwhen}|come back round|pop back round"

// collectMatch: collecting the client's goods, or the time they change
// hands.
const collectMatch = "pick {picked} up|pick up {picked}|collect {picked}|{handover} is before|{handover} before|" +
	"{handover} is by|{handover} by|{handover} is at"

// rosterMatch: joining a regular round or a list.
const rosterMatch = "add {me} to {det} ... {roster}|put {me} on {det} ... {roster}|add {me} to {roster}|put {me} down for|" +
	"add our ... to {det} ... {roster}|put our ... on {det} ... {roster}"

// arrangementThenWork: the visit or collection at ws[start:end] leads
// on to work ("collect it and give it a full service", "come back
// tomorrow and rebuild the wall"), or joining a list closes work asked
// first ("find out which clubs have room and put us on their lists"):
// the ask is the work, priced as such.
func (e *Engine) arrangementThenWork(ws []string, start, end, si int) bool {
	thenAnd := end < len(ws) && ws[end] == "and"
	if !thenAnd && start == 0 {
		return false
	}
	m := e.signals[si].Match
	if m == rosterMatch {
		return thenAnd || slices.Contains(ws[:start], "and")
	}
	return thenAnd && (m == collectMatch || m == comeBackMatch)
}

// visitSignals are the English signals of the rules above.
var visitSignals = []Signal{
	// Leaving a regular visit out: "skip us on the 3rd", "give us a
	// miss next time", "skip the Friday clean".
	{Match: "skip us|skip me|skip our {visitnoun}|skip {det} ... {visitnoun}|miss us out|leave us off|give us a miss",
		Kind: "quick", Weight: arrangeWeight, Minutes: 1, Act: "schedule"},
	// Calling again at a time: "come back tomorrow", "pop back on
	// Monday". Not "come back with a plan", which hands over work.
	{Match: comeBackMatch,
		Kind: "quick", Weight: arrangeWeight, Minutes: 1, Act: "schedule"},
	// Collecting the client's goods: "pick them up", "collect it all";
	// the time goods change hands: "the pickup is at 10".
	{Match: collectMatch,
		Kind: "quick", Weight: arrangeWeight, Minutes: 1, Act: "schedule"},
	// Joining a regular round or a list: "add us to your round", "put
	// me on the waiting list", "put our flat on your rota".
	{Match: rosterMatch,
		Kind: "quick", Weight: arrangeWeight, Minutes: 1, Act: "schedule"},
	// A charge taken off: "credit the missed visit", "credit us for the
	// late run".
	{Match: "credit us|credit me|credit {det} ... {visitnoun}|credit {det} ... job|credit {det} ... run|credit {det} ... charge",
		Kind: "quick", Weight: arrangeWeight, Minutes: 2, Act: "info"},
	// Taking a constraint on board: "can you work to that?", "could you
	// work around those dates?".
	{Match: "work to that|work to this|work to those|work around that|work around this|work around those|" +
		"work round that|work round this|work within that|work within this",
		Kind: "quick", Weight: arrangeWeight, Minutes: 1, Act: "yes-no"},
}

// visitSignalsByLang collect the client's goods in the other languages:
// "können Sie es abholen?", "pouvez-vous venir les chercher ?",
// "¿podéis recogerlo?", "kunt u het ophalen?", "podem fazer a recolha?",
// "potete ritirarlo?"; in German and Dutch also joining a round or a list
// ("in Ihre Tour aufnehmen", "op uw ronde zetten").
var visitSignalsByLang = map[string][]Signal{
	"de": {{Match: "abholen|abholung|holen ... ab|holt ... ab", Kind: "quick", Weight: arrangeWeight, Minutes: 1, Act: "schedule"},
		{Match: "in ... tour aufnehmen|in ... runde aufnehmen|auf ... liste setzen|auf ... warteliste", Kind: "quick", Weight: arrangeWeight, Minutes: 1, Act: "schedule"}},
	"fr": {{Match: "venir chercher|venez chercher|passer prendre|enlèvement", Kind: "quick", Weight: arrangeWeight, Minutes: 1, Act: "schedule"}},
	"es": {{Match: "recoger*|recogida|recogerlas|recogerlos", Kind: "quick", Weight: arrangeWeight, Minutes: 1, Act: "schedule"}},
	"nl": {{Match: "ophalen|ophaal*|komen halen", Kind: "quick", Weight: arrangeWeight, Minutes: 1, Act: "schedule"},
		{Match: "op ... ronde zetten|op ... lijst zetten|op ... wachtlijst", Kind: "quick", Weight: arrangeWeight, Minutes: 1, Act: "schedule"}},
	"pt": {{Match: "recolha|recolher|recolhe*|vir buscar", Kind: "quick", Weight: arrangeWeight + 1, Minutes: 1, Act: "schedule"}},
	"it": {{Match: "ritirare|ritiro|ritirar*|venire a prendere", Kind: "quick", Weight: arrangeWeight, Minutes: 1, Act: "schedule"}},
}
