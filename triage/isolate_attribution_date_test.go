package triage

import (
	"strings"
	"testing"
)

// TestVerbBeforeDateAttribution: attributions that put the date after the
// verb ("Sam Reed wrote on 01/12/2026 10:02:") cut the history below; a
// sentence of the client's that goes on past "wrote" does not.
func TestVerbBeforeDateAttribution(t *testing.T) {
	e := New(DefaultConfig())
	const ask = "Could you add the new starter to the payroll?\n\nJo\n\n"
	const history = "\nHi Jo, do you have any changes? Shall I run it as usual?"
	tests := []struct {
		name, line string
		cut        bool
	}{
		{"wrote on date", "Sam Reed wrote on 01/12/2026 10:02:", true},
		{"wrote on weekday date", "Ann Lee wrote on Tue, 1 Dec 2026 at 10:02:", true},
		{"french", "Ann Lee a écrit le 3 mars 2026 à 09:14 :", true},
		{"name and address, german", "Sam Reed <sam@firm.test> schrieb am Di., 1. Dez. 2026, 10:02:", true},
		{"address alone", "<sam@firm.test> wrote on 1 Dec 2026:", true},
		{"sentence past wrote", "I know the bank wrote on 3 March that the loan would be renewed, but nothing came:", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.Isolate(ask + tt.line + history)
			if cut := !strings.Contains(got, "Shall I run it"); cut != tt.cut {
				t.Errorf("history cut = %v, want %v:\n%s", cut, tt.cut, got)
			}
		})
	}
}
