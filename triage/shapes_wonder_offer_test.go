package triage

import "testing"

// TestWonderAndExplainOffers: wonder and news put as questions ("Can you
// imagine …?", "Did I mention …?"), a shrug ("Could be worse!") and an
// offer to explain ("let me know if that doesn't make sense") ask
// nothing; the same verbs asking for work or an answer still ask.
func TestWonderAndExplainOffers(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"imagine", "Can you imagine filing all of this by hand every month?", nil},
		{"imagine", "Could you imagine the queue at the post office today?", nil},
		{"mention", "Did I mention we're opening a second studio in May?", nil},
		{"tell you", "Did I tell you Sara is joining us as office manager?", nil},
		{"shrug", "Could be worse, I suppose!", nil},
		{"shrug", "Could have been worse - at least the roof held.", nil},
		{"explain offer", "Let me know if that doesn't make sense.", nil},
		{"explain offer", "Let us know if this doesn't make sense and we'll send the spreadsheet.", nil},
		{"explain offer", "Happy to go through it again if any of that doesn't make sense.", nil},
		// Guards: asks that share the words.
		{"guard: did you mention", "Did you mention the new address to the bank?",
			[]string{"quick: Did you mention the new address to the bank?"}},
		{"guard: make sense of", "Can you make sense of this letter from the council for me?",
			[]string{"paid: Can you make sense of this letter from the council for me?"}},
	})
}
