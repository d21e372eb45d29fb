package triage

import "testing"

// TestDiscussionListNamedAsk: a post to a discussion list is list talk and
// skipped, unless a member puts a request to one person by name; bulk
// lists and one-click-unsubscribe senders stay skipped whatever they say.
func TestDiscussionListNamedAsk(t *testing.T) {
	const list = "From: Maya Ortiz <maya@harbourclub.test>\n" +
		"To: Club Board <board@lists.harbourclub.test>\n" +
		"Subject: [Board] Year end\n" +
		"List-Id: Club board <board.lists.harbourclub.test>\n" +
		"List-Post: <mailto:board@lists.harbourclub.test>\n" +
		"Content-Type: text/plain\n"
	tests := []struct {
		name, extra, body string
		skip              bool
	}{
		{"named member, could you", "Precedence: list\n",
			"Hi all,\n\nPriya, since you do our books, could you look at the bank reconciliation before the meeting?\n\nMaya\n", false},
		{"named member mid-text, can you", "",
			"Morning everyone. The hall is booked for the 3rd. Dev, can you send me last year's filing so I can check the dates?\n", false},
		{"named member after a greeting line, texting u", "Precedence: list\n",
			"hey folks\nSam, as treasurer would u sign off the grant claim this week?\n", false},
		{"question to the group", "Precedence: list\n",
			"Hi all,\n\nDoes anyone know a good payroll bureau? Ours is retiring.\n\nMaya\n", true},
		{"group addressed by a word", "Precedence: list\n",
			"Everyone, could you send me your expense claims by Friday?\n", true},
		{"discourse word before the comma", "Precedence: list\n",
			"Quick one. Also, could you all bring a pen to the AGM?\n", true},
		{"bulk precedence", "Precedence: bulk\n",
			"Priya, could you believe the offers this month? Read our newsletter.\n", true},
		{"one-click unsubscribe", "List-Unsubscribe-Post: List-Unsubscribe=One-Click\nList-Unsubscribe: <https://x.test/u>\n",
			"Priya, could you rate our service?\n", true},
		{"name without a request to you", "Precedence: list\n",
			"Priya, thanks for the cake. The next meeting is on the 12th.\n", true},
	}
	e := New(DefaultConfig())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.AnalyzeBytes([]byte(list + tt.extra + "\n" + tt.body))
			if r.Skip != tt.skip {
				t.Errorf("skip = %v (%s), want %v; asks %v", r.Skip, r.SkipReason, tt.skip, r.Questions)
			}
			if tt.skip && r.SkipReason != SkipBulk {
				t.Errorf("skip reason %q, want %q", r.SkipReason, SkipBulk)
			}
			if !tt.skip && len(r.Questions) == 0 {
				t.Errorf("answered but no ask found")
			}
		})
	}
}
