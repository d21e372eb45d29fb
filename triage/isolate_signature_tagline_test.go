package triage

import "testing"

// TestSignatureTagline: a tagline (often a question) under a full
// signature block goes with the block (isolate_signature_tagline.go); an
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
