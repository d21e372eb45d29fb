package triage

import "testing"

// TestNeedNewMadeThing: a stated future need for an indefinite thing the
// firm makes (an assessment, an appraisal, an evaluation) asks for the
// making, even when someone else's confirming is named beside it; the one
// already made, or a thing the firm does not make, stays quick.
func TestNeedNewMadeThing(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"need an assessment before others confirm", "We'll need a fire risk assessment for the church hall, as the diocese wants one before they confirm the booking.",
			[]string{"paid: We'll need a fire risk assessment for the church hall, as the diocese wants one before they confirm the booking."}},
		{"also need an appraisal", "We'll also need a written appraisal of the two boilers so the landlord can confirm which one to keep.",
			[]string{"paid: need a written appraisal of the two boilers so the landlord can confirm which one to keep."}},
		{"need an evaluation after a lead-in", "Last thing: we'll need an evaluation of the pilot scheme, which the funder will confirm receipt of.",
			[]string{"paid: Last thing: we'll need an evaluation of the pilot scheme, which the funder will confirm receipt of."}},
		{"send an appraisal", "Could you send us an appraisal of the two sites?",
			[]string{"paid: Could you send us an appraisal of the two sites?"}},
		// Guards: the one already made, a thing the firm does not make.
		{"guard: the assessment already made", "We'll need the assessment you did in June, can you confirm you still have it?",
			[]string{"quick: We'll need the assessment you did in June, can you confirm you still have it?"}},
		{"guard: a space, not a made thing", "We'll need a parking space for the van, can you confirm there is one?",
			[]string{"quick: We'll need a parking space for the van, can you confirm there is one?"}},
	})
}
