package triage

import "testing"

// TestLangOffers: asking whether the firm offers a kind of work at all,
// in the six other languages, is a yes or no as English "do you
// offer…?" is (langOffers, words_langs_kind.go).
func TestLangOffers(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"pt whether you do", "Gostaria de saber se fazem tradução de documentos técnicos.",
			[]string{"quick: Gostaria de saber se fazem tradução de documentos técnicos."}},
		{"fr do you offer", "Proposez-vous la pose de parquet ?",
			[]string{"quick: Proposez-vous la pose de parquet ?"}},
		{"fr est-ce que vous faites", "Est-ce que vous faites les traductions assermentées ?",
			[]string{"quick: Est-ce que vous faites les traductions assermentées ?"}},
		{"de bieten Sie", "Bieten Sie auch Übersetzungen ins Polnische an?",
			[]string{"quick: Bieten Sie auch Übersetzungen ins Polnische an?"}},
		{"es ofrecen", "¿Ofrecen servicio de montaje en Sevilla?",
			[]string{"quick: ¿Ofrecen servicio de montaje en Sevilla?"}},
		{"nl doen jullie", "Doen jullie ook vertalingen naar het Pools?",
			[]string{"quick: Doen jullie ook vertalingen naar het Pools?"}},
		{"it offrite", "Offrite anche la traduzione giurata?",
			[]string{"quick: Offrite anche la traduzione giurata?"}},
		{"guard: pt a request for the work", "Podem traduzir o contrato até sexta-feira?",
			[]string{"paid: Podem traduzir o contrato até sexta-feira?"}},
		{"guard: fr a request for the work", "Pourriez-vous traduire notre site en anglais ?",
			[]string{"paid: Pourriez-vous traduire notre site en anglais ?"}},
	}, askListInLanguage)
}
