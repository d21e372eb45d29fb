package triage

import "testing"

// TestGoAheadInEmbeddedQuestion: "proceed" or "go ahead" inside a
// question the client asks ("tell me whether we can proceed with the
// claim") is part of an ask, not a consent to a quote. Guards: a bare
// go-ahead, one after its condition, and one with nothing asked.
func TestGoAheadInEmbeddedQuestion(t *testing.T) {
	runAskRows(t, []askRow{
		{"tell me whether", "Hi Ros,\n\nPlease read the surveyor's report and tell me whether we should proceed with the purchase.\n\nDan\n", "Please read the surveyor's report", ""},
		{"let me know if", "Hello,\n\nCould you let me know if we can go ahead with the loft conversion without planning?\n\nEm\n", "Could you let me know if we can go ahead", ""},
		{"check whether", "Hi,\n\nCan you check whether the insurer is happy for us to proceed with the repairs?\n\nJo\n", "Can you check whether the insurer", ""},
		{"advise whether", "Dear Ken,\n\nPlease advise whether the board can proceed to a vote without the treasurer.\n\nAnn\n", "Please advise whether the board", ""},
		{"find out if", "Hi,\n\nCould you find out if the council will let us go ahead with the extension next spring?\n\nMo\n", "Could you find out if the council", ""},
		{"bare go-ahead stays", "Hi,\n\nHappy for you to proceed. When will the report be ready?\n\nIvy\n", "When will the report be ready", "Happy for you to proceed"},
		{"conditional go-ahead stays", "Hi,\n\nIf the figures match, go ahead. Is the fee plus VAT?\n\nIvy\n", "Is the fee plus VAT", "If the figures match"},
		{"go ahead with stays", "Hi Lee,\n\nWe'd like to go ahead with the valuation. Can you send the invoice to our office?\n\nIvy\n", "Can you send the invoice", "go ahead with the valuation"},
	})
}
