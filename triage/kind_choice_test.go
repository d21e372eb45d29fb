package triage

import "testing"

// TestKindShapesChoice: the quick-vs-paid rules the kinds3 probes showed
// missing, each with sentences written for it (none taken from a
// labelled set) and rows where it must not fire.
func TestKindShapesChoice(t *testing.T) {
	t.Run("a choice between two named options is advice", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"go with", "Should we go with the oak flooring or the vinyl for the shop?",
				[]string{"paid: Should we go with the oak flooring or the vinyl for the shop?"}},
			{"register as", "Should I register as a partnership or a limited company?",
				[]string{"paid: Should I register as a partnership or a limited company?"}},
			{"opt for", "Do you think we should opt for the fixed rate or the tracker mortgage?",
				[]string{"paid: Do you think we should opt for the fixed rate or the tracker mortgage?"}},
			{"stick with", "Should we stick with our current payroll software or move to the cloud one?",
				[]string{"paid: Should we stick with our current payroll software or move to the cloud one?"}},
			{"choose between", "Can you help me choose between the two pension schemes?",
				[]string{"paid: Can you help me choose between the two pension schemes?"}},
			{"guard: who brings copies", "Should I print the contracts or will you have copies?",
				[]string{"quick: Should I print the contracts or will you have copies?"}},
			{"guard: a slot", "Should we meet on Tuesday or Wednesday?",
				[]string{"quick: Should we meet on Tuesday or Wednesday?"}},
			{"guard: going along to a meeting", "Shall I go with you to the meeting or meet you there?",
				[]string{"quick: Shall I go with you to the meeting or meet you there?"}},
			{"guard: bring or send", "Should I bring the originals or send scans?",
				[]string{"quick: Should I bring the originals or send scans?"}},
		})
	})
	t.Run("whether a cost can be claimed is what a rule allows", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"gym", "Can I claim my gym membership as a business expense?",
				[]string{"paid: Can I claim my gym membership as a business expense?"}},
			{"training course", "Could we claim the cost of the first aid course for our staff?",
				[]string{"paid: Could we claim the cost of the first aid course for our staff?"}},
			{"deduct", "Can we deduct the client dinners from our profits?",
				[]string{"paid: Can we deduct the client dinners from our profits?"}},
			{"part of the home", "can i claim some of my heating now that i work from the spare room",
				[]string{"paid: can i claim some of my heating now that i work from the spare room"}},
			{"deduct interest", "Could I deduct the interest on the van loan?",
				[]string{"paid: Could I deduct the interest on the van loan?"}},
			{"guard: a known rate still in force", "Can I still claim the mileage at the same rate as last year?",
				[]string{"quick: Can I still claim the mileage at the same rate as last year?"}},
			{"guard: a claim's status", "Did the insurer pay out on our claim yet?",
				[]string{"quick: Did the insurer pay out on our claim yet?"}},
		})
	})
	t.Run("bank details and one word are single fields", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"bank details", "Please change our bank details for your direct debit.",
				[]string{"quick: Please change our bank details for your direct debit."}},
			{"contact details", "Could you update my contact details on your system?",
				[]string{"quick: Could you update my contact details on your system?"}},
			{"iban", "Can you correct the IBAN on the remittance advice?",
				[]string{"quick: Can you correct the IBAN on the remittance advice?"}},
			{"one word", "Could you change the word 'lunch' to 'brunch' on the menu?",
				[]string{"quick: Could you change the word 'lunch' to 'brunch' on the menu?"}},
			{"swap a word", "Please replace the word Annual with Yearly in the heading.",
				[]string{"quick: Please replace the word Annual with Yearly in the heading."}},
			{"guard: rewrite the copy", "Could you rewrite the wording of the whole leaflet?",
				[]string{"paid: Could you rewrite the wording of the whole leaflet?"}},
			{"guard: update the forecast", "Can you update the cash flow forecast with the new rent?",
				[]string{"paid: Can you update the cash flow forecast with the new rent?"}},
		})
	})
	t.Run("one person added to something shared is access admin", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"calendar", "Can you add Priti to the team calendar?",
				[]string{"quick: Can you add Priti to the team calendar?"}},
			{"mailbox", "Please add our new temp to the shared mailbox.",
				[]string{"quick: Please add our new temp to the shared mailbox."}},
			{"a named team thing", "Please add Noor to the team holiday calendar.",
				[]string{"quick: Please add Noor to the team holiday calendar."}},
			{"folder", "Could you add me to the project folder?",
				[]string{"quick: Could you add me to the project folder?"}},
			{"mailing list", "Can you add my colleague Raj to the mailing list?",
				[]string{"quick: Can you add my colleague Raj to the mailing list?"}},
			{"put on", "Please put Ana on the distribution list for the board papers.",
				[]string{"quick: Please put Ana on the distribution list for the board papers."}},
			{"guard: moving the shared drive", "We'd like you to migrate our shared drive to the new server.",
				[]string{"paid: We'd like you to migrate our shared drive to the new server."}},
			{"guard: setting up a laptop", "Could you set up the new laptop with the shared drive and the printer?",
				[]string{"paid: Could you set up the new laptop with the shared drive and the printer?"}},
		})
	})
	t.Run("a past participle after the names a version that exists", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"revised sheet date", "Can you check the date on the revised sheet?",
				[]string{"quick: Can you check the date on the revised sheet?"}},
			{"amended lease send", "Could you send me the amended lease?",
				[]string{"quick: Could you send me the amended lease?"}},
			{"updated plan arrived", "Did you get the updated plan I sent on Monday?",
				[]string{"quick: Did you get the updated plan I sent on Monday?"}},
			{"corrected invoice", "Has your corrected invoice gone out yet?",
				[]string{"quick: Has your corrected invoice gone out yet?"}},
			{"reviewed draft when", "When will the reviewed draft be back with us?",
				[]string{"quick: When will the reviewed draft be back with us?"}},
			{"guard: a revised plan to make", "Could you prepare a revised plan with the new boundary?",
				[]string{"paid: Could you prepare a revised plan with the new boundary?"}},
			{"guard: revising", "Could you revise the site plan for the new boundary?",
				[]string{"paid: Could you revise the site plan for the new boundary?"}},
			{"guard: review of the amended contract", "Please review the amended contract before we sign.",
				[]string{"paid: Please review the amended contract before we sign."}},
		})
	})
}
