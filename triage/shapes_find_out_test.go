package triage

import "testing"

// TestFindOutWhKeepsOneAsk: "find out / work out / figure out" takes the
// wh-clause after it as its object ("can you find out which day the
// inspector comes?"): one ask, not a second question opening at "which".
func TestFindOutWhKeepsOneAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"which day", "Can you find out which day the inspector is coming?",
			[]string{"quick: Can you find out which day the inspector is coming?"}},
		{"what time", "Could you find out what time the courier collects on Fridays?",
			[]string{"quick: Could you find out what time the courier collects on Fridays?"}},
		{"when", "Can you find out when the grant money is due to land?",
			[]string{"quick: Can you find out when the grant money is due to land?"}},
		{"what date", "Could you find out what date the landlord wants the keys back?",
			[]string{"quick: Could you find out what date the landlord wants the keys back?"}},
		{"work out", "Can you work out which invoices are still unpaid from the autumn?",
			[]string{"paid: Can you work out which invoices are still unpaid from the autumn?"}},
	})
}
