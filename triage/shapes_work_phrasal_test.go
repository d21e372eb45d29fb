package triage

import "testing"

// TestWorkPhrasalAfterWish: after "hope you can", "if you could", the
// verbs that usually wish the reader well ("come", "make", "get",
// "have") ask for work when a particle makes them a job: "come up with",
// "make a start", "get round to", "have a look". Without the particle
// they stay a wish. Sentences written for this test.
func TestWorkPhrasalAfterWish(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"come up with", "I hope you can come up with a name for the new blend.", []string{"I hope you can come up with a name for the new blend."}},
		{"lovely come up with", "It would be lovely if you could come up with a colour scheme for the nursery.", []string{"It would be lovely if you could come up with a colour scheme for the nursery."}},
		{"make a start", "Hoping you can make a start on the stock valuation this week.", []string{"Hoping you can make a start on the stock valuation this week."}},
		{"get round to", "Hoping you can get round to the boiler service before the frost.", []string{"Hoping you can get round to the boiler service before the frost."}},
		{"have a look", "It would be great if you could have a look at the draft lease.", []string{"It would be great if you could have a look at the draft lease."}},
		// Guards: the same verbs wishing the reader well.
		{"guard: make it", "I hope you can make it to the launch on Friday.", nil},
		{"guard: get some rest", "Hope you can get some rest over the holidays.", nil},
		{"guard: come along", "Hope you can come along to the open evening.", nil},
	})
}
