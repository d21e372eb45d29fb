package triage

import "testing"

// TestDev2Shapes holds the general shapes the dev2 set showed missing
// (testdata/dev2/README.md). Every sentence is written for this test.
func TestDev2Shapes(t *testing.T) {
	runQuestionCases(t, []questionCase{
		// "Also" inside another language's request frame.
		{"pt: also inside the frame", "Preciso também que faça a reconciliação bancária de março.",
			[]string{"paid: Preciso também que faça a reconciliação bancária de março."}},
		{"es: also inside the frame", "Necesito también que revises las nóminas de marzo.",
			[]string{"paid: Necesito también que revises las nóminas de marzo."}},
		// Complaints put as a sweeping why-question.
		{"why is everything so", "Why is everything about this software so slow?", nil},
		{"why does every … such", "Why does every supplier make returns such a hassle?", nil},
		{"why about a particular thing asks", "Why is our electricity bill so high this quarter?",
			[]string{"quick: Why is our electricity bill so high this quarter?"}},
		{"why without a degree asks", "Why does every invoice in March show zero VAT?",
			[]string{"quick: Why does every invoice in March show zero VAT?"}},
		// A wrapped "and <verb>" shares the line before's frame.
		{"and + verb on the next line is one ask", "Can you set up a new tracking category for the events side\nand move the September and October sales across to it?",
			[]string{"paid: Can you set up a new tracking category for the events side and move the September and October sales across to it?"}},
		{"and + question on the next line is a second ask", "did the rent for the unit go out on monday\nand whats the new account number for the landlord",
			[]string{"quick: did the rent for the unit go out on monday", "quick: and whats the new account number for the landlord"}},
		// Starting on a backlog is work; confirming is not.
		{"confirm and start on a backlog", "Could you confirm the payroll ran and start on the backlog of supplier invoices?",
			[]string{"quick: Could you confirm the payroll ran", "paid: start on the backlog of supplier invoices?"}},
		{"start date is no request", "Start date for the new bookkeeper is the 4th.", nil},
		// Going through a period's records is review work.
		{"go through last …", "Please go through last quarter's receipts and flag the personal ones.",
			[]string{"paid: Please go through last quarter's receipts and flag the personal ones."}},
		{"hoping you could go through last …", "I was hoping you could go through last year's mileage log and pull out the business trips that should have gone through the company.",
			[]string{"paid: I was hoping you could go through last year's mileage log and pull out the business trips that should have gone through the company."}},
		// French "merci de" + verb asks; "merci de" + a thing thanks.
		{"fr: merci de + verb asks", "Merci de vérifier si nous avons droit à l'exonération pour les apprentis.",
			[]string{"paid: Merci de vérifier si nous avons droit à l'exonération pour les apprentis."}},
		{"fr: merci de me + verb asks", "Merci de me renvoyer l'attestation signée.",
			[]string{"quick: Merci de me renvoyer l'attestation signée."}},
		{"fr: merci de + thing thanks", "Merci de votre réactivité sur ce dossier. Je vous remercie, merci de ce retour.", nil},
		{"es: conditional need", "Necesitaría que revisaras las cuentas anuales antes del viernes.",
			[]string{"paid: Necesitaría que revisaras las cuentas anuales antes del viernes."}},
		// The firm's own price is a fact; working on a thing is work.
		{"asking the firm's price is quick", "Roughly how much would it cost to have you run our payroll each month?",
			[]string{"quick: Roughly how much would it cost to have you run our payroll each month?"}},
		{"what the firm charges is quick", "What do you charge for a set of dormant company accounts?",
			[]string{"quick: What do you charge for a set of dormant company accounts?"}},
		{"restructuring is work", "Could you restructure the cost centres so each shop has its own?",
			[]string{"paid: Could you restructure the cost centres so each shop has its own?"}},
		{"having a go at is work", "Can you have a go at the overdue debtors list before the audit?",
			[]string{"paid: Can you have a go at the overdue debtors list before the audit?"}},
		// Wishes that ask without a request verb.
		{"grateful for your help doing", "We'd be grateful for your help drafting the reply to the landlord's solicitor.",
			[]string{"paid: We'd be grateful for your help drafting the reply to the landlord's solicitor."}},
		{"grateful, thanking", "I'm so grateful for your help over the summer.", nil},
		{"good to get a new thing made", "It would be really useful to get a summary of the fuel costs per van.",
			[]string{"paid: It would be really useful to get a summary of the fuel costs per van."}},
		{"good to get the kids back is no ask", "It would be great to get the team back in the office.", nil},
		// Offers to answer the firm's questions ask nothing.
		{"offer: any questions", "Any questions on the figures, just shout.", nil},
		{"offer: give me a shout", "Give me a shout if the scans are hard to read.", nil},
		// A question to the firm after a long stretch of background.
		{"ask after long background", "When we met the bank on Monday they said our overdraft might be cut back next year, could you look into other lenders for us?",
			[]string{"paid: When we met the bank on Monday they said our overdraft might be cut back next year, could you look into other lenders for us?"}},
		// Taking on or over work, helping with it, needing help with it.
		{"take on", "The previous bookkeeper left the VAT records in a state, is that something you could take on?",
			[]string{"paid: The previous bookkeeper left the VAT records in a state, is that something you could take on?"}},
		{"need your help", "The lender has asked for a business plan, so we'd need your help with the figures.",
			[]string{"paid: The lender has asked for a business plan, so we'd need your help with the figures."}},
		{"a preference is quick", "Would you prefer the receipts scanned or posted?",
			[]string{"quick: Would you prefer the receipts scanned or posted?"}},
		{"de: take over", "Wir möchten, dass Sie ab März die Lohnbuchhaltung übernehmen.",
			[]string{"paid: Wir möchten, dass Sie ab März die Lohnbuchhaltung übernehmen."}},
		{"fr: help with", "Pourriez-vous nous aider à préparer le dossier pour la banque ?",
			[]string{"paid: Pourriez-vous nous aider à préparer le dossier pour la banque ?"}},
		{"fr: wish frame", "Nous aimerions que vous repreniez la paie de nos deux salariés.",
			[]string{"paid: Nous aimerions que vous repreniez la paie de nos deux salariés."}},
		{"es: help with", "¿Nos podéis ayudar con las cuentas del primer trimestre?",
			[]string{"paid: ¿Nos podéis ayudar con las cuentas del primer trimestre?"}},
		{"es: wish frame", "Queremos que nos llevéis las nóminas desde febrero.",
			[]string{"paid: Queremos que nos llevéis las nóminas desde febrero."}},
		{"nl: help with", "Kunnen jullie ons helpen met de jaarrekening van de stichting?",
			[]string{"paid: Kunnen jullie ons helpen met de jaarrekening van de stichting?"}},
		{"it: help with", "Potreste aiutarci con il bilancio della nuova società?",
			[]string{"paid: Potreste aiutarci con il bilancio della nuova società?"}},
		{"pt: help with", "Podem ajudar-nos com o fecho de contas da loja?",
			[]string{"paid: Podem ajudar-nos com o fecho de contas da loja?"}},
		// Whether the firm offers a thing is a yes or no.
		{"do you do …", "Do you do same-day printing on the A3 posters?",
			[]string{"quick: Do you do same-day printing on the A3 posters?"}},
		{"do you offer …", "Do you offer payroll for companies with one director?",
			[]string{"quick: Do you offer payroll for companies with one director?"}},
		{"doing a thing is work", "Could you do a cash flow forecast for the bank?",
			[]string{"paid: Could you do a cash flow forecast for the bank?"}},
		// Work in the passive reports on it: a status, not a request.
		{"passive of a work verb is a status", "Could you let me know whether the standing order has been set up?",
			[]string{"quick: Could you let me know whether the standing order has been set up?"}},
		{"work asked for beside a passive", "The bank feed has been set up wrong, could you fix it and re-import March?",
			[]string{"paid: The bank feed has been set up wrong, could you fix it and re-import March?"}},
	})
}
