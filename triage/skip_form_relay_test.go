package triage

import (
	"strings"
	"testing"
)

// TestFormRelayOnLabelLine: a website form's mail, marked auto-generated
// and sent from the site's own no-reply mailbox with the visitor in
// Reply-To, carries the visitor's text after "Message:" or "Comments:"
// on the label's own line; it is read for asks, not skipped. Without a
// Reply-To elsewhere (a CRM's "new lead" notice), or with no text after
// the label, it stays an automatic mail. (A Reply-To made of a person's
// name was read before: personalAddress.) Messages written for this test.
func TestFormRelayOnLabelLine(t *testing.T) {
	e := New(DefaultConfig())
	msg := func(replyTo, body string) []byte {
		h := "From: Site Forms <no-reply@glazier.test>\r\n"
		if replyTo != "" {
			h += "Reply-To: " + replyTo + "\r\n"
		}
		h += "To: Ann Cole <ann@glazier.test>\r\nSubject: Website enquiry\r\nDate: Mon, 07 Dec 2026 09:00:00 +0000\r\n" +
			"Message-ID: <form1@glazier.test>\r\nAuto-Submitted: auto-generated\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: text/plain; charset=utf-8\r\n\r\n"
		return []byte(h + strings.ReplaceAll(body, "\n", "\r\n"))
	}
	tests := []struct {
		name, replyTo, body string
		reason              SkipReason // "" when answered
		asks                int
	}{
		{"message", "info@halebuild.test",
			"Name: Tom Hale\nPhone: 07700 900111\nMessage: Do you fit secondary glazing in listed buildings? And could you visit next week?\n", "", 2},
		{"comments", "rita@client.test",
			"Form: Request a callback\nName: Rita Bose\nComments: Can someone ring me about a cracked shop window?\n", "", 1},
		{"enquiry", "Wei Trading <sales@weitrading.test>",
			"Your enquiry: We need a price for replacing six sash windows in a terrace, can you help?\n", "", 1},
		// Guards.
		{"guard: no reply-to", "",
			"Name: Tom Hale\nMessage: Do you fit secondary glazing in listed buildings?\n", SkipAuto, 0},
		{"guard: reply-to is the sender", "no-reply@glazier.test",
			"Name: Tom Hale\nMessage: Do you fit secondary glazing in listed buildings?\n", SkipAuto, 0},
		{"guard: no text after the label", "office@client.test",
			"Booking confirmed.\nRef: 4471\nComments: none\n", SkipAuto, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.AnalyzeBytes(msg(tt.replyTo, tt.body))
			if r.SkipReason != tt.reason || r.Skip != (tt.reason != "") || len(r.Questions) != tt.asks {
				t.Fatalf("skip %v (%q), %d asks; want %q, %d asks", r.Skip, r.SkipReason, len(r.Questions), tt.reason, tt.asks)
			}
		})
	}
}
