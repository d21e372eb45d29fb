package triage

import "testing"

// TestRelayedAskedFrames: a request passed on as what someone else asked
// ("my boss asked whether you could…") asks the firm, and the verb after
// the modal gives its kind; the client's own asking, a question put to
// the client, or a question about the firm's past asks nothing of its
// own. Sentences written for this test.
func TestRelayedAskedFrames(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"boss, work", "My boss asked whether you could redraw the floor plan with the new partition.",
			[]string{"paid: My boss asked whether you could redraw the floor plan with the new partition."}},
		{"landlord, a copy", "The landlord asked if you could send over the gas safety certificate.",
			[]string{"quick: The landlord asked if you could send over the gas safety certificate."}},
		{"asked me to check", "Our treasurer asked me to check whether you could prepare the year-end accounts for the club.",
			[]string{"paid: Our treasurer asked me to check whether you could prepare the year-end accounts for the club."}},
		{"you'd", "The head chef asked if you'd design a new allergen card for the winter menu.",
			[]string{"paid: The head chef asked if you'd design a new allergen card for the winter menu."}},
		{"can, a confirmation", "My wife asked whether you can confirm the delivery slot for the sofa.",
			[]string{"quick: My wife asked whether you can confirm the delivery slot for the sofa."}},
		// Guards: the client's own chase, a question to the client, a
		// question about the past.
		{"guard: I asked", "I asked if you could look at the gutter in October.", nil},
		{"guard: asked us", "The surveyor asked if we could clear the loft before Monday.", nil},
		{"guard: had", "The plumber asked if you had the spare keys.", nil},
	})
}
