package triage

import "testing"

// TestCopyOfDocumentLangs: one copy of a document the firm holds, asked
// for in another language, is quick as in English (words_kind_copy.go),
// even inside a frame of need; copying out or translating a whole file
// stays paid.
func TestCopyOfDocumentLangs(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"de: need a copy", "Ich bräuchte bis Montag eine Kopie des Mietvertrags für die Bank.",
			[]string{"quick: Ich bräuchte bis Montag eine Kopie des Mietvertrags für die Bank."}},
		{"fr: need a copy", "J'aurais besoin d'une copie du bon de livraison de mars.",
			[]string{"quick: J'aurais besoin d'une copie du bon de livraison de mars."}},
		{"nl: need a copy", "Ik heb een kopie van de garantiebon nodig voor de verzekering.",
			[]string{"quick: Ik heb een kopie van de garantiebon nodig voor de verzekering."}},
		{"pt: a duplicate", "Preciso da segunda via do recibo de janeiro.",
			[]string{"quick: Preciso da segunda via do recibo de janeiro."}},
		// A copy of a film or a recording is a thing to be got, not a
		// paper the firm holds: only "a copy of/der/du…" names one.
		{"guard pt: a subtitled copy to be obtained", "Conseguem arranjar os direitos de projeção e uma cópia legendada do documentário?",
			[]string{"paid: Conseguem arranjar os direitos de projeção e uma cópia legendada do documentário?"}},
		{"guard de: translating a file", "Bitte übersetzen Sie den gesamten Mietvertrag ins Englische.",
			[]string{"paid: Bitte übersetzen Sie den gesamten Mietvertrag ins Englische."}},
	}, askListInLanguage)
}
