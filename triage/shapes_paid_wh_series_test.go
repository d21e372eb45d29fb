package triage

import "testing"

// TestPaidWhSeriesWhole: a list of embedded questions whose first item is
// itself an embedded question put as paid work (compare how, work out how
// much) is one piece of analysis: the later items are what it covers
// (shapes_series.go paidWhItem). A list opened by a quick item, or by paid
// work that is no embedded question, still splits.
func TestPaidWhSeriesWhole(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"set out how two plans compare", "Could you set out how the fixed-price plan compares with paying per visit, what each would include and what the gap in cost would be over two years?",
			[]string{"paid: Could you set out how the fixed-price plan compares with paying per visit, what each would include and what the gap in cost would be over two years?"}},
		{"work out how much, then its parts", "Can you work out how much the extension would add to our mortgage, what the monthly payments would be and when we would break even?",
			[]string{"paid: Can you work out how much the extension would add to our mortgage, what the monthly payments would be and when we would break even?"}},
		{"compare how, then a recommendation", "Please compare how the two alarm systems perform, what each costs to maintain and which you would recommend for a small warehouse.",
			[]string{"paid: Please compare how the two alarm systems perform, what each costs to maintain and which you would recommend for a small warehouse."}},
		// Guards: a quick first item, or paid work that is no embedded
		// question, keeps the facts after it apart.
		{"quick items stay apart", "Could you tell me when the survey is booked, what it will cost and whether I need to be home?",
			[]string{"quick: Could you tell me when the survey is booked", "quick: what it will cost", "quick: whether I need to be home?"}},
		{"a receipt then facts", "Can you confirm you got the bank statements, when the return is due and whether you need the receipts?",
			[]string{"quick: Can you confirm you got the bank statements", "quick: when the return is due", "quick: whether you need the receipts?"}},
		{"a job then facts about it", "Could you redo the seating plan for the hall, when you can have it ready and whether you need the final numbers?",
			[]string{"paid: Could you redo the seating plan for the hall", "quick: when you can have it ready", "quick: whether you need the final numbers?"}},
	})
}
