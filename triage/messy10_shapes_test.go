package triage

import (
	"strings"
	"testing"
)

// TestListPostGroupQuestion: a discussion-list post answered because a
// member puts a request to the firm's person by name still holds list
// talk: a question to the whole group ("does anyone know …", "has anybody
// got …", "can someone bring …") is for the members, not the firm, so it
// is no ask of the draft; the named request is.
func TestListPostGroupQuestion(t *testing.T) {
	const head = "From: Wendy Sato <wendy@example.org>\n" +
		"To: Board <board@lists.kestrelrowing.test>\n" +
		"Subject: [Board] Spring regatta\n" +
		"List-Id: Kestrel board <board.lists.kestrelrowing.test>\n" +
		"List-Post: <mailto:board@lists.kestrelrowing.test>\n" +
		"Precedence: list\n" +
		"Content-Type: text/plain\n\n"
	tests := []struct {
		name, body, ask, group string
	}{
		{"does anyone know, before the named ask",
			"Hi all,\n\nDoes anyone know whether the boathouse keys were returned?\n\nIvo, could you draw up the regatta budget for the next meeting?\n\nWendy\n",
			"could you draw up the regatta budget", "Does anyone know"},
		{"has anybody got, after the named ask",
			"Morning everyone.\n\nMarta, can you send me the insurance schedule when you get a moment?\n\nHas anybody got a spare trailer board for Saturday?\n",
			"can you send me the insurance schedule", "Has anybody got"},
		{"can someone, in the same paragraph",
			"Lukas, could you look over the grant application before Friday? Can someone bring the urn to the clubhouse on Sunday?\n",
			"could you look over the grant application", "Can someone bring"},
		{"is anyone, texting style",
			"hey all\nNell, would u put together the treasurer's report for the AGM\nis anyone free to help rig the boats on the 9th?\n",
			"would u put together the treasurer's report", "is anyone free"},
		{"could everyone, polite",
			"Dear all,\n\nCould everyone please reply with their availability for the dinner?\n\nPavel, could you check the club's gift aid claim was submitted?\n",
			"could you check the club's gift aid claim", "Could everyone"},
		{"does anybody have",
			"Omar, can you prepare the membership fee invoices for January? Does anybody have the minutes from October?\n",
			"can you prepare the membership fee invoices", "Does anybody have"},
	}
	e := New(DefaultConfig())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.AnalyzeBytes([]byte(head + tt.body))
			if r.Skip {
				t.Fatalf("skipped (%s), want answered", r.SkipReason)
			}
			var found bool
			for _, q := range r.Questions {
				if strings.Contains(q.Text, tt.group) {
					t.Errorf("group question taken as an ask: %q", q.Text)
				}
				found = found || strings.Contains(q.Text, tt.ask)
			}
			if !found {
				t.Errorf("named ask %q not found in %v", tt.ask, r.Questions)
			}
		})
	}
}
