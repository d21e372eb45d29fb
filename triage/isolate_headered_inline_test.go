package triage

import (
	"strings"
	"testing"
)

// TestInlineUnderHeaders: answers typed between ">" lines below an
// Outlook-style header block are the client's text; a header block over
// unquoted or wholly quoted history keeps nothing of it.
func TestInlineUnderHeaders(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		name    string
		in      string
		keeps   []string
		removes []string
	}{
		{
			name:    "marker, header block, inline answers",
			in:      "See my notes below.\n\n-----Original Message-----\nFrom: Ama Boateng <ama@example.test>\nSent: 02 March 2026 10:11\nTo: Rui Costa <rui@example.test>\nSubject: Site visit\n\n> Is the gate code still 4411?\n\nNo, it changed last week. Could you ask the office for the new one?\n\n> Ama\n",
			keeps:   []string{"See my notes below.", "Could you ask the office for the new one?"},
			removes: []string{"gate code still", "Subject: Site visit"},
		},
		{
			name:    "header block alone, inline ask",
			in:      "Replies inline.\n\nFrom: Tilde Ek <tilde@example.test>\nSent: Monday, 9 Feb 2026 08:00\nTo: Bo <bo@example.test>\nSubject: Tank hire\n\n> How many days do you need the tank?\n\nFive. Can you deliver it on the Tuesday instead of Monday?\n",
			keeps:   []string{"Can you deliver it on the Tuesday instead of Monday?"},
			removes: []string{"How many days"},
		},
		{
			name:    "german header block, inline ask",
			in:      "Antworten unten.\n\nVon: Jana Roth <jana@example.test>\nGesendet: Dienstag, 3. März 2026 09:12\nAn: Ole <ole@example.test>\nBetreff: Termin\n\n> Passt Ihnen der Donnerstag?\n\nJa. Können Sie auch die Pläne mitbringen?\n",
			keeps:   []string{"Können Sie auch die Pläne mitbringen?"},
			removes: []string{"Passt Ihnen"},
		},
		{
			name:    "short answers dropped, new ask further down kept",
			in:      "Answers below\n\n-----Original Message-----\nFrom: Clinic <desk@example.test>\nSent: 12 May 2026 14:30\nTo: Pat <pat@example.test>\nSubject: Booking\n\n> Morning or afternoon?\n\nMorning.\n\n> Any allergies we should know of?\n\nNone.\n\nWhat should I bring to the first appointment?\n",
			keeps:   []string{"What should I bring to the first appointment?"},
			removes: []string{"Morning.", "None.", "Any allergies"},
		},
		{
			name:    "french header block, inline ask",
			in:      "Réponses dans le texte.\n\nDe : Marc Petit <marc@example.test>\nEnvoyé : lundi 4 mai 2026 11:05\nÀ : Zoé <zoe@example.test>\nObjet : Devis\n\n> Quelle couleur pour la façade ?\n\nGris clair. Pouvez-vous envoyer un échantillon ?\n",
			keeps:   []string{"Pouvez-vous envoyer un échantillon ?"},
			removes: []string{"Quelle couleur"},
		},
		// Guards: nothing below the header block is the client's.
		{
			name:    "guard: header block over unquoted history",
			in:      "Can you look at this?\n\n-----Original Message-----\nFrom: Shop <shop@example.test>\nSent: 1 June 2026 09:00\nTo: Lee <lee@example.test>\nSubject: Order\n\nDo you want gift wrap?\n",
			keeps:   []string{"Can you look at this?"},
			removes: []string{"gift wrap"},
		},
		{
			name:    "guard: header block over a wholly quoted message",
			in:      "Thanks, will do.\n\nFrom: Ina <ina@example.test>\nSent: 1 June 2026 09:00\nTo: Lee <lee@example.test>\nSubject: Keys\n\n> Can you drop the keys off?\n> Ina\n",
			keeps:   []string{"Thanks, will do."},
			removes: []string{"drop the keys"},
		},
		{
			name:    "guard: quoted message then a phone signature",
			in:      "Fine by me.\n\nFrom: Ina <ina@example.test>\nSent: 1 June 2026 09:00\nTo: Lee <lee@example.test>\nSubject: Keys\n\n> Shall we meet at noon?\n\nSent from my iPhone\n",
			keeps:   []string{"Fine by me."},
			removes: []string{"meet at noon", "Sent from my iPhone"},
		},
	}
	for _, tc := range tests {
		got := e.Isolate(tc.in)
		for _, k := range tc.keeps {
			if !strings.Contains(got, k) {
				t.Errorf("%s: lost %q in %q", tc.name, k, got)
			}
		}
		for _, r := range tc.removes {
			if strings.Contains(got, r) {
				t.Errorf("%s: kept %q in %q", tc.name, r, got)
			}
		}
	}
}
