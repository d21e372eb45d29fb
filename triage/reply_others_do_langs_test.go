package triage

import "testing"

// TestReplyOwnPeopleDoLangs: handing the quoted work to the client's own
// people with the verb first (Spanish, Italian) or the doer before a
// future (Portuguese, French) declines; the firm's own people, or the
// client's people sending something, do not.
func TestReplyOwnPeopleDoLangs(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"own people es", "Gracias por la propuesta. Al final lo hará nuestra gestora, no hace falta.", Declined, "lo hará nuestra"},
		{"own people es", "Muy amable, pero se encargará mi hijo de los planos.", Declined, "se encargará mi"},
		{"own people it", "Grazie, ma lo farà il nostro commercialista interno.", Declined, "lo farà il nostro"},
		{"own people it", "Vi ringrazio, se ne occuperà la nostra segretaria.", Declined, "se ne occuperà la nostra"},
		{"own people pt", "Obrigado pela proposta, mas o nosso técnico vai fazer a instalação.", Declined, "o nosso técnico vai fazer"},
		{"own people fr", "Merci beaucoup, mais notre webmaster s'en chargera.", Declined, "notre webmaster s'en chargera"},
		// Guards: the firm's people, or the client's people sending data.
		{"own people guard", "Adelante, procedan. Nuestro contable les enviará los extractos mañana.", Accepted, "procedan"},
		{"own people guard", "Va bene, procedete pure. Il nostro ufficio vi manderà i documenti.", Accepted, "procedete"},
	})
}
