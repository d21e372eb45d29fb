package triage

import "maps"

// People asked for to cover an occasion: "could you provide two
// interpreters for the hearing?", "we'll need a sound engineer for the
// launch". Sending people to work a session is the chargeable service,
// not a fact to give; whether the firm has such people ("do you provide
// interpreters?", "is anyone free on the 8th?") stays a yes-no. The
// people must be new to the ask (a number or "a"): "we'd like the
// interpreter to arrive early" is an instruction about someone booked.
// Table rows in TestPeopleForAnOccasion (words_kind_staffing_test.go).

// staffRoles are trades and roles a firm sends out to work a session.
var staffRoles = set("interpreter interpreters translator translators operator operators photographer photographers " +
	"videographer videographers caterer caterers steward stewards marshal marshals technician technicians " +
	"electrician electricians tutor tutors trainer trainers carer carers musician musicians dj djs " +
	"cleaner cleaners rigger riggers banksman banksmen guide guides driver drivers waiter waiters waitress waitresses " +
	"chef chefs bartender bartenders security")

// staffCounts open a group of people not yet named: "a", "two", "3".
var staffCounts = set("a an one two three four five six seven eight ten 2 3 4 5 6 7 8 10 another extra additional several some")

// staffWeight outweighs a meeting or a date named in the same ask ("for
// the meeting on Tuesday"), which is when the people work, not the ask.
const staffWeight = 3

func init() {
	maps.Copy(wordClasses, map[string]*wordSet{"staffrole": staffRoles, "staffcount": staffCounts})
	registerSignals([]Signal{
		// Put to the firm as a request or a stated need; "do you provide"
		// is left out, it asks what the firm offers.
		{Match: "you provide {staffcount} {staffrole}|you provide {staffcount} ... {staffrole}|" +
			"please provide {staffcount} {staffrole}|please provide {staffcount} ... {staffrole}|" +
			"you supply {staffcount} {staffrole}|you supply {staffcount} ... {staffrole}|" +
			"you send {staffcount} {staffrole}|you send {staffcount} ... {staffrole}|" +
			"^ we need {staffcount} {staffrole}|^ we need {staffcount} ... {staffrole}|" +
			"^ we'll need {staffcount} {staffrole}|^ we'll need {staffcount} ... {staffrole}|" +
			"^ we will need {staffcount} {staffrole}|^ we will need {staffcount} ... {staffrole}|" +
			"^ i need {staffcount} {staffrole}|^ i need {staffcount} ... {staffrole}|" +
			"^ i'll need {staffcount} {staffrole}|^ i'll need {staffcount} ... {staffrole}|" +
			"^ we'd like {staffcount} {staffrole}|^ we'd like {staffcount} ... {staffrole}|" +
			"^ we would like {staffcount} {staffrole}|^ we would like {staffcount} ... {staffrole}|" +
			"^ i'd like {staffcount} {staffrole}|^ i'd like {staffcount} ... {staffrole}|" +
			"^ i would like {staffcount} {staffrole}|^ i would like {staffcount} ... {staffrole}",
			Kind: "paid", Weight: staffWeight, Act: "work"},
	}, nil)
	// "We would like two interpreters at …" wishes for people from the
	// firm as "we would like the report" wishes for a thing; a number
	// after "like" is no determiner, so the frame is its own.
	registerLexicon("en", Lexicon{Words: Words{RequestFrames: []string{
		"i'd like {staffcount} {staffrole}", "i'd like {staffcount} ... {staffrole}",
		"we'd like {staffcount} {staffrole}", "we'd like {staffcount} ... {staffrole}",
		"i would like {staffcount} {staffrole}", "i would like {staffcount} ... {staffrole}",
		"we would like {staffcount} {staffrole}", "we would like {staffcount} ... {staffrole}",
	}}})
}
