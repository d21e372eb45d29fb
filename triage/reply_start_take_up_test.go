package triage

import "testing"

// TestReplyGermanStartSeparable: German starting verbs with the work
// named after "mit" ("fangen Sie mit … an", "Sie können mit … beginnen")
// accept as "please start on it" does; a negated start or a
// question about it does not.
func TestReplyGermanStartSeparable(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"de fangen sie an", "Ja, fangen Sie bitte mit der Abrechnung an.", Accepted, ""},
		{"de beginnen sie mit", "Danke, beginnen Sie bitte mit der Inventur.", Accepted, ""},
		{"de sie können beginnen", "Gut, Sie können mit den Zeichnungen beginnen.", Accepted, ""},
		{"de sie können mit anfangen", "Einverstanden, Sie können mit dem Umbau anfangen.", Accepted, ""},
		{"de fangen sie mit an", "Passt, fangen Sie mit der ersten Etage an.", Accepted, ""},
		// Guards: not yet; a question.
		{"de not yet", "Fangen Sie mit dem Gutachten noch nicht an.", Unclear, ""},
		{"de cannot yet", "Sie können noch nicht mit dem Umbau beginnen, der Vorstand muss zustimmen.", Unclear, ""},
		{"de question", "Wann könnten Sie denn anfangen?", Unclear, ""},
	})
}

// TestReplyTakeItUpDeclines: the client taking the matter up with the
// other party themselves declines the quoted work; asking the firm to
// take it up, or a question about it, does not.
func TestReplyTakeItUpDeclines(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"we'll take it up with", "Thanks, but we'll take it up with the landlord ourselves.", Declined, ""},
		{"i'll take this up with", "On balance I'll take this up with the bank before spending money on it.", Declined, ""},
		{"we'll deal with directly", "Appreciated, but we'll deal with the council directly.", Declined, ""},
		{"i'll go direct to", "No thanks, I'll go direct to the supplier for a refund.", Declined, ""},
		{"we will take it up with", "We will take it up with the insurer at renewal instead.", Declined, ""},
		// Guards: the firm is asked to take it up; a question.
		{"guard: you take it up", "Yes please, could you take it up with the landlord for us?", Accepted, ""},
		{"guard: question", "Would it be cheaper if we took it up with the bank ourselves?", Unclear, ""},
	})
}
