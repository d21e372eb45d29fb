package triage

import (
	"strings"
	"testing"
)

// TestReplySubjectAnswerBesideAside: the answer written in the subject
// ("Re: Gutter clean - go ahead") decides a reply whose body holds only an
// aside with no cue; a body with a cue of its own is read as it is, and a
// subject without an answer adds nothing.
func TestReplySubjectAnswerBesideAside(t *testing.T) {
	e := New(DefaultConfig())
	msg := func(subject, body string) []byte {
		return []byte("From: kim@client.test\nSubject: " + subject + "\nIn-Reply-To: <q9@firm.test>\n" +
			"Content-Type: text/plain; charset=utf-8\n\n" + body +
			"\n\nOn Tue, 1 Dec 2026, Robin <robin@firm.test> wrote:\n> The survey would take 3 hours at $80 an hour.\n> Shall I go ahead?\n")
	}
	tests := []struct {
		name, subject, body string
		want                Decision
		reason              string
	}{
		{"go ahead, ladder aside", "Re: Gutter clearing - go ahead", "The ladder is in the garage, side door's open.\n\nKim", Accepted, "in the subject"},
		{"yes please, parking aside", "RE: Piano tuning: yes please", "Parking is on the street after 9.\n\nKim", Accepted, "in the subject"},
		{"no thanks, cheers aside", "Re: Boiler service quote - no thanks", "Cheers for the quick answer, Robin.\n\nKim", Declined, "in the subject"},
		{"not needed, greeting aside", "Re: Survey - not needed after all", "Hope the new van is working out!\n\nKim", Declined, "in the subject"},
		{"proceed, address aside", "AW: Chimney sweep – please proceed", "We're at number 14, the blue door.\n\nKim", Accepted, "in the subject"},
		// Guards.
		{"guard: body's own no wins", "Re: Gutter clearing - go ahead", "Actually, please hold off for now.\n\nKim", Declined, "hold off"},
		{"guard: body's question", "Re: Gutter clearing - go ahead", "Does that include the downpipes?\n\nKim", Unclear, ""},
		{"guard: thread subject only", "Re: Gutter clearing - back of the house", "The ladder is in the garage.\n\nKim", Unclear, "no answer"},
		{"guard: no separator", "Re: Gutter clearing", "The ladder is in the garage.\n\nKim", Unclear, "no answer"},
		{"guard: subject question", "Re: Gutter clearing - how long?", "The ladder is in the garage.\n\nKim", Unclear, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.AnalyzeBytes(msg(tt.subject, tt.body))
			if r.ReplyDecision != tt.want || !strings.Contains(r.ReplyReason, tt.reason) {
				t.Errorf("decision %q (%s), want %q (%s…)", r.ReplyDecision, r.ReplyReason, tt.want, tt.reason)
			}
		})
	}
}
