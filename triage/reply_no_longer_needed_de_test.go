package triage

import "testing"

// TestReplyGermanFirmNoLongerNeeded: "Wir brauchen Sie dafür nicht mehr":
// the firm no longer needed for the work, a purpose between, is a no, as
// "nicht mehr nötig" is. A question whether the firm still needs
// something, and a go-ahead, are not.
func TestReplyGermanFirmNoLongerNeeded(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"brauchen Sie dafür", "Danke für das Angebot, aber wir brauchen Sie dafür nicht mehr.", Declined, "nicht mehr"},
		{"brauche Sie für", "Vielen Dank, ich brauche Sie für die Renovierung nicht mehr, mein Schwager macht das.", Declined, "nicht mehr"},
		{"benötigen Sie", "Wir benötigen Sie für das Gutachten nicht mehr.", Declined, "nicht mehr"},
		{"brauchen dich", "Danke dir, aber wir brauchen dich dafür nicht mehr.", Declined, "nicht mehr"},
		{"brauche dich jetzt", "Ich brauche dich jetzt doch nicht mehr, der Garten ist schon fertig.", Declined, "nicht mehr"},
		// Guards: the firm's need asked after; a go-ahead.
		{"guard: do you still need", "Brauchen Sie noch die Belege vom März?", Unclear, ""},
		{"guard: go-ahead", "Ja bitte, legen Sie los. Die Unterlagen brauchen Sie bis Freitag?", Accepted, ""},
	})
}
