package triage

import (
	"strings"
	"testing"
)

// TestAwayReachWording: short informal away replies without automatic
// headers (no laptop or signal, a redirect by topic or urgency) get no
// draft; a person who mentions the same and asks is answered. Messages
// written for the test.
func TestAwayReachWording(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		body string
		skip bool
	}{
		{"Away until the 9th, no laptop with me.\n\nIf it's urgent please ring the bakery on 01632 960 871 and ask for Dev.\n\nMo", true},
		{"Travelling this week with patchy signal. If it's about a delivery, text Rosa on 07700 900 332; everything else will wait till I'm back.\n\nKit", true},
		{"Off grid camping until Sunday - no wifi and no phone signal. If it is regarding the shop fit, Lenny can help.\n\nAsh", true},
		// Guards: the person mentions the same things and asks.
		{"No laptop till Friday so I'm on my phone. Can you send the tile samples to the shop instead of my house?\n\nMo", false},
		{"Signal is patchy here, sorry if this sends twice. If it's urgent could you call the shop rather than me? Is the kiln part in yet?\n\nKit", false},
		{"If it's about the same leak as last time, can you bring the longer hose? No wifi at the unit so ring when you're outside.\n\nAsh", false},
	}
	for i, tt := range tests {
		t.Run(strings.Repeat("x", i+1), func(t *testing.T) {
			msg := "From: Someone <someone@example.test>\r\nTo: Ann Bell <ann@firm.example.com>\r\nSubject: Re: January visit" +
				"\r\nIn-Reply-To: <orig-" + strings.Repeat("x", i+1) + "@firm.example.com>" +
				"\r\nMessage-ID: <ar-" + strings.Repeat("x", i+1) + "@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
				strings.ReplaceAll(tt.body, "\n", "\r\n")
			res := e.AnalyzeBytes([]byte(msg))
			if res.Skip != tt.skip || (tt.skip && res.SkipReason != SkipAuto) {
				t.Errorf("skip=%v (%s), want %v; questions %v", res.Skip, res.SkipReason, tt.skip, res.Questions)
			}
		})
	}
}
