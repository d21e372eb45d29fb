package triage

import "testing"

// TestBenefitAfterLead: a benefit wish for the firm's work ("it would be
// good to get…", "it would help to have a report…") asks after a short
// purpose lead or a reason ended by "so", as it does alone; with a long
// reason the ask is quoted from the wish. A wish for the client's own
// life, a wish someone else voiced and a lead that is no purpose stay
// no asks. Sentences written for the test (a stonemason, a damp
// specialist, a boat painter, a kitchen fitter, a piano tuner).
func TestBenefitAfterLead(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"purpose lead, help to have a report", "For the tribunal it would really help to have a written report on the damp.",
			[]string{"paid: For the tribunal it would really help to have a written report on the damp."}},
		{"long reason then so", "The churchwarden says the old quote is too vague for the faculty application, so it would be good to get a new survey of the lychgate.",
			[]string{"paid: it would be good to get a new survey of the lychgate."}},
		{"circumstance lead, made participle", "With the showroom opening in May it would be great to get the kitchen plans redrawn.",
			[]string{"paid: With the showroom opening in May it would be great to get the kitchen plans redrawn."}},
		{"got done with a made participle", "It would be lovely to get the old boathouse repainted.",
			[]string{"paid: It would be lovely to get the old boathouse repainted."}},
		{"guard: wish for the client's own life", "We had a rough autumn at the workshop, so it would be nice to have a quieter January.",
			nil},
		{"guard: someone else's wish reported", "I spoke to the college and they said it would be good to get a second piano.",
			nil},
	})
}
