package triage

import "testing"

// TestConcessionLead: a concession closed by "but" ("I know you're busy
// but…") is a courtesy before the ask; the ask is quoted from after "but"
// (concessionLead, concessionOnly, shapes_concession.go).
func TestConcessionLead(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a status after a concession", "I know you're busy but is the valuation done yet?",
			[]string{"quick: is the valuation done yet?"}},
		{"a name, then a concession", "Priya, I know you're snowed under but is the floor plan finished yet?",
			[]string{"quick: is the floor plan finished yet?"}},
		{"work after hating to ask", "I hate to be a pain but could you redo the seating chart?",
			[]string{"paid: could you redo the seating chart?"}},
		{"short notice realised", "I realise it's short notice but can you send the minutes today?",
			[]string{"quick: can you send the minutes today?"}},
		{"guard: no ask after the concession", "I know it sounds odd but we've never had a bill from you.", nil},
		{"guard: a fault before the ask stays", "the boiler is making that noise again can you come and look at it",
			[]string{"paid: the boiler is making that noise again can you come and look at it"}},
		{"guard: the reader's knowledge asked", "Do you know if the deed is signed but not dated?",
			[]string{"quick: Do you know if the deed is signed but not dated?"}},
	})
}
