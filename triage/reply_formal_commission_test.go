package triage

import "testing"

// TestReplyFormalCommission: a formal first-person instruction to the
// firm in German, Dutch, Italian, French, Spanish or Portuguese accepts
// the quote as "we instruct you" does (words_reply_commission.go); the
// negated instruction, a question and someone else commissioned do not.
// Sentences written for the test.
func TestReplyFormalCommission(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"commission de", "Hiermit beauftragen wir Sie mit der Bewertung des Grundstücks.", Accepted, "beauftragen wir sie"},
		{"commission de", "Sehr geehrte Frau Kranz, ich beauftrage Sie zu den genannten Konditionen.", Accepted, "ich beauftrage sie"},
		{"commission de", "Gerne erteilen wir Ihnen den Auftrag für die Wartung.", Accepted, ""},
		{"commission nl", "Bij deze geven wij u opdracht om de keuring uit te voeren.", Accepted, "geven wij u opdracht"},
		{"commission it", "Con la presente le conferiamo l'incarico per la perizia.", Accepted, ""},
		{"commission fr", "Par la présente, nous vous confions la mission de diagnostic.", Accepted, ""},
		{"commission pt", "Combinado, adjudicamos o trabalho nas condições indicadas.", Accepted, ""},
		{"commission guard negated", "Wir beauftragen Sie vorerst nicht, danke.", Declined, ""},
		{"commission guard other", "Danke, wir haben inzwischen jemand anderen beauftragt.", Declined, "jemand anderen"},
		{"commission guard question", "Sollen wir Sie schriftlich beauftragen oder reicht eine E-Mail?", Unclear, ""},
	})
}
