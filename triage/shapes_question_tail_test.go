package triage

import "testing"

// TestQuestionAfterBackground: a long statement, then after a comma the
// client's own question ("do I …", "should we …") or one put to the firm:
// the question is the ask, closed by "??" or not; a statement closed by
// "??" still vents.
func TestQuestionAfterBackground(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"do we after a doubled mark", "the printer sent two proofs with different blues, do we go with the darker one??",
			[]string{"quick: the printer sent two proofs with different blues, do we go with the darker one??"}},
		{"do I have any comeback", "my old landlord kept the whole deposit for a scuffed wall, do I have any comeback??",
			[]string{"quick: my old landlord kept the whole deposit for a scuffed wall, do I have any comeback??"}},
		{"should we appeal", "we got a parking fine outside the depot last week, should we appeal it??",
			[]string{"quick: we got a parking fine outside the depot last week, should we appeal it??"}},
		{"are you happy with it", "the lease came back with a new break clause, are you happy with it??",
			[]string{"quick: the lease came back with a new break clause, are you happy with it??"}},
		{"long background is cut", "so the caterers have sent over three menus for the summer party and none of them mention the vegan option we asked for at the tasting, should I chase them or leave it to you?",
			[]string{"quick: should I chase them or leave it to you?"}},
		{"long background before a doubled mark", "i'm the new treasurer of the bowls club and i've found a stack of old cheque stubs in the pavilion that nobody can explain, do I bring them to you or shred them??",
			[]string{"quick: do I bring them to you or shred them??"}},
		// Guards: venting statements, and a short lead kept with its question.
		{"a statement closed by ??", "he says the rent is going up 20% which seems a lot??", nil},
		{"a shrug closed by ??", "they want £90 for one letter, seriously??", nil},
		{"a statement without a question tail", "we sent the forms back in March and still nothing from the council, unbelievable??", nil},
	})
}

// TestFranklyRhetorical: "frankly" before a wh-word vents, as "honestly"
// and "seriously" do; asked plainly the question stays.
func TestFranklyRhetorical(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"frankly how can", "Frankly, how can a one-page form take the bank six weeks to process?", nil},
		{"frankly why", "Frankly, why does the council need three copies of the same certificate?", nil},
		{"frankly who", "Frankly, who thought a paper-only claim form was a good idea in 2026?", nil},
		{"frankly what", "Frankly, what is the point of a portal that is down every Friday?", nil},
		{"frankly how could", "Frankly, how could the meter readings have tripled in one quarter?", nil},
		// Guards.
		{"frankly without a wh-word", "Frankly I don't mind either way, but could you tell me when the return is due?",
			[]string{"quick: Frankly I don't mind either way, but could you tell me when the return is due?"}},
		{"a plain how question", "How can the meter readings have tripled in one quarter?",
			[]string{"quick: How can the meter readings have tripled in one quarter?"}},
	})
}
