package triage

import (
	"strings"
	"testing"
)

// TestSubscriberMail: a fresh campaign or bulletin sent without List
// headers whose own footer says why the reader gets it or how to stop it
// is bulk; a client's one-to-one mail with such a footer that greets the
// firm's person or speaks for one person, a reply, and a forward with
// the client's words on top are read. Messages written for the test.
func TestSubscriberMail(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		from, subject, body string
		skip                bool
	}{
		{"Kelvin Rowe <kelvin@brindle-glass.test>", "Winter sale on glazing beads", "Brindle Glass Supplies - Trade Offers\n\nStock up before the frost: all glazing beads and spacer bars 20% off this fortnight.\n\nWhy wait for the spring rush? Order by phone or online.\n\nYou are receiving this because you hold a Brindle trade card. To stop receiving these emails, reply STOP.", true},
		{"Holzhandel Brenner <info@holz-brenner.test>", "Neue Werkzeuge im Januar", "Holzhandel Brenner - Neuheiten\n\nAb Januar führen wir Hobel und Stechbeitel von drei neuen Herstellern. Bestellen Sie jetzt online oder rufen Sie uns an, um einen Termin in der Ausstellung zu vereinbaren.\n\nSie erhalten diese E-Mail, weil Sie Kunde bei Holzhandel Brenner sind. Newsletter abbestellen: antworten Sie mit STOP.", true},
		{"Odile Dufresne <odile@pepiniere-dufresne.test>", "Nouveautés de printemps", "Pépinière Dufresne\n\nLes rosiers grimpants sont arrivés. Passez nous voir avant le 15 mars !\n\nVous recevez cet e-mail car vous êtes client de la pépinière. Pour vous désabonner, répondez STOP.", true},
		// Guards.
		{"Oakhill Bistro <hello@oakhill.test>", "Spring menu tasting", "Hi Ann,\n\nWe'd love you to cater our spring menu tasting on 4 April for 30 guests. Could you send a price?\n\nYou are receiving this because you are a supplier of Oakhill Bistro. Manage your preferences at oakhill.test/prefs", false},
		{"Marta Quist <marta@quist-funerals.test>", "Bench order", "Please make two oak benches for the chapel garden, same drawing as last year.\n\nMarta Quist\n\nYou're receiving this because you contacted Quist Funerals. To stop receiving these emails, reply STOP.", false},
		{"Quist Funerals <office@quist-funerals.test>", "Re: Bench order", "Can the benches be delivered on a Saturday?\n\nYou are receiving this because you are a supplier of Quist Funerals.", false},
	}
	for i, tt := range tests {
		t.Run(strings.Repeat("x", i+1), func(t *testing.T) {
			msg := "From: " + tt.from + "\r\nTo: Ann Bell <ann@firm.example.com>\r\nSubject: " + tt.subject +
				"\r\nMessage-ID: <sm-" + strings.Repeat("x", i+1) + "@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
				strings.ReplaceAll(tt.body, "\n", "\r\n")
			res := e.AnalyzeBytes([]byte(msg))
			skipped := res.Skip && res.SkipReason != SkipNoQuestions
			if skipped != tt.skip || (tt.skip && res.SkipReason != SkipBulk) {
				t.Errorf("skip=%v (%s), want %v; questions %v", res.Skip, res.SkipReason, tt.skip, res.Questions)
			}
		})
	}
}
