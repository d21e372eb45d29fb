package triage

import (
	"strings"
	"testing"
)

// TestUnreadNotice: a system's notice sent from an ordinary address whose
// text says replies are not read (a remittance, a booking confirmation, a
// French and a German notice) gets no draft; a person who says their old
// mailbox goes unread, greets the firm's person, or asks is answered.
// Messages written for the test.
func TestUnreadNotice(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		from, body string
		skip       bool
	}{
		{"Ledger Desk <ap@copperfield-mills.test>", "Copperfield Mills\n\nRemittance advice\n\nPayment of GBP 1,204.50 for invoice 77-310 was sent on 2 March.\n\nThis mailbox is not monitored.", true},
		{"Room Bookings <bookings@larchside-hall.test>", "Your booking of the Garden Room on 14 May, 18:00-23:00, is confirmed.\n\nPlease do not reply to this email. To change a booking, use the hall's website.", true},
		{"Service Clients <clients@atelier-brun.test>", "Votre paiement de 320,00 EUR a bien été enregistré.\n\nMerci de ne pas répondre à ce message, cette adresse n'est pas surveillée.", true},
		{"Buchhaltung <buchhaltung@moebel-hartl.test>", "Zahlungsavis\n\nDie Rechnung 5521 wurde am 3. März beglichen.\n\nBitte antworten Sie nicht auf diese E-Mail, das Postfach wird nicht überwacht.", true},
		// Guards: a person, a greeting, an ask.
		{"Nadia Ferris <nadia@ferris-ceramics.test>", "This address isn't monitored after Friday, my new one is nadia.f@example.net.\n\nPlease send the kiln invoice there.\n\nNadia", false},
		{"Nadia Ferris <nadia@ferris-ceramics.test>", "Hi Ann,\n\nthe shop inbox is not monitored over Easter, so please send the glaze order confirmation to the studio address.\n\nNadia", false},
		{"Orders <orders@ferris-ceramics.test>", "This mailbox is not monitored. Please send the signed delivery note to the studio address.", false},
		{"Orders <orders@ferris-ceramics.test>", "Order 4410 has shipped. Replies to this address are not monitored. Could you confirm the crate arrived undamaged?", false},
	}
	for i, tt := range tests {
		t.Run(strings.Repeat("x", i+1), func(t *testing.T) {
			msg := "From: " + tt.from + "\r\nTo: Ann Bell <ann@firm.example.com>\r\nSubject: Notice" +
				"\r\nMessage-ID: <un-" + strings.Repeat("x", i+1) + "@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
				strings.ReplaceAll(tt.body, "\n", "\r\n")
			res := e.AnalyzeBytes([]byte(msg))
			skipped := res.Skip && res.SkipReason != SkipNoQuestions
			if skipped != tt.skip || (tt.skip && res.SkipReason != SkipAuto) {
				t.Errorf("skip=%v (%s), want %v; questions %v", res.Skip, res.SkipReason, tt.skip, res.Questions)
			}
		})
	}
}
