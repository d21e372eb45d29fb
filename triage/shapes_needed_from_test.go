package triage

import "testing"

// TestNeededFromReader: a thing someone needs "from you" is asked of the
// reader, whoever needs it; nothing needed, the reader's own need, and
// hearing from the reader ask nothing.
func TestNeededFromReader(t *testing.T) {
	cases := []struct {
		name string
		s    string
		want bool
	}{
		{"bank", "The bank needs a reference letter from you confirming our income.", true},
		{"landlord", "Our landlord needs a copy of the insurance certificate from you.", true},
		{"auditors", "The auditors will need a confirmation from you of the balance at year end.", true},
		{"school", "The school requires a signed letter from you about the fees.", true},
		{"insurer", "The insurer wants the claim form from your side by Monday.", true},
		{"guard: nothing needed", "Nothing needed from you, it's all paid.", false},
		{"guard: not needed", "The bank doesn't need anything else from you.", false},
		{"guard: hear", "We want to hear from you about the new service.", false},
		{"guard: reader's need", "Let me know whatever you need from your end.", false},
		{"guard: other source", "The council needs a new plan from the architect.", false},
		{"guard: clause between", "We need the forms back, but I heard from you already.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := neededFromReader(words(c.s)); got != c.want {
				t.Errorf("neededFromReader(%q) = %v, want %v", c.s, got, c.want)
			}
		})
	}
	// Through the whole reader: the statement is an ask.
	runShapeCases(t, []shapeCase{
		{"ask", "The surveyor needs a copy of the deeds from you before Thursday.",
			[]string{"quick: The surveyor needs a copy of the deeds from you before Thursday."}},
	})
}
