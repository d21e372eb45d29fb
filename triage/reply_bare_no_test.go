package triage

import "testing"

// TestAnsweringNo: a texting "no" run into the imperative that drops or
// holds off the work is a bare no, not a negator of the decline after it.
func TestAnsweringNo(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"leave", "no leave the stock count for this year thanks", Declined, "no"},
		{"hold", "no hold off till the new tax year", Declined, "no"},
		{"skip", "no skip it this time ta", Declined, "no"},
		{"forget", "no forget the extra drawings for now", Declined, "no"},
		{"park", "no park it until we hear from the council", Declined, "no"},
		{"guard: no doubt", "No doubt it's worth it, go ahead.", Accepted, "go ahead"},
		{"guard: no need", "No need to wait for me, go ahead.", Accepted, "go ahead"},
		{"guard: don't leave", "Don't leave it, please go ahead now.", Accepted, "go ahead"},
	})
}

// TestOwnProviderDecline: the client's own provider doing the work instead
// ("we'll get our own accountant to…") leans towards no.
func TestOwnProviderDecline(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"accountant", "Thanks, but we'll get our own accountant to look at it.", Declined, "get our own accountant"},
		{"surveyor", "Appreciated, but I'll use my own surveyor for this one, thanks anyway.", Declined, "use my own surveyor"},
		{"solicitor", "We're going to ask our own solicitor instead, thank you though.", Declined, "ask our own solicitor"},
		{"electrician", "Thanks anyway, we'll get our own electrician in.", Declined, "get our own electrician"},
		{"designer", "Thanks though, I'll go to my own designer for it.", Declined, "go to my own designer"},
		{"guard: a yes", "Go ahead, and copy our own accountant on the letter please.", Accepted, "go ahead"},
		{"guard: their own figures", "We'll use our own figures for the forecast, please go ahead.", Accepted, "go ahead"},
	})
}
