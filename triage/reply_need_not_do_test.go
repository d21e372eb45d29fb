package triage

import "testing"

// TestReplyNeedNotDo: a Dutch or German reply saying the firm need not do
// the work declines it; waiving a step ("you need not wait") does not.
// Sentences written for the test.
func TestReplyNeedNotDo(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"nl hoeven niet te doen", "Bedankt. De inspectie hoeven jullie niet te doen, de verhuurder regelt dat zelf.", Declined, ""},
		{"nl hoeft niet meer te maken", "U hoeft het ontwerp niet meer te maken, het project is geschrapt.", Declined, ""},
		{"de brauchen nicht zu machen", "Danke. Das Gutachten brauchen Sie nicht zu machen, der Käufer hat abgesagt.", Declined, ""},
		// Guards: a go-ahead that waives a step.
		{"guard nl wachten", "Ga uw gang, u hoeft ons niet eerst te bellen.", Accepted, ""},
		{"guard de warten", "Legen Sie los, Sie brauchen nicht auf unsere Unterschrift zu warten.", Accepted, ""},
	})
}

// TestReplyWentWell: Dutch "goed" in a report of how something went is no
// yes, so it does not make a no mixed; "goed" as an answer still leans yes.
func TestReplyWentWell(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"went well beside a no", "De keuring hoeven jullie niet te doen: bij de vorige eigenaar ging alles goed.", Declined, ""},
		{"went well beside a no, verlopen", "Het ontwerp hoeft u niet meer te maken, de eerste versie is goed verlopen.", Declined, ""},
		// Guard: "goed" answering the quote.
		{"guard goed as answer", "Goed, ga uw gang.", Accepted, ""},
	})
}
