package triage

import "testing"

// TestReplyEchoes: an incredulous echo of the quote beside a no leaves
// the no standing; a real question back beside a no, or an echo without
// one, stays unclear.
func TestReplyEchoes(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"you expect us to pay", "You expect us to pay £400 for a letter? No thanks.", Declined, ""},
		{"you want how much", "You want six hours for a one-page form? No thank you, we'll pass.", Declined, ""},
		{"you really think", "You really think that's worth a day of your time? No, leave it.", Declined, ""},
		{"you reckon", "You reckon that needs three hours? Not for us, thanks.", Declined, ""},
		{"you seriously want", "You seriously want £90 to read one letter? No thanks.", Declined, ""},
		// Guards.
		{"a real question back with a no", "No thanks for now. Does the price include VAT?", Unclear, "question back"},
		{"an echo alone", "You want £300 for this?", Unclear, ""},
		{"a question the firm is asked", "No thanks. Do you want the files back?", Unclear, "question back"},
	})
}
