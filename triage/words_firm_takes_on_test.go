package triage

import "testing"

// TestFirmTakesOnQuick: whether the firm takes on, accepts, handles or
// works with a kind of client or job is a yes/no about its services
// ("do you do…?"): quick, even when the job it names is work.
func TestFirmTakesOnQuick(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"take on this kind of work", "Do you take on this kind of work for sole traders?",
			[]string{"quick: Do you take on this kind of work for sole traders?"}},
		{"take on new patients", "Do you take on new patients over the winter months?",
			[]string{"quick: Do you take on new patients over the winter months?"}},
		{"accept clients", "Do you accept clients who live outside the county?",
			[]string{"quick: Do you accept clients who live outside the county?"}},
		{"handle", "Do you handle commercial kitchens as well as homes?",
			[]string{"quick: Do you handle commercial kitchens as well as homes?"}},
		{"work with", "Do you work with charities, or mostly with companies?",
			[]string{"quick: Do you work with charities, or mostly with companies?"}},
		// Guards: asking the firm to take the work on is a request for it.
		{"guard: could you take on the redesign", "Could you take on the redesign of our shop signage?",
			[]string{"paid: Could you take on the redesign of our shop signage?"}},
		{"guard: please handle the filing", "Please handle the annual return filing for both companies.",
			[]string{"paid: Please handle the annual return filing for both companies."}},
	})
}
