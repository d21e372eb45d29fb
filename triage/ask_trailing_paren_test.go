package triage

import "testing"

// TestTrailingParenAside: an ask closed by a parenthesis of background,
// a clause with a subject that asks nothing, ends before it. A short
// qualifier, a parenthesis that asks, and one closed by a question mark
// stay. Sentences written for the test (a curtain cleaner, a harbour
// office, a van hire firm, a bridal shop).
func TestTrailingParenAside(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"background after the ask", "Can you tell me whether the curtains are back from the cleaners (Mum said you'd phone on Monday but nobody has).",
			[]string{"Can you tell me whether the curtains are back from the cleaners"}},
		{"own news after a request", "Could you send over the tide tables for March (we lost the printed copy when the office flooded).",
			[]string{"Could you send over the tide tables for March"}},
		{"guard: short qualifier", "Please send the hire agreement again (the one for March).",
			[]string{"Please send the hire agreement again (the one for March)."}},
		{"guard: a request inside", "Could you hold the veil until Friday (please can you add the matching comb as well).",
			[]string{"Could you hold the veil until Friday (please can you add the matching comb as well)."}},
		{"guard: closed by a question mark", "Can you move the fitting to Thursday (or is Friday easier for you?)",
			[]string{"Can you move the fitting to Thursday (or is Friday easier for you?)"}},
	}, askTextsInLanguage)
}
