package triage

import "testing"

// TestReassuranceNoAsk: "please don't feel/worry/rush" eases the firm's
// load and asks nothing; "please don't" with a verb of acting, or a
// request after the reassurance, still asks.
func TestReassuranceNoAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"so please don't feel", "The harvest is late this year, so please don't feel you need to hurry the stock count.", nil},
		{"please do not worry", "Please do not worry if the survey slips into the new year.", nil},
		{"please don't rush", "We know the workshop is flat out, so please don't rush the frames on our account.", nil},
		{"kindly don't stress", "Kindly don't stress about the late delivery, the customers were fine.", nil},
		{"please don't feel obliged", "Please don't feel obliged to come to the opening on Saturday.", nil},
		// Guards: an instruction not to act; a request after it.
		{"guard: please don't forget", "Please don't forget to confirm the delivery date for the chairs.",
			[]string{"quick: Please don't forget to confirm the delivery date for the chairs."}},
		{"guard: please don't worry, but confirm", "Please don't worry about the late fee, but could you confirm the new due date?",
			[]string{"quick: Please don't worry about the late fee, but could you confirm the new due date?"}},
	})
}
