package triage

import "testing"

// TestReplyNoFollowUpAdverb: the formal French no to an offer with an
// adverb between the verb and "pas" ("nous ne donnerons donc pas suite")
// declines as the plain form does; taking the offer up, and "suite à" as
// "following", do not decline.
func TestReplyNoFollowUpAdverb(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"donc", "Le devis dépasse ce que nous avions prévu, nous ne donnerons donc pas suite.", Declined, ""},
		{"malheureusement", "Nous ne donnerons malheureusement pas suite à votre proposition.", Declined, ""},
		{"finalement", "Je ne donnerai finalement pas suite pour le moment, merci.", Declined, ""},
		{"probablement", "Le conseil ne donnera probablement pas suite, le budget est gelé.", Declined, ""},
		{"certainement", "Nous ne donnerons certainement pas suite avant l'an prochain.", Declined, ""},
		{"guard: taking it up", "Oui, nous donnons suite à votre devis, vous pouvez commencer.", Accepted, ""},
		{"guard: following", "Suite à votre devis, vous pouvez y aller.", Accepted, ""},
	})
}
