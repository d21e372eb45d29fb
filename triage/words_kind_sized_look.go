package triage

// lookMatch: a look sized by an adjective ("could you have a quick look",
// "take a closer look at them"). It is the same review "have a look"
// and "look at the invoices" ask for: the adjective sizes the request
// politely, not the work. ("Be able to look at it before Christmas" asks
// when, so bare "look at it" is left out.)
const lookMatch = "have a quick look|take a quick look|have a proper look|take a proper look|have a closer look|take a closer look|" +
	"have a brief look|take a brief look|have a careful look|take a careful look|" +
	// The same look given to the thing ("give it a quick look", "give the
	// boiler a proper look", "give them the once-over"), TestGivenLook.
	"give it a ... look|give them a ... look|give {det} ... a ... look|give it a look|give them a look|give {det} ... a look|" +
	"give it the once-over|give them the once-over|give {det} ... the once-over|give it a once-over|give {det} ... a once-over"

func init() {
	registerSignals([]Signal{{Match: lookMatch, Kind: "paid", Weight: 2, Act: "review"}}, nil)
}
