package triage

import "testing"

// TestVocativeRunOn: a run-on opened by the reader's name and "can you"
// ("dave can you …") reads the name as a greeting: the first ask is kept
// beside the ones after it.
func TestVocativeRunOn(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"gas cert", "dave can you send me the gas cert for the flat and do i need to give a copy to the tenant",
			[]string{"quick: can you send me the gas cert for the flat", "quick: do i need to give a copy to the tenant"}},
		{"a letter", "nina can you look at this letter from the council and tell me what it means do i have to reply",
			[]string{"paid: can you look at this letter from the council and tell me what it means", "quick: do i have to reply"}},
		{"could you", "jules could you check the rota for next week and when is the staff party",
			[]string{"paid: could you check the rota for next week", "quick: when is the staff party"}},
		{"would you", "marco would you sort the van tax and did the insurance go through",
			[]string{"paid: would you sort the van tax", "quick: did the insurance go through"}},
		{"can u", "priya can u send the renewal docs and do we need to sign them",
			[]string{"quick: can u send the renewal docs", "quick: do we need to sign them"}},
		{"guard: please can you", "please can you send me the invoice and when is it due",
			[]string{"quick: please can you send me the invoice", "quick: when is it due"}},
		{"guard: also can you", "also can you send the forms and when is the deadline",
			[]string{"quick: also can you send the forms", "quick: when is the deadline"}},
	})
}
