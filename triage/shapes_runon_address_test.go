package triage

import "testing"

// TestAddressInRunOn: an email address or a domain in a texted run-on is
// a word, not punctuation, so the run-on is still split into its asks.
func TestAddressInRunOn(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"address in the second ask", "hi jo did the new tyres come in yet also can u send the receipt to office@ridgefarm.example.com not me",
			[]string{"quick: did the new tyres come in yet", "quick: can u send the receipt to office@ridgefarm.example.com not me"}},
		{"domain in the first ask", "morning can you redesign the booking page on harbourcafe.example.org this month and whats the code for the back gate",
			[]string{"paid: can you redesign the booking page on harbourcafe.example.org this month", "quick: whats the code for the back gate"}},
		// Guard: written prose with sentences stays as it was.
		{"guard: a full stop with a space", "Did the new tyres come in. Can you send the receipt to office@ridgefarm.example.com please?",
			[]string{"quick: Did the new tyres come in.", "quick: Can you send the receipt to office@ridgefarm.example.com please?"}},
	})
}
