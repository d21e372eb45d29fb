package triage

import "testing"

// TestRomancePoliteWork: "can you" with an infinitive of doing asks for
// work in Spanish, French, Italian and Portuguese as it does in English
// (shapes_politework.go); with an infinitive of telling, sending or being
// it asks for an answer. Sentences written for the test (a printer, a
// garage, a florist, a notary, a school, an IT shop).
func TestRomancePoliteWork(t *testing.T) {
	t.Run("work: paid", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"es", "¿Podrías rehacer el folleto con los colores nuevos de la marca?", Paid},
			{"es", "¿Puedes pintar la valla del jardín antes de la boda?", Paid},
			{"es", "¿Me puedes traducir el manual del horno al catalán?", Paid},
			{"fr", "Pourriez-vous repeindre la façade de la boutique avant l'été ?", Paid},
			{"fr", "Peux-tu refondre la vitrine avec les nouveaux bouquets ?", Paid},
			{"it", "Potresti smontare il motore e sostituire la guarnizione?", Paid},
			{"it", "Puoi ristrutturare il bagno del secondo piano entro marzo?", Paid},
			{"pt", "Poderia reescrever o regulamento interno da escola?", Paid},
			{"pt", "Você consegue montar os computadores novos da sala de aula?", Paid},
			{"pt", "Você pode reformar a cozinha do restaurante em janeiro?", Paid},
		})
	})
	t.Run("guards: telling, sending, being: quick", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"es", "¿Me puedes enviar el presupuesto del folleto?", Quick},
			{"es", "¿Podrías confirmar la hora de entrega del ramo?", Quick},
			{"fr", "Pourriez-vous me dire à quelle heure ouvre l'atelier ?", Quick},
			{"fr", "Pouvez-vous m'envoyer le devis signé ?", Quick},
			{"it", "Potresti mandarmi il numero della pratica?", Quick},
			{"it", "Puoi dirmi quando è pronta la macchina?", Quick},
			{"pt", "Pode me dizer quando a escola reabre?", Quick},
			{"pt", "Você pode confirmar se recebeu o contrato?", Quick},
		})
	})
}

// TestPronounVariantFrames: "can you" with the familiar or stressed
// pronoun ("kun jij", "kannst du", "peux-tu", "você consegue") asks the
// firm as "kun je" and "können Sie" do: the work or answer after it
// decides the kind. Sentences written for the test.
func TestPronounVariantFrames(t *testing.T) {
	runLangCases(t, []langCase{
		{"nl", "Kun jij het bestelformulier invullen en naar de leverancier sturen?", Paid},
		{"nl", "Kun jij de offerte voor de keuken opstellen?", Paid},
		{"nl", "Kun jij me laten weten wanneer de monteur komt?", Quick},
		{"de", "Kannst du die Ausschreibung für die Dachsanierung vorbereiten?", Paid},
		{"de", "Kannst du mir sagen, wann die Werkstatt wieder öffnet?", Quick},
		{"pt", "Você consegue preencher o formulário da câmara para mim?", Paid},
		{"pt", "Você consegue me avisar quando o pedido chegar?", Quick},
	})
}

// TestGermanicPoliteWork: German and Dutch "can you … <infinitive>?" with
// an infinitive of doing at the end asks for work; an infinitive of
// telling or sending, or a subordinate clause whose verb comes last, asks
// for an answer. Sentences written for the test.
func TestGermanicPoliteWork(t *testing.T) {
	t.Run("work: paid", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"de", "Könnten Sie die neuen Mitarbeiter im Warenwirtschaftssystem anlegen?", Paid},
			{"de", "Können Sie die Speisekarte für den Winter neu gestalten?", Paid},
			{"de", "Kannst du die Fenster im Erdgeschoss abdichten?", Paid},
			{"de", "Würden Sie die Broschüre ins Englische übersetzen?", Paid},
			{"nl", "Kun je de kozijnen aan de achterkant schilderen?", Paid},
			{"nl", "Kunt u de catalogus in het Frans vertalen?", Paid},
			{"nl", "Zouden jullie de badkamer op de eerste verdieping betegelen?", Paid},
			{"nl", "Kun je de oude foto's uit het archief scannen zodat we ze kunnen gebruiken?", Paid},
		})
	})
	t.Run("guards: telling, sending, subordinate clause: quick", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"de", "Könnten Sie mir die Rechnung noch einmal schicken?", Quick},
			{"de", "Können Sie mir sagen, wann der Monteur kommt?", Quick},
			{"de", "Kannst du nachsehen, ob das Paket angekommen ist?", Quick},
			{"nl", "Kunt u de offerte nog een keer sturen?", Quick},
			{"nl", "Kun je me laten weten wanneer de schilder begint?", Quick},
			{"nl", "Kunt u mij morgen terugbellen?", Quick},
			{"de", "Können Sie die Anmeldung für die Messe bis Freitag einreichen?", Quick},
			{"nl", "Kunt u het abonnement van de tweede vestiging opzeggen?", Quick},
		})
	})
}
