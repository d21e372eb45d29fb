package triage

import "testing"

// TestQuotedRequestOnly: a request standing only inside quotation marks
// is the wording of a message, sign or error the client reports, not an
// ask (shapes_quoted.go); a request outside the quotes still asks.
// Sentences written for the test.
func TestQuotedRequestOnly(t *testing.T) {
	t.Run("reported wording: no ask", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"en", "Every time I log in the portal says \"Please update your browser to continue\" even on the new laptop.", ""},
			{"en", "The parking machine just shows “Please insert coin” and keeps the card.", ""},
			{"en", "Our tenants got a letter headed \"Please read carefully\" from the managing agent yesterday.", ""},
			{"en", "When we scan the barcode the till beeps and shows «Please call a supervisor» on the screen.", ""},
			{"de", "Seit gestern zeigt die Kasse nur „Bitte wenden Sie sich an den Support“ an.", ""},
			{"en", "The app keeps popping up \"Kindly verify your email address\" although I verified it last week.", ""},
		})
	})
	t.Run("guards: the ask is outside the quotes", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"en", "Please change the banner to say \"Open every Sunday\" from next week.", Paid},
			{"en", "Can you tell me what \"please allow 28 days\" means on the council letter?", Quick},
			{"en", "Could you redesign the flyer that says \"Please come to our open day\"?", Paid},
			{"en", "Please send me the form marked \"Please return by Friday\".", Quick},
		})
	})
}
