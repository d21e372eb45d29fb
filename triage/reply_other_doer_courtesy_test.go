package triage

import "testing"

// TestReplyOtherDoerWithCourtesy: a courtesy ("no problem", "that's ok")
// then the work given to someone else of the client's ("our apprentice can
// do it") declines: with no yes, who does the work is the answer. A yes
// beside it, a question back, the firm's own people, or no courtesy at
// all ("they'll do it" may be the firm's team) keep it from a no.
// Sentences written for the test.
func TestReplyOtherDoerWithCourtesy(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"no problem", "No problem, our trainee can do it next week.", Declined, "someone else"},
		{"it's ok", "It's ok, my daughter is going to do it.", Declined, "someone else"},
		{"that's fine", "That's fine, the caretaker will do it on Friday.", Declined, "someone else"},
		{"no worries", "No worries at all, our handyman can take it on.", Declined, "someone else"},
		{"guard: no courtesy", "Our junior will do it.", Unclear, "someone else"},
		{"guard: a yes beside it", "Yes please, and our apprentice can help with the filing.", Accepted, "yes"},
		{"guard: a question back", "No problem, our trainee can do it. Could you send her the template?", Unclear, "question back"},
		{"guard: the firm's people", "No problem, your junior can do it.", Accepted, "do it"},
	})
}

// TestReplyGoAheadOddments: "keep me posted" beside another weak yes goes
// ahead, and alone stays unclear; Dutch "begin maar" allows the work;
// "more than <payer> can stretch to" is past the budget, "we can stretch
// to that" finds the money.
func TestReplyGoAheadOddments(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"keep posted", "Sounds fair, keep us posted.", Accepted, "keep us posted"},
		{"keep updated", "Happy with that - keep me updated.", Accepted, "keep me updated"},
		{"keep informed", "Fine with us, please keep us informed.", Accepted, "keep us informed"},
		{"guard: keep posted alone", "Thanks, keep me posted.", Unclear, "weak"},
		{"guard: the client will keep the firm posted", "Let me ask the board, I'll keep you posted.", Unclear, ""},
		{"begin maar", "Begin maar, de offerte is goedgekeurd.", Accepted, "begin maar"},
		{"ga je gang", "Prima, ga je gang.", Accepted, "ga je gang"},
		{"stretch: payer", "I'm afraid that's more than the parish council can stretch to.", Declined, "stretch to"},
		{"stretch: we", "Sorry, that's more than we can stretch to at the moment.", Declined, "stretch to"},
		{"guard: finding the money", "We can stretch to that, thanks.", Unclear, "weak"},
	})
}
