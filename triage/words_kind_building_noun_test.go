package triage

import "testing"

// TestBuildingAsNoun: "building" after a determiner and "build" in a
// compound ("new-build", "self-build") name a structure; a question about
// one asks for no work (words_kind_modifier.go). Building as a verb, and
// "the build" as the job, stay work. Sentences written for the test.
func TestBuildingAsNoun(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "What's the VAT rate on new-build homes?", Quick},
		{"en", "Who owns the new building next door?", Quick},
		{"en", "Is the building regs fee the same for new-build houses?", Quick},
		{"en", "Is there a lift in the building?", Quick},
		{"en", "What's the address of the new building?", Quick},
		{"en", "Do self-build plots pay the same connection charge?", Quick},
		{"en guard: building as a verb", "Could you start building the booking page for the new website?", Paid},
		{"en guard: build as a verb", "Can you build us a new booking page?", Paid},
		{"en guard: the build as the job", "Can you start the build next week?", Paid},
		{"en guard: work on the building", "Could you survey the building before we sign?", Paid},
	})
}
