package triage

import "testing"

// TestWantedToKnowKind: "wanted to know" asks for an answer as "wants to
// know" does, so a yes/no or a fact after it is quick; work named after
// it is still paid. Sentences written for this test.
func TestWantedToKnowKind(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"happy to", "She also wanted to know if you're happy to take calls from her bookkeeper.",
			[]string{"quick: She also wanted to know if you're happy to take calls from her bookkeeper."}},
		{"open", "My husband wanted to know if you're open on the bank holiday.",
			[]string{"quick: My husband wanted to know if you're open on the bank holiday."}},
		{"accept", "Our treasurer wanted to know whether you accept payment by cheque.",
			[]string{"quick: Our treasurer wanted to know whether you accept payment by cheque."}},
		{"still", "The new tenant wanted to know if you still hold a spare fob for the gate.",
			[]string{"quick: The new tenant wanted to know if you still hold a spare fob for the gate."}},
		{"available", "My brother wanted to know if you're available for a call on Thursday.",
			[]string{"quick: My brother wanted to know if you're available for a call on Thursday."}},
		// Guards: work asked after it stays paid.
		{"guard: prepare", "My manager wanted to know if you could prepare a cash flow forecast for the bank.",
			[]string{"paid: My manager wanted to know if you could prepare a cash flow forecast for the bank."}},
		{"guard: redraw", "The architect wanted to know whether you could redraw the site plan at 1:200.",
			[]string{"paid: The architect wanted to know whether you could redraw the site plan at 1:200."}},
	})
}
