package triage

import "testing"

// TestReplySignWithCourtesy: a thumbs sign with only thanks or a sorry
// beside it answers as the sign alone does; courtesies alone answer
// nothing, and words with an answer of their own decide.
func TestReplySignWithCourtesy(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"👍 cheers", "👍 cheers", Accepted, "👍"},
		{"thanks 👍", "Thanks! 👍", Accepted, "👍"},
		{"👎 apologies", "👎 apologies", Declined, "👎"},
		{"sorry 👎", "sorry 👎", Declined, "👎"},
		{"thank you 👍", "thank you 👍👍", Accepted, "👍"},
		{"guard: thanks alone", "Many thanks!", Unclear, ""},
		{"guard: sorry alone", "Sorry!", Unclear, ""},
		{"guard: words decide", "👍 but let me check with Sue first", Unclear, ""},
	})
}

// TestReplySlipsInNo: the words a polite no turns on, typed with one slip
// ("thnaks", "neccessary"), read as the words.
func TestReplySlipsInNo(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"no thnaks", "No thnaks, we're fine.", Declined, ""},
		{"no thanx", "no thansk", Declined, ""},
		{"not neccessary", "Not neccessary for now, cheers.", Declined, ""},
		{"isn't necesary", "That isn't necesary any more.", Declined, ""},
		{"thaks anyway", "Thaks anyway, we'll manage.", Declined, ""},
		{"guard: thnaks, go ahead", "Thnaks, go ahead.", Accepted, ""},
		{"guard: tanks", "The water tanks are in the loft, go ahead.", Accepted, ""},
		{"guard: neccessary if", "Do what's neccessary if it's under two hours.", Unclear, ""},
	})
}

// TestReplyNoRaisedToThink: "I don't think we'll bother" says no with the
// negation moved up to "think"; "bother" without it, or a think with a
// go-ahead, does not.
func TestReplyNoRaisedToThink(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"don't think we'll bother", "Honestly I don't think we'll bother this year.", Declined, ""},
		{"don't think i'll bother", "I don't think I'll bother with the appeal.", Declined, ""},
		{"dont think we will bother", "We dont think we will bother, thanks.", Declined, ""},
		{"do not think we'll bother", "I do not think we'll bother for such a small amount.", Declined, ""},
		{"don't think we need bother", "Don't think we need bother with a full survey.", Declined, ""},
		{"guard: sorry to bother", "Sorry to bother you again - yes, go ahead.", Accepted, ""},
		{"guard: think we'll go ahead", "I think we'll go ahead.", Accepted, ""},
		{"guard: won't bother others", "I don't think it'll bother the tenants, go ahead.", Accepted, ""},
	})
}
