package triage

import "testing"

// TestOwnFutureNeed: the client's subject carried over "and will need"
// states the client's need, an ask; a thing or a third party before "and
// will need" describes a job or someone else's need.
func TestOwnFutureNeed(t *testing.T) {
	runAskRows(t, []askRow{
		{"moving office", "Hi Rob,\n\nWe're opening a second shop in Leeds in April and will need the tills and card readers set up there.\n\nMia\n", "will need the tills and card readers set up", ""},
		{"new job", "Hello,\n\nI start my new post in September and will need my pension transfer sorted before then.\n\nDev\n", "will need my pension transfer sorted", ""},
		{"new hires", "Hi Sue,\n\nWe are hiring three cleaners and will need the contracts written up for each of them.\n\nOla\n", "will need the contracts written up", ""},
		{"extension", "Hi,\n\nWe have planning for the side extension now and will need a structural engineer's report for building control.\n\nGil\n", "will need a structural engineer's report", ""},
		{"visa", "Dear Ms Park,\n\nI am relocating to Canada next spring and will need my degree certificates translated and certified.\n\nYuki\n", "will need my degree certificates translated", ""},
		{"guard: thing", "Hi,\n\nThe boiler is twenty years old and will need replacing at some point. Is Thursday still good?\n\nIda\n", "Is Thursday still good?", "The boiler is twenty years old"},
		{"guard: third party", "Hi,\n\nThe decorators start on Monday and will need somewhere to park. Is the quote ready?\n\nIda\n", "Is the quote ready?", "The decorators start on Monday"},
		{"guard: own verb", "Hi,\n\nWe've had a record year and will need to celebrate properly. Can you send the final figures?\n\nIda\n", "Can you send the final figures?", "We've had a record year"},
	})
}
