package triage

import "testing"

// TestDurationVent: a sharpened "does it have to take so long?" about a
// wait vents; plain questions about how long a thing takes, and "have to
// take" with a thing after it, still ask. Sentences written for the test.
func TestDurationVent(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Does it really have to take three weeks to reissue a parking permit?", ""},
		{"en", "Must the council always take this long to answer a simple letter?", ""},
		{"en", "Do building inspections really need to take forever?", ""},
		{"en", "Does every repair always have to take so long with this landlord?", ""},
		{"en", "Does a passport renewal really have to take ages?", ""},
		// Guards: real questions about time or about taking something.
		{"en", "Does the bank transfer usually take two days to clear?", Quick},
		{"en", "Do we really have to take the pension as a lump sum?", Quick},
		{"en", "How long does the probate application have to take?", Quick},
		{"en", "Will the planning decision take six weeks?", Quick},
	})
}

// TestOwnDelayWonderNoAsk: wonder at how long the client took ("how did
// it take us ten years to…") asks nothing; how long the firm took, or a
// plain question of time, asks. Sentences written for this test.
func TestOwnDelayWonderNoAsk(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"us years", "How did it take us ten years to paint the hallway?", nil},
		{"me so long", "Why has it taken me so long to clear out the garage?", nil},
		{"us ages", "How has it taken us ages to agree on a colour?", nil},
		{"me this long", "Why did it take me this long to ask for help?", nil},
		{"us months", "How had it taken us six months to notice the leak?", nil},
		// Guards: the firm's time; a plain question of how long.
		{"guard: you", "Why did it take you three weeks to send the drawings?", []string{"Why did it take you three weeks to send the drawings?"}},
		{"guard: how long", "How long did it take us to get the refund last year?", []string{"How long did it take us to get the refund last year?"}},
	})
}
