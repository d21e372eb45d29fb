package triage

import "testing"

// TestCompiledRecordOfAll: a statement, schedule or summary of every item
// of a kind is compiled from records (paid), even when a word inside it
// ("payments received") looks like a receipt check.
func TestCompiledRecordOfAll(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"schedule of all", "Could you do me a schedule of all payments received in 2026?",
			[]string{"paid: Could you do me a schedule of all payments received in 2026?"}},
		{"statement of all", "I need a statement of all the deposits received from members this season.",
			[]string{"paid: I need a statement of all the deposits received from members this season."}},
		{"summary of all", "Please send a summary of all the grants received since the charity was set up.",
			[]string{"paid: Please send a summary of all the grants received since the charity was set up."}},
		{"record of all", "We need a record of all visits made to the site for the insurer.",
			[]string{"paid: We need a record of all visits made to the site for the insurer."}},
		{"log of all", "Can you give us a log of all the changes made to the firewall this year?",
			[]string{"paid: Can you give us a log of all the changes made to the firewall this year?"}},
		// Guards: a receipt check or a list the firm holds stays quick.
		{"guard: received all", "Can you confirm you received all of the signed forms?",
			[]string{"quick: Can you confirm you received all of the signed forms?"}},
		{"guard: statement of account", "Did you get the statement of account I posted?",
			[]string{"quick: Did you get the statement of account I posted?"}},
	})
}
