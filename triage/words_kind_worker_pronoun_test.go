package triage

import "testing"

// TestWorkerPronounRequest: "could he …" / "can she …" asked of the
// firm's worker is a request to the firm: work to do is paid, a time, a
// status or a date stays quick. Sentences written for the test.
func TestWorkerPronounRequest(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"could she redo", "Could she redo the skirting boards while she's in?",
			[]string{"paid: Could she redo the skirting boards while she's in?"}},
		{"can he fit", "Can he fit a new extractor fan at the same time?",
			[]string{"paid: Can he fit a new extractor fan at the same time?"}},
		{"could he replace", "Could he replace the cracked basin with the one in the garage?",
			[]string{"paid: Could he replace the cracked basin with the one in the garage?"}},
		{"can she rewire", "Can she rewire the garden lights when she comes on Friday?",
			[]string{"paid: Can she rewire the garden lights when she comes on Friday?"}},
		{"could he swap", "Could he swap the old radiator for a towel rail while he's here?",
			[]string{"paid: Could he swap the old radiator for a towel rail while he's here?"}},
		// Guards.
		{"a time", "Could he tell me what time he'll arrive?",
			[]string{"quick: Could he tell me what time he'll arrive?"}},
		{"a status", "Could he check whether the parcel arrived?",
			[]string{"quick: Could he check whether the parcel arrived?"}},
		{"a possibility about the past", "Could she have sent it to the old address?",
			[]string{"quick: Could she have sent it to the old address?"}},
		{"a visit moved", "Can he come on Tuesday instead?",
			[]string{"quick: Can he come on Tuesday instead?"}},
		{"would he mind stays a courtesy", "Would he mind calling me first?",
			[]string{"quick: Would he mind calling me first?"}},
	})
}

// TestWorkerPronounLeave: the same openers with a general verb or a
// reflexive ask leave for the client's own person and stay quick.
func TestWorkerPronounLeave(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"could she help", "Our niece is staying over the summer. Could she help out on the front desk?",
			[]string{"quick: Could she help out on the front desk?"}},
		{"can he paint it himself", "Can he paint the fence himself to save money?",
			[]string{"quick: Can he paint the fence himself to save money?"}},
		{"could she start", "Could she start in the office before her contract is signed?",
			[]string{"quick: Could she start in the office before her contract is signed?"}},
	})
}
