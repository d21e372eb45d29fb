package triage

import "testing"

// TestBareStatusCheck: a check of whether something happened or is on
// record, its clause without "that", is a status (quick) as "check
// whether …" is; a check that the thing is right asks for a review.
func TestBareStatusCheck(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you check the deposit has cleared?", Quick},
		{"en", "Can you check the courier has collected the samples?", Quick},
		{"en", "Please check our new address is on the portal.", Quick},
		{"en", "Could you check the signed variation is in the shared folder?", Quick},
		{"en", "Can you verify the refund was transferred last week?", Quick},
		{"en", "Can you check my mileage log is on file?", Quick},
		// Guards: whether a thing is right, or a review named.
		{"en", "Could you check the figures are right before we send them to the lender?", Paid},
		{"en", "Can you check the calculations in the stock sheet are correct?", Paid},
		{"en", "Could you check the staff rota complies with the working time rules?", Paid},
	})
}
