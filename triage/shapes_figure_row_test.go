package triage

import "testing"

// TestFigureRows: a line giving the firm a figure under a short label
// ("Print sales: £2,140", "Service charge: 1,200") asks nothing, even when
// the label opens with a work verb; a colon with words after the figure,
// a question about the figure, or a request in the label still asks.
// Sentences written for the test.
func TestFigureRows(t *testing.T) {
	const ask = "Could you send the final invoice?"
	body := func(s string) string {
		return "Hi Jo,\n\nHere are the figures for October:\n\n" + s + "\nPostage: £84.10\n\n" + ask + "\n\nKim\n"
	}
	runAskRows(t, []askRow{
		{"print sales", body("Print sales: £2,140"), ask, "£2,140"},
		{"service charge", body("Service charge: 1,200"), ask, "Service charge"},
		{"repair with aside", body("Repair kitchen tap: £95 (invoice attached)"), ask, "Repair kitchen tap"},
		{"book sales percent", body("Book sales: 12%"), ask, "Book sales"},
		{"order refund", body("Order refunds: -£310.50"), ask, "Order refunds"},
		{"check fees euro", body("Check deposits: €4,500."), ask, "Check deposits"},
		{"clean costs", body("Clean-up costs: £640"), ask, "Clean-up costs"},
		// Guards: words after the figure, a question, a request.
		{"guard: words after figure", "Hi Jo,\n\nPrint the flyers: 200 copies by Friday please.\n\nKim\n", "Print the flyers", ""},
		{"guard: question on figure", "Hi Jo,\n\nCheck this total: £2,140?\n\nKim\n", "£2,140", ""},
		{"guard: please in label", "Hi Jo,\n\nPlease print copies: 200\n\nKim\n", "Please print copies", ""},
		{"guard: long lead", "Hi Jo,\n\nCould you please transfer the following amount from the deposit account: £2,000\n\nKim\n", "transfer the following amount", ""},
	})
}
