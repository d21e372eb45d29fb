package triage

import "testing"

// TestTurnIntoWork: turning what the client has into something new is
// production work, however lightly it is asked (words_kind_convert.go).
// A thing that turns into another by itself, with no object, is not.
// Sentences written for the test.
func TestTurnIntoWork(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you turn my rough notes into a cover letter for the job?", Paid},
		{"en", "Can you turn these minutes into a one-page briefing for the trustees?", Paid},
		{"en", "Any chance you could turn the survey results into a couple of charts?", Paid},
		{"en", "Would you turn our price list into something that looks decent on the website?", Paid},
		{"en", "Can you turn this recipe card into a menu for the wedding?", Paid},
		{"en", "Please turn the interview recordings into written case studies.", Paid},
		{"en guard: no object", "Did the offer turn into a sale in the end?", Quick},
		{"en guard: no object, a date", "When does the provisional booking turn into a confirmed one?", Quick},
		{"en guard: turn off", "Should I turn the water off at the mains?", Quick},
		{"en guard: becomes by itself", "Will the deposit turn into rent at the end of the term?", Quick},
		{"en guard: past, a status", "Has the draft turned into the final version yet?", Quick},
	})
}
