package triage

import "testing"

// TestWellWishAfterHope: a well-wish joined to "hope you're well" by
// "and" asks nothing; a question about the firm's work in the same shape,
// and an ask after the well-wish, still ask.
func TestWellWishAfterHope(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"had a weekend", "I hope you're well and had a relaxing weekend.", nil},
		{"had a christmas", "Hope you are well and had a lovely Christmas with the family.", nil},
		{"had a break", "I hope you're keeping well and had a restful break.", nil},
		{"having a holiday", "Hope all's well and you're having a great holiday.", nil},
		{"enjoyed the trip", "I hope you are well and enjoyed the trip to Porto.", nil},
		{"had a birthday", "Hope you're well and had a good birthday on Saturday.", nil},
		// Guards: the firm's own work, and an ask after the well-wish.
		{"guard: had a chance", "I hope you're well and had a chance to look at the revised plans?",
			[]string{"quick: had a chance to look at the revised plans?"}},
		{"guard: a look at", "Have a look at the weekend rota and tell me who is on call.",
			[]string{"quick: Have a look at the weekend rota and tell me who is on call."}},
		{"guard: ask after", "Hope you had a good weekend. Can you send me the signed contract today?",
			[]string{"quick: Can you send me the signed contract today?"}},
	})
}
