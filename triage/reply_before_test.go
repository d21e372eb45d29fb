package triage

import "testing"

// TestReplyBeforeGoAhead: a go-ahead named inside a "before we …" clause
// waits on something first and is no acceptance, in English and the other
// languages; a go-ahead with a date after "before" still accepts. Replies
// written for the test (a roofer, a translator, a web designer, a
// surveyor, a caterer).
func TestReplyBeforeGoAhead(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"before we", "We need to talk to the landlord before we go ahead with the roof.", Unclear, ""},
		{"before I", "I'll check the budget with finance before I approve this.", Unclear, ""},
		{"nl voordat we", "We overleggen eerst met het bestuur voordat we akkoord geven.", Unclear, ""},
		{"fr avant de", "Nous devons consulter l'associé avant de vous donner le feu vert.", Unclear, ""},
		{"es antes de", "Lo hablo con mi socio antes de dar luz verde.", Unclear, ""},
		// Guards: a date or a time after "before".
		{"guard: before a date", "Before Friday please, go ahead.", Accepted, "go ahead"},
		{"guard: before the month end", "Please go ahead before the end of the month.", Accepted, "go ahead"},
	})
}
