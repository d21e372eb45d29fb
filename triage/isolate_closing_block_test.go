package triage

import (
	"strings"
	"testing"
)

// TestSignatureTagline: a tagline (often a question) under a full
// signature block goes with the block (isolate_closing_block.go); an
// afterthought after a bare name, a P.S., or a long paragraph stays.
func TestSignatureTagline(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		name, in, want string
	}{
		{"an eco footer under a title", "Could you service the boiler next week?\n\nBest wishes,\nTara Quinn\nOffice Manager, Quinn Dental\nDo you really need to print this email? Save paper.",
			"Could you service the boiler next week?"},
		{"a sales line under a company", "Please send the revised floor plan.\n\nCheers,\nOwen Pike\n\nOwen Pike | Pike Joinery\nNeed a new kitchen? Ask us about our spring offer.",
			"Please send the revised floor plan."},
		{"an out-of-hours notice", "Can we move the audit to March?\n\nKind regards,\nDr Hana Sato\nPractice Lead, Elm Surgery\n01632 960 777\nIs this urgent? If not, please note replies may take two working days.",
			"Can we move the audit to March?"},
		{"two tagline lines", "Is the van booked for Friday?\n\nThanks,\nGil Moreno\nFleet Coordinator\nGoing green this year? Ask us about our electric fleet offers.\nFollow us on social media for the latest news and updates.",
			"Is the van booked for Friday?"},
		{"a local sign-off", "Könnten Sie die Rechnung korrigieren?\n\nMit freundlichen Grüßen\nJonas Brandt\nEinkauf, Brandt GmbH\nSchon unseren neuen Newsletter abonniert? Jetzt hier auf unserer Website anmelden.",
			"Könnten Sie die Rechnung korrigieren?"},
		{"guard: afterthought after a bare name", "Could you check the lease dates?\n\nThanks,\nBob\nOh and can you also send the March invoice?",
			"Could you check the lease dates?\n\nThanks,\nBob\nOh and can you also send the March invoice?"},
		{"guard: a P.S. under the block", "Please renew the domain.\n\nRegards,\nAnna Berg\nDirector, Berg Travel\nP.S. Can you also check the SSL certificate?",
			"Please renew the domain.\n\nRegards,\nAnna Berg\nDirector, Berg Travel\nP.S. Can you also check the SSL certificate?"},
		{"guard: a long paragraph after the block", "Please renew the domain.\n\nRegards,\nAnna Berg\nDirector, Berg Travel\nSorry, one more thing that I forgot to mention earlier today when we spoke on the phone about the domain and the hosting bill.",
			"Please renew the domain.\n\nRegards,\nAnna Berg\nDirector, Berg Travel\nSorry, one more thing that I forgot to mention earlier today when we spoke on the phone about the domain and the hosting bill."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.Isolate(tt.in); got != tt.want {
				t.Errorf("Isolate(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSignOffOverCard: below a sign-off and a name, a business card too
// long for a name block (title, firm, phone, a banner line with a
// question: "Did you know…?", "Know a great chef?") is no part of the new
// text; a postscript below the name, and text below a sign-off with no
// contact line under it, stay.
func TestSignOffOverCard(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		name, body, keep, drop string
	}{
		{"banner question", "Can you send the P60s?\n\nThanks\nMo\n\nMo Hart | Head Chef | The Lantern\nT: 01632 960 112\nDid you know we now cater weddings? Ask us how!\nPlease consider the environment before printing.",
			"Can you send the P60s?", "Did you know"},
		{"hiring banner", "Could you check the holiday pay for March?\n\nKind regards\n\nLia Moss\nMoss Dental | Smile care since 1998\nWe're hiring! Know a great hygienist? Send them our way.",
			"Could you check the holiday pay", "Know a great"},
		{"card with site", "Is the VAT return filed?\n\nBest,\nRaj\n\nRaj Patel, Director\nPatel Print Ltd, Unit 4 Mill Lane, Leeds\nwww.patelprint.test\nFancy a free sample pack? Just reply to this email.",
			"Is the VAT return filed?", "Fancy a free"},
		{"long message above the card", strings.Repeat("We moved the stock room last month.\n", 30) + "Can you send the P60s?\n\nThanks\nMo\n\nMo Hart | Head Chef | The Lantern\nT: 01632 960 112\nDid you know we now cater weddings? Ask us how!",
			"Can you send the P60s?", "Did you know"},
		{"postscript stays", "Can you send the P60s?\n\nThanks\nMo\n\nPS could you also resend the October payslips?\nT: 01632 960 112",
			"could you also resend the October payslips", ""},
		{"no contact line", "Can you send the P60s?\n\nThanks\nMo\n\nOne more thing: is the staff party taxable? Our accountant last year said no but I'm not so sure now.",
			"is the staff party taxable", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.Isolate(tt.body)
			if !strings.Contains(got, tt.keep) {
				t.Errorf("new text lost %q:\n%s", tt.keep, got)
			}
			if tt.drop != "" && strings.Contains(got, tt.drop) {
				t.Errorf("new text keeps the card's %q:\n%s", tt.drop, got)
			}
		})
	}
}
