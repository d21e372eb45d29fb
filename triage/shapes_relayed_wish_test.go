package triage

import "testing"

// TestRelayedWish: a wish of someone the client speaks for, put as "he'd
// like…" / "they would like…" and a thing wanted, asks the firm as "we'd
// like…" does; "he'd like to…" of the third party's own plans does not.
// Sentences written for the test.
func TestRelayedWish(t *testing.T) {
	runAskRows(t, []askRow{
		{"she'd like", "Hi,\n\nOur chair sent the minutes over. She'd like a summary of the changes to the lease for the next meeting.\n\nIan\n", "She'd like a summary of the changes", ""},
		{"they would like", "Hi,\n\nThe tenants have moved out. They would like the deposit deductions itemised before they sign.\n\nMo\n", "They would like the deposit deductions itemised", ""},
		{"he'd also like", "Hello,\n\nThanks for the drawings. He'd also like a second option with the stairs moved.\n\nKay\n", "He'd also like a second option", ""},
		{"he would like", "Hi,\n\nMy father has read the will. He would like a copy of the codicil sent to his brother.\n\nDi\n", "He would like a copy of the codicil", ""},
		{"they'd like", "Hi,\n\nThe trustees met on Monday. They'd like an updated valuation of the portfolio.\n\nGus\n", "They'd like an updated valuation", ""},
		{"guard: their own plan", "Hi,\n\nHe'd like to retire next year. Could you send me the pension statement?\n\nBo\n", "Could you send me the pension statement?", "He'd like to retire"},
		{"guard: news", "Hi,\n\nShe would like to thank you for the flowers. Can you confirm Friday?\n\nEd\n", "Can you confirm Friday?", "She would like to thank you"},
	})
}
