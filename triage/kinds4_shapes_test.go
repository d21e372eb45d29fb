package triage

import "testing"

// TestKindShapes4: the quick-vs-paid rules of words_kind_tasks.go, each a
// general rule with sentences written for it (none is taken from a
// labelled set), per language where it applies, with rows where the rule
// must not fire.
func TestKindShapes4(t *testing.T) {
	t.Run("where goods are delivered is logistics", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"deliver to a site office", "Can you deliver it to the site office instead of the shop?",
				[]string{"quick: Can you deliver it to the site office instead of the shop?"}},
			{"words between deliver and to", "Could you deliver the next batch to our yard on Mill Lane?",
				[]string{"quick: Could you deliver the next batch to our yard on Mill Lane?"}},
			{"send an order to a warehouse", "Please send the order to our warehouse rather than the office.",
				[]string{"quick: Please send the order to our warehouse rather than the office."}},
			{"delivering training is work", "Could you deliver the training to our new staff?",
				[]string{"paid: Could you deliver the training to our new staff?"}},
		})
	})
	t.Run("an objection or appeal to prepare is drafting work", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"en lodge an appeal", "Could you lodge an appeal against the late filing penalty?",
				[]string{"paid: Could you lodge an appeal against the late filing penalty?"}},
			{"de zu-infinitive", "Ich bitte Sie, einen Einspruch gegen die Nachzahlung aufzusetzen.",
				[]string{"paid: Ich bitte Sie, einen Einspruch gegen die Nachzahlung aufzusetzen."}},
			{"de zu-infinitive after a dated notice", "Zudem bitte ich Sie, den Widerspruch gegen die Mahnung vom 4. Mai auszuarbeiten.",
				[]string{"paid: Zudem bitte ich Sie, den Widerspruch gegen die Mahnung vom 4. Mai auszuarbeiten."}},
			{"de Widerspruch with Bescheid", "Bitte bereiten Sie den Widerspruch gegen den Bescheid der Kasse vor.",
				[]string{"paid: Bitte bereiten Sie den Widerspruch gegen den Bescheid der Kasse vor."}},
			{"fr contestation", "Pourriez-vous préparer la contestation de l'amende ?",
				[]string{"paid: Pourriez-vous préparer la contestation de l'amende ?"}},
			{"es alegaciones", "¿Podéis preparar las alegaciones contra la sanción?",
				[]string{"paid: ¿Podéis preparar las alegaciones contra la sanción?"}},
			{"nl bezwaarschrift", "Kunt u een bezwaarschrift tegen de aanslag opstellen?",
				[]string{"paid: Kunt u een bezwaarschrift tegen de aanslag opstellen?"}},
			{"it ricorso", "Potreste scrivere il ricorso contro la multa?",
				[]string{"paid: Potreste scrivere il ricorso contro la multa?"}},
			{"pt impugnação", "Podem preparar a impugnação da coima?",
				[]string{"paid: Podem preparar a impugnação da coima?"}},
			{"de einlegen", "Können Sie Widerspruch gegen die Kündigung einlegen?",
				[]string{"paid: Können Sie Widerspruch gegen die Kündigung einlegen?"}},
			{"es interponer", "¿Podéis interponer un recurso contra la multa?",
				[]string{"paid: ¿Podéis interponer un recurso contra la multa?"}},
			{"nl indienen", "Kunnen jullie bezwaar indienen tegen de WOZ-waarde?",
				[]string{"paid: Kunnen jullie bezwaar indienen tegen de WOZ-waarde?"}},
			{"an appeal named in a status check stays quick", "Could you find out if the tribunal has answered our appeal?",
				[]string{"quick: Could you find out if the tribunal has answered our appeal?"}},
			{"en status of an appeal stays quick", "Has the appeal been heard yet?",
				[]string{"quick: Has the appeal been heard yet?"}},
			{"de status of an objection stays quick", "Ist der Einspruch schon durch?",
				[]string{"quick: Ist der Einspruch schon durch?"}},
		})
	})
	t.Run("whether the firm ever found out is a status", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"did you ever find out", "did you ever find out about the new parking permits",
				[]string{"quick: did you ever find out about the new parking permits"}},
			{"did you find out in the end", "Did you find out about the bank charges in the end?",
				[]string{"quick: Did you find out about the bank charges in the end?"}},
			{"texting: did u find out", "did u find out if the van insurance went up",
				[]string{"quick: did u find out if the van insurance went up"}},
			{"have you found out", "Have you found out anything about the grant yet?",
				[]string{"quick: Have you found out anything about the grant yet?"}},
			{"finding out asked for is work", "Can you find out about the grant for us and apply?",
				[]string{"paid: Can you find out about the grant for us and apply?"}},
		})
	})
	t.Run("booking a batch of records into the accounts is bookkeeping", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"en process into the books", "Could you process the mileage logs into the books?",
				[]string{"paid: Could you process the mileage logs into the books?"}},
			{"nl verwerken", "Kun je de bonnetjes van maart verwerken in de boekhouding?",
				[]string{"paid: Kun je de bonnetjes van maart verwerken in de boekhouding?"}},
			{"de verbuchen", "Könnten Sie die Fahrtenbücher in der Buchhaltung verbuchen?",
				[]string{"paid: Könnten Sie die Fahrtenbücher in der Buchhaltung verbuchen?"}},
			{"fr saisir", "Pourriez-vous saisir les factures fournisseurs dans la comptabilité ?",
				[]string{"paid: Pourriez-vous saisir les factures fournisseurs dans la comptabilité ?"}},
			{"es contabilizar", "¿Podéis contabilizar los tickets de gasolina del trimestre?",
				[]string{"paid: ¿Podéis contabilizar los tickets de gasolina del trimestre?"}},
			{"it contabilizzare", "Potreste contabilizzare le fatture di marzo?",
				[]string{"paid: Potreste contabilizzare le fatture di marzo?"}},
			{"pt lançar", "Podem lançar as faturas de março na contabilidade?",
				[]string{"paid: Podem lançar as faturas de março na contabilidade?"}},
			{"one record stays quick", "Could you enter the one receipt from the garage?",
				[]string{"quick: Could you enter the one receipt from the garage?"}},
		})
	})
	t.Run("reading documents and judging their effect is review work", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"en read and tell", "Could you read the new lease and tell me whether it changes our rent?",
				[]string{"paid: Could you read the new lease and tell me whether it changes our rent?"}},
			{"en read and let me know", "could you read them and let me know if anything needs changing?",
				[]string{"paid: could you read them and let me know if anything needs changing?"}},
			{"de lesen und sagen", "Könnten Sie die Schreiben lesen und mir sagen, ob sich etwas ändert?",
				[]string{"paid: Könnten Sie die Schreiben lesen und mir sagen, ob sich etwas ändert?"}},
			{"nl doorlezen", "Kunt u de brieven doorlezen en zeggen of er iets verandert?",
				[]string{"paid: Kunt u de brieven doorlezen en zeggen of er iets verandert?"}},
			{"fr lire et dire", "Pourriez-vous lire le bail et me dire s'il change quelque chose ?",
				[]string{"paid: Pourriez-vous lire le bail et me dire s'il change quelque chose ?"}},
			{"es leer y decir", "¿Podrías leer las cartas y decirme si cambian algo?",
				[]string{"paid: ¿Podrías leer las cartas y decirme si cambian algo?"}},
			{"it leggere e dire", "Potresti leggere i contratti e dirmi se cambia qualcosa?",
				[]string{"paid: Potresti leggere i contratti e dirmi se cambia qualcosa?"}},
			{"pt ler e dizer", "Podem ler as cartas e me dizer se mudam alguma coisa?",
				[]string{"paid: Podem ler as cartas e me dizer se mudam alguma coisa?"}},
			{"whether the firm read a mail stays quick", "Did you read my email?",
				[]string{"quick: Did you read my email?"}},
		})
	})
}
