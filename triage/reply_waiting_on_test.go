package triage

import "testing"

// TestReplyWaitingOnSomeone: waiting on someone or something ("wir warten
// auf den Vorstand") is pending, not a deferral; waiting to a time or
// with no object ("wir warten bis März", "wir warten lieber") stays a no.
// A partial cue after a recipient ("to me rather than the agent") sets
// one payee against another, not a part of the work against the whole.
func TestReplyWaitingOnSomeone(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"waiting on", "Danke, wir warten auf die Zustimmung der Bank.", Unclear, ""},
		{"waiting on", "Wir warten noch auf den Bescheid vom Finanzamt, dann melde ich mich.", Unclear, ""},
		{"waiting on", "Vielen Dank. Wir warten erst auf das Gutachten des Statikers.", Unclear, ""},
		{"waiting on", "Gut, dann warten wir auf die Unterschrift meines Partners.", Unclear, ""},
		{"waiting on", "Ja bitte, legen Sie los, wir warten auf Ihre Rechnung.", Accepted, ""},
		{"waiting on guard", "Danke, aber wir warten bis nächstes Jahr.", Declined, "wir warten"},
		{"waiting on guard", "Wir warten lieber, das ist uns im Moment zu viel.", Declined, ""},

		{"recipient against recipient", "Go ahead. Could you invoice it to me rather than the agent?", Accepted, ""},
		{"recipient against recipient", "Yes please. Can you send the bill to us instead of the landlord?", Accepted, ""},
		{"recipient against recipient", "Happy to proceed - could you address the invoice to our company rather than my husband?", Accepted, ""},
		{"recipient against recipient", "Please go ahead, and can you invoice it to my business instead of me personally?", Accepted, ""},
		{"recipient against recipient", "Go for it. Can you bill it to them rather than the trust?", Accepted, ""},
		{"recipient against recipient guard", "Could you do the payroll rather than the whole review?", Unclear, ""},
		{"recipient against recipient guard", "Can you do it for me instead of the full audit?", Unclear, ""},
	})
}
