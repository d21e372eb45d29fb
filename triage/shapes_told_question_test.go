package triage

import "testing"

// TestToldAsQuestion: "did you know (that)" and a clause of news tells
// the firm something and asks nothing (shapes_told_question.go); "did you
// know about…" and "did you know if…" ask what the firm knows.
func TestToldAsQuestion(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a council's new charge", "Did you know they've started charging for the recycling bins now?", nil},
		{"the client's own news", "Did you know we finally got planning permission for the extension?", nil},
		{"with that", "Did you know that she passed her driving test on the first go?", nil},
		{"a thing that exists", "Did you know there is a second car park behind the church?", nil},
		{"in lower case", "did you know he sold the bakery last spring?", nil},
		{"guard: about a topic", "Did you know about the change to the parking permits?",
			[]string{"quick: Did you know about the change to the parking permits?"}},
		{"guard: whether", "Did you know if the scaffolding was coming down this week?",
			[]string{"quick: Did you know if the scaffolding was coming down this week?"}},
		{"guard: a request after it", "They've started charging for the bins. Could you add it to our expenses?",
			[]string{"quick: Could you add it to our expenses?"}},
	})
}
