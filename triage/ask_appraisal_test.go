package triage

import "testing"

// TestAppraisalNotImperative: a first word that is both a noun and a
// request verb, followed by "looks / seems / sounds / reads / suits", is
// the subject of a verdict, not an imperative. Sentences written for the
// test (a caterer's menu, a translator, a sign maker, a joiner).
func TestAppraisalNotImperative(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"quote looks", "Quote looks fine to me.", nil},
		{"plan sounds", "Plan sounds sensible.", nil},
		{"draft reads", "Draft reads well now.", nil},
		{"schedule suits", "Schedule suits us both.", nil},
		{"verdict then ask", "Menu looks lovely. Can you add a vegan starter?",
			[]string{"Can you add a vegan starter?"}},
		{"guard: imperative with object", "Update the sign so it looks level.",
			[]string{"Update the sign so it looks level."}},
		{"guard: works order", "Send works order 12 to the site office please.",
			[]string{"Send works order 12 to the site office please."}},
	}, askTextsInLanguage)
}
