package triage

import "testing"

// TestRelativeWish: a wish in a relative clause describes the client's
// plan for a thing and asks nothing; with the firm named to act it asks,
// and a wish of its own still asks. Sentences written for the test (a
// garden-room builder, a boat painter, a bookbinder).
func TestRelativeWish(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"it che vorremmo", "Abbiamo un vecchio fienile che vorremmo trasformare in laboratorio.", nil},
		{"fr que nous aimerions", "Nous avons une barque que nous aimerions repeindre au printemps.", nil},
		{"guard: firm named to act", "We have a ledger that we'd like you to rebind in calf.",
			[]string{"We have a ledger that we'd like you to rebind in calf."}},
		{"guard it: wish of its own", "Vorremmo un preventivo per rilegare tre registri.",
			[]string{"Vorremmo un preventivo per rilegare tre registri."}},
	}, askTextsInLanguage)
}
