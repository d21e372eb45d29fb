package triage

import "testing"

// TestRunOnWhYou: in a run-on, a wh-word, an auxiliary and "you" open a
// question to the firm after a statement with no joiner; after "let me
// know" or a wh-word the words stay one clause. Sentences written for
// this test.
func TestRunOnWhYou(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"when do u", "hi can you do the gutters on the 9th the ladder is in the shed when do u need paying",
			[]string{"paid: can you do the gutters on the 9th the ladder is in the shed", "quick: when do u need paying"}},
		{"where do you", "morning the bins went out on tuesday where do you want the spare keys left",
			[]string{"quick: where do you want the spare keys left"}},
		{"what would you", "can you service the boiler on the 9th the old one is 20 years old what would you need from us first",
			[]string{"paid: can you service the boiler on the 9th the old one is 20 years old", "quick: what would you need from us first"}},
		{"how do you", "the new menu goes live on friday how do you want the artwork sent",
			[]string{"quick: how do you want the artwork sent"}},
		{"where can u", "got the new lease through from the agent where can u drop the signed copy",
			[]string{"quick: where can u drop the signed copy"}},
		// Guards: the question is the object of a frame; the client's own
		// question stays whole.
		{"guard: let me know", "hi sam let me know when do you need the deposit paid by for the hall",
			[]string{"quick: hi sam let me know when do you need the deposit paid by for the hall"}},
		{"guard: i", "need the spring menu printed by friday we open saturday how should i send the artwork",
			[]string{"quick: need the spring menu printed by friday we open saturday how should i send the artwork"}},
	})
}
