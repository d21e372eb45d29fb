package triage

import "testing"

// TestReplyLeaveItThereLangs: stopping at the answer already given ("we'll
// leave it there") in Dutch, German, Italian and Portuguese declines, as
// the English and French wordings do. The same words not closing the
// clause (a thing sent "hierbij", a stay "por aqui até…") are no no.
func TestReplyLeaveItThereLangs(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"leave it there nl", "Dank voor de uitleg over de vergunning. We laten het hierbij.", Declined, "laten het hierbij"},
		{"leave it there nl", "Helder antwoord, dank u. Ik houd het daarbij, de kosten zijn te hoog voor ons.", Declined, "houd het daarbij"},
		{"leave it there de", "Danke für die Einschätzung zum Dach. Wir belassen es dabei.", Declined, "belassen es dabei"},
		{"leave it there it", "Grazie mille per il chiarimento sul contratto, ci fermiamo qui.", Declined, "ci fermiamo qui"},
		{"leave it there pt", "Obrigada pela resposta rápida sobre o IVA. Ficamos por aqui.", Declined, "ficamos por aqui"},
		{"leave it there pt", "Muito obrigado, já ajudou bastante. Vamos ficar por aqui.", Declined, "ficar por aqui"},
		// Guards: the same words that send, visit or stay.
		{"leave it there guard", "Ga je gang, ik stuur de plattegrond hierbij mee.", Accepted, "ga je gang"},
		{"leave it there guard", "Va bene, procedete pure. Ci fermiamo qui in negozio fino alle sei se serve.", Accepted, "procedete"},
		{"leave it there guard", "Sim, pode avançar. Ficamos por aqui até às seis se precisar de entrar.", Accepted, "pode avançar"},
		{"leave it there guard", "Ja, bitte legen Sie los, wir sind gern dabei.", Accepted, "legen sie los"},
	})
}
