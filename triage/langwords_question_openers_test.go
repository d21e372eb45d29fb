package triage

import "testing"

// TestForeignQuestionOpeners: a clause opened by a language's question
// opener (langCues.QuestionOpeners) is a question though it has neither
// inversion nor a question mark, also after a question lead
// (QuestionLeads: "kurze Frage:") or, in a run-on, after a greeting and
// a name (runOnStart); a verb-first opener (VerbFirstOpeners) is one
// only in a clause without a comma, where it does not open a condition
// ("Hast du Fragen, ruf an"). A question for an answer stays quick; the
// same words not opening the clause, offers and cover lines ask nothing.
func TestForeignQuestionOpeners(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"fr: tu peux me dire", "tu peux me dire si le pain de seigle sera prêt demain",
			[]string{"quick: tu peux me dire si le pain de seigle sera prêt demain"}},
		{"fr: vous pouvez me confirmer", "Vous pouvez me confirmer l'heure de passage du ramoneur",
			[]string{"quick: Vous pouvez me confirmer l'heure de passage du ramoneur"}},
		{"es: me confirmas", "me confirmas si el coche estará listo el lunes",
			[]string{"quick: me confirmas si el coche estará listo el lunes"}},
		{"it: potete confermarmi", "potete confermarmi che il tecnico passa giovedì",
			[]string{"quick: potete confermarmi che il tecnico passa giovedì"}},
		{"de: habt ihr", "habt ihr am Montag die Werkstatt offen",
			[]string{"quick: habt ihr am Montag die Werkstatt offen"}},
		{"de: können Sie", "Können Sie mir sagen ob die Ersatzteile schon da sind",
			[]string{"quick: Können Sie mir sagen ob die Ersatzteile schon da sind"}},
		{"pl: macie", "macie jeszcze wolny termin w piątek rano",
			[]string{"quick: macie jeszcze wolny termin w piątek rano"}},
		{"de: after a question lead", "kurze Frage: kommt ihr am Freitag zum Abbau",
			[]string{"quick: kurze Frage: kommt ihr am Freitag zum Abbau"}},
		{"es: after a question lead", "Una pregunta: me confirmas si el taller abre el sábado",
			[]string{"quick: Una pregunta: me confirmas si el taller abre el sábado"}},
		{"nl: staat de", "staat de keuring van de lift nog gepland voor vrijdag",
			[]string{"quick: staat de keuring van de lift nog gepland voor vrijdag"}},
		{"de: ist die", "ist die Lieferung der Fliesen schon unterwegs",
			[]string{"quick: ist die Lieferung der Fliesen schon unterwegs"}},
		{"guard de: a condition before a comma", "Hast du noch Fragen, ruf einfach an.", nil},
		{"guard nl: a condition before a comma", "Heeft u nog vragen, neem dan gerust contact op.", nil},
		{"guard pl: a condition before a comma", "Macie pytania, proszę dzwonić.", nil},
		{"es: after a greeting and a name, no comma", "hola Marta me confirmas la hora del jueves que no la tengo apuntada",
			[]string{"quick: me confirmas la hora del jueves que no la tengo apuntada"}},
		{"it: after a greeting and a name, no comma", "ciao Luca mi sai dire se il furgone è pronto",
			[]string{"quick: mi sai dire se il furgone è pronto"}},
		{"guard es: a greeting, a name and thanks", "hola Marta gracias por todo", nil},
		{"guard de: a lead alone", "Kurze Frage zum Angebot von gestern.", nil},
		{"guard fr: an offer", "Vous pouvez me joindre au 06 11 22 33 44.", nil},
		{"guard it: a cover line", "Potete trovare in allegato il contratto firmato.", nil},
		{"guard de: the verb second", "Sie haben recht, das war mein Fehler.", nil},
		{"guard pl: an embedded czy", "Czy to dobrze czy źle, nie wiem.", nil},
	}, askListInLanguage)
}
