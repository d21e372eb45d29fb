package triage

import "testing"

// TestReplyDeclineIdioms: incredulity that asks nothing back ("are you
// having a laugh?"), a price past what the client can find ("more than we
// can stretch to") and making do with what or whom they have decline;
// paperwork the client will send later ("I'll send the PO once it's
// raised") sets no condition on a go-ahead.
func TestReplyDeclineIdioms(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"incredulity", "Three hundred for a logo tweak? Are you having a laugh? No thanks.", Declined, "no thanks"},
		{"incredulity", "You're having me on. We'll leave it, thanks.", Declined, "leave it"},
		{"incredulity", "Are you for real? Not at that price, sorry.", Declined, "not at that price"},
		{"past the budget", "Thanks, but that's more than we can stretch to this year.", Declined, "more than we can stretch to"},
		{"past the budget", "Sorry, it's more than I could afford right now.", Declined, "more than i could afford"},
		{"making do", "No problem, we'll manage with the old boiler for another winter.", Declined, "manage with"},
		{"making do", "Thanks for looking. We can make do with our own handyman on this one.", Declined, "make do with"},
		{"paperwork later", "Approved. I'll send the purchase order across once procurement sign it off.", Accepted, "approved"},
		{"paperwork later", "Yes please go ahead, we'll raise a PO once the budget code comes through.", Accepted, "go ahead"},
		{"guard: real condition", "Go ahead once the landlord has signed the lease.", Unclear, "conditional"},
		{"guard: stretch yes", "We can stretch to that, go ahead.", Accepted, "go ahead"},
		{"guard: real question", "Happy to go ahead. Are you free on Tuesday to start?", Accepted, "go ahead"},
	})
}
