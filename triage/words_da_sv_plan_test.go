package triage

import "testing"

// TestDanishSwedishPlanning: putting something together or planning it
// for the client is work in Swedish and Danish ("sätta ihop", "planera",
// "sætte … sammen", "planlægge"); asking when the firm plans something,
// or for a plan it already has, stays quick.
func TestDanishSwedishPlanning(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"sv: put together a menu", "Kan du sätta ihop en meny för trettio gäster till min mammas sjuttioårsdag?",
			[]string{"paid: Kan du sätta ihop en meny för trettio gäster till min mammas sjuttioårsdag?"}},
		{"sv: plan a kitchen", "Skulle ni kunna planera om köket så att diskmaskinen hamnar vid fönstret?",
			[]string{"paid: Skulle ni kunna planera om köket så att diskmaskinen hamnar vid fönstret?"}},
		{"sv: design a logo", "Kan ni utforma en ny logga till vårt bageri?",
			[]string{"paid: Kan ni utforma en ny logga till vårt bageri?"}},
		{"da: put a programme together", "Kan I sætte sammen et kursusforløb i bogføring for vores nye kontorassistent?",
			[]string{"paid: Kan I sætte sammen et kursusforløb i bogføring for vores nye kontorassistent?"}},
		{"da: plan a party", "Vil du planlægge firmafesten for os i marts?",
			[]string{"paid: Vil du planlægge firmafesten for os i marts?"}},
		{"da: plural you and a work verb", "Kan I reparere taget på cykelskuret inden vinteren?",
			[]string{"paid: Kan I reparere taget på cykelskuret inden vinteren?"}},
		{"da: plural you and a drawing", "Vil I tegne et forslag til den nye køkkenø?",
			[]string{"paid: Vil I tegne et forslag til den nye køkkenø?"}},
		{"guard en: a relative clause with I", "Where is the invoice I prepared for the bakery last week?",
			[]string{"quick: Where is the invoice I prepared for the bakery last week?"}},
		{"guard sv: when a plan is due", "När planerar ni att skicka ut schemat för våren?",
			[]string{"quick: När planerar ni att skicka ut schemat för våren?"}},
		{"guard sv: send the plan you have", "Kan ni skicka planen för renoveringen igen?",
			[]string{"quick: Kan ni skicka planen för renoveringen igen?"}},
		{"guard da: when the plan is ready", "Hvornår er planen for tilbygningen klar?",
			[]string{"quick: Hvornår er planen for tilbygningen klar?"}},
	}, askListInLanguage)
}
