package triage

import "testing"

// TestAttachedForYouToWork: a cover line that names the firm as the one
// to work on the attachment ("attached … for you to check") asks for
// that work; one that names the firm only as reader or keeper asks
// nothing.
func TestAttachedForYouToWork(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"for you to check", "Attached is the stock count, for you to check against the till reports.",
			[]string{"paid: Attached is the stock count, for you to check against the till reports."}},
		{"for you to proofread", "I've attached the wedding brochure for you to proofread.",
			[]string{"paid: I've attached the wedding brochure for you to proofread."}},
		{"for you to review", "Attached are the tenancy terms for you to review before Friday.",
			[]string{"paid: Attached are the tenancy terms for you to review before Friday."}},
		{"for you to reconcile", "Attached is the card statement for you to reconcile with the receipts.",
			[]string{"paid: Attached is the card statement for you to reconcile with the receipts."}},
		{"for you to edit", "Please find attached the club newsletter for you to edit.",
			[]string{"paid: Please find attached the club newsletter for you to edit."}},
		{"guard: for you to keep", "Attached is the signed lease for you to keep.", nil},
		{"guard: for you to see", "I've attached a photo of the damp patch for you to see.", nil},
		{"guard: for your records", "Attached is the receipt for your records.", nil},
	})
}
