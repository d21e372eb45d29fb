package triage

import "testing"

// TestWantYouToKnow: "I'd like you to know…" and "I just wanted you to
// know…" tell the firm something and ask nothing; a question in the same
// sentence still asks. Sentences written for this test.
func TestWantYouToKnow(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"grateful", "I'd like you to know how much we appreciated the crew's patience.", nil},
		{"would like", "We would like you to know that the new roof has survived its first storm.", nil},
		{"just wanted", "I just wanted you to know the tenants have moved out on time.", nil},
		{"bare", "Wanted you to know the gas engineer has signed off the boiler.", nil},
		{"want", "I want you to know we're very happy with the finished patio.", nil},
		{"how grateful", "I would like you to know how grateful the whole family is.", nil},
		{"just, how", "I just wanted you to know how pleased we are with the new kitchen.", nil},
		// Guards: an ask after the news is still an ask, and asking the
		// firm to act is not telling.
		{"guard: then asks", "I'd like you to know the leak is back, could you send someone this week?",
			[]string{"quick: I'd like you to know the leak is back, could you send someone this week?"}},
		{"guard: like you to redo", "I'd like you to redo the tiling around the bath.",
			[]string{"paid: I'd like you to redo the tiling around the bath."}},
	})
}
