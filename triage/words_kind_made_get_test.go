package triage

import "testing"

// TestGetThingMade: getting a thing finished, repaired, fitted or
// decorated is asking for the work (words_kind_advice.go,
// madeParticiples).
func TestGetThingMade(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"get repainted", "Can we get the hallway repainted before the new tenants arrive?",
			[]string{"paid: Can we get the hallway repainted before the new tenants arrive?"}},
		{"get finalised, long object", "Could we get the management accounts for both shops finalised by the 20th?",
			[]string{"paid: Could we get the management accounts for both shops finalised by the 20th?"}},
		{"get serviced", "Could I get the van's air con serviced while it's with you?",
			[]string{"paid: Could I get the van's air con serviced while it's with you?"}},
		{"get installed", "Can we get a new alarm panel installed at the warehouse?",
			[]string{"paid: Can we get a new alarm panel installed at the warehouse?"}},
		{"get rewired", "Could I get the old outbuilding by the yard rewired?",
			[]string{"paid: Could I get the old outbuilding by the yard rewired?"}},
		{"guard: a time confirmed", "Can we get a date for the handover confirmed?",
			[]string{"quick: Can we get a date for the handover confirmed?"}},
		{"guard: a detail on file", "Can we get our new address updated on your records?",
			[]string{"quick: Can we get our new address updated on your records?"}},
		{"guard: a thing sent", "Could we get the signed copy sent over today?",
			[]string{"quick: Could we get the signed copy sent over today?"}},
	})
}
