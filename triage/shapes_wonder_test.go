package triage

import "testing"

// TestHowOthersCope: "how did he manage all this?" wonders at someone
// else and asks nothing; the ask around it stays. Put to the firm, or
// about one figure, the how-question still asks.
func TestHowOthersCope(t *testing.T) {
	runAskRows(t, []askRow{
		{"farm", "Hi,\n\nMy late father ran the farm for forty years. How did he manage all this on his own? Can you help sort out the tenancy?\n\nIan\n", "Can you help sort out the tenancy", "How did he manage all this"},
		{"receipts", "Hi,\n\nMum kept every receipt since 1990. How did she find room for all of it? Could you go through the boxes for the tax return?\n\nJan\n", "Could you go through the boxes", "How did she find room"},
		{"rules", "Hello,\n\nThe new hygiene rules run to 300 pages. How does anyone keep up with all this? Please tell us what changes for our café.\n\nKim\n", "Please tell us what changes", "How does anyone keep up"},
		{"bookkeeper", "Hi,\n\nOur old bookkeeper did everything on paper. How did he keep all that straight? Can you set us up on accounting software?\n\nLee\n", "Can you set us up on accounting software", "How did he keep all that straight"},
		{"invoices", "Hi,\n\nThe builder has sent eleven invoices this month. How can anybody make sense of all these? Could you check them against the contract?\n\nMo\n", "Could you check them against the contract", "How can anybody make sense"},
		{"guard: put to the firm", "Hi,\n\nHow did you calculate all this?\n\nNat\n", "How did you calculate all this", ""},
		{"guard: one figure", "Hi,\n\nHow did he arrive at this figure for the rent?\n\nOlly\n", "How did he arrive at this figure", ""},
	})
}
