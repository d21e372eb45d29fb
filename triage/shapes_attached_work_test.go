package triage

import "testing"

// TestAttachedForWork: a cover line for an attachment that names the work
// to be done on it (a purpose word before a verb or noun of work on a
// text, or the client's own need) asks for that work, in any language; a
// cover line for information, a negated need, the client's own act and
// another's need stay statements.
func TestAttachedForWork(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"fr à relire", "Ci-joint le bail commercial à relire avant la signature de jeudi.",
			[]string{"paid: Ci-joint le bail commercial à relire avant la signature de jeudi."}},
		{"en for review", "Attached is the draft lease for review before we sign on Thursday.",
			[]string{"paid: Attached is the draft lease for review before we sign on Thursday."}},
		{"es para revisar", "Adjunto el contrato de alquiler para revisar antes de la firma.",
			[]string{"paid: Adjunto el contrato de alquiler para revisar antes de la firma."}},
		{"pt para tradução", "Em anexo o regulamento interno para tradução em inglês.",
			[]string{"paid: Em anexo o regulamento interno para tradução em inglês."}},
		{"nl ter vertaling", "Bijgevoegd de brochure ter vertaling naar het Duits.",
			[]string{"paid: Bijgevoegd de brochure ter vertaling naar het Duits."}},
		{"it da correggere, cover frame", "Vi invio in allegato la tesi di laurea da correggere entro fine mese.",
			[]string{"paid: Vi invio in allegato la tesi di laurea da correggere entro fine mese."}},
		{"de zur Prüfung", "Anbei die Unterlagen zur Prüfung, das Ergebnis hätten wir gern bis Monatsende.",
			[]string{"paid: Anbei die Unterlagen zur Prüfung, das Ergebnis hätten wir gern bis Monatsende."}},
		{"en own need", "Attached is the structural survey we need summarised for the buyer.",
			[]string{"paid: Attached is the structural survey we need summarised for the buyer."}},
		{"de cover formula, own need", "Anbei erhalten Sie das Gutachten, das wir bis Ende Mai in gekürzter Fassung benötigen.",
			[]string{"paid: Anbei erhalten Sie das Gutachten, das wir bis Ende Mai in gekürzter Fassung benötigen."}},
		// German receipt questions stay quick with "erhalten" read at the clause end.
		{"guard: de receipt", "Haben Sie die Unterlagen erhalten?", []string{"quick: Haben Sie die Unterlagen erhalten?"}},
		{"guard: de receipt before comma", "Habt ihr die Rechnung erhalten, die ich letzte Woche geschickt habe?",
			[]string{"quick: Habt ihr die Rechnung erhalten, die ich letzte Woche geschickt habe?"}},
		{"guard: de receipt bereits", "Haben Sie meine E-Mail vom Montag bereits erhalten?",
			[]string{"quick: Haben Sie meine E-Mail vom Montag bereits erhalten?"}},
		// Guards: information, a bill to pay, negated need, own act, another's need.
		{"guard: zur Kenntnis", "Anbei die Rechnung zur Kenntnis.", nil},
		{"guard: for your records", "Attached is the invoice for your records.", nil},
		{"guard: da pagare", "In allegato la fattura da pagare entro fine mese.", nil},
		{"guard: nicht mehr", "Anbei die Unterlagen, die wir nicht mehr benötigen.", nil},
		{"guard: we need to", "Attached is the return we need to file by the end of January.", nil},
		{"guard: you need", "Attached is the form you need to sign.", nil},
		{"guard: pour information", "Ci-joint la facture pour information.", nil},
	}, askListInLanguage)
}

// TestAttachedForYourWork: a cover line whose purpose names the firm's
// work with a possessive between ("for your review", "pour votre
// relecture", "para su revisión") asks for that work as "for review" does.
// Sentences written for the test (a landlord, a school, a museum, a
// shipping agent, a software house); guards for records and information.
func TestAttachedForYourWork(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"en your review", "Attached are the tenancy renewal terms for your review before Friday.",
			[]string{"paid: Attached are the tenancy renewal terms for your review before Friday."}},
		{"fr votre relecture", "Ci-joint le règlement intérieur de l'école pour votre relecture.",
			[]string{"paid: Ci-joint le règlement intérieur de l'école pour votre relecture."}},
		{"es su revisión", "Adjunto el catálogo de la exposición para su revisión.",
			[]string{"paid: Adjunto el catálogo de la exposición para su revisión."}},
		{"pt sua revisão", "Em anexo o manifesto de carga para sua revisão.",
			[]string{"paid: Em anexo o manifesto de carga para sua revisão."}},
		{"en your proofreading", "Enclosed is the user guide for the booking app for your proofreading.",
			[]string{"paid: Enclosed is the user guide for the booking app for your proofreading."}},
		{"guard: your records", "Attached are the signed tenancy terms for your records.", nil},
		{"guard: your information", "Ci-joint le calendrier des vacances pour votre information.", nil},
	}, askListInLanguage)
}

// TestAttachedPurposeClause: a cover line whose purpose clause names the
// firm and its work on the attachment ("so you can check…", "for you to
// price…", "for reconciling", "para que las revisen") asks for that work.
// Sentences written for the test (a vet, a removals firm, a brewery, a
// surveyor, a dance school, a florist); guards: a purpose that names no
// work, the client's own use, a bill to pay.
func TestAttachedPurposeClause(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"so you can check", "Please find attached the vaccination cards so you can check them against your records before the clinic.",
			[]string{"Please find attached the vaccination cards so you can check them against your records before the clinic."}},
		{"so that you could draft", "I've attached the inventory so that you could draft the removal schedule for the move.",
			[]string{"I've attached the inventory so that you could draft the removal schedule for the move."}},
		{"for you to price", "Attached are the drawings of the new cellar for you to price before the tender closes.",
			[]string{"Attached are the drawings of the new cellar for you to price before the tender closes."}},
		{"for reconciling", "Please see attached the till reports for reconciling with the bank deposits for November.",
			[]string{"Please see attached the till reports for reconciling with the bank deposits for November."}},
		{"for reviewing", "Attached is the boundary plan for reviewing ahead of the site visit.",
			[]string{"Attached is the boundary plan for reviewing ahead of the site visit."}},
		{"es para que los revisen", "Adjunto los contratos de los profesores para que los revisen antes de enero.",
			[]string{"Adjunto los contratos de los profesores para que los revisen antes de enero."}},
		{"pt para que o revejam", "Em anexo o orçamento da festa para que o revejam com calma.",
			[]string{"Em anexo o orçamento da festa para que o revejam com calma."}},
		{"guard: so you can see", "Please find attached some photos so you can see the damage to the fence.", nil},
		{"guard: so you have", "I've attached the signed form so you have it for your files.", nil},
		{"guard: for your records", "Attached are the receipts for your records.", nil},
		{"guard: para que sepan", "Adjunto el horario para que lo tengan en cuenta.", nil},
		{"guard: so we can", "Attached is the floor plan so we can talk it through on Monday.", nil},
	}, askTextsInLanguage)
}
