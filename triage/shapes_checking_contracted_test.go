package triage

import "testing"

// TestCheckingYouContracted: "just checking you've…", "checking you'll…"
// ask for a status as "checking you have…" does; checking in, or the
// client's own check, asks nothing. Sentences written for this test.
func TestCheckingYouContracted(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"you've got keys", "Just checking you've got the keys for Saturday.", []string{"Just checking you've got the keys for Saturday."}},
		{"you've received", "Just checking you've received the deposit for the marquee.", []string{"Just checking you've received the deposit for the marquee."}},
		{"you'll have", "Just checking you'll have the van on the 3rd.", []string{"Just checking you'll have the van on the 3rd."}},
		{"you've booked", "Checking you've booked the photographer for the second day.", []string{"Checking you've booked the photographer for the second day."}},
		{"youve had", "just checking youve had the signed consent forms back", []string{"just checking youve had the signed consent forms back"}},
		// Guards: a greeting; the client's own check.
		{"guard: checking in", "Just checking in, hope you've had a good week.", nil},
		{"guard: own check", "I've been checking the figures you've sent and they all add up.", nil},
	})
}
