package triage

import "testing"

// TestStandingWishFramesAsk: a wish to know where things stand, right
// after a question or right before a concrete ask, only says why the
// client asks; on its own it is a status check and stays an ask.
func TestStandingWishFramesAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"after a question", "Has the landlord replied about the break clause? I'd like to know where we stand before I sign anything.",
			[]string{"quick: Has the landlord replied about the break clause?"}},
		{"after a question, joined clause", "Did the insurer accept the flood claim? The roofer keeps ringing and we want to know where we stand.",
			[]string{"quick: Did the insurer accept the flood claim?"}},
		{"after a question: how things are", "Has the tribunal set a hearing date yet? I'd really like to understand how things are going.",
			[]string{"quick: Has the tribunal set a hearing date yet?"}},
		{"before an ask: handle on", "The lender wants an update and I'd love to get a clearer handle on where we are with the refit. Could you prepare a cost-to-complete for the three shops?",
			[]string{"paid: Could you prepare a cost-to-complete for the three shops?"}},
		{"before an ask: picture of", "We need to get a proper picture of where things stand with the stock. Please count the warehouse before the 30th.",
			[]string{"paid: Please count the warehouse before the 30th."}},
		// Guards: alone it asks; a wish for something other than the standing.
		{"guard: alone", "I'd like to know where we stand on the deposit refund.",
			[]string{"quick: I'd like to know where we stand on the deposit refund."}},
		{"guard: a question itself", "Has the council replied? Can you tell me where we stand with the licence?",
			[]string{"quick: Has the council replied?", "quick: Can you tell me where we stand with the licence?"}},
		{"guard: a wish for a thing", "Did the parts arrive? I'd like to know how much the repair will cost.",
			[]string{"quick: Did the parts arrive?", "quick: I'd like to know how much the repair will cost."}},
	})
}

// TestHelpPleaDroppedBesideAsks: a bare plea for help ("we need your help
// again") opens a mail whose asks come later; with another ask it is
// dropped, alone it stays, and a plea that names its matter is an ask.
func TestHelpPleaDroppedBesideAsks(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"afraid we need your help", "I'm afraid we need your help again.\n\nThe van failed its MOT on the brakes. Could you find us a garage that can do it this week?",
			[]string{"paid: Could you find us a garage that can do it this week?"}},
		{"I need some advice", "I need some advice please.\n\nCan I still claim the training course I paid for in March?",
			[]string{"quick: Can I still claim the training course I paid for in March?"}},
		{"we could use your help", "We could use your help here.\n\nPlease redraft the volunteer handbook so it covers the new safeguarding rules.",
			[]string{"paid: Please redraft the volunteer handbook so it covers the new safeguarding rules."}},
		{"I really need your expertise", "So I really need your expertise.\n\nCould you review the licence terms the software vendor sent?",
			[]string{"paid: Could you review the licence terms the software vendor sent?"}},
		{"we need your input", "We need your input urgently.\n\nIs the planning appeal deadline six months from the refusal?",
			[]string{"quick: Is the planning appeal deadline six months from the refusal?"}},
		// Guards: the plea names its matter; the plea alone.
		{"guard: names the matter", "We need your help with the stock valuation.\n\nAlso, is the office open on Boxing Day?",
			[]string{"paid: We need your help with the stock valuation.", "quick: Also, is the office open on Boxing Day?"}},
		{"guard: alone", "I'm afraid we need your help again.", []string{"paid: I'm afraid we need your help again."}},
	})
}
