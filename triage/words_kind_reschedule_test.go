package triage

import "testing"

// TestPronounReschedule: moving agreed work by a pronoun to another time
// asks for a date (words_kind_slot.go, pronounMoveMatch).
func TestPronounReschedule(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"push it to next week", "Are you still coming on Tuesday to redesign the reception area, or shall we push it to next week?",
			[]string{"quick: Are you still coming on Tuesday to redesign the reception area, or shall we push it to next week?"}},
		{"move that to a day", "Could you move that to Friday so the stocktake is finished first?",
			[]string{"quick: Could you move that to Friday so the stocktake is finished first?"}},
		{"move it to next month", "The electrician was going to rewire the workshop on Friday - can you move it to next month?",
			[]string{"quick: The electrician was going to rewire the workshop on Friday - can you move it to next month?"}},
		{"postpone it", "Would you rather carry on with the audit fieldwork on Monday or postpone it?",
			[]string{"quick: Would you rather carry on with the audit fieldwork on Monday or postpone it?"}},
		{"bring it forward", "Are you still planning to rewire the kitchen next month, or could you bring it forward to the 9th?",
			[]string{"quick: Are you still planning to rewire the kitchen next month, or could you bring it forward to the 9th?"}},
		{"guard: moving a thing to a place", "Can you move it to the new server and set up the backups?",
			[]string{"paid: Can you move it to the new server and set up the backups?"}},
		{"guard: pushing back on a party", "Could you review the lease and push it back to the landlord with your comments?",
			[]string{"paid: Could you review the lease and push it back to the landlord with your comments?"}},
	})
}

// TestWorkMode: how agreed work is held, asked with a copula, is a fact
// of the booking (words_kind_slot.go, workModeMatch).
func TestWorkMode(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"on site or remote", "Will the payroll audit be on site or remote this year?",
			[]string{"quick: Will the payroll audit be on site or remote this year?"}},
		{"done remotely or", "Will the boiler inspection be done remotely or does someone have to come out?",
			[]string{"quick: Will the boiler inspection be done remotely or does someone have to come out?"}},
		{"in person or", "Is the payroll training going to be in person or over video?",
			[]string{"quick: Is the payroll training going to be in person or over video?"}},
		{"held online or", "Will the design review be held online or at your studio?",
			[]string{"quick: Will the design review be held online or at your studio?"}},
		{"in person or over a video call", "Will the annual audit be in person or over Teams?",
			[]string{"quick: Will the annual audit be in person or over Teams?"}},
		{"guard: the work asked, its mode named", "Can you do the stock audit on site or remotely next month?",
			[]string{"paid: Can you do the stock audit on site or remotely next month?"}},
		{"guard: no mode", "Will the audit be thorough or just a sample of invoices?",
			[]string{"paid: Will the audit be thorough or just a sample of invoices?"}},
	})
}

// TestDeadlineForAgreedWork: after a paid ask, whether that work, named
// by a pronoun, can be done by a date is a date question
// (shapes_deadline_followup.go).
func TestDeadlineForAgreedWork(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"do that by a day", "Please draw up the new shift rota for January. Could you do that by Wednesday?",
			[]string{"paid: Please draw up the new shift rota for January.", "quick: Could you do that by Wednesday?"}},
		{"get that done before the date", "Can you redo the cash flow forecast with the new rent? Could you get that done before the 12th?",
			[]string{"paid: Can you redo the cash flow forecast with the new rent?", "quick: Could you get that done before the 12th?"}},
		{"do it by a day", "We need the stock valuation reconciled to the ledger. Can you do it by Friday?",
			[]string{"paid: We need the stock valuation reconciled to the ledger.", "quick: Can you do it by Friday?"}},
		{"finish it by the end of", "Please redesign the menu boards for the café. Would you be able to finish it by the end of the month?",
			[]string{"paid: Please redesign the menu boards for the café.", "quick: Would you be able to finish it by the end of the month?"}},
		{"manage that by", "Could you audit the petty cash for the last two years? Could you manage that by Thursday?",
			[]string{"paid: Could you audit the petty cash for the last two years?", "quick: Could you manage that by Thursday?"}},
		{"guard: no paid ask before it", "The landlord wants a reference letter from my accountant. Can you do that by Friday?",
			[]string{"paid: Can you do that by Friday?"}},
		{"guard: the work named", "Please redo the payroll for November. Can you prepare the board pack by Thursday?",
			[]string{"paid: Please redo the payroll for November.", "paid: Can you prepare the board pack by Thursday?"}},
		{"guard: by the book", "Please redo the payroll for November. Can you do it by the book rather than estimating?",
			[]string{"paid: Please redo the payroll for November.", "paid: Can you do it by the book rather than estimating?"}},
	})
}

// TestWaitOrAct: the client weighing its own act against waiting asks
// for advice (words_kind_advice.go, waitChoiceMatch).
func TestWaitOrAct(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"install or wait", "Is the new firmware OK to install on the tills or do we wait for the patch?",
			[]string{"quick: Is the new firmware OK to install on the tills or do we wait for the patch?"}},
		{"safe to install or wait", "Is the new accounting software safe to install now or do we wait for the next release?",
			[]string{"quick: Is the new accounting software safe to install now or do we wait for the next release?"}},
		{"migrate or wait", "Is it worth migrating the mailboxes this weekend or shall we wait until January?",
			[]string{"quick: Is it worth migrating the mailboxes this weekend or shall we wait until January?"}},
		{"redesign or hold off", "Would it make sense to redesign the logo this spring or shall we hold off until the rebrand?",
			[]string{"quick: Would it make sense to redesign the logo this spring or shall we hold off until the rebrand?"}},
		{"better waiting", "Is it sensible to renovate the shop this quarter or are we better waiting until the lease is renewed?",
			[]string{"quick: Is it sensible to renovate the shop this quarter or are we better waiting until the lease is renewed?"}},
		{"guard: the firm's work asked", "Can you redesign the brochure now or wait for the new photos?",
			[]string{"paid: Can you redesign the brochure now or wait for the new photos?"}},
	})
}

// TestAroundToMeet: "are you around … to …" asks when the firm is free
// (words_shapes.go).
func TestAroundToMeet(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"around to go through", "Are you around on Tuesday to go through the draft plans?",
			[]string{"quick: Are you around on Tuesday to go through the draft plans?"}},
		{"around for a look", "Are you around next week to take a look at the snag list with us?",
			[]string{"quick: Are you around next week to take a look at the snag list with us?"}},
		{"texted", "r u around tmrw to go over the quote",
			[]string{"quick: r u around tmrw to go over the quote"}},
		{"anyone around", "Is anyone around this afternoon to go through the handover?",
			[]string{"quick: Is anyone around this afternoon to go through the handover?"}},
		{"both around", "Are you both around on Monday to walk through the new layout?",
			[]string{"quick: Are you both around on Monday to walk through the new layout?"}},
		{"guard: work asked", "Are you around on Friday to redo the cash flow forecast for the bank?",
			[]string{"paid: Are you around on Friday to redo the cash flow forecast for the bank?"}},
		{"guard: free to do work", "Are you free next week to redraw the floor plans?",
			[]string{"paid: Are you free next week to redraw the floor plans?"}},
	})
}
