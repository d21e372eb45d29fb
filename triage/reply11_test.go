package triage

import "testing"

// TestReplyEleventhShapes holds the shapes the replies11 set's misses
// prompted, with one-line answers written for them (none is a sentence of
// any labelled set) and the guards that must not fire. Every firing row
// was read unclear before the rule.
func TestReplyEleventhShapes(t *testing.T) {
	runReplyRows(t, []replyRow{
		// A refusal reported made by whoever holds the budget, said of
		// the work or its cost: a no.
		{"vetoed", "Our finance director has vetoed it, sorry.", Declined, "vetoed it"},
		{"vetoed", "The partners vetoed this one at Monday's meeting.", Declined, "vetoed this"},
		{"vetoed", "I'm told head office vetoed the spend.", Declined, "vetoed the spend"},
		{"vetoed", "My husband vetoed that, so there we are.", Declined, "vetoed that"},
		{"vetoed", "The committee has vetoed the expense for this year.", Declined, "vetoed the expense"},
		{"vetoed", "Sadly the trustees vetoed the cost.", Declined, "vetoed the cost"},
		{"vetoed guard", "Finance hasn't vetoed it.", Unclear, ""},
		{"vetoed guard", "If the board vetoes it I'll tell you.", Unclear, ""},
		{"vetoed guard", "Did the directors veto it?", Unclear, ""},
		{"vetoed guard", "They vetoed the old layout, but this one is fine - go ahead.", Accepted, "go ahead"},
		{"vetoed guard", "Legal vetoed the first draft of the contract last week.", Unclear, ""},

		// A no, then a condition put only on coming back later in a part
		// of its own: the no stands now.
		{"contingent come-back", "Let's shelve it for now - we'll get back to you if it turns urgent.", Declined, "shelve it"},
		{"contingent come-back", "We'll hold off, and I'll let you know if that changes.", Declined, "hold off"},
		{"contingent come-back", "No thanks, I'll come back to you if the auditors insist.", Declined, "no thanks"},
		{"contingent come-back", "We'll pass for now; I'll come back to you if the grant comes through.", Declined, "we'll pass"},
		{"contingent come-back", "Not this time, but we'll let you know if we change our minds.", Declined, "not this time"},
		{"contingent come-back", "Let's leave it - I'll get back to you if the bank asks for it.", Declined, "leave"},
		{"contingent come-back guard", "Go ahead - I'll come back to you if the figures change.", Unclear, "conditional"},
		{"contingent come-back guard", "Hold off for now, unless the bank asks for it.", Unclear, "conditional"},
		{"contingent come-back guard", "I'll let you know if we need it.", Unclear, ""},
		{"contingent come-back guard", "If the bank asks, we'll hold off and let you know.", Unclear, "conditional"},
		{"contingent come-back guard", "Fine, hold off, I'll let you know if that changes.", Unclear, ""},

		// Dutch: putting the work aside ("parkeren", "in de ijskast") is a no.
		{"nl park", "Laten we het voorlopig parkeren.", Declined, "parkeren"},
		{"nl park", "We parkeren het tot na de zomer, bedankt.", Declined, "we parkeren het"},
		{"nl park", "Dat project parkeren we even, dank je.", Declined, "parkeren we"},
		{"nl park", "Wij parkeren dit nog even.", Declined, "wij parkeren dit"},
		{"nl park", "Laten we dit nog even parkeren.", Declined, "parkeren"},
		{"nl park", "We zetten het even in de ijskast.", Declined, "in de ijskast"},
		{"nl park guard", "Waar kan ik de auto parkeren?", Unclear, ""},
		{"nl park guard", "Ik parkeer wel achter het kantoor. Gaat u uw gang.", Accepted, "gaat u uw gang"},
		{"nl park guard", "Parkeren is lastig bij ons, maar u kunt beginnen.", Accepted, "u kunt beginnen"},
		{"nl park guard", "Moeten we het parkeren?", Unclear, ""},
		{"nl park guard", "Haal de cijfers uit de ijskast?", Unclear, ""},
	})
}
