package triage

import "testing"

// TestReplyLookAhead: answers written for lookAhead (none is a sentence of
// any labelled set), with the guards that must not fire.
func TestReplyLookAhead(t *testing.T) {
	runReplyRows(t, []replyRow{
		// Watching how things turn out beside a no defers a later
		// contact; the no stands.
		{"look ahead", "Hold off for now please, we'll see how the cash looks after Christmas.", Declined, "hold off"},
		{"look ahead", "No thanks at this stage. Let's see how the new system copes first.", Declined, "no thanks"},
		{"look ahead", "Not now - we'll see what the landlord says and take it from there.", Declined, "not now"},
		{"look ahead", "I'll pass for the moment, we'll see how things go with the new hire.", Declined, "pass"},
		{"look ahead", "Park it please. We will see how the grant application goes.", Declined, ""},
		// On its own, or beside a yes, it is still no answer.
		{"look ahead", "We'll see how it goes.", Unclear, "not decided: we'll see how"},
		{"look ahead guard", "Go ahead and we'll see how it goes.", Unclear, "not decided"},
		{"look ahead guard", "We'll see.", Unclear, "not decided: we'll see"},
		{"look ahead guard", "Let me see how much is left in the budget.", Unclear, "not decided: let me see"},
		{"look ahead guard", "Not sure - we'll see how the numbers look.", Unclear, "not decided: not sure"},
		{"look ahead guard", "No thanks. We'll see how it goes - can you send me the form anyway?", Unclear, "question back"},
	})
}
