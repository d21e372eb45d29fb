package triage

import "testing"

// TestSubjectlessNews: "Had the … " with its subject dropped tells news;
// an inverted "had" question keeps its "?" or its "been".
func TestSubjectlessNews(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a visit", "Had the plumber round yesterday and he fixed the leak.", nil},
		{"a letter", "Had the letter from HMRC this morning about the penalty.", nil},
		{"builders in", "Had the builders in all week so the office is a mess.", nil},
		{"a delivery", "Had the new till delivered on Monday, works fine.", nil},
		{"a call", "Had the bank on the phone again about the overdraft.", nil},
		{"guard: been", "Had the invoice been paid when you checked",
			[]string{"quick: Had the invoice been paid when you checked"}},
		{"guard: a question mark", "Had the parcel arrived by Friday?",
			[]string{"quick: Had the parcel arrived by Friday?"}},
		{"guard: an ask after the news", "Had a look at the draft, can you send the final?",
			[]string{"quick: Had a look at the draft, can you send the final?"}},
	})
}
