package triage

import "testing"

// TestMeetsWhatTheyRequire: whether a thing meets what another party
// demands, said as a clause ("meets what the landlord requires", "satisfy
// what they're asking for"), is compliance research (paid), as "meets the
// requirements" is (words_shapes.go); how the client's own order or
// expectation turned out is a status. Sentences written for this test.
func TestMeetsWhatTheyRequire(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Can you check if our extractor fan meets what the landlord requires?", Paid},
		{"en", "Does the new fence satisfy what the council asked for?", Paid},
		{"en", "Could you look at whether the stair rails meet what the inspector is asking for?", Paid},
		{"en", "Can you check the tail lift satisfies what they require for loading bays?", Paid},
		{"en", "Could you find out whether the shop sign meets what they're asking for in the conservation area?", Paid},
		{"en", "Please check our allergen labels comply with what the retailer requires.", Paid},
		// Guards: the client's own order or expectation.
		{"en", "Did the delivery meet what we asked for last week?", Quick},
		{"en", "Did the parcel meet what you expected?", Quick},
	})
}
