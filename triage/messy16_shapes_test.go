package triage

import "testing"

// TestMessy16Shapes: the rules the messy16 set showed missing, each a
// general rule with sentences written for it (none is taken from a
// labelled set), with rows where the rule must not fire.
func TestMessy16Shapes(t *testing.T) {
	t.Run("a deadline stated after an ask is no date question", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"its due, run-on", "hi lou can u do the grant budget for the arts council its due monday",
				[]string{"paid: can u do the grant budget for the arts council its due monday"}},
			{"it's due after a comma", "Could you prepare the VAT return for the bakery, it's due on the 7th.",
				[]string{"paid: Could you prepare the VAT return for the bakery, it's due on the 7th."}},
			{"it is due", "please do the payroll for the new starters it is due tomorrow",
				[]string{"paid: please do the payroll for the new starters it is due tomorrow"}},
			{"they're due", "Can you draft the board minutes for both meetings, they're due by Friday?",
				[]string{"paid: Can you draft the board minutes for both meetings, they're due by Friday?"}},
			{"that's due", "could you reconcile the credit card account thats due end of month",
				[]string{"paid: could you reconcile the credit card account thats due end of month"}},
			{"guard: when is it due", "When is the confirmation statement due?",
				[]string{"quick: When is the confirmation statement due?"}},
			{"guard: is it due", "Is it due this month or next?",
				[]string{"quick: Is it due this month or next?"}},
			{"guard: check if it's due", "Can you check if the insurance renewal is due yet?",
				[]string{"quick: Can you check if the insurance renewal is due yet?"}},
		})
	})
	t.Run("adding one field of a record is one step", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"address to a footer", "Can you add our new shop address to the email footer?",
				[]string{"quick: Can you add our new shop address to the email footer?"}},
			{"mobile number to a template", "Please add my mobile number to the quote template.",
				[]string{"quick: Please add my mobile number to the quote template."}},
			{"email address to a list", "Could you add the new email address to the mailing list?",
				[]string{"quick: Could you add the new email address to the mailing list?"}},
			{"phone number on a page", "Can you add the office phone number on the contact page?",
				[]string{"quick: Can you add the office phone number on the contact page?"}},
			{"postcode on the letterhead", "Could you add the postcode on the letterhead?",
				[]string{"quick: Could you add the postcode on the letterhead?"}},
			{"guard: a feature is work", "Can you add a booking page to the website?",
				[]string{"paid: Can you add a booking page to the website?"}},
			{"guard: a date picker is a feature", "Could you add a date picker to the enquiry form?",
				[]string{"paid: Could you add a date picker to the enquiry form?"}},
		})
	})
	t.Run("a reported need before the ask for it is background", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"the bank says, write one", "The bank says we need a letter confirming my income. Could you write one for us?",
				[]string{"paid: Could you write one for us?"}},
			{"the landlord told us, arrange it", "Our landlord told us we need a new gas safety report. Can you arrange it for next week?",
				[]string{"paid: Can you arrange it for next week?"}},
			{"the insurer reckons, do one", "My insurer reckons we should have a fire risk assessment. Could you carry one out in January?",
				[]string{"paid: Could you carry one out in January?"}},
			{"the auditor said, prepare them", "The auditor said we must have signed minutes for the dividend. Can you prepare them?",
				[]string{"paid: Can you prepare them?"}},
			{"the council advised, set one up", "The council advised we need a waste carrier licence. Could you set one up for the van?",
				[]string{"paid: Could you set one up for the van?"}},
			{"guard: a reported need alone is the ask", "The bank says we need a letter confirming my income.",
				[]string{"paid: The bank says we need a letter confirming my income."}},
			{"guard: the next ask is about something else", "The bank says we need a letter confirming my income. When is your office open?",
				[]string{"paid: The bank says we need a letter confirming my income.", "quick: When is your office open?"}},
		})
	})
	t.Run("an order for a number of made things is production", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"extra flyers", "Can we get 250 extra postcards on the matt stock?",
				[]string{"paid: Can we get 250 extra postcards on the matt stock?"}},
			{"another N printed", "Could I have another 400 leaflets printed?",
				[]string{"paid: Could I have another 400 leaflets printed?"}},
			{"number in words", "Can we order two more pull-up banners for the show?",
				[]string{"paid: Can we order two more pull-up banners for the show?"}},
			{"signs", "Could we get 12 more site signs made up?",
				[]string{"paid: Could we get 12 more site signs made up?"}},
			{"mugs", "Can I get 60 branded mugs for the open day?",
				[]string{"paid: Can I get 60 branded mugs for the open day?"}},
			{"guard: days to pay", "Can we get 3 more days to pay the invoice?",
				[]string{"quick: Can we get 3 more days to pay the invoice?"}},
			{"guard: minutes of time", "Could I have 15 minutes on the phone tomorrow?",
				[]string{"quick: Could I have 15 minutes on the phone tomorrow?"}},
			{"guard: copies of what exists", "Can I get 2 copies of the signed lease?",
				[]string{"quick: Can I get 2 copies of the signed lease?"}},
			{"guard: tickets", "Can we have 4 tickets for the tax seminar?",
				[]string{"quick: Can we have 4 tickets for the tax seminar?"}},
		})
	})
}

// TestCapitalAnswers: answers typed in capitals into the quoted message
// under a header block, announced above, are the client's text and their
// asks are read; without the announcement the history goes, and in it only
// lines of capitals count (the firm's questions do not).
func TestCapitalAnswers(t *testing.T) {
	const block = "\n\nFrom: Kim Lowe <kim@firm.test>\nSent: 02 March 2027 10:00\nTo: Ray\nSubject: Questions\n\n"
	runShapesWith(t, []shapeCase{
		{"caps below", "My answers in caps below." + block + "Is the van yours?\nYES, SINCE MAY\nShall I file now?\nNO. WHAT IS THE FILING DEADLINE?\n",
			[]string{"quick: WHAT IS THE FILING DEADLINE?"}},
		{"in capitals", "Replies in CAPITALS - Ray" + block + "Which bank?\nTHE CO-OP. WHAT IS THE SORT CODE YOU NEED?\n",
			[]string{"quick: WHAT IS THE SORT CODE YOU NEED?"}},
		{"block capitals", "see my notes in block capitals" + block + "Any staff?\nTWO PART-TIMERS. COULD YOU SET UP THEIR PAYROLL?\n",
			[]string{"paid: COULD YOU SET UP THEIR PAYROLL?"}},
		{"upper case", "answered in upper case below" + block + "Home office?\nYES THREE DAYS A WEEK. WHEN IS THE RETURN DUE?\n",
			[]string{"quick: WHEN IS THE RETURN DUE?"}},
		{"German Großbuchstaben", "Antworten in Großbuchstaben unten." + block + "Haben Sie Mitarbeiter?\nJA, ZWEI. BIS WANN BRAUCHEN SIE DIE VERTRÄGE?\n",
			[]string{"quick: BIS WANN BRAUCHEN SIE DIE VERTRÄGE?"}},
		{"French majuscules", "Mes réponses en majuscules." + block + "Un véhicule ?\nOUI. POUVEZ-VOUS ME RENVOYER LA FACTURE ?\n",
			[]string{"quick: POUVEZ-VOUS ME RENVOYER LA FACTURE ?"}},
		{"guard: no announcement", "Thanks, see below." + block + "Is the van yours?\nYES. WHAT IS THE FILING DEADLINE?\n",
			nil},
		{"guard: a one-word heading or acronym", "My answers in caps below." + block + "IMPORTANT\nVAT\nCould you sign the form?\n",
			nil},
	}, func(e *Engine, s string) []string { return askList(e, e.Isolate(s)) })
}
