package triage

import "testing"

// TestOfferClauseNoAsk: an offer joined to a statement by "and", an offer
// to a client's future need ("if you ever need"), and an invitation to
// report a problem that may not arise ("let me know if the link doesn't
// work") ask nothing; the same frames about a thing wanted now still ask.
func TestOfferClauseNoAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"and do let me know if you ever", "Great to see the new kennels finished, and do let me know if you ever need a lift to the show.", nil},
		{"and let me know if you need", "The keys are with the caretaker, and let me know if you need the alarm code too.", nil},
		{"if you ever need", "If you ever need a spare trailer for a weekend, ours is free most of the winter.", nil},
		{"link doesn't work", "Let me know if the link doesn't work on your phone.", nil},
		{"you can't open", "Let us know if you can't open the drawings, they're quite large.", nil},
		{"shout if it won't print", "Shout if the floor plan won't print properly.", nil},
		{"tell me if the parcel doesn't arrive", "Tell me if the sample pack doesn't arrive by Thursday.", nil},
		// Guards: an ask joined by "and", a status put as "whether",
		// a need of the firm's help now.
		{"guard: and let me know whether", "The new forms are in the post, and let me know whether you received the last batch.",
			[]string{"quick: The new forms are in the post, and let me know whether you received the last batch."}},
		{"guard: let me know if the payment arrived", "Let me know if the deposit has reached your account.",
			[]string{"quick: Let me know if the deposit has reached your account."}},
		{"guard: please redo and let me know", "Please redo the seating plan and let me know if the numbers still work.",
			[]string{"paid: Please redo the seating plan and let me know if the numbers still work."}},
		{"guard: let me know if you don't need", "Let me know if you don't need the original invoices back.",
			[]string{"quick: Let me know if you don't need the original invoices back."}},
	})
}
