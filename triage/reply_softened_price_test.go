package triage

import "testing"

// TestReplySoftenedPrice: a price called "a bit steep for me" or "a
// little pricey for us" leans to a no as "too steep" does (words.go, WeakDecline), so
// with a second lean ("thanks, but…") the answer is a no; a steep road
// named beside a go-ahead is no price.
func TestReplySoftenedPrice(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"a bit steep for me, thanks but", "Thanks Priti, but that's a bit steep for me at the moment.", Declined, "bit steep for me"},
		{"guard: leave it already declines", "Hmm, a little pricey for us this side of Christmas, so we'll leave it.", Declined, "leave it"},
		{"guard: a bit steep, but go ahead", "A bit steep, but no matter, please go ahead.", Accepted, "go ahead"},
		{"guard: a steep drive", "Yes please go ahead, the lane is steep so bring the small van.", Accepted, "yes please"},
	})
}
