package triage

import (
	"strings"
	"testing"
)

// TestEventHeadingNotAsk: an invitation's title and date line ask
// nothing, even when the title reads like an order; what the sender typed
// under them still asks, a title put as a question stays, and a message
// that is no invitation keeps its first line.
func TestEventHeadingNotAsk(t *testing.T) {
	e := New(DefaultConfig())
	const tail = "\n\nOrganiser\nRuth Ames\nruth@example.test\n\nReply for kay@example.test\nYes\nNo\nMaybe\n\nInvitation from Google Calendar\n"
	for _, tt := range []struct {
		name, text, ask, notAsk string
	}{
		{"kitchen plan", "Plan kitchen layout - Morris\n\nWed 9 Sep 2026 10:00 - 11:00 (BST)\n\nCould you bring the tile samples?" + tail, "Could you bring the tile samples?", "Plan kitchen layout"},
		{"lease review", "Review lease - Patel\nMonday Apr 6, 2026 ⋅ 2pm – 3pm\n\nCan we also talk about the rent deposit?" + tail, "Can we also talk about the rent deposit?", "Review lease"},
		{"van brakes", "Check brakes on van 2\n\nFri 16 Oct 2026 08:30 - 09:30 (GMT)\n\nPlease have the spare keys ready." + tail, "Please have the spare keys ready.", "Check brakes"},
		{"menu tasting", "Draft menu tasting\n\nTuesday 12 May 2026 ⋅ 6.30 pm – 8pm\n\nWhich wines will you pour?" + tail, "Which wines will you pour?", "Draft menu tasting"},
		{"french", "Mettre à jour le site - Lefèvre\n\njeu. 3 déc. 2026 14:00 – 15:00\n\nPouvez-vous apporter les maquettes ?" + tail, "Pouvez-vous apporter les maquettes ?", "Mettre à jour le site"},
		{"guard: question title stays", "Can we move the audit to March?\n\nThu 5 Mar 2026 09:00 - 09:30 (GMT)" + tail, "Can we move the audit to March?", ""},
		{"guard: a sentence naming a day and time stays", "Hi Bea,\nCan we make it Friday 4 Dec at 14:30 instead\n\nThanks" + tail, "Can we make it Friday 4 Dec at 14:30 instead", ""},
		{"guard: greeting then a question with a time", "Hello Ed,\n\nWould Monday 7 Sep 2026 at 9am suit the crew?" + tail, "Would Monday 7 Sep 2026 at 9am suit the crew?", ""},
		{"guard: no date line, first line stays", "Please bring the signed lease.\n\nSee you then." + tail, "Please bring the signed lease.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			qs := e.Questions(e.isolate(tt.text, true))
			var got []string
			for _, q := range qs {
				got = append(got, q.Text)
			}
			all := strings.Join(got, "|")
			if !strings.Contains(all, tt.ask) {
				t.Errorf("ask %q not found in %q", tt.ask, got)
			}
			if tt.notAsk != "" && strings.Contains(all, tt.notAsk) {
				t.Errorf("%q taken as an ask: %q", tt.notAsk, got)
			}
		})
	}
	// Outside an invitation a first line that reads like an order asks.
	if qs := e.Questions(e.Isolate("Review the lease for us\n\nMonday 6 Apr 2026 14:00\n")); len(qs) == 0 {
		t.Errorf("a plain message's first line lost")
	}
}
