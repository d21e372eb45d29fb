package triage

import "testing"

// TestSets8Shapes: the shapes the dev8 and messy7 sets showed missing,
// each as a general rule with sentences written for it (none is taken
// from a set). The rows are about which asks are found and how they are
// quoted, not their kinds.
func TestSets8Shapes(t *testing.T) {
	t.Run("a question about a third person inside a run-on", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"does he", "one more thing tho my nephew starts helping at the stall in january does he need a contract or can i just pay him",
				[]string{"does he need a contract or can i just pay him"}},
			{"do they", "my parents are moving in with us next year do they count as dependants for anything",
				[]string{"do they count as dependants for anything"}},
			{"should she", "our cleaner wants to go self employed from april should she register before she invoices us",
				[]string{"should she register before she invoices us"}},
			{"an echo after nor is no question", "our old bookkeeper never answered emails nor do they pick up the phone now", nil},
			{"after a pronoun is a statement", "the filing is what we do they just sign the forms at the end", nil},
		})
	})
	t.Run("a wish whose benefit is the client's", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"I'd find it useful", "Before the board meets, I'd find it useful to have a list of the unpaid invoices.",
				[]string{"Before the board meets, I'd find it useful to have a list of the unpaid invoices."}},
			{"we'd find it helpful", "We'd find it helpful to see the fees broken down by month.",
				[]string{"We'd find it helpful to see the fees broken down by month."}},
			{"find it handy if you could", "I'd find it handy if you could send the invoices as PDFs.",
				[]string{"I'd find it handy if you could send the invoices as PDFs."}},
			{"would find it easier", "We would find it easier to have one invoice a quarter.",
				[]string{"We would find it easier to have one invoice a quarter."}},
			{"what the client found useful is a report", "I found it useful to read your notes on the lease.", nil},
		})
	})
	t.Run("an obligation asked inside a run-on", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"do i have to", "the lodger pays cash every week do i have to declare it",
				[]string{"the lodger pays cash every week do i have to declare it"}},
			{"do we have to, naming the thing", "we sold the old trailer for scrap in june do we have to put the sale on the return",
				[]string{"do we have to put the sale on the return"}},
			{"can i have to is no question", "i finished the rota early so whenever possible can i have to say the team did well", nil},
		})
	})
	t.Run("going ahead with what the firm offered", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"sounds good, go ahead and book it", "sounds good, go ahead and book it.", nil},
			{"yes please and a tail", "Yes please go ahead and order them for me.", nil},
			{"ok, then send it", "ok that's fine, please go ahead and send it to them.", nil},
			{"a named object still asks", "Please go ahead and prepare the year-end accounts.",
				[]string{"Please go ahead and prepare the year-end accounts."}},
			{"a question still asks", "Could you go ahead and book it?",
				[]string{"Could you go ahead and book it?"}},
			{"a longer tail still asks", "Go ahead and send it to the landlord with a covering letter.",
				[]string{"Go ahead and send it to the landlord with a covering letter."}},
		})
	})
}

// TestSets8TaggedAnswers: answers a client types into the quoted original
// under a bracketed tag named above it are the client's new text; a tag
// not named above, or none, leaves the history cut. Messages written for
// the test.
func TestSets8TaggedAnswers(t *testing.T) {
	e := New(DefaultConfig())
	const original = "-----Original Message-----\nFrom: Jo Reeve <jo@reeve.example.com>\nSent: 01 December 2026 10:00\nTo: Sam Hale <sam@hale.test>\nSubject: Checklist\n\n"
	tests := []struct {
		name, body, want string
	}{
		{"answers under a named tag are kept",
			"My answers are marked [SH] below.\n\n" + original +
				"Is the van still in your name?\n[SH] Yes. Can I transfer it to the company?\n\nDid you keep the mileage log?\n[SH] Only since June.\n",
			"My answers are marked [SH] below.\n\nYes. Can I transfer it to the company?\n\nOnly since June."},
		{"a tag not named above is the history's own",
			"See below.\n\n" + original + "[External] Is the van still in your name?\n",
			"See below."},
		{"no tags: the history is cut",
			"All fine, nothing to add.\n\n" + original + "Is the van still in your name?\n",
			"All fine, nothing to add."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.Isolate(tt.body); got != tt.want {
				t.Errorf("Isolate() = %q, want %q", got, tt.want)
			}
		})
	}
}
