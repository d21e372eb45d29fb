package triage

import "testing"

// TestReplyGermanNoWish: German "wir möchten keinen/keine/kein …
// abschließen/beauftragen/bestellen" turns the quoted thing down; not
// wanting to lose time, or wanting no delay, goes ahead. Sentences
// written for the test (a translator, a sign maker, a piano tuner).
func TestReplyGermanNoWish(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"keinen abschließen", "Danke für das Angebot, aber wir möchten keinen Pflegevertrag abschließen.", Declined, ""},
		{"keine beauftragen", "Ich möchte keine Übersetzung der Anlagen beauftragen, danke.", Declined, ""},
		{"kein bestellen", "Wir möchten kein zweites Schild bestellen, das alte reicht.", Declined, ""},
		// Guards: urgency, not a no.
		{"guard keine zeit verlieren", "Ja bitte, wir möchten keine Zeit verlieren.", Accepted, ""},
		{"guard keine verzögerung", "Machen Sie das bitte, wir möchten keine Verzögerung beim Stimmen.", Accepted, ""},
	})
}
