package triage

import "testing"

// TestInbox2Shapes: the question-finding rules the inbox2 set (two firms'
// whole inboxes) showed missing, each a general rule with sentences
// written for it (none is taken from a labelled set), with rows where the
// rule must not fire. Only the asks' texts are checked: their kinds are
// the weights' business.
func TestInbox2Shapes(t *testing.T) {
	t.Run("if you could <any verb>, that would be great: the condition asks", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"get it sorted", "If you could get the scanner sorted before Monday that would be brilliant.",
				[]string{"If you could get the scanner sorted before Monday that would be brilliant."}},
			{"get it to me", "If you could get the signed copy to me by Thursday, that would be great.",
				[]string{"If you could get the signed copy to me by Thursday, that would be great."}},
			{"come in", "If you could come in early on the 9th, that would be ideal.",
				[]string{"If you could come in early on the 9th, that would be ideal."}},
			{"have it ready", "If you could have the new rota ready for Friday that'd be fantastic.",
				[]string{"If you could have the new rota ready for Friday that'd be fantastic."}},
			{"make it", "If you could make the Tuesday board meeting that would be really useful.",
				[]string{"If you could make the Tuesday board meeting that would be really useful."}},
			{"join us", "If you could join the call with our auditors, that would be a great help.",
				[]string{"If you could join the call with our auditors, that would be a great help."}},
			{"guard: a hope that the reader rests", "Hope you can get some rest over the holidays.",
				nil},
			{"guard: a hope to come along", "Hopefully you can make it to the Christmas drinks.",
				nil},
			{"guard: a condition with no benefit tail", "If you could get here by nine you would miss the traffic.",
				nil},
		})
	})
	t.Run("three or more quick errands after one request frame are asks of their own", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"send, add, tell", "Can you send me the October invoice, add Priti to the staff mailing list, and tell me when the office reopens?",
				[]string{"Can you send me the October invoice", "add Priti to the staff mailing list", "tell me when the office reopens?"}},
			{"forward, add, tell", "Please forward me the new rota, add Lee to the team chat, and tell me when payroll closes.",
				[]string{"Please forward me the new rota", "add Lee to the team chat", "tell me when payroll closes."}},
			{"no Oxford comma", "Can you forward me the renewal notice, add Sam to the rota and tell me which day the engineer comes?",
				[]string{"Can you forward me the renewal notice", "add Sam to the rota", "tell me which day the engineer comes?"}},
			{"four errands", "Please send me the login link, add Joe to the shared calendar, remove Ella from the group and tell me when the trial ends.",
				[]string{"Please send me the login link", "add Joe to the shared calendar", "remove Ella from the group", "tell me when the trial ends."}},
			{"resend, add, tell", "Could you resend the welcome pack, add the new address to our file, and tell me when the next payment is due?",
				[]string{"Could you resend the welcome pack", "add the new address to our file", "tell me when the next payment is due?"}},
			{"guard: a list of things, not of errands", "Can you check the printer, the scanner, and the router?",
				[]string{"Can you check the printer, the scanner, and the router?"}},
			{"guard: a list of paid jobs is one piece of work", "Could you prepare the year-end accounts, reconcile the bank ledger and draft the director's report?",
				[]string{"Could you prepare the year-end accounts, reconcile the bank ledger and draft the director's report?"}},
			{"guard: a later part points back", "Can you print the minutes, sign them, and send them back to me?",
				[]string{"Can you print the minutes, sign them, and send them back to me?"}},
		})
	})
	t.Run("a series of quick errands after an aside set off by a dash", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"while you're on", "While you're on - can you send me the invoice, add Tim to the mailing list, and tell me when the office reopens?",
				[]string{"While you're on - can you send me the invoice", "add Tim to the mailing list", "tell me when the office reopens?"}},
			{"while I think of it", "While I think of it - could you send me the policy, add Jo to the rota, and tell me when the audit starts?",
				[]string{"While I think of it - could you send me the policy", "add Jo to the rota", "tell me when the audit starts?"}},
			{"en dash", "One more thing \u2013 please send me the login link, add Kim to the group, and tell me when the trial ends.",
				[]string{"One more thing \u2013 please send me the login link", "add Kim to the group", "tell me when the trial ends."}},
			{"when you get a sec", "When you get a sec - can you resend the welcome pack, add Raj to the staff list, and tell me who our contact is?",
				[]string{"When you get a sec - can you resend the welcome pack", "add Raj to the staff list", "tell me who our contact is?"}},
			{"last thing", "Last thing - could you send me the rota, add Bea to the payroll group, and tell me when payday is?",
				[]string{"Last thing - could you send me the rota", "add Bea to the payroll group", "tell me when payday is?"}},
			{"guard: a paid list after an aside stays one", "Not urgent - could you prepare the accounts, reconcile the bank ledger and draft the report?",
				[]string{"Not urgent - could you prepare the accounts, reconcile the bank ledger and draft the report?"}},
			{"guard: one ask after an aside", "While you're on - could you reset the router in the loft?",
				[]string{"While you're on - could you reset the router in the loft?"}},
		})
	})
}
