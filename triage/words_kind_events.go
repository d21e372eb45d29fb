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

// Teaching a class for the client is the same kind of work: "could you
// run a private class for our team?", "would you teach a beginners'
// lesson for the new staff?". Joining a class already on ("can I take
// Thursday's class?"), asking when one runs ("is the class running?") and
// naming a class's list or times ("run the class list past me") name no
// class taught for the client. Table rows in TestTeachingAClass
// (words_kind_events_test.go).

// teachVerbs put on a class for the client.
var teachVerbs = set("run teach lead give deliver host")

// lessonNouns are the classes a firm teaches.
var lessonNouns = set("class classes lesson lessons course courses")

// lessonKinds say which class: "a private class", "a taster course". A
// closed list rather than any words, so "give a ring to the class" is not
// read. Hyphens split words, so "a one-to-one lesson" and "a two-hour
// course" are spelled out in lessonMatch.
var lessonKinds = set("private group taster trial beginners beginner introductory bespoke extra special tailored " +
	"short lunchtime evening morning weekend staff team corporate refresher")

// lessonSpans count a class's length: "a two-hour class", "a half-day course".
var lessonSpans = set("one two three four half full")

// lessonMatch: a teaching verb and the class taught, with up to two words
// saying which.
const lessonMatch = "{teachverb} {det} {lesson}|{teachverb} {det} {lessonkind} {lesson}|" +
	"{teachverb} {det} {lessonkind} {lessonkind} {lesson}|{teachverb} {det} one to one {lesson}|" +
	"{teachverb} {det} {lessonspan} hour {lesson}|{teachverb} {det} {lessonspan} day {lesson}"

// lessonFollowers after a class noun make it a modifier: "the class list",
// "a lesson plan", "the course fee".
var lessonFollowers = set("list lists times timetable timetables schedule fee fees price prices register notes plan " +
	"plans dates details booking bookings numbers slot slots room")

// lessonModifier: the teaching signal matched on a class noun that names
// a thing of the class (lessonFollowers), or on the class given something
// ("give the class a reminder"), not a class taught.
func (e *Engine) lessonModifier(ws []string, end, si int) bool {
	return end < len(ws) && (lessonFollowers.has(ws[end]) || detWords.has(ws[end])) && e.signals[si].Match == lessonMatch
}

func init() {
	maps.Copy(wordClasses, map[string]*wordSet{"occasionverb": occasionVerbs, "occasion": occasionNouns,
		"teachverb": teachVerbs, "lesson": lessonNouns, "lessonkind": lessonKinds, "lessonspan": lessonSpans})
	registerSignals([]Signal{
		{Match: "{occasionverb} {det} {occasion}|{occasionverb} {det} ... {occasion}",
			Kind: "paid", Weight: occasionWeight, Act: "prepare"},
		{Match: lessonMatch, Kind: "paid", Weight: occasionWeight, Act: "prepare"},
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
