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
