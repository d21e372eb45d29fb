package triage

import "testing"

// TestReplyRefusesCharge: a reply that refuses to pay for the quoted work
// declines it; a charge refused inside a go-ahead, or a wish not to pay
// under a condition, leaves it open.
func TestReplyRefusesCharge(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"not paying for", "Sorry, we're not paying for a second site visit.", Declined, ""},
		{"won't pay for", "I won't pay for somebody to re-read their own report.", Declined, ""},
		{"not going to pay for", "We are not going to pay for the survey when the roofer does it free.", Declined, ""},
		{"refuse to pay", "I refuse to pay extra for what should have been in the original price.", Declined, ""},
		{"will not pay for", "The committee will not pay for a redesign of the leaflet.", Declined, ""},
		{"guard: conditional", "Yes if it fixes the fault; if not, I'd rather not pay for three hours of looking.", Unclear, ""},
		{"guard: go ahead but", "Go ahead, but we're not paying for travel time on top.", Unclear, ""},
		{"guard: plain yes", "Happy to pay for that, please go ahead.", Accepted, ""},
	})
}
