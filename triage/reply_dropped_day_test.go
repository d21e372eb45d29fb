package triage

import "testing"

// TestReplyDroppedOnDay: "drop it" followed by a day or a time delivers
// the thing (the "off" left out), so a go-ahead beside it stays a yes
// (reply.go, droppedOnDay); "drop it" alone, or with "for now", still
// withdraws.
func TestReplyDroppedOnDay(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"go-ahead, then a drop-off day", "Lovely, go ahead - I'll drop it Tuesday after school.", Accepted, "go ahead"},
		{"yes, then a drop-off tomorrow", "Yes please do it, we can drop them tomorrow morning.", Accepted, "yes please"},
		{"guard: drop it alone", "Let's just drop it, thanks anyway.", Declined, "drop it"},
		{"guard: drop it for now", "We'll drop it for now and revisit in spring.", Declined, "drop it"},
	})
}
