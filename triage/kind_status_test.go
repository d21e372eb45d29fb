package triage

import "testing"

// TestStatusQuestions: the rules of words_kind_status.go, each with
// sentences written for it and rows where it must not fire.
func TestStatusQuestions(t *testing.T) {
	t.Run("a status question names work without asking for it", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"did you send a plan", "Did you send the marketing plan to the printers?",
				[]string{"quick: Did you send the marketing plan to the printers?"}},
			{"did you finish a review", "Did you finish the review of the lease?",
				[]string{"quick: Did you finish the review of the lease?"}},
			{"did a third party say", "Did the lender say anything about the projections?",
				[]string{"quick: Did the lender say anything about the projections?"}},
			{"has anyone reconciled", "Has anyone reconciled the savings account yet?",
				[]string{"quick: Has anyone reconciled the savings account yet?"}},
			{"is it up to date", "Is the payroll reconciliation up to date?",
				[]string{"quick: Is the payroll reconciliation up to date?"}},
			{"was with its subject", "Was the revised forecast sent to the lender?",
				[]string{"quick: Was the revised forecast sent to the lender?"}},
			{"is it finished", "Is the valuation report finished?",
				[]string{"quick: Is the valuation report finished?"}},
			{"time to do it is a request", "Has anyone got time to redo the cash forecast this week?",
				[]string{"paid: Has anyone got time to redo the cash forecast this week?"}},
			{"is it possible is a request", "Is it possible to redo the cash forecast this week?",
				[]string{"paid: Is it possible to redo the cash forecast this week?"}},
			{"a polite request stays work", "Could you send us a revised forecast with the new rent?",
				[]string{"paid: Could you send us a revised forecast with the new rent?"}},
		})
	})
	t.Run("whether the firm holds a record is a look at the file", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"check that you have", "Can you check that you have our new bank details?",
				[]string{"quick: Can you check that you have our new bank details?"}},
			{"confirm you've got", "Could you confirm you've got the signed engagement letter?",
				[]string{"quick: Could you confirm you've got the signed engagement letter?"}},
			{"have to is a rule", "Can you check whether we have to register for the new levy?",
				[]string{"paid: Can you check whether we have to register for the new levy?"}},
		})
	})
	t.Run("being told which is an answer", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"let us know which", "Could you let us know which bills are still outstanding?",
				[]string{"quick: Could you let us know which bills are still outstanding?"}},
			{"let me know when", "Can you let me know when the statements are due?",
				[]string{"quick: Can you let me know when the statements are due?"}},
			{"an effect on a figure is a calculation", "Please add the overtime to this month's run and let me know what it will do to his net pay.",
				[]string{"paid: Please add the overtime to this month's run and let me know what it will do to his net pay."}},
		})
	})
	t.Run("working through records is a review", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"work through the receipts", "Could you work through the travel receipts and flag the personal ones?",
				[]string{"paid: Could you work through the travel receipts and flag the personal ones?"}},
		})
	})
	t.Run("how a rule applies to the client's case is research", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"would apply", "Can you explain how the annual investment allowance would apply to the new kiln?",
				[]string{"paid: Can you explain how the annual investment allowance would apply to the new kiln?"}},
			{"apply to us", "Does the new packaging levy apply to us?",
				[]string{"paid: Does the new packaging levy apply to us?"}},
		})
	})
	t.Run("a service wanted as a bare noun is an ask", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"we'd like advice", "We'd like advice on whether to lease the new premises.",
				[]string{"paid: We'd like advice on whether to lease the new premises."}},
			{"i'd like help", "I'd like help with the grant application for the new studio.",
				[]string{"paid: I'd like help with the grant application for the new studio."}},
		})
	})
	t.Run("the category of one transaction is a field", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"fix one category", "Could you fix the category on the fuel receipt from Monday?",
				[]string{"quick: Could you fix the category on the fuel receipt from Monday?"}},
			{"recode a quarter stays work", "Could you recode everything in the sundries account for the quarter?",
				[]string{"paid: Could you recode everything in the sundries account for the quarter?"}},
		})
	})
	t.Run("needing one fact is asking for it", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"need the date", "I need the date the accounts went to Companies House for the lender.",
				[]string{"quick: I need the date the accounts went to Companies House for the lender."}},
			{"need the price", "We need the price for 30 reams of the recycled paper.",
				[]string{"quick: We need the price for 30 reams of the recycled paper."}},
			{"need the figures stays work", "We need the figures for the grant application prepared by Monday.",
				[]string{"paid: We need the figures for the grant application prepared by Monday."}},
			{"just need to know is an info frame", "Just need to know whether the card machine fees were refunded.",
				[]string{"quick: Just need to know whether the card machine fees were refunded."}},
		})
	})
	t.Run("a thing wanted ready or up to date is work", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"need it ready", "We need the management pack ready for the board on the 3rd.",
				[]string{"paid: We need the management pack ready for the board on the 3rd."}},
			{"get it up to date", "Please get the fixed asset register up to date before the audit.",
				[]string{"paid: Please get the fixed asset register up to date before the audit."}},
			{"is it up to date is a state", "Is the fixed asset register up to date?",
				[]string{"quick: Is the fixed asset register up to date?"}},
		})
	})
	t.Run("what a business is worth is a valuation", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"what it is worth", "We need to know what the practice is worth before my partner retires.",
				[]string{"paid: We need to know what the practice is worth before my partner retires."}},
			{"value the shares", "Could you value the shares my brother wants to sell me?",
				[]string{"paid: Could you value the shares my brother wants to sell me?"}},
		})
	})
	t.Run("a fact about what happened, asked with what or when", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"what did it cost", "What did the payroll bureau charge us last year?",
				[]string{"quick: What did the payroll bureau charge us last year?"}},
			{"when was it filed", "When was the partnership return filed?",
				[]string{"quick: When was the partnership return filed?"}},
		})
	})
	t.Run("posting a thing to someone is sending it", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"post the deeds to us", "Could you post the signed deeds to us this week?",
				[]string{"quick: Could you post the signed deeds to us this week?"}},
			{"posting entries stays work", "Could you post the year's journals to the ledger?",
				[]string{"paid: Could you post the year's journals to the ledger?"}},
		})
	})
	t.Run("how to better the client's figures is advice", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"how can we improve", "How can we improve our margins on the catering side?",
				[]string{"paid: How can we improve our margins on the catering side?"}},
			{"how could I reduce", "How could I reduce the tax on my rental income?",
				[]string{"paid: How could I reduce the tax on my rental income?"}},
		})
	})
}
