package triage

import "testing"

// TestOwnPurpose: the client's own purpose after an ask ("so we can …")
// takes no part in the ask's kind; the firm's work before it still does.
func TestOwnPurpose(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"send details so we can set up", "Could you email me your insurance certificate so we can finish setting up your account on our system?",
			[]string{"quick: Could you email me your insurance certificate so we can finish setting up your account on our system?"}},
		{"so that I can with review", "Please send over the site plan so that I can draft the planning application this week.",
			[]string{"quick: Please send over the site plan so that I can draft the planning application this week."}},
		{"contracted we'll", "Can you forward the supplier statements so we'll get the stock accounts reconciled by Friday?",
			[]string{"quick: Can you forward the supplier statements so we'll get the stock accounts reconciled by Friday?"}},
		// Guards: the work asked of the firm stays paid, and a third
		// party's purpose is not the client's own step.
		{"guard: work before the purpose", "Could you redesign the menu boards so we can reopen on Friday?",
			[]string{"paid: Could you redesign the menu boards so we can reopen on Friday?"}},
		{"guard: third party's purpose", "Please rework the cash forecast so the lender can set up the new facility.",
			[]string{"paid: Please rework the cash forecast so the lender can set up the new facility."}},
		{"guard: so as a degree word", "Could you set up the new tills so quickly that we can open early?",
			[]string{"paid: Could you set up the new tills so quickly that we can open early?"}},
	})
}

// TestOwnPurposeNotSent: without something sent, the purpose clause may
// size the work asked for, and stays part of the ask.
func TestOwnPurposeNotSent(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"guard: a costing with a purpose", "Could you work up a full costing for relaying the patio so we can work out whether it's affordable?",
			[]string{"paid: Could you work up a full costing for relaying the patio so we can work out whether it's affordable?"}},
	})
}
