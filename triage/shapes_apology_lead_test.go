package triage

import "testing"

// TestApologyLeadsIntoAsk: an apology or announcement that leads, after
// "but", into a question put to the reader ("could you…") asks; one that
// leads into news or the client's own act asks nothing.
func TestApologyLeadsIntoAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"sorry group email", "Sorry to use the group email for this, but could you let me know when the scaffolders are due?",
			[]string{"quick: Sorry to use the group email for this, but could you let me know when the scaffolders are due?"}},
		{"apologies long lead", "Apologies for writing to the old address again, but can you let me know if the lease is signed?",
			[]string{"quick: Apologies for writing to the old address again, but can you let me know if the lease is signed?"}},
		{"i'll but would you", "I'll drop the keys in on Friday but would you check the meter reading first?",
			[]string{"paid: would you check the meter reading first?"}},
		{"sorry texted", "sorry to message so late but could u confirm tomorrow's delivery slot",
			[]string{"quick: could u confirm tomorrow's delivery slot"}},
		{"we'll but can you", "We'll be in the office all day on Monday, but can you ring before you come?",
			[]string{"quick: can you ring before you come?"}},
		// Guards: news, the client's own act, an offer.
		{"guard: sorry news", "Sorry for the delay, but the figures are attached now.", nil},
		{"guard: sorry own act", "Sorry to cancel at short notice, but we can't make Thursday.", nil},
		{"guard: i'll but you can", "I'll post the forms today, but you can have scans if that's quicker.", nil},
	})
}
