package triage

import "testing"

// TestApologyLeadQuestion: an apology closed by a comma, dash or colon
// before a question ("sorry to chase - any news on…?") does not make the
// question an apology; the question is quoted from after the break.
// Guards: an apology with no question after it stays no ask.
func TestApologyLeadQuestion(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"apology lead", "Hi,\n\nSorry to chase - any news on the survey? Could you also send the invoice?\n\nAl\n",
			[]string{"quick: any news on the survey?", "quick: Could you also send the invoice?"}},
		{"apology lead", "Hi,\n\nSorry to nag, any update on the insurance claim? Can you also send the rota?\n\nBo\n",
			[]string{"quick: any update on the insurance claim?", "quick: Can you also send the rota?"}},
		{"apology lead", "Hi,\n\nApologies for the nudge, is the van ready for collection? Please send the invoice too.\n\nCy\n",
			[]string{"quick: is the van ready for collection?", "quick: Please send the invoice too."}},
		{"apology lead", "Hi,\n\nSo sorry to bother you again: could you resend the login link? And can you confirm Friday?\n\nDi\n",
			[]string{"quick: could you resend the login link?", "quick: And can you confirm Friday?"}},
		{"apology lead", "Hi,\n\nSorry to be a pain - has the deposit cleared? Please let me know the new date too.\n\nEd\n",
			[]string{"quick: has the deposit cleared?", "quick: Please let me know the new date too."}},
		// Guards.
		{"guard: apology only", "Hi,\n\nSorry for the delay, the forms are attached.\n\nFi\n", nil},
		{"guard: apology then news", "Hi,\n\nSorry, I forgot to attach the file. Here it is.\n\nGil\n", nil},
	})
}
