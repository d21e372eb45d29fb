package triage

import (
	"slices"
	"testing"
)

// TestColonLeadAsk: a question after a colon that closes a long
// statement is quoted from the question; a short lead, a lead that asks,
// a condition and a colon in a list of times stay as they were. Sentences
// written for the test.
func TestColonLeadAsk(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		name, text string
		want       []string
	}{
		{"long lead", "I'm off from Monday until the 9th with no email at all, so one last thing before I go: can the kiln be fired on the 3rd?",
			[]string{"can the kiln be fired on the 3rd?"}},
		{"long lead you", "We've moved the stall to the north end of the market hall since the roof works started last week: could you deliver the crates there instead?",
			[]string{"could you deliver the crates there instead?"}},
		{"guard: short lead", "One question: do you deliver on Saturdays?",
			[]string{"One question: do you deliver on Saturdays?"}},
		{"guard: lead asks", "Could you tell me which of the three sample tiles you used in the bathroom at number 12 last spring: is it the slate?",
			[]string{"Could you tell me which of the three sample tiles you used in the bathroom at number 12 last spring: is it the slate?"}},
		{"guard: statement after", "We have booked the hall for the whole of the weekend of the twelfth and thirteenth of June: the band arrives at six?",
			[]string{"We have booked the hall for the whole of the weekend of the twelfth and thirteenth of June: the band arrives at six?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range e.Questions(tt.text) {
				got = append(got, q.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
