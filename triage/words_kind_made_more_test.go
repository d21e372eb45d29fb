package triage

import "testing"

// TestSendNewMemoOverview: a memo, overview, checklist or costing not yet
// written ("send us a short memo listing …", "an overview of …") must be
// made first, paid, as "a report" is; the memo or checklist already
// written ("the memo you wrote") is handed over, quick.
func TestSendNewMemoOverview(t *testing.T) {
	runLangCases(t, []langCase{
		{"en memo", "Could you send us a short memo listing the rate changes for all six sites?", Paid},
		{"en overview", "Can you send me an overview of the grants we could apply for this year?", Paid},
		{"en costing", "Could you send us a costing for the two kitchen layouts?", Paid},
		{"en memo on rules", "Can you send me a memo on the new holiday pay rules for our shift workers?", Paid},
		{"en checklist", "Please send over a checklist of what the fire inspector will want to see.", Paid},
		{"en guard: the memo already written", "Could you send me the memo you wrote for the board last year?", Quick},
		{"en guard: the checklist from the audit", "Can you send me the checklist from the last audit?", Quick},
	})
}
