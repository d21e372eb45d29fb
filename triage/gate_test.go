package triage

import "testing"

// TestPrefixGate: the gate turns a line away only when no prefix of the
// list opens it, lower-cased.
func TestPrefixGate(t *testing.T) {
	lists := [][]string{mobileSignatures, {"sent from", "Été", ""}, {"von meinem"}}
	lines := []string{"", "Sent from my phone", "SENT VIA app", "hello there", "Von meinem iPhone gesendet",
		"\u212Aelvin", "\u0130stanbul", "été", "Été comme hiver", "1. item", "  sent from"}
	for _, list := range lists {
		g := newPrefixGate(list)
		for _, l := range lines {
			if !g.mayOpen(l) && hasAnyPrefixLower(l, list) {
				t.Errorf("gate of %q turns away %q, which a prefix opens", list, l)
			}
		}
	}
	g := newPrefixGate([]string{"sent from"})
	for _, l := range []string{"hello", "Thanks", ""} {
		if g.mayOpen(l) {
			t.Errorf("gate of [sent from] lets %q through", l)
		}
	}
	for _, l := range []string{"Sent from my phone", "sorry", "\u212Aelvin"} {
		if !g.mayOpen(l) {
			t.Errorf("gate of [sent from] turns away %q", l)
		}
	}
}
