package triage

import (
	"strings"
	"testing"
)

// askList formats Questions' result as "kind: text" lines.
func askList(e *Engine, text string) []string {
	var got []string
	for _, q := range e.Questions(text) {
		got = append(got, string(q.Kind)+": "+q.Text)
	}
	return got
}

// shapeCase is one table row: a text and the asks it holds ("kind: text").
type shapeCase struct {
	name, text string
	want       []string
}

func runShapeCases(t *testing.T, tests []shapeCase) {
	t.Helper()
	runShapesWith(t, tests, askList)
}

// runShapesWith checks each row's asks as list formats them.
func runShapesWith(t *testing.T, tests []shapeCase, list func(*Engine, string) []string) {
	t.Helper()
	e := New(DefaultConfig())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := list(e, tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Questions(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestRunOnAsks: texting-style run-ons without punctuation are split at
// the words that open each ask; statements stay whole.
func TestRunOnAsks(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"three asks joined by also and and", "hey maya can u send the receipt for march also whats the deadline for the pension form and can you redo the budget for the garage with the new quote",
			[]string{"quick: can u send the receipt for march", "quick: whats the deadline for the pension form", "paid: can you redo the budget for the garage with the new quote"}},
		{"an opener then a status question", "hi dev quick one did the refund from the council come through yet",
			[]string{"quick: did the refund from the council come through yet"}},
		{"after a greeting and an apology", "morning sorry to chase but did the new card machine get delivered",
			[]string{"quick: did the new card machine get delivered"}},
		{"alternatives stay one ask", "right so can we meet on monday instead and should i print the contracts or will you have copies",
			[]string{"quick: can we meet on monday instead", "quick: should i print the contracts or will you have copies"}},
		{"a statement with 'have' is not split", "I have a feeling the old invoices were never entered and the auditor will ask", nil},
		{"a punctuated sentence is left to the sentence rules", "Hi Lee, can you send me the March receipt?",
			[]string{"quick: can you send me the March receipt?"}},
	})
}

// TestContextAfterTheAsk: a dash or a parenthesis of context after an ask
// does not change what the ask is.
func TestContextAfterTheAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"parenthesis naming work", "Can you send me the March invoice (the auditors want to reconcile every account before the year end)?",
			[]string{"quick: Can you send me the March invoice (the auditors want to reconcile every account before the year end)?"}},
		{"parenthesis of background to work", "Can you redesign the shop sign (the old one has the wrong phone number)?",
			[]string{"paid: Can you redesign the shop sign (the old one has the wrong phone number)?"}},
		{"dash naming work", "Could you send me the lease - the bank wants to review all the documents again.",
			[]string{"quick: Could you send me the lease"}},
		{"a short parenthesis stays part of the ask", "Please reprint the price list (200).",
			[]string{"paid: Please reprint the price list (200)."}},
	})
}

// TestIndirectRequests: hopes and wishes that ask for work or an answer
// are asks; hopes that only wish well are not.
func TestIndirectRequests(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"hoping you could, work", "I was hoping you could draw up a budget for the new kitchen.",
			[]string{"paid: I was hoping you could draw up a budget for the new kitchen."}},
		{"we're hoping someone can", "We're hoping someone can rebuild the booking spreadsheet before the summer rush.",
			[]string{"paid: We're hoping someone can rebuild the booking spreadsheet before the summer rush."}},
		{"hope that you'd be able to", "I hope that you'd be able to prepare the grant application this month.",
			[]string{"paid: I hope that you'd be able to prepare the grant application this month."}},
		{"helpful if you could send: an answer", "It would be very helpful if you could send me the login for the payroll portal.",
			[]string{"quick: It would be very helpful if you could send me the login for the payroll portal."}},
		{"would help to know", "It would help to know when you are next in the office.",
			[]string{"quick: It would help to know when you are next in the office."}},
		{"it'd be great if someone could", "It'd be great if someone could tidy up the supplier list in the books.",
			[]string{"paid: It'd be great if someone could tidy up the supplier list in the books."}},
		{"asking about availability is scheduling", "It would help to know whether you have any availability in April to repaint the sign.",
			[]string{"quick: It would help to know whether you have any availability in April to repaint the sign."}},
		{"a hope that wishes well", "I hope you can make it to the opening on Friday.", nil},
		{"a hope that leads in", "I'm hoping you can help us out.", nil},
		{"a hope for help with named work", "I was hoping you could help us set up the new payroll system.",
			[]string{"paid: I was hoping you could help us set up the new payroll system."}},
		{"a hope for the weekend", "Hope you have a restful weekend.", nil},
		{"a hope about the client's own plans", "We're hoping to move in before Christmas.", nil},
	})
}

// TestVentingQuestions: questions of exasperation, wonder and complaint
// are not asks; the real ask next to them is.
func TestVentingQuestions(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"why always", "Why does the parking fine always arrive the day after I leave? Can you tell me if it was paid?",
			[]string{"quick: Can you tell me if it was paid?"}},
		{"why every time", "Why is it that every time we change banks something breaks?", nil},
		{"how many times", "How many times do we have to send the same form? Please confirm you have it now.",
			[]string{"quick: Please confirm you have it now."}},
		{"do you know how frustrating", "Do you know how frustrating it is to be on hold for an hour?", nil},
		{"anyone actually", "Does anyone in that office even open the post?", nil},
		{"who makes these things", "Who writes these things? The new form is twelve pages long.", nil},
		{"seen this", "Seen this? Do we need to reply before the 20th?",
			[]string{"quick: Do we need to reply before the 20th?"}},
		{"a real why question stays an ask", "Why was the payment to the landlord rejected?",
			[]string{"quick: Why was the payment to the landlord rejected?"}},
		{"a real how-many question stays an ask", "How many days of leave does Priti have left?",
			[]string{"quick: How many days of leave does Priti have left?"}},
		{"an availability answer", "Any morning next week works for me.", nil},
	})
}

// TestCheckingKinds: asking the firm to check what a rule allows is
// research (paid); to check whether something happened is a status
// (quick), in English and in the other languages with lexicons.
func TestCheckingKinds(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"check eligibility", "Could you check whether the shop qualifies for the small business rate relief?",
			[]string{"paid: Could you check whether the shop qualifies for the small business rate relief?"}},
		{"check an entitlement", "Can you check if Marta is entitled to holiday pay for the bank holiday she worked?",
			[]string{"paid: Can you check if Marta is entitled to holiday pay for the bank holiday she worked?"}},
		{"check compliance", "Please check whether our new cookie banner is compliant.",
			[]string{"paid: Please check whether our new cookie banner is compliant."}},
		{"check what is allowable", "Can you check whether the staff gym memberships are allowable for the company?",
			[]string{"paid: Can you check whether the staff gym memberships are allowable for the company?"}},
		{"check that something was paid", "Can you check whether the rent for May was paid?",
			[]string{"quick: Can you check whether the rent for May was paid?"}},
		{"check that something went out", "Could you check if the reminder letters went out on Monday?",
			[]string{"quick: Could you check if the reminder letters went out on Monday?"}},
		{"check that a payment landed", "Please check whether the grant money has landed.",
			[]string{"quick: Please check whether the grant money has landed."}},
		{"de: entitlement", "Könnten Sie prüfen, ob wir Anspruch auf die Förderung für die neue Heizung haben?",
			[]string{"paid: Könnten Sie prüfen, ob wir Anspruch auf die Förderung für die neue Heizung haben?"}},
		{"fr: deductible", "Pourriez-vous vérifier si les frais de formation sont déductibles ?",
			[]string{"paid: Pourriez-vous vérifier si les frais de formation sont déductibles ?"}},
		{"es: right to a deduction", "¿Podría comprobar si tenemos derecho a la deducción por la furgoneta?",
			[]string{"paid: ¿Podría comprobar si tenemos derecho a la deducción por la furgoneta?"}},
		{"nl: allowed", "Kunt u nagaan of de thuiswerkvergoeding voor ons toegestaan is?",
			[]string{"paid: Kunt u nagaan of de thuiswerkvergoeding voor ons toegestaan is?"}},
		{"it: entitlement", "Potrebbe controllare se abbiamo diritto al bonus per le assunzioni?",
			[]string{"paid: Potrebbe controllare se abbiamo diritto al bonus per le assunzioni?"}},
		{"pt: exempt", "Poderia verificar se a nossa associação está isenta do imposto?",
			[]string{"paid: Poderia verificar se a nossa associação está isenta do imposto?"}},
		{"de: whether a transfer arrived", "Könnten Sie prüfen, ob die Miete für Mai eingegangen ist?",
			[]string{"quick: Könnten Sie prüfen, ob die Miete für Mai eingegangen ist?"}},
		{"fr: whether a payment arrived", "Pourriez-vous vérifier si le virement du client est arrivé ?",
			[]string{"quick: Pourriez-vous vérifier si le virement du client est arrivé ?"}},
		{"es: whether an invoice was received", "¿Podría comprobar si han recibido la factura de octubre?",
			[]string{"quick: ¿Podría comprobar si han recibido la factura de octubre?"}},
		{"nl: whether the payment arrived", "Kunt u controleren of de betaling van de huurder binnengekomen is?",
			[]string{"quick: Kunt u controleren of de betaling van de huurder binnengekomen is?"}},
		{"it: whether the fee was paid", "Potrebbe verificare se la quota di ottobre è stata pagata?",
			[]string{"quick: Potrebbe verificare se la quota di ottobre è stata pagata?"}},
		{"pt: whether the goods were delivered", "Poderia verificar se a encomenda já foi entregue?",
			[]string{"quick: Poderia verificar se a encomenda já foi entregue?"}},
	})
}

// TestLanguageAsks: per-language request frames, work verbs and
// information verbs give the kind of an ask written in that language.
func TestLanguageAsks(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"de work", "Könnten Sie bitte die Lohnabrechnung für die zwei Aushilfen erstellen?",
			[]string{"paid: Könnten Sie bitte die Lohnabrechnung für die zwei Aushilfen erstellen?"}},
		{"de info", "Können Sie mir mitteilen, wann der Termin beim Finanzamt ist?",
			[]string{"quick: Können Sie mir mitteilen, wann der Termin beim Finanzamt ist?"}},
		{"fr work", "Pourriez-vous rédiger la lettre de relance pour le client en retard ?",
			[]string{"paid: Pourriez-vous rédiger la lettre de relance pour le client en retard ?"}},
		{"fr info", "Pouvez-vous m'indiquer quand la TVA sera prélevée ?",
			[]string{"quick: Pouvez-vous m'indiquer quand la TVA sera prélevée ?"}},
		{"es work", "¿Podría elaborar el presupuesto de la obra para el banco?",
			[]string{"paid: ¿Podría elaborar el presupuesto de la obra para el banco?"}},
		{"es info", "¿Me puede decir cuándo vence el pago del alquiler?",
			[]string{"quick: ¿Me puede decir cuándo vence el pago del alquiler?"}},
		{"nl work", "Kunt u de loonstroken voor december opmaken?",
			[]string{"paid: Kunt u de loonstroken voor december opmaken?"}},
		{"nl info", "Kunt u mij laten weten of de factuur is ontvangen?",
			[]string{"quick: Kunt u mij laten weten of de factuur is ontvangen?"}},
		{"it work", "Potrebbe redigere il bilancio per la riunione dei soci?",
			[]string{"paid: Potrebbe redigere il bilancio per la riunione dei soci?"}},
		{"it info", "Mi conferma che il pagamento è arrivato?",
			[]string{"quick: Mi conferma che il pagamento è arrivato?"}},
		{"pt work", "Poderia elaborar o mapa de férias dos funcionários?",
			[]string{"paid: Poderia elaborar o mapa de férias dos funcionários?"}},
		{"pt info", "Pode me informar quando é o prazo do IVA?",
			[]string{"quick: Pode me informar quando é o prazo do IVA?"}},
	})
}

// TestLanguageReplies: accept and decline wording of each language, and a
// question back that only vents.
func TestLanguageReplies(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		text string
		want Decision
	}{
		{"Ja, bitte erledigen Sie das bis Ende des Monats.", Accepted},
		{"Danke, aber das machen wir selbst.", Declined},
		{"Merci, nous allons le faire en interne.", Declined},
		{"Lo haremos nosotros, gracias.", Declined},
		{"Gaat u uw gang, dank u.", Accepted},
		{"Dank je, dat doen we zelf.", Declined},
		{"Perfetto, procediamo.", Accepted},
		{"Grazie, lo facciamo noi.", Declined},
		{"Obrigado, mas vamos fazer nós mesmos.", Declined},
		{"Podem começar na segunda-feira.", Accepted},
		{"nah leave it we will sort it ourselves", Declined},
		{"$900 for a letter?? No thanks.", Declined},
		{"Seriously, you charge for reading an email? Not interested.", Declined},
		{"Is the $900 including the filing fee?", Unclear},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := e.ReadReply(tt.text); got.Decision != tt.want {
				t.Errorf("ReadReply(%q) = %s (%s), want %s", tt.text, got.Decision, got.Reason, tt.want)
			}
		})
	}
}

// TestLanguageOutOfOffice: out-of-office replies without auto headers, in
// each language, are skipped; a client mentioning leave is answered.
func TestLanguageOutOfOffice(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		subject, body string
		want          SkipReason
	}{
		{"Abwesend: Rechnung", "Vielen Dank für Ihre Nachricht. Ich bin bis zum 4. Januar nicht im Büro.", SkipAuto},
		{"Absent : facture", "Merci pour votre message. Je suis en congé jusqu'au 4 janvier.", SkipAuto},
		{"Ausente: factura", "Gracias por su mensaje. Estoy de vacaciones hasta el 4 de enero.", SkipAuto},
		{"Automatisch antwoord: factuur", "Bedankt voor uw bericht. Ik ben afwezig tot 4 januari.", SkipAuto},
		{"Fuori ufficio: fattura", "Grazie per il messaggio. Sono in ferie fino al 4 gennaio.", SkipAuto},
		{"Ausente: fatura", "Obrigado pela sua mensagem. Estou de férias até 4 de janeiro.", SkipAuto},
		{"Rechnung", "Ich bin nächste Woche im Urlaub. Könnten Sie die Rechnung vorher erstellen?", SkipNone},
	}
	for _, tt := range tests {
		t.Run(tt.subject, func(t *testing.T) {
			msg := "From: a@client.test\nSubject: " + tt.subject + "\nContent-Type: text/plain; charset=utf-8\n\n" + tt.body + "\n"
			if r := e.AnalyzeBytes([]byte(msg)); r.SkipReason != tt.want {
				t.Errorf("skip %q, want %q (questions %v)", r.SkipReason, tt.want, r.Questions)
			}
		})
	}
}

// TestLanguagePhrasesMatch: every phrase of the language lists matches
// its own wording (prefixes as written, a class by one of its words), so
// none can silently never match.
func TestLanguagePhrasesMatch(t *testing.T) {
	if len(languages) < 7 {
		t.Fatalf("%d languages registered, want en + de fr es nl it pt", len(languages))
	}
	sample := map[string]string{"{weekday}": "monday", "{det}": "the", "{done}": "paid", "{insures}": "policy", "{rulemaker}": "council", "{additive}": "also"}
	for code, c := range languages {
		var phrases []string
		for _, l := range [][]string{c.Words.RequestFrames, c.Words.RequestVerbs, c.Words.Accept, c.Words.Decline,
			c.Words.Hedge, c.Words.OutOfOffice, c.RuleWords, c.AutoSubjects, c.CheckVerbs, c.CheckLinks, c.Happened} {
			phrases = append(phrases, l...)
		}
		for _, s := range c.Signals {
			phrases = append(phrases, strings.Split(s.Match, "|")...)
		}
		for _, p := range phrases {
			var text []string
			for _, w := range strings.Fields(p) {
				switch {
				case w == "..." || w == "^" || w == "$":
				case strings.HasPrefix(w, "{"):
					text = append(text, sample[w])
				default:
					text = append(text, strings.TrimSuffix(w, "*"))
				}
			}
			if !newLexicon([]string{p}).has(words(strings.Join(text, " "))) {
				t.Errorf("%s: phrase %q does not match its own wording %q", code, p, text)
			}
		}
	}
}
