package triage

import "testing"

// TestScandinavianResearch: asking the firm to find something out or to
// search records in Swedish or Danish is research (words_sv.go,
// words_da.go), as "look into" and "find out" are in English; sending,
// dates and whether a thing arrived stay quick.
func TestScandinavianResearch(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"sv: find out", "Kan ni ta reda på vem som ägde sommarstugan före kriget?",
			[]string{"paid: Kan ni ta reda på vem som ägde sommarstugan före kriget?"}},
		{"sv: look into whether", "Kan du undersöka om föreningen får söka bidrag från kommunen?",
			[]string{"paid: Kan du undersöka om föreningen får söka bidrag från kommunen?"}},
		{"sv: search the registers", "Skulle du kunna leta efter hans namn i mantalslängderna från 1880-talet?",
			[]string{"paid: Skulle du kunna leta efter hans namn i mantalslängderna från 1880-talet?"}},
		{"da: find out", "Kan I finde ud af, om vi må bygge en udestue mod skellet?",
			[]string{"paid: Kan I finde ud af, om vi må bygge en udestue mod skellet?"}},
		{"da: search the records", "Vil du søge i folketællingerne efter min oldemors søskende?",
			[]string{"paid: Vil du søge i folketællingerne efter min oldemors søskende?"}},
		// Guards: sending, a date, an arrival.
		{"guard sv: send the report again", "Kan du skicka rapporten från i våras igen?",
			[]string{"quick: Kan du skicka rapporten från i våras igen?"}},
		{"guard sv: when", "När är sista dag för att anmäla sig till kursen?",
			[]string{"quick: När är sista dag för att anmäla sig till kursen?"}},
		{"guard da: arrived", "Har I modtaget de underskrevne papirer?",
			[]string{"quick: Har I modtaget de underskrevne papirer?"}},
	}, askListInLanguage)
}
