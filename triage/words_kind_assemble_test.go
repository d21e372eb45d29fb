package triage

import "testing"

// TestPuttingTogether: "zusammenstellen" and "samenstellen" put a
// selection together for the client, which is work; asking about a
// ready bundle stays quick (words_kind_assemble.go). Sentences written
// for the test.
func TestPuttingTogether(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"de with a quote after", "Könnten Sie für unsere Hochzeit eine Auswahl an Sekt zusammenstellen und uns ein Angebot dafür schicken?",
			[]string{"paid: Könnten Sie für unsere Hochzeit eine Auswahl an Sekt zusammenstellen und uns ein Angebot dafür schicken?"}},
		{"de split verb", "Stellen Sie uns bitte ein Programm für den Betriebsausflug zusammen.",
			[]string{"paid: Stellen Sie uns bitte ein Programm für den Betriebsausflug zusammen."}},
		{"de zu-infinitive", "Wir bitten Sie, eine Mappe mit allen Unterlagen für die Bank zusammenzustellen.",
			[]string{"paid: Wir bitten Sie, eine Mappe mit allen Unterlagen für die Bank zusammenzustellen."}},
		{"nl samenstellen", "Kunt u een kerstpakket voor onze twintig medewerkers samenstellen?",
			[]string{"paid: Kunt u een kerstpakket voor onze twintig medewerkers samenstellen?"}},
		{"nl split verb", "Kunnen jullie een menu voor ons jubileum samen te stellen en een prijs sturen?",
			[]string{"paid: Kunnen jullie een menu voor ons jubileum samen te stellen en een prijs sturen?"}},
		{"guard: de what a bundle holds", "Was ist in dem fertigen Probierpaket enthalten?",
			[]string{"quick: Was ist in dem fertigen Probierpaket enthalten?"}},
		{"guard: nl when the parcel comes", "Wanneer wordt het pakket bezorgd?",
			[]string{"quick: Wanneer wordt het pakket bezorgd?"}},
	}, askListInLanguage)
}
