package triage

import "testing"

// TestReplyPortugueseConditions: a Portuguese answer whose go-ahead or no
// hangs on "caso" opening a clause, "caso contrário" (otherwise) or "a
// não ser que" is conditional, as English "if" is; "neste caso" refers
// back and a "se" opening a contact offer sets no condition
// (words_reply.go).
func TestReplyPortugueseConditions(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"pt otherwise", "Se terminarem antes do Natal, podem avançar; caso contrário não vale a pena.", Unclear, "conditional"},
		{"pt caso opening, go-ahead", "Caso o técnico possa vir na quinta, podem começar.", Unclear, "conditional"},
		{"pt caso", "Caso consigam entregar na segunda-feira, pode avançar.", Unclear, "conditional"},
		{"pt caso after thanks", "Obrigado. Caso a reparação fique pronta esta semana, podem prosseguir.", Unclear, "conditional"},
		{"pt guard: se opening a contact offer", "Podem avançar e, se tiver dúvidas, falamos ao telefone.", Accepted, "podem avançar"},
		{"pt guard: neste caso refers back", "Neste caso, podem avançar.", Accepted, "podem avançar"},
		{"pt a não ser que", "Podem começar, a não ser que o preço suba.", Unclear, "conditional"},
		{"pt guard: plain go-ahead", "Podem começar, obrigado.", Accepted, "podem começar"},
		{"pt guard: pronoun se inside a clause", "Pode avançar; a garantia aplica-se também às peças novas.", Accepted, "pode avançar"},
		{"pt guard: plain no", "Por enquanto não, obrigado.", Declined, "por enquanto não"},
	})
}

// TestReplyFrenchBeyondBudget: "au-delà de notre budget" (beyond our
// budget) declines, as "au-dessus de notre budget" does (words_fr.go).
func TestReplyFrenchBeyondBudget(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"fr beyond our budget", "Merci, mais c'est au-delà de notre budget cette année.", Declined, "au delà de notre budget"},
		{"fr beyond my budget", "Malheureusement, cela va au-delà de mon budget.", Declined, "au delà de mon budget"},
		{"fr beyond our means", "C'est au-delà de nos moyens pour le moment, désolée.", Declined, "au delà de nos moyens"},
		{"fr beyond our budget, doing it ourselves", "Trop cher : au-delà de notre budget, nous ferons la mise en page nous-mêmes.", Declined, ""},
		{"fr beyond our budget, unless", "Si vous pouvez rester dans notre budget, allez-y, sinon c'est au-delà de nos moyens.", Unclear, "conditional"},
		{"fr guard: go-ahead", "C'est dans notre budget, allez-y.", Accepted, "allez y"},
	})
}
