package triage

import "strings"

// Moving a booked job named by a noun to another time ("can you move our
// office clean from Monday to Tuesday?", "push the carpet clean back to
// Friday") asks for another slot, as moving it by a pronoun or by its
// day does (words_kind_slot.go, words_kind_dayposs.go): the job is the
// one already in the diary. The target must be a day, a week or a date,
// so "move the files to the new server" stays work, and a plan of work
// as the object ("push the rollout plan back to next week") is
// re-planning, whose signal outweighs this one.
// Table rows in TestNounReschedule (words_kind_noun_move_test.go).
var nounMoveMatch = func() string {
	var b []string
	for _, to := range []string{"from {slotday} to", "from the {ordinal} to", "to next week", "to the following week",
		"to next {slotday}", "to {slotday}", "to the {ordinal}", "back a week", "back a day", "back to {slotday}",
		"back to next week", "back to the {ordinal}", "forward to {slotday}", "forward to the {ordinal}"} {
		b = append(b, "{replan} {det} ... "+to)
	}
	return strings.Join(b, "|")
}()

func init() {
	registerSignals([]Signal{
		{Match: nounMoveMatch, Kind: "quick", Weight: slotWeightMoved, Minutes: 1, Act: "schedule"},
	}, nil)
}
