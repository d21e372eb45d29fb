package triage

import "strings"

// Asks about when agreed work happens, not for the work: moving a visit
// or a job to another day ("could you do the inspection on Friday
// instead of Monday?") or asking whether the firm works on a kind of day
// ("are your fitters able to come out on a Sunday?"). The job named is
// already agreed or will be priced when booked; the answer is a yes, no
// or another day.

// slotDays are the days a slot is named by, singular or plural
// ("on Saturdays", "on a weekend").
var slotDays = set("monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays " +
	"thursdays fridays saturdays sundays weekend weekends morning mornings afternoon afternoons evening evenings")

// slotWeightMoved outweighs a named job ("the survey", "the install")
// read as work: the ask is the day, the job is the same.
const slotWeightMoved = 3

// slotWeightKind outweighs a request's form alone.
const slotWeightKind = 2

func init() {
	wordClasses["slotday"] = slotDays
	registerSignals(slotSignals, nil)
}

// slotSignals are the signals of the rules above.
var slotSignals = []Signal{
	// Another day for the same job: "… on Thursday instead of Tuesday",
	// "rather than the Monday", "make it Friday instead".
	{Match: "instead of {det} {slotday}|instead of {slotday}|rather than {det} {slotday}|rather than {slotday}|" +
		"{slotday} instead|{slotday} rather than",
		Kind: "quick", Weight: slotWeightMoved, Minutes: 1, Act: "schedule"},
	// The same with a date by its ordinal: "start on the 14th instead of
	// the 12th", "the 3rd rather than the 5th". A month name alone
	// ("for March instead of February") names a period of work, not a day.
	{Match: "instead of {det} {ordinal}|rather than {det} {ordinal}|{det} {ordinal} instead|{det} {ordinal} rather than",
		Kind: "quick", Weight: slotWeightMoved, Minutes: 1, Act: "schedule"},
	// A kind of day, not a date: "on a Saturday", "out of hours". Not
	// "at weekends", which as often says when the client uses a thing
	// whose cover or relief is asked about (rule words).
	{Match: "on a {slotday}|out of hours|outside office hours|outside working hours",
		Kind: "quick", Weight: slotWeightKind, Minutes: 1, Act: "schedule"},
	// Holding a day in the diary: "could you hold the Saturday for us?",
	// "save the date", "keep the 9th free", "pencil us in". The answer is
	// a yes; what the day is for is priced when it is booked. "Hold a
	// workshop" or "hold the stock" name no day and stay with their words.
	// Table rows in TestHoldDay (words_kind_slot_hold_test.go).
	{Match: "hold {det} {slotday}|hold {det} {ordinal}|hold {det} date|hold {det} dates|hold {det} slot|" +
		"save {det} date|save {det} {slotday}|save {det} {ordinal}|" +
		"keep {det} {slotday} free|keep {det} {ordinal} free|keep {det} date free|pencil ... in|pencil in",
		Kind: "quick", Weight: slotWeightKind, Minutes: 1, Act: "schedule"},
	// Whether a thing or a room can be hired at all, or when: "let me
	// know if the hall can be booked on weekdays". The passive asks after
	// what the firm offers, a yes or no; hiring something in for a job
	// ("could you hire a crane and …") names the firm's act and stays.
	// Table rows in TestForHire (words_kind_slot_hold_test.go).
	{Match: "be hired|be booked|be rented|be hired out|available to hire|available for hire|available to book",
		Kind: "quick", Weight: slotWeightKind, Minutes: 1, Act: "schedule"},
}

// slotSignal: s is one of slotSignals. In a question about what a rule
// allows ("is the van still covered if we use it on a Sunday?") the day
// is the case asked about, not a booking (classify.go, dropRuleFrames).
func slotSignal(s Signal) bool {
	for _, o := range slotSignals {
		if s.Match == o.Match && s.Kind == o.Kind {
			return true
		}
	}
	return false
}

// soonestSignals ask for the firm's first free date: "your earliest
// available date", "the soonest you could start", "your next free slot".
// The answer is a date from the diary, whatever job the date is for.
// Table rows in TestSoonestDate (words_kind_slot_soonest_test.go).
var soonestSignals = []Signal{
	{Match: "{soonest} available|{soonest} free|{soonest} start date|{soonest} date|{soonest} slot|{soonest} opening|" +
		"{soonest} you could start|{soonest} you can start|{soonest} you could fit",
		Kind: "quick", Weight: slotWeightKind, Minutes: 1, Act: "schedule"},
}

// soonestWords open a question for the firm's first free date.
var soonestWords = set("earliest soonest first next")

func init() {
	wordClasses["soonest"] = soonestWords
	registerSignals(soonestSignals, nil)
}

// Moving agreed work by a pronoun ("shall we push it to next week?",
// "could you move that to Friday?", "happy to put it back a week") asks
// for another date, as moving a named meeting does: the job is the one
// already agreed. The target must be a time, so "move it to the new
// server" and "push it back to the landlord" stay what they are.
// Table rows in TestPronounReschedule (words_kind_reschedule_test.go).
var pronounMoveMatch = func() string {
	var b []string
	for _, obj := range []string{"it", "that", "this", "things"} {
		for _, to := range []string{"to next week", "to next month", "to the following week", "to next {slotday}",
			"to {slotday}", "to the {ordinal}", "to {month}", "back a week", "back a day", "back to {slotday}",
			"back to next week", "back to the {ordinal}", "forward to {slotday}", "forward to the {ordinal}"} {
			b = append(b, "{replan} "+obj+" "+to, "put "+obj+" "+to, "bring "+obj+" "+to)
		}
		b = append(b, "postpone "+obj, "put "+obj+" off until", "put "+obj+" off till")
	}
	return strings.Join(b, "|")
}()

// How agreed work is held ("will the audit be on site or remote?", "can
// the review be done remotely or does someone visit?") is a fact of the
// booking, like its day. The copula keeps "can you do the audit on site or
// remotely?", which asks for the audit, out.
const workModeMatch = "be {workmode} or|be done {workmode} or|be held {workmode} or|be on site or|be in person or|" +
	"be face to face or|be by phone or|be done on site or|be held in person or|be done in person or"

// Holding booked sessions another way for a while ("could we do her
// lessons online until Easter?", "would it be possible to have the
// appointments remotely for now?") changes how agreed work is held, as a
// day does: the sessions are the same. A time or "instead" must follow, so
// "run three sessions online for our staff", a new course, stays work.
// Table rows in TestBookingModeChange (words_kind_slot_mode_test.go).
var bookingModeMatch = func() string {
	var b []string
	for _, after := range []string{"until", "till", "over the", "for now", "for the time being", "for a while", "instead",
		"during", "while", "this {slotday}", "next {slotday}", "this week", "next week", "this month", "next month",
		"from now on", "for the rest of"} {
		b = append(b, "{booking} {workmode} "+after)
	}
	return strings.Join(b, "|")
}()

// bookingNouns are the booked, repeated meetings of a service.
var bookingNouns = set("session sessions lesson lessons appointment appointments class classes consultation consultations " +
	"meeting meetings visit visits tutorial tutorials check-in check-ins catch-up catch-ups")

// workModes are the ways of holding a visit or a meeting.
var workModes = set("remote remotely online virtual virtually onsite on-site offsite")

func init() {
	wordClasses["workmode"] = workModes
	wordClasses["booking"] = bookingNouns
	registerSignals([]Signal{
		{Match: bookingModeMatch, Kind: "quick", Weight: slotWeightMoved, Minutes: 1, Act: "schedule"},
		{Match: pronounMoveMatch, Kind: "quick", Weight: slotWeightMoved, Minutes: 1, Act: "schedule"},
		{Match: workModeMatch, Kind: "quick", Weight: slotWeightMoved, Minutes: 1, Act: "schedule"},
	}, nil)
}

// roomSignals ask whether the firm has a place free on a booking: "do
// you have room for two more dogs", "hoping you'll have space for the
// van". The answer is a yes or no from the diary. Table rows in
// TestHopeRoomFor (shapes_hope_room_test.go).
var roomSignals = []Signal{
	{Match: "have room for|have space for|have places for|have a place for|have capacity for",
		Kind: "quick", Weight: slotWeightKind, Minutes: 1, Act: "schedule"},
}

func init() {
	registerSignals(roomSignals, nil)
}
