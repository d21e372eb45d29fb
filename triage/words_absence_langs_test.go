package triage

import (
	"strings"
	"testing"
)

// TestAbsenceWordingLangs: away replies without automatic headers in
// French, German, Spanish, Italian, Dutch and Portuguese that say the mail
// goes unread during the absence and where urgent questions go get no
// draft; a person who mentions their absence and asks, ungreeted, is
// answered. Messages written for the test.
func TestAbsenceWordingLangs(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		lang, body string
		skip       bool
	}{
		{"fr", "Bonjour,\n\nJe suis absent jusqu'au 12 janvier. Pendant mon absence, vos courriels ne seront pas lus. Pour toute question urgente, appelez l'atelier au 01 23 45 67 89.\n\nLéon Garnier", true},
		{"fr", "Bonjour,\n\nje pars demain pour trois semaines. Pendant mon absence, pouvez-vous relever le compteur d'eau de la boulangerie ?\n\nLéon Garnier", false},
		{"de", "Guten Tag,\n\nwährend meiner Abwesenheit bis zum 8. Januar werden E-Mails nicht gelesen und nicht weitergeleitet. Bitte schreiben Sie an die Zentrale.\n\nKarla Fenn", true},
		{"de", "Guten Tag,\n\nin meiner Abwesenheit ab Montag ist die Werkstatt zu. Können Sie die Lieferung der Fliesen auf Februar schieben?\n\nKarla Fenn", false},
		{"es", "Hola,\n\nEstoy fuera hasta el 9 de enero, sin acceso al correo. Durante mi ausencia, si es urgente, llame a la tienda.\n\nNuria Peña", true},
		{"es", "Hola,\n\nme voy mañana unos días. Durante mi ausencia, ¿podrían cambiar las cerraduras del almacén?\n\nNuria Peña", false},
		{"it", "Buongiorno,\n\nsono assente fino al 10 gennaio e non leggerò la posta. Durante la mia assenza potete contattare il negozio. Risponderò al mio rientro.\n\nPiero Galli", true},
		{"it", "Buongiorno,\n\ndurante la mia assenza il laboratorio resta chiuso. Potete consegnare le vetrine il 15?\n\nPiero Galli", false},
		{"nl", "Goedendag,\n\nTijdens mijn afwezigheid tot 11 januari worden e-mails niet gelezen en niet doorgestuurd. Bel de winkel voor spoed.\n\nFemke Brand", true},
		{"nl", "Goedendag,\n\ntijdens mijn afwezigheid is de loods dicht. Kunnen jullie de pallets eerder ophalen?\n\nFemke Brand", false},
		{"pt", "Bom dia,\n\nEstou ausente até 6 de janeiro. Durante a minha ausência as mensagens não serão lidas. Responderei no meu regresso.\n\nRita Lobo", true},
		{"pt", "Bom dia,\n\nna minha ausência a loja fica fechada. Podem entregar as prateleiras na segunda?\n\nRita Lobo", false},
	}
	for i, tt := range tests {
		t.Run(tt.lang+strings.Repeat("+", i%2), func(t *testing.T) {
			msg := "From: Someone <someone@example.test>\r\nTo: Ann Bell <ann@firm.example.com>\r\nSubject: Re: Januar" +
				"\r\nMessage-ID: <abl-" + tt.lang + strings.Repeat("x", i%2) + "@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
				strings.ReplaceAll(tt.body, "\n", "\r\n")
			res := e.AnalyzeBytes([]byte(msg))
			if res.Skip != tt.skip || (tt.skip && res.SkipReason != SkipAuto) {
				t.Errorf("skip %v (%s), want %v; questions %v", res.Skip, res.SkipReason, tt.skip, res.Questions)
			}
		})
	}
}
