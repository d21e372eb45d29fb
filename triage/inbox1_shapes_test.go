package triage

import "testing"

// TestInbox1Shapes: the rules the inbox1 set showed missing, each a
// general rule with sentences written for it (none is taken from a
// labelled set), with rows where the rule must not fire.
func TestInbox1Shapes(t *testing.T) {
	t.Run("a list of embedded questions under one frame is one ask each", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"tell me, what, whether", "Could you tell me when the payroll closes, what rate applies and whether Sam needs a new code?",
				[]string{"quick: Could you tell me when the payroll closes", "quick: what rate applies", "quick: whether Sam needs a new code?"}},
			{"confirm, when, whether", "Can you confirm you got the invoices, when the return is due and whether you need the mileage log?",
				[]string{"quick: Can you confirm you got the invoices", "quick: when the return is due", "quick: whether you need the mileage log?"}},
			{"let me know, when, who", "Please let me know if you received the forms, when they go in and who signs them.",
				[]string{"quick: Please let me know if you received the forms", "quick: when they go in", "quick: who signs them."}},
			{"advise, where, how", "Could you advise me which account to use, where the cheques go and how the refund is paid?",
				[]string{"quick: Could you advise me which account to use", "quick: where the cheques go", "quick: how the refund is paid?"}},
			{"four items", "Can you let me know what time you open, where to park, which door to use and who to ask for?",
				[]string{"quick: Can you let me know what time you open", "quick: where to park", "quick: which door to use", "quick: who to ask for?"}},
			{"guard: two items stay one", "Can you tell me when the deadline is and whether I need to sign anything?",
				[]string{"quick: Can you tell me when the deadline is and whether I need to sign anything?"}},
			{"guard: the result of a job after ', and'", "Could you look into the grant, and what it would mean for our cash flow?",
				[]string{"paid: Could you look into the grant, and what it would mean for our cash flow?"}},
			{"guard: a statement with a list", "We moved the office, which was hard, and what a month it has been.",
				nil},
		})
	})
	t.Run("a third party's wish to act is background", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"the builder would like to", "The builder would like to start in January.", nil},
			{"our landlord wants to", "Our landlord wants to renew the lease for five years.", nil},
			{"my bank would love to", "My bank would love to move us onto their business tariff.", nil},
			{"de aannemer wil graag", "De aannemer wil graag in februari met het dak beginnen.", nil},
			{"onze leverancier zou graag", "Onze leverancier zou graag voortaan per kwartaal factureren.", nil},
			{"then an ask", "The plumber would like to start on Monday. Can you send him the drawings?",
				[]string{"quick: Can you send him the drawings?"}},
			{"guard: the wish names the firm", "The bank would like you to sign the letter by Friday.",
				[]string{"paid: The bank would like you to sign the letter by Friday."}},
			{"guard: the third party wants a fact", "Our landlord wants to know when the inspection is.",
				[]string{"quick: Our landlord wants to know when the inspection is."}},
			{"guard: the client's own wish", "I would like to start in January.",
				[]string{"paid: I would like to start in January."}},
			{"guard: goes on to a question", "The roofer wants to start next week, is that too early?",
				[]string{"quick: The roofer wants to start next week, is that too early?"}},
		})
	})
	t.Run("Spanish 'necesitamos' asks like 'we need'", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"a document", "Necesitamos el certificado de retenciones antes del viernes.",
				[]string{"paid: Necesitamos el certificado de retenciones antes del viernes."}},
			{"also a report", "Necesitamos también el informe de gastos del año.",
				[]string{"paid: Necesitamos también el informe de gastos del año."}},
			{"after a reason", "Para el préstamo necesitamos las cuentas anuales firmadas.",
				[]string{"paid: Para el préstamo necesitamos las cuentas anuales firmadas."}},
			{"a fact", "Necesitamos saber cuándo vence el plazo.",
				[]string{"quick: Necesitamos saber cuándo vence el plazo."}},
			{"more time, as 'we need more time' in English", "Necesitamos más tiempo para reunir los papeles.",
				[]string{"paid: Necesitamos más tiempo para reunir los papeles."}},
			{"guard: nothing more needed", "No necesitamos nada más por ahora.", nil},
			{"guard: no longer needed", "Ya no necesitamos el informe.", nil},
		})
	})
}

// TestInbox1Replies: waiting ("we'll wait") puts the work off in French,
// Spanish, Portuguese and German as in English; waiting for the firm's
// invoice or news is no deferral.
func TestInbox1Replies(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"fr wait", "Merci, mais nous allons attendre l'année prochaine.", Declined, ""},
		{"fr wait", "Merci, on va attendre le printemps.", Declined, ""},
		{"de wait", "Danke, aber wir warten bis nächstes Jahr.", Declined, ""},
		{"es wait", "Gracias, pero vamos a esperar al año que viene.", Declined, ""},
		{"pt wait", "Obrigado, mas vamos esperar até março.", Declined, ""},
		{"guard: fr wait for the invoice", "Merci, allez-y, nous attendrons votre facture.", Accepted, ""},
		{"guard: de wait for the invoice", "Ja, bitte legen Sie los, wir warten auf Ihre Rechnung.", Accepted, ""},
		{"guard: es wait for the invoice", "Adelante, esperaremos su factura.", Accepted, ""},
		{"guard: pt wait for the invoice", "Pode avançar, vamos aguardar a sua fatura.", Accepted, ""},
	})
}
