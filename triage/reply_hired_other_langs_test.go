package triage

import "testing"

// TestReplyHiredOtherLangs: the work given to someone else, in German,
// Spanish, French, Italian, Portuguese and Dutch, declines as "we've gone
// with another firm" does; a yes with "another day" in it stays a yes.
// Sentences written for the test.
func TestReplyHiredOtherLangs(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"hired other", "Gracias, pero ya se lo hemos pedido a otra persona.", Declined, "pedido a otra"},
		{"hired other", "Hemos contratado a otra empresa para la reforma.", Declined, ""},
		{"hired other", "Merci, mais nous avons fait appel à un autre cabinet.", Declined, "fait appel"},
		{"hired other", "Grazie, ma l'abbiamo affidato a un altro studio.", Declined, "affidato"},
		{"hired other", "Obrigado, mas já contratámos outra empresa.", Declined, ""},
		{"hired other", "Danke, wir haben inzwischen jemand anderen beauftragt.", Declined, "jemand anderen"},
		{"hired other", "Bedankt, maar we hebben een ander bureau ingeschakeld.", Declined, "ander bureau"},
		{"hired other guard", "Sí, adelante. ¿Puede pasar otro día?", Accepted, "adelante"},
		{"hired other guard", "Ja, bitte machen Sie das.", Accepted, ""},
	})
}
