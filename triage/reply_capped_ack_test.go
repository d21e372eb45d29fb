package triage

import (
	"strings"
	"testing"
)

// TestReplyCappedAck: a cap on the hours beside no more than an
// acknowledgement or a weak yes ("OK, keep it under 3 hours") sets a
// limit on the work, a go-ahead within it that the quote's hours settle;
// a cap beside a no, a hedge, a condition, a question or a price, or a
// cue-less cap, is read as before. Sentences written for the test (a
// roofer's survey, a translator, a van hire firm, a sound engineer).
func TestReplyCappedAck(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		text   string
		want   Decision
		cap    int
		reason string
	}{
		{"Ok, keep it under 4 hours please.", Unclear, 240, "capped at 4 h"},
		{"That's fine, just limit it to two hours and send the bill to the office.", Unclear, 120, "capped at 2 h"},
		{"Alright. Keep it within 1.5 hours though.", Unclear, 90, "capped at 1.5 h"},
		{"Great, keep it below 3 hrs.", Unclear, 180, "capped at 3 h"},
		// Guards: a cap beside a no, a hedge, a condition or a question.
		{"No thanks. Keep it under 2 hours next year.", Declined, 0, "no thanks"},
		{"Ok, but let me think about it. Keep it under 2 hours if we do.", Unclear, 0, ""},
		{"Fine, keep it under 2 hours. Is VAT included in that?", Unclear, 0, "question back"},
		{"Ok if you can keep it under 2 hours.", Unclear, 0, "conditional"},
		{"Ok, keep it under 2 hours and £150.", Unclear, 0, ""},
		{"Keep it under 2 hours.", Unclear, 0, ""},
	}
	for _, tt := range tests {
		got := e.ReadReply(tt.text)
		if got.Decision != tt.want || got.CapMinutes != tt.cap || !strings.Contains(got.Reason, tt.reason) {
			t.Errorf("ReadReply(%q) = %s (%s) cap %d, want %s (%s…) cap %d", tt.text, got.Decision, got.Reason, got.CapMinutes, tt.want, tt.reason, tt.cap)
		}
	}
	quote := "\n\nOn Tue, 1 Dec 2026 at 10:05, Lea <lea@firm.test> wrote:\n> Hi Sam,\n>\n> Mixing the live recording is more than a quick job: I will need 3 hours at $70 per hour.\n> Shall I go ahead?\n>\n> Lea\n"
	for _, tt := range []struct {
		body   string
		want   Decision
		reason string
	}{
		{"Ok, keep it under 4 hours.\n\nSam" + quote, Accepted, "at or above the quoted 3 h"},
		{"Fine, but limit it to 2 hours.\n\nSam" + quote, Unclear, "below the quoted 3 h"},
	} {
		r := e.AnalyzeBytes([]byte("From: sam@client.test\nIn-Reply-To: <q5@firm.test>\nContent-Type: text/plain; charset=utf-8\n\n" + tt.body))
		if r.ReplyDecision != tt.want || !strings.Contains(r.ReplyReason, tt.reason) {
			t.Errorf("%q: decision %q (%s), want %q (%s…)", tt.body[:20], r.ReplyDecision, r.ReplyReason, tt.want, tt.reason)
		}
	}
}
