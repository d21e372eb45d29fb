package triage

import "testing"

// TestLinkedNotAskOnly: a statement whose clause after "so", "and" or
// "but" asks the firm to do nothing ("so please disregard…", "and please
// note…", "but I'll…") asks nothing; an ask before the link word, a
// request after the non-ask, or a need after "we'll" still asks.
// Sentences written for this test.
func TestLinkedNotAskOnly(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"so please disregard", "The agent has collected the keys, so please disregard my earlier message.", nil},
		{"so please ignore", "The surveyor changed the measurements, so please ignore the sketch I posted on Friday.", nil},
		{"and please note", "We have moved to Unit 4 on the retail park and please note the new postcode.", nil},
		{"but please ignore", "The courier came in the end but please ignore the missing parcel email.", nil},
		{"so please disregard the letter", "The tenant paid this morning, so please disregard the arrears letter I forwarded.", nil},
		{"so I'll", "The printer is fixed now, so I'll cancel the engineer myself.", nil},
		// Guards: an ask before the link word; a request after; a need.
		{"guard: ask before", "Could you send the revised lease, and please ignore the draft from Monday?",
			[]string{"Could you send the revised lease, and please ignore the draft from Monday?"}},
		{"guard: request after", "The old logo is retired, so please ignore it and could you use the new one on the flyers?",
			[]string{"The old logo is retired, so please ignore it and could you use the new one on the flyers?"}},
		{"guard: need after will", "The extension is going ahead, so we'll need structural drawings for the rear wall.",
			[]string{"The extension is going ahead, so we'll need structural drawings for the rear wall."}},
	})
}
