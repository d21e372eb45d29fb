package triage

import "testing"

// TestDashAsk: a statement, a spaced dash, then a direct question: the
// ask is the question after the dash; a question that points back at the
// statement, or one that opens the sentence, is read whole.
func TestDashAsk(t *testing.T) {
	runAskRows(t, []askRow{
		{"en dash any idea", "Hi,\n\nThe water company sent a final demand for the old shop address – any idea why it still comes to us?\n\nBea\n", "any idea why it still comes to us?", ""},
		{"hyphen can you", "Hi Ali,\n\nOur till keeps dropping off the wifi every afternoon - can you take a look remotely?\n\nNia\n", "can you take a look remotely?", ""},
		{"em dash when", "Hello,\n\nThe scaffolders finished on the north side yesterday — when will the roofers start?\n\nRex\n", "when will the roofers start?", ""},
		{"dash do we", "Hi,\n\nTwo of the trustees stood down at the AGM last week - do we need to tell the Commission?\n\nUna\n", "do we need to tell the Commission?", ""},
		{"dash has", "Hi Kay,\n\nI posted the signed forms back on Monday morning – has the office received them?\n\nVic\n", "has the office received them?", ""},
		{"guard: points back", "Hi,\n\nThe council sent a bill for the garden waste bins - is that something we have to pay?\n\nVic\n", "The council sent a bill for the garden waste bins - is that something we have to pay?", ""},
		{"guard: pronoun points back", "Hi,\n\nThe spare keys for the side gate – do you still have them at the office?\n\nVic\n", "The spare keys for the side gate – do you still have them at the office?", ""},
		{"guard: question first", "Hi,\n\nIs the invoice paid yet - the bank still says pending?\n\nVic\n", "Is the invoice paid yet - the bank still says pending?", ""},
		{"guard: no question mark", "Hi,\n\nThe boiler failed again last night - we are getting a plumber in. When is the rent due?\n\nVic\n", "When is the rent due?", "The boiler failed again last night - we are getting a plumber in."},
	})
}
