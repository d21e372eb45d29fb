package triage

import (
	"reflect"
	"testing"
)

// TestSentencesPronounI: "I." after a lower-case word is the pronoun
// closing a clause ("so am I.", "than I."), so the sentence ends there;
// after a name or another initial it stays an initial.
func TestSentencesPronounI(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"so am I", "The vet is fed up, and so am I. Can you ring the wholesaler?", []string{"The vet is fed up, and so am I.", "Can you ring the wholesaler?"}},
		{"than I", "My partner knows the system better than I. Could you show us both?", []string{"My partner knows the system better than I.", "Could you show us both?"}},
		{"as did I", "The tenants signed, as did I. When does the lease start?", []string{"The tenants signed, as did I.", "When does the lease start?"}},
		{"neither have I", "The bank hasn't replied and neither have I. Is the loan still on?", []string{"The bank hasn't replied and neither have I.", "Is the loan still on?"}},
		{"nor can I", "The caretaker can't find the key, nor can I. Do you have a spare?", []string{"The caretaker can't find the key, nor can I.", "Do you have a spare?"}},
		// Guards: an initial after a name or another initial.
		{"guard: middle initial", "Please address it to Jane I. Morris at the depot.", []string{"Please address it to Jane I. Morris at the depot."}},
		{"guard: two initials", "It was signed by J. I. Patel last week.", []string{"It was signed by J. I. Patel last week."}},
		{"guard: lower case after", "ask whether i. e. the roof is included", []string{"ask whether i. e. the roof is included"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
