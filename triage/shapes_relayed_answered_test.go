package triage

import "testing"

// TestRelayedAnswered: a relayed question the client answered in the
// same sentence is background (shapes_relayed_answered.go); one the
// client promised to find out about is still put to the firm.
func TestRelayedAnswered(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"answered with a belief", "My wife asked whether you open on Sundays, and I said I was fairly sure you did, so that's settled.", nil},
		{"answered from the website", "Our treasurer asked if you could print double-sided, and I told him it says so on your website.", nil},
		{"answered with that", "The landlord asked whether you would need the keys, and we told her that the tenant will let you in.", nil},
		{"answered no", "My business partner asked if you do weekend deliveries and I said no, not in winter.", nil},
		{"answered by a colleague's memory", "The practice manager asked whether you can service the autoclave, and I said we had it done by you last year.", nil},
		{"guard: promised to find out", "My wife asked whether you open on Sundays, and I said I'd find out.",
			[]string{"paid: My wife asked whether you open on Sundays, and I said I'd find out."}},
		{"guard: told them I'd check", "The landlord asked if you could send a copy of the gas certificate, and I told her I would check with you.",
			[]string{"quick: The landlord asked if you could send a copy of the gas certificate, and I told her I would check with you."}},
		{"guard: relayed alone", "Our treasurer asked whether you could print the programmes double-sided.",
			[]string{"paid: Our treasurer asked whether you could print the programmes double-sided."}},
	})
}
