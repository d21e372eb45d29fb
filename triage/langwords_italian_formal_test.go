package triage

import "testing"

// TestItalianFormalCouldYou: the formal "Potrebbe <verb> …?" opening a
// sentence asks the firm to act, so its work verb counts in full.
// Guards: quick requests in the same frame (a copy, a date).
func TestItalianFormalCouldYou(t *testing.T) {
	runLangCases(t, []langCase{
		{"it", "Potrebbe preparare un piano di marketing per il lancio, con tempi e costi?", Paid},
		{"it", "Potrebbe elaborare una stima dei costi di ristrutturazione per il negozio?", Paid},
		{"it", "Potrebbe redigere un nuovo regolamento interno per il personale?", Paid},
		{"it", "Potrebbero predisporre il bilancio consolidato entro fine marzo?", Paid},
		{"it", "Potrebbe rivedere il contratto di fornitura e segnalarci i rischi?", Paid},
		{"it", "Potrebbe inviarmi il numero di partita IVA dello studio?", Quick},
		{"it", "Potrebbe confermarmi la data della riunione?", Quick},
	})
}
