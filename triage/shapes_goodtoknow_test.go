package triage

import "testing"

// TestNewsAcknowledged: "good to know / glad to hear" with a fact after
// it acknowledges news and asks nothing; "take your time" leaves time and
// asks nothing. A modal ("it would be good to know"), a bare thing with no
// verb of its own, or an ask beside them still asks. Sentences written for
// the test.
func TestNewsAcknowledged(t *testing.T) {
	const ask = "Could you send the final invoice?"
	body := func(s string) string { return "Hi Jo,\n\n" + s + "\n\n" + ask + "\n\nKim\n" }
	runAskRows(t, []askRow{
		{"good to know, fact", body("Good to know the van is back on the road."), ask, "Good to know the van"},
		{"great to hear that", body("Great to hear that the grant came through."), ask, "Great to hear that"},
		{"glad to know, was", body("Glad to know the survey was clean."), ask, "Glad to know the survey"},
		{"nice to see, has", body("Nice to see the new website has gone live."), ask, "Nice to see the new website"},
		{"reassuring, 's", body("Reassuring to hear the bank's happy with the figures."), ask, "Reassuring to hear"},
		{"take your time", body("Take your time with the stock count."), ask, "Take your time"},
		{"take all the time", body("Sorry to hear you've been unwell - take all the time you need."), ask, "take all the time you need"},
		{"take as long as", body("Take as long as you need over the handbook."), ask, "Take as long as"},
		// Guards: a wish with a modal, a bare thing, an ask after leave.
		{"guard: would be good to know", "Hi Jo,\n\nIt would be good to know the deadline for the filing.\n\nKim\n", "It would be good to know the deadline", ""},
		{"guard: 'd be good to know", "Hi Jo,\n\nIt'd be good to know the closing date for the tender.\n\nKim\n", "good to know the closing date", ""},
		{"guard: bare thing", "Hi Jo,\n\nGood to know the dates of the inspection please.\n\nKim\n", "Good to know the dates", ""},
		{"guard: ask after take your time", "Hi Jo,\n\nTake your time with the return, but could you send the draft invoice today?\n\nKim\n", "could you send the draft invoice", ""},
	})
}
