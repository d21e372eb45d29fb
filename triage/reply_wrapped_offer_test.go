package triage

import (
	"strings"
	"testing"
)

// TestReplyWrappedOffer: a quote's go-ahead question wrapped over two
// quoted lines ("… Shall I" / "> go ahead?") is still the question the
// inline answer under it answers; an answer under a quoted line that only
// continues something else, or under the next quoted paragraph, is not.
// Sentences written for the test (a piano tuner, a kitchen fitter, a
// travel agent).
func TestReplyWrappedOffer(t *testing.T) {
	e := New(DefaultConfig())
	msg := func(body string) []byte {
		return []byte("From: noor@client.test\nIn-Reply-To: <q9@firm.test>\nContent-Type: text/plain; charset=utf-8\n\n" + body)
	}
	const attr = "On Wed, 2 Dec 2026, Ivo <ivo@firm.test> wrote:\n"
	tests := []struct {
		name, body string
		want       Decision
		reason     string
	}{
		{"offer wrapped, yes under it", attr + "> The upright only needs a standard tuning, no extra charge.\n\nLovely.\n\n" +
			"> Regulating the action as well would be 2 hours at $60/hour. Shall I\n> go ahead?\n\nYes, do.\n\n> Ivo\n", Accepted, ""},
		{"offer wrapped, no under it", attr + "> The worktop is in stock.\n\nGood.\n\n> Templating the island would be a further 3 hours. Would you like me to\n" +
			"> go ahead?\n\nNo thanks, we'll keep the old one.\n\n> Ivo\n", Declined, "no thanks"},
		{"still read: the offer whole on the second line", attr + "> Rebooking the ferry legs comes to 1.5 hours at €40/hour. Let me know if you'd\n" +
			"> like me to go ahead.\n\nGo for it.\n\n> Ivo\n", Accepted, "go for it"},
		{"offer on one line still read", attr + "> Rebooking is 1 hour at €40/hour.\n> Shall I go ahead?\n\nNo, leave it.\n\n> Ivo\n", Declined, ""},
		{"guard: answer under the next paragraph", attr + "> Regulating the action would be 2 hours. Shall I\n> go ahead?\n>\n> Also, is the piano near a radiator?\n\nYes it is.\n\n> Ivo\n", Unclear, ""},
		{"guard: answer to an earlier question", attr + "> Is the island staying where it is? Templating would be\n> 3 hours.\n\nYes it stays.\n\n> Ivo\n", Unclear, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.AnalyzeBytes(msg(tt.body))
			if r.ReplyDecision != tt.want || !strings.Contains(r.ReplyReason, tt.reason) {
				t.Errorf("decision %q (%s), want %q (%s…)", r.ReplyDecision, r.ReplyReason, tt.want, tt.reason)
			}
		})
	}
}
