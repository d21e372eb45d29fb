package triage

import "testing"

// TestWantSomeoneFrames: a want or a search put to "someone" ("I'd want
// someone to come and test it", "we're after someone to re-point the
// chimney") asks the firm for the work as "want you to" does; a negated
// want, or someone else wanted by a third party, asks nothing. Sentences
// written for this test.
func TestWantSomeoneFrames(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"i'd want someone to", "I'd want someone to test the fire alarm panel and sign the log.",
			[]string{"paid: I'd want someone to test the fire alarm panel and sign the log."}},
		{"we're after someone to", "We're after someone to re-point the chimney stack before the winter.",
			[]string{"paid: We're after someone to re-point the chimney stack before the winter."}},
		{"we want someone to", "We want someone to audit the petty cash for the last two years.",
			[]string{"paid: We want someone to audit the petty cash for the last two years."}},
		{"i'm after someone to", "I'm after someone to translate the product labels into Polish.",
			[]string{"paid: I'm after someone to translate the product labels into Polish."}},
		{"i would want someone to", "I would want someone to design a logo for the new bakery.",
			[]string{"paid: I would want someone to design a logo for the new bakery."}},
		// Guards: a negated want; a third party's wish stated.
		{"guard: don't want", "We don't want someone to rush the plastering.", nil},
		{"guard: they want", "The council want someone to sign for the skip permit.", nil},
	})
}
