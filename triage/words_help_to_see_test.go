package triage

import "testing"

// TestHelpToSee: "it would help to see X" and "it would be useful to see
// X" ask the firm for X (words.go request frames); a thing it holds is a
// copy to send (registry.go infoFrames), a thing to be made is work.
// "It would help to have…" and a wish about the weather ask nothing.
func TestHelpToSee(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"help to see a rota", "It would help to see last year's rota if you could send it.",
			[]string{"quick: It would help to see last year's rota if you could send it."}},
		{"also help to see a sample", "It would also help to see a sample of the monthly invoice, if you could send one.",
			[]string{"quick: It would also help to see a sample of the monthly invoice, if you could send one."}},
		{"useful to see the plans", "It would be useful to see the plans for the extension before Friday.",
			[]string{"quick: It would be useful to see the plans for the extension before Friday."}},
		{"helpful to see the drawings", "It'd be helpful to see the final drawings.",
			[]string{"quick: It'd be helpful to see the final drawings."}},
		{"help to see a comparison to be made", "It would help to see a full comparison of the three quotes with your recommendation.",
			[]string{"paid: It would help to see a full comparison of the three quotes with your recommendation."}},
		// Guards: musing about having more, a wish about the weather.
		{"help to have more staff", "It would help to have more staff in December, but we'll manage.", nil},
		{"nice to see sun", "It would be nice to see some sun this weekend.", nil},
	})
}
