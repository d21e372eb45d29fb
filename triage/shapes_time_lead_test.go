package triage

import "testing"

// TestConjunctionTimeLead: "…, so this time could you …": a time the
// request is for between the conjunction and "could you" still ends the
// background; the ask is quoted from its own start.
func TestConjunctionTimeLead(t *testing.T) {
	texts := func(e *Engine, text string) []string {
		var got []string
		for _, q := range e.Questions(text) {
			got = append(got, q.Text)
		}
		return got
	}
	runShapesWith(t, []shapeCase{
		{"this time", "The old printer kept jamming on us, so this time could you order the heavier model?",
			[]string{"could you order the heavier model?"}},
		{"for now", "Our usual courier let us down twice, so for now could you use the other firm?",
			[]string{"could you use the other firm?"}},
		{"in future", "The last batch of labels were the wrong size, and in future can you check them before they ship?",
			[]string{"can you check them before they ship?"}},
		{"this year", "We were fined for filing late, so this year could you send us a reminder in December?",
			[]string{"could you send us a reminder in December?"}},
		{"next time", "The venue was far too small, so next time could you book somewhere bigger?",
			[]string{"could you book somewhere bigger?"}},
		{"guard: a short reason kept", "The bank changed our sort code, so could you update it?",
			[]string{"The bank changed our sort code, so could you update it?"}},
		{"guard: no request", "The quotes came in high, so this time round we will wait.", nil},
	}, texts)
}
