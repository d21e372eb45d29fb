package triage

import (
	"strings"
	"testing"
)

// TestLangOutOfOffice: an out-of-office reply without the automatic
// headers, under a plain subject, gets no draft in each language (three
// out-of-office cues in its body); a client who says they will be away
// and asks something is answered. Messages written for the test.
func TestLangOutOfOffice(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		lang, body string
		skip       bool
	}{
		{"de", "Danke für Ihre Nachricht.\n\nIch bin bis zum 9. Januar im Urlaub und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Herrn Kurz.\n\nGrüße\nEva Lang", true},
		{"de", "Hallo Frau Berger,\n\nich bin ab Montag zwei Wochen im Urlaub. Können Sie die Umsatzsteuer für Dezember vorher noch einreichen?\n\nGrüße\nEva Lang", false},
		{"fr", "Merci pour votre message.\n\nJe suis en congés jusqu'au 4 janvier, avec un accès limité à ma messagerie. Pour toute urgence, contactez Paul Girard.\n\nCordialement\nNina Roy", true},
		{"fr", "Bonjour,\n\nje serai en vacances la semaine prochaine. Pourriez-vous préparer la déclaration avant mon départ ?\n\nMerci\nNina Roy", false},
		{"es", "Gracias por su correo.\n\nEstoy de vacaciones hasta el 12 de enero con acceso limitado al correo. Para asuntos urgentes, escriba a Pedro Gil.\n\nSaludos\nAna Mora", true},
		{"es", "Hola,\n\nestaré de vacaciones desde el lunes. ¿Podrías presentar el IVA antes del viernes?\n\nGracias\nAna Mora", false},
		{"nl", "Bedankt voor uw bericht.\n\nIk ben met vakantie tot en met 6 januari en beperkt bereikbaar. Voor dringende zaken kunt u terecht bij Kees Bos.\n\nGroet\nIris Kok", true},
		{"nl", "Hoi,\n\nik ben volgende week op vakantie. Kun je de btw-aangifte daarvoor nog indienen?\n\nGroet\nIris Kok", false},
		{"it", "Grazie per il messaggio.\n\nSono in ferie fino al 7 gennaio con accesso limitato alla posta. Per urgenze può scrivere a Dario Neri.\n\nSaluti\nElsa Riva", true},
		{"it", "Buongiorno,\n\nsarò in ferie dalla prossima settimana. Potrebbe inviare l'F24 prima di venerdì?\n\nGrazie\nElsa Riva", false},
		{"pt", "Obrigado pela sua mensagem.\n\nEstou de férias até 8 de janeiro, com acesso limitado ao e-mail. Para assuntos urgentes, contacte o Rui Dias.\n\nCumprimentos\nLia Reis", true},
		// Brazilian wording: "em férias", "sem acesso ao e-mail", "entre em contato com".
		{"pt", "Olá,\n\nEstou em férias até 11 de janeiro, sem acesso ao e-mail. Se precisar de algo, entre em contato com a Bia Lopes.\n\nAbraços\nTeo Maia", true},
		{"pt", "Oi,\n\nestarei em férias em janeiro e sem acesso ao e-mail. Você pode entregar a declaração antes disso?\n\nAbraços\nTeo Maia", false},
		{"pt", "Olá,\n\nvou estar de férias na próxima semana. Pode entregar a declaração do IVA antes de sexta?\n\nObrigada\nLia Reis", false},
	}
	for i, tt := range tests {
		t.Run(tt.lang+strings.Repeat("+", i%2), func(t *testing.T) {
			msg := "From: Someone <someone@example.test>\r\nTo: Ann Bell <ann@firm.example.com>\r\nSubject: Re: Dezember" +
				"\r\nMessage-ID: <lo-" + tt.lang + strings.Repeat("x", i%2) + "@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
				strings.ReplaceAll(tt.body, "\n", "\r\n")
			res := e.AnalyzeBytes([]byte(msg))
			if res.Skip != tt.skip || (tt.skip && res.SkipReason != SkipAuto) {
				t.Errorf("skip %v (%s), want %v; questions %v", res.Skip, res.SkipReason, tt.skip, res.Questions)
			}
		})
	}
}
