package triage

import (
	"strings"
	"testing"
)

// TestSystemNotice: notifications sent from ordinary addresses (a signing
// service under the signer's name, a payment, a shared file, a portal, a
// password link, a French share) get no draft; a client's note that names
// one such event, speaks for themself, greets the firm's person, asks, or
// passes on a typed message is read. Messages written for the test.
func TestSystemNotice(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		from, body string
		skip       bool
	}{
		{"Leo Marsh via Penmark <leo.marsh@penmark.example.net>", "All parties have signed\n\nLease renewal - Unit 4, Dockside Yard\n\nThe completed document is attached. Anyone holding this link can download the document.\n\nPenmark - contracts made simple", true},
		{"Payments <payments@hollins-dairy.test>", "Hollins Dairy\n\nInvoice 3307 has been marked as paid.\n\nPayment received: 2 March 2027, GBP 640.00.\n\nKeep this notice for your records.", true},
		{"Sam Idowu (via Sharebox) <sam.idowu@sharebox.example.com>", "Sam Idowu shared a file with you\n\nFloor plan rev C.pdf\n\nOpen file: https://sharebox.example.com/f/9x\n\nManage notifications in your account.", true},
		{"Tenant Portal <portal@quayside-flats.test>", "You have a new secure message from the landlord's office.\n\nLog in to read it at the portal. For your safety the message is not shown here.", true},
		{"Ana Ruiz (via Partage) <ana.ruiz@partage.example.org>", "Ana Ruiz a partagé un dossier avec vous\n\nPhotos chantier\n\nOuvrez le dossier depuis votre compte. Paiement reçu pour l'abonnement.", true},
		// Guards.
		{"Rowan Tate <rowan@tate-bakery.test>", "Invoice 88 has been paid. Please send the receipt to the shop address.\n\nRowan", false},
		{"Rowan Tate <rowan@tate-bakery.test>", "The password reset link expires before it reaches me. Please reset the booking account for the bakery.\n\nRowan", false},
		{"Rowan Tate <rowan@tate-bakery.test>", "Hi Ann,\n\npayment received and the completed document is in the shared folder. Please book the oven service for March.\n\nRowan", false},
		{"Rowan Tate <rowan@tate-bakery.test>", "Payment received, thanks. The completed document is attached. Please countersign and return it.", false},
		{"Rowan Tate (via Sharebox) <rowan.tate@sharebox.example.com>", "Rowan Tate shared a folder with you\n\nMessage from Rowan Tate:\nPlease price the shelving shown in these photos.\n\nOpen folder: https://sharebox.example.com/s/7q", false},
	}
	for i, tt := range tests {
		t.Run(strings.Repeat("x", i+1), func(t *testing.T) {
			msg := "From: " + tt.from + "\r\nTo: Ann Bell <ann@firm.example.com>\r\nSubject: Update" +
				"\r\nMessage-ID: <sn-" + strings.Repeat("x", i+1) + "@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
				strings.ReplaceAll(tt.body, "\n", "\r\n")
			res := e.AnalyzeBytes([]byte(msg))
			skipped := res.Skip && res.SkipReason != SkipNoQuestions
			if skipped != tt.skip || (tt.skip && res.SkipReason != SkipAuto) {
				t.Errorf("skip=%v (%s), want %v; questions %v", res.Skip, res.SkipReason, tt.skip, res.Questions)
			}
		})
	}
}
