package triage

import (
	"strings"
	"testing"
)

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

// TestPrefixSet: a prefix set answers as hasAnyPrefixLower does, which
// answers as lower-casing first: on the built-in lists and on lists with
// one-byte, empty, upper-case and non-ASCII prefixes.
func TestPrefixSet(t *testing.T) {
	lists := [][]string{mobileSignatures, attributionStarts, weekdayPrefixes, {"s", "sent from", "Été", "été"},
		{"", "x"}, {"von meinem", "v"}, {"Sent"}}
	lines := []string{"", "s", "S", "Sent from my phone", "SENT VIA app", "sent", "hello there", "Von meinem iPhone gesendet",
		"v", "Kelvin", "İstanbul", "été", "Été comme hiver", "ÉTÉ", "1. item", "  sent from", "On Monday, Ann wrote:",
		"on", "Am 3. März schrieb", "Mon, 4 May", "MON, 4 May", "mon,", "Le lundi", "the 4th", "Sent"}
	for _, list := range lists {
		p := newPrefixSet(list)
		for _, l := range lines {
			got, want := p.hasLower(l), hasAnyPrefix(strings.ToLower(l), list)
			if got != want || hasAnyPrefixLower(l, list) != want {
				t.Errorf("prefix set of %q on %q: %v, want %v", list, l, got, want)
			}
		}
	}
}
