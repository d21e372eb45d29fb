package triage

import "testing"

// TestMessy16Shapes: the rules the messy16 set showed missing, each a
// general rule with sentences written for it (none is taken from a
// labelled set), with rows where the rule must not fire.
func TestMessy16Shapes(t *testing.T) {
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
