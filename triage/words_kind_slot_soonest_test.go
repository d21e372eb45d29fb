package triage

import "testing"

// TestSoonestDate: asking for the firm's first free date is scheduling,
// whatever job the date is for (soonestSignals, words_kind_slot.go).
func TestSoonestDate(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"grateful for the earliest date", "I'd be grateful for your earliest available date.",
			[]string{"quick: I'd be grateful for your earliest available date."}},
		{"earliest start date", "I'd be grateful for your earliest start date.",
			[]string{"quick: I'd be grateful for your earliest start date."}},
		{"soonest you could start", "We'd like to know the soonest you could start on the roof.",
			[]string{"quick: We'd like to know the soonest you could start on the roof."}},
		{"next free slot", "Could you send me your next free slot?",
			[]string{"quick: Could you send me your next free slot?"}},
		{"first available date for a survey", "Please give us your first available date for the survey.",
			[]string{"quick: Please give us your first available date for the survey."}},
		{"soonest free slot welcomed", "We would welcome your soonest free slot for the chimney sweep.",
			[]string{"quick: We would welcome your soonest free slot for the chimney sweep."}},
		{"next available date appreciated", "Your next available date for the alarm check would be appreciated.",
			[]string{"quick: Your next available date for the alarm check would be appreciated."}},
		{"guard: first floor plan", "I'd be grateful if you could redesign the first floor plan.",
			[]string{"paid: I'd be grateful if you could redesign the first floor plan."}},
		{"guard: next report drafted", "Can you draft the next available report?",
			[]string{"paid: Can you draft the next available report?"}},
		{"guard: first date schedule", "Could you prepare the first date schedule for the tour?",
			[]string{"paid: Could you prepare the first date schedule for the tour?"}},
	})
}
