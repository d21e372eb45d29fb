package triage

import "testing"

// TestOwnAssuranceOnly: "I'd like to make sure I'm there" is the client's
// own plan, not an ask; the same wish about the firm's part may ask.
func TestOwnAssuranceOnly(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"like to, I'm home", "Can you tell me when the surveyor is coming? I'd like to make sure I'm home.",
			[]string{"quick: Can you tell me when the surveyor is coming?"}},
		{"want to, we're there", "What time does the engineer arrive on Friday? We want to make sure we're there to let him in.",
			[]string{"quick: What time does the engineer arrive on Friday?"}},
		{"would like to, I'll be around", "Could you confirm the date of the valuation? I would like to make sure that I'll be around.",
			[]string{"quick: Could you confirm the date of the valuation?"}},
		{"need to, I've", "When is the filing deadline? I need to make sure I've got the receipts together by then.",
			[]string{"quick: When is the filing deadline?"}},
		{"we'd like to, we're free", "Which day is the fire alarm test? We'd like to make sure we're free that morning.",
			[]string{"quick: Which day is the fire alarm test?"}},
		// Guards: the wish concerns the firm or asks it, so it stays an ask.
		{"guard: you received", "I'd like to make sure you received my passport copy.",
			[]string{"quick: I'd like to make sure you received my passport copy."}},
		{"guard: lease reviewed", "We want to make sure the new lease is watertight, please review it before we sign.",
			[]string{"paid: We want to make sure the new lease is watertight, please review it before we sign."}},
	})
}
