package triage

import (
	"strconv"
	"strings"
)

// Moving or cancelling a booking named by its day ("can you move
// Tuesday's lesson to 5pm?", "push Friday's clean back a week", "cancel
// tomorrow's collection") asks for another slot, whatever the booking is
// called: the day's possessive says the job is already in the diary. The
// target must be a time, as for a pronoun (words_kind_slot.go), so "move
// Monday's payments to the savings account" stays what it is.
// Table rows in TestDayPossessiveMove (words_kind_dayposs_test.go).

// dayPossessives name a booking by its day.
var dayPossessives = set("monday's tuesday's wednesday's thursday's friday's saturday's sunday's " +
	"today's tomorrow's tonight's")

// clockTimes are the hours a booking moves to: "5pm", "10am", "noon".
var clockTimes = func() *wordSet {
	ws := []string{"noon", "midday", "lunchtime", "teatime"}
	for h := 1; h <= 12; h++ {
		ws = append(ws, strconv.Itoa(h)+"am", strconv.Itoa(h)+"pm")
	}
	return set(strings.Join(ws, " "))
}()

// dayPossMoveMatch: a re-planning verb, the day's booking, a time.
var dayPossMoveMatch = func() string {
	var b []string
	for _, to := range []string{"to next week", "to the following week", "to next {slotday}", "to {slotday}",
		"to the {slotday}", "to {clock}", "to the {ordinal}", "back a week", "back a day", "back to {slotday}",
		"back to next week", "back to the {ordinal}", "back to {clock}", "forward to {slotday}", "forward to {clock}",
		"forward to the {ordinal}", "back to the following week"} {
		b = append(b, "{replan} {dayposs} ... "+to, "bring {dayposs} ... "+to)
	}
	return strings.Join(append(b, "cancel {dayposs}", "postpone {dayposs}"), "|")
}()

func init() {
	wordClasses["dayposs"] = dayPossessives
	wordClasses["clock"] = clockTimes
	registerSignals([]Signal{
		{Match: dayPossMoveMatch, Kind: "quick", Weight: slotWeightMoved, Minutes: 1, Act: "schedule"},
	}, nil)
}
