package triage

import "testing"

// TestReplyPartitiveReported: a partitive opening what the client fears or
// thinks will happen ("I'm worried one of the pipes will burst") is no
// part of the work; "I think one of the rooms will do" still picks one.
// Sentences written for the test.
func TestReplyPartitiveReported(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"suspect", "Go ahead please, I suspect some of the slates might blow off in the next gale.", Accepted, "go ahead"},
		{"think that", "Please go ahead. I think that some of the tiles will crack in the frost otherwise.", Accepted, "go ahead"},
		{"worried", "Yes, go ahead - I'm worried one of the dogs will chew through the old gate.", Accepted, "go ahead"},
		{"afraid", "Please proceed, we fear part of the patio may sink further this winter.", Accepted, "proceed"},
		{"reckon", "Go ahead, I reckon one of the radiators could start leaking again.", Accepted, "go ahead"},
		// Guards: a part chosen.
		{"guard: will do", "Go ahead, but I think one of the rooms will do for now.", Unclear, "part of the work"},
		{"guard: with one of", "Go ahead with one of the bathrooms.", Unclear, "part of the work"},
		{"guard: can wait", "Go ahead, though I expect part of it can wait.", Unclear, ""},
	})
}
