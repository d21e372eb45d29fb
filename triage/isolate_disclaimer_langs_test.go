package triage

import (
	"strings"
	"testing"
)

// TestDisclaimerLangs: legal footers written in German, French, Spanish,
// Dutch, Italian and Portuguese go with the signature, and paragraphs of
// ordinary mail that use one of a footer's words (a parcel's sender, a
// payment made in error) stay.
func TestDisclaimerLangs(t *testing.T) {
	e := New(DefaultConfig())
	ask := "Können Sie mir die Rechnung noch einmal schicken?"
	drops := []string{
		// A tax adviser's footer under its register lines.
		"Steuerbüro Kranz\nLindenallee 3, 50668 Köln\nDiese Nachricht kann vertrauliche Angaben enthalten. Falls Sie nicht der vorgesehene Empfänger sind, benachrichtigen Sie bitte umgehend den Absender und löschen Sie diese Nachricht.",
		// A joiner's French footer.
		"Ce courriel et ses pièces jointes sont des informations confidentielles. Si vous n'en êtes pas le destinataire, merci d'en avertir immédiatement l'expéditeur et de détruire ce message.",
		// A Spanish printer's footer.
		"Este mensaje contiene datos confidenciales dirigidos exclusivamente a su destinatario. Si lo ha recibido como correo por error, avise al remitente y bórrelo de inmediato.",
		// A Dutch dentist's footer.
		"Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per abuis ontvangen, dan vragen wij u de afzender te informeren en het bericht te verwijderen.",
		// An Italian notary's footer.
		"Le informazioni contenute in questa e-mail sono riservate e destinate all'uso esclusivo delle persone indicate. Se l'ha ricevuta per errore, la preghiamo di darne comunicazione e di cancellarla.",
		// A Portuguese architect's footer.
		"Esta mensagem e os seus anexos são confidenciais. Se não for o destinatário, por favor informe o remetente e apague esta mensagem do seu sistema.",
	}
	for _, d := range drops {
		in := ask + "\n\n" + d
		if got := e.Isolate(in); got != ask {
			t.Errorf("footer kept:\n%q\ngot %q", d, got)
		}
	}
	keeps := []string{
		// One footer word in an ordinary paragraph: kept.
		"Das Paket kam gestern zurück, der Empfänger war angeblich unbekannt. Können Sie bitte beim Absender nachfragen, welche Adresse er verwendet hat?",
		"J'ai payé la facture de novembre deux fois par erreur, le virement est parti au mauvais destinataire. Pourriez-vous vérifier de votre côté et me rembourser ?",
		"Ayer envié el pedido por error a la dirección antigua del remitente. ¿Pueden ustedes recogerlo y llevarlo al almacén nuevo esta semana?",
		"Ik heb de factuur per abuis twee keer betaald aan jullie, kunnen jullie het bedrag terugboeken naar onze rekening voor het einde van de maand?",
		"Ho pagato per errore la fattura di ottobre due volte, il bonifico è partito ieri mattina. Potete restituirmi la differenza entro fine mese?",
		"Paguei por engano a fatura de outubro duas vezes, a transferência saiu ontem de manhã. Podem devolver-me a diferença até ao fim do mês?",
	}
	for _, k := range keeps {
		if got := e.Isolate(k + "\n\nGrüße\nAnna"); !strings.Contains(got, k) {
			t.Errorf("ordinary paragraph dropped:\n%q\ngot %q", k, got)
		}
	}
}
