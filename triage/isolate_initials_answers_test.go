package triage

import (
	"strings"
	"testing"
)

// TestInitialsAnswersNoted: a client who writes "answers below in blue"
// (the colour lost in plain text) or "see my replies inline" over an
// Outlook history, and marks each answer with their initials in brackets,
// answered inside the history: the tagged lines are the client's text.
// Without such a note, or with a tag on one line only, the history is the
// history's own. Messages written for the test (a bike shop, a bookbinder,
// a sign-language interpreter).
func TestInitialsAnswersNoted(t *testing.T) {
	e := New(DefaultConfig())
	history := "From: Ivo Laine <ivo@laine-cycles.test>\nSent: 03 December 2026 09:12\nTo: Jo Trent <jo@example.com>\nSubject: Service\n\n" +
		"Which wheelset is it?\n[JT] The winter one with the hub dynamo.\nDo you want the chain replaced?\n[JT] Yes please. Can you also true the rear wheel?\n"
	cases := []struct {
		name, above string
		want        []string // lines that must be in the new text
		not         []string // lines that must not
	}{
		{"answers below in blue", "Hi Ivo, answers below in blue.\n\nJo\n\n",
			[]string{"Can you also true the rear wheel?", "The winter one with the hub dynamo."}, []string{"Which wheelset is it?"}},
		{"replies inline", "Ivo - see my replies inline, thanks.\n\n",
			[]string{"Can you also true the rear wheel?"}, []string{"Do you want the chain replaced?"}},
		{"German note", "Hallo Ivo, meine Antworten unten.\n\n",
			[]string{"Can you also true the rear wheel?"}, nil},
		{"guard: no note", "Hi Ivo, thanks for the list.\n\n",
			nil, []string{"Can you also true the rear wheel?", "The winter one"}},
	}
	for _, c := range cases {
		got := e.Isolate(c.above + history)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q missing from %q", c.name, w, got)
			}
		}
		for _, w := range c.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: %q kept in %q", c.name, w, got)
			}
		}
	}
	// A tag on one line only is the history's own, note or not.
	one := "Hi Mina, answers below.\n\nFrom: Mina Ors <mina@example.org>\nSent: 02 December 2026 16:40\nTo: Bindery\nSubject: Rebinding\n\n" +
		"[EXT] Can you rebind the 1890 ledger in half calf?\nThe spine is loose.\n"
	if got := e.Isolate(one); strings.Contains(got, "rebind the 1890 ledger") {
		t.Errorf("one tagged line kept: %q", got)
	}
}
