package triage

import "maps"

// Putting on an occasion for the client is the work: "could you organise
// a tasting for our staff?", "please arrange a leaving party for Jan".
// Arranging a call, a meeting or a delivery is scheduling and names none
// of these nouns. Whether the firm puts such things on at all ("do you
// run tours in spring?") asks what it offers and stays a yes-no. A price
// asked in the same breath after the work ("… and send us a price") is
// the quote for that work, not a question of its own, so it does not
// pull the ask to quick (priceAfterWork). Table rows in
// TestOrganisingAnOccasion (words_kind_events_test.go).

// occasionVerbs put an occasion on.
var occasionVerbs = set("organise organize arrange host plan run stage")

// occasionNouns are occasions a firm puts on for a client.
var occasionNouns = set("tour tours tasting tastings party parties reception dinner lunch launch workshop workshops " +
	"event events ceremony concert outing trip retreat conference seminar masterclass gala fundraiser exhibition")

// occasionWeight outweighs a date or a head count named with the
// occasion ("on Saturday 2 May", "for 15 people").
const occasionWeight = 3

func init() {
	maps.Copy(wordClasses, map[string]*wordSet{"occasionverb": occasionVerbs, "occasion": occasionNouns})
	registerSignals([]Signal{
		{Match: "{occasionverb} {det} {occasion}|{occasionverb} {det} ... {occasion}",
			Kind: "paid", Weight: occasionWeight, Act: "prepare"},
		// Whether the firm puts such things on: "do you run tours?".
		{Match: "do you run|do you host|do you organise|do you organize|do you arrange",
			Kind: "quick", Weight: 2, Minutes: 1, Act: "yes-no"},
	}, nil)
}

// priceAfterWork: the price cue at ws[start:] follows "and" after a
// request for work counted before it ("could you organise a tasting …
// and send us a price?"): the price is the quote for that work.
func (e *Engine) priceAfterWork(ws []string, spans []matchSpan, start, si int) bool {
	if start == 0 || ws[start-1] != "and" || e.signals[si].Match != priceQuoteMatch {
		return false
	}
	for _, m := range spans {
		s := e.signals[m.si]
		if m.end < start && s.Kind == "paid" && s.Act != "" {
			return true
		}
	}
	return false
}
