package triage

import (
	"strings"
	"testing"
)

// TestSignOffOverCard: below a sign-off and a name, a business card too
// long for a name block (title, firm, phone, a banner line with a
// question: "Did you know…?", "Know a great chef?") is no part of the new
// text; a postscript below the name, and text below a sign-off with no
// contact line under it, stay.
func TestSignOffOverCard(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		name, body, keep, drop string
	}{
		{"banner question", "Can you send the P60s?\n\nThanks\nMo\n\nMo Hart | Head Chef | The Lantern\nT: 01632 960 112\nDid you know we now cater weddings? Ask us how!\nPlease consider the environment before printing.",
			"Can you send the P60s?", "Did you know"},
		{"hiring banner", "Could you check the holiday pay for March?\n\nKind regards\n\nLia Moss\nMoss Dental | Smile care since 1998\nWe're hiring! Know a great hygienist? Send them our way.",
			"Could you check the holiday pay", "Know a great"},
		{"card with site", "Is the VAT return filed?\n\nBest,\nRaj\n\nRaj Patel, Director\nPatel Print Ltd, Unit 4 Mill Lane, Leeds\nwww.patelprint.test\nFancy a free sample pack? Just reply to this email.",
			"Is the VAT return filed?", "Fancy a free"},
		{"long message above the card", strings.Repeat("We moved the stock room last month.\n", 30) + "Can you send the P60s?\n\nThanks\nMo\n\nMo Hart | Head Chef | The Lantern\nT: 01632 960 112\nDid you know we now cater weddings? Ask us how!",
			"Can you send the P60s?", "Did you know"},
		{"postscript stays", "Can you send the P60s?\n\nThanks\nMo\n\nPS could you also resend the October payslips?\nT: 01632 960 112",
			"could you also resend the October payslips", ""},
		{"no contact line", "Can you send the P60s?\n\nThanks\nMo\n\nOne more thing: is the staff party taxable? Our accountant last year said no but I'm not so sure now.",
			"is the staff party taxable", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.Isolate(tt.body)
			if !strings.Contains(got, tt.keep) {
				t.Errorf("new text lost %q:\n%s", tt.keep, got)
			}
			if tt.drop != "" && strings.Contains(got, tt.drop) {
				t.Errorf("new text keeps the card's %q:\n%s", tt.drop, got)
			}
		})
	}
}

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
