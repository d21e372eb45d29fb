package triage

import "testing"

// TestDutchOfferLetMeKnow: "laat het (gerust/maar) weten als je nog iets
// (van mij) nodig hebt" offers help and asks nothing. Guard: "laat het me
// weten als de offerte klaar is" names a thing and asks.
func TestDutchOfferLetMeKnow(t *testing.T) {
	runLangCases(t, []langCase{
		{"nl", "Laat het gerust weten als je nog iets van ons nodig hebt.", ""},
		{"nl", "Laat het maar weten als u nog iets nodig heeft voor de aangifte.", ""},
		{"nl", "Laat het me gerust weten als jullie nog iets van de boekhouding nodig hebben.", ""},
		{"nl", "Als je nog iets van mij nodig hebt, hoor ik het graag.", ""},
		{"nl", "Mocht u nog iets van onze kant nodig hebben, dan hoor ik het.", ""},
		{"nl", "Laat het me weten als de offerte voor de verbouwing klaar is.", Quick},
	})
}
