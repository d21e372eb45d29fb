package triage

import "testing"

// TestOwnGladOffer: a Dutch statement in which the writer gladly gives
// something ("Ik stuur u graag …", "… bel ik je graag") offers, it asks
// nothing; "graag" with a verb of receiving, a wish or an imperative
// still asks.
func TestOwnGladOffer(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"stuur ik u graag toe", "De offerte van de aannemer stuur ik u graag toe.", nil},
		{"ik stuur je graag", "Ik stuur je graag de foto's van de lekkage.", nil},
		{"ik help u graag", "Ik help u graag verder met de planning van de verhuizing.", nil},
		{"bel ik u graag", "Voor de details bel ik u graag even op.", nil},
		{"we brengen graag", "We brengen de stalen graag langs op uw kantoor.", nil},
		{"geef ik je graag", "Meer uitleg over het ontwerp geef ik je graag tijdens de rondleiding.", nil},
		// Guards: receiving, a wish, an imperative.
		{"guard: ik ontvang graag", "Ik ontvang graag de notulen van de vergadering van dinsdag.",
			[]string{"quick: Ik ontvang graag de notulen van de vergadering van dinsdag."}},
		{"guard: ik wil graag weten", "Ik wil graag weten wanneer de vergunning binnen is.",
			[]string{"quick: Ik wil graag weten wanneer de vergunning binnen is."}},
		{"guard: stuur mij graag", "Stuur mij graag de factuur van oktober opnieuw.",
			[]string{"quick: Stuur mij graag de factuur van oktober opnieuw."}},
	})
}
