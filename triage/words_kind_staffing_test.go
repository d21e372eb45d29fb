package triage

import "testing"

// TestPeopleForAnOccasion: people asked for to work a session are the
// paid service; whether the firm has such people, or an instruction about
// someone already booked, stays quick (words_kind_staffing.go).
func TestPeopleForAnOccasion(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"provide a number of people", "Could you provide three stewards for the charity fun run on Sunday?",
			[]string{"paid: Could you provide three stewards for the charity fun run on Sunday?"}},
		{"a stated need with an adjective", "We'll need a qualified electrician for the stage lighting at the gala.",
			[]string{"paid: We'll need a qualified electrician for the stage lighting at the gala."}},
		{"a stated need for a meeting", "We need an interpreter for the tenants' meeting on Thursday evening.",
			[]string{"paid: We need an interpreter for the tenants' meeting on Thursday evening."}},
		{"a wish for two people", "We would like two photographers at the awards dinner in March.",
			[]string{"paid: We would like two photographers at the awards dinner in March."}},
		{"a wish for two people working together", "We'd like two carers working together on the night shifts.",
			[]string{"paid: We'd like two carers working together on the night shifts."}},
		{"send a person", "Can you send a rigger for the lift on the 9th?",
			[]string{"paid: Can you send a rigger for the lift on the 9th?"}},
		{"please provide", "Please provide a banksman for Monday morning's delivery.",
			[]string{"paid: Please provide a banksman for Monday morning's delivery."}},
		{"guard: whether the firm offers them", "Do you provide interpreters for court hearings?",
			[]string{"quick: Do you provide interpreters for court hearings?"}},
		{"guard: a question about someone booked", "Will the interpreter need a parking space?",
			[]string{"quick: Will the interpreter need a parking space?"}},
		{"guard: whether anyone is free", "Is there a photographer free on the 12th?",
			[]string{"quick: Is there a photographer free on the 12th?"}},
		{"guard: whether one is needed", "Do we need an interpreter for the appointment?",
			[]string{"quick: Do we need an interpreter for the appointment?"}},
		{"guard: the person's name", "Could you send me the photographer's name?",
			[]string{"quick: Could you send me the photographer's name?"}},
	})
}
