package triage

import (
	"strings"
	"testing"
)

func TestIsolate(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		name    string
		in      string
		want    string   // exact isolated text, when set
		keeps   []string // substrings that must remain
		removes []string // substrings that must be gone
	}{
		{
			name: "gmail attribution on two lines",
			in:   "Yes please.\n\nOn Thu, Oct 8, 2026 at 2:14 PM Helen Marlowe <helen@example.test>\nwrote:\n> Shall I go ahead?\n",
			want: "Yes please.",
		},
		{
			name: "outlook header block under a rule",
			in:   "Did the van get added?\n\nThanks\nBrent\n\n________________________________\nFrom: Priya <p@example.test>\nSent: Thursday, March 5, 2026 4:41 PM\nTo: Brent <b@example.test>\nSubject: RE: van\n\nDo you want the same deductibles?",
			want: "Did the van get added?",
		},
		{
			name:    "original message marker",
			in:      "Please prepare the invoices.\n\n-----Original Message-----\nFrom: Fiona\nWhich customers are these for?",
			want:    "Please prepare the invoices.",
			removes: []string{"Which customers"},
		},
		{
			name:    "forwarded message",
			in:      "Can you check whether it went through?\n\nHal\n\n---------- Forwarded message ---------\nFrom: Revenue <r@example.test>\nHave you already filed?",
			want:    "Can you check whether it went through?",
			removes: []string{"already filed"},
		},
		{
			name:    "german and french attributions",
			in:      "Bitte senden Sie die Belege.\n\nAm 08.09.2026 um 16:05 schrieb Carla Nunes <c@example.test>:\n> Alte Frage?",
			want:    "Bitte senden Sie die Belege.",
			removes: []string{"Alte Frage"},
		},
		{
			name: "french attribution",
			in:   "C'est d'accord.\n\nLe lun. 6 avr. 2026 à 17:40, Élise Roussel <e@example.test> a écrit :\n> Puis-je commencer ?",
			want: "C'est d'accord.",
		},
		{
			name: "spanish outlook block",
			in:   "¿Ya está?\n\nDe: Lucía <l@example.test>\nEnviado: martes\nPara: Javier\nAsunto: IVA\n\nTexto viejo",
			want: "¿Ya está?",
		},
		{
			name:    "inline reply: new text kept, answers to the quoted questions and the quotes dropped",
			in:      "Answers inline.\n\nOn 09/08/2026 16:05, Carla Nunes wrote:\n> 1. What was the payment for?\n\nShelving.\n\n> 2. Is the card yours?\n\nYes, mine.\n\n> Thanks, Carla\n\nAlso, can you send me the W-9 form? We need it for the bank.\n",
			keeps:   []string{"Answers inline.", "Also, can you send me the W-9 form? We need it for the bank."},
			removes: []string{"What was the payment", "Is the card", "wrote:", "Shelving.", "Yes, mine."},
		},
		{
			name: "signature separator",
			in:   "Please redo the March bank rec.\n-- \nPat Llewellyn\nLlewellyn Florals",
			want: "Please redo the March bank rec.",
		},
		{
			name: "phone signature",
			in:   "is the deadline jan 31\n\nSent from my iPhone",
			want: "is the deadline jan 31",
		},
		{
			name: "sign-off block with name, title and phone",
			in:   "Can you send the form?\n\nThanks so much,\nDana\n\nDana Kim\nKim's Corner Bakery\n555-0134",
			want: "Can you send the form?",
		},
		{
			name: "a short answer after a sign-off word is the answer",
			in:   "Thanks, go ahead.\n\n> Shall I start on the accounts?\n",
			want: "Thanks, go ahead.",
		},
		{
			name: "a short no after a local sign-off word is the answer",
			in:   "Cheers, not required.\n\nOn Mon, 2 Nov 2026 at 09:10, Rob <rob@example.test> wrote:\n> Shall I go ahead?\n",
			want: "Cheers, not required.",
		},
		{
			name: "a sign-off with a name and a full stop is still a sign-off",
			in:   "Please file it by Friday.\n\nThanks, Maria.\n",
			want: "Please file it by Friday.",
		},
		{
			name: "a sign-off with a lower-case tail is still a sign-off",
			in:   "Please file it by Friday.\n\nThanks a lot!\nMaria\n",
			want: "Please file it by Friday.",
		},
		{
			name:  "P.S. after the sign-off is kept",
			in:    "Can you calculate the gain?\n\nThanks,\nAnita\n\nP.S. Is your office moving this summer? Someone mentioned it.",
			keeps: []string{"Can you calculate the gain?", "P.S. Is your office moving this summer?"},
		},
		{
			name: "legal disclaimer paragraph",
			in:   "Please set up two laptops.\n\nPRIVILEGED AND CONFIDENTIAL: This email is meant only for the person it is addressed to. If it reached you by mistake, please let us know and delete it; do not forward or copy it.",
			want: "Please set up two laptops.",
		},
		{
			name:  "a last ask line is not taken for a name",
			in:    "Hi Glen,\n\nThe form is attached.\n\nCall me",
			keeps: []string{"Call me"},
		},
		{
			name: "nothing to remove",
			in:   "Has my return been e-filed yet?",
			want: "Has my return been e-filed yet?",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.Isolate(tt.in)
			if tt.want != "" && got != tt.want {
				t.Errorf("Isolate()\n got %q\nwant %q", got, tt.want)
			}
			for _, k := range tt.keeps {
				if !strings.Contains(got, k) {
					t.Errorf("Isolate() dropped %q:\n%s", k, got)
				}
			}
			for _, r := range tt.removes {
				if strings.Contains(got, r) {
					t.Errorf("Isolate() kept %q:\n%s", r, got)
				}
			}
		})
	}
}

// TestCapitalsNotePrefilter: the cheap test in front of capitalsNote never
// turns away a line the expression matches.
func TestCapitalsNotePrefilter(t *testing.T) {
	for _, l := range []string{
		"My answers are in CAPS below.", "answers in capitals", "in Capital Letters", "in upper case", "IN UPPERCASE",
		"réponses en majuscules", "antwoorden in hoofdletters", "risposte in maiuscolo", "Antworten in Großbuchstaben",
		"in GROSSBUCHSTABEN", "respuestas en mayúsculas", "respostas em maiúsculas", "in block caps", "in capſ",
		"see my notes below", "", "caps", "upper floor", "in CAPS", "in CAPſ", "in GROẞBUCHSTABEN", "en MAYÚSCULAS",
		"in MAIUSCOLE", "en MAJUSCULE", "“answers” in caps’", "in block capitals",
	} {
		if capitalsNote.MatchString(l) && !mayNameCapitals(l) {
			t.Errorf("%q: matched by capitalsNote but turned away", l)
		}
	}
	if mayNameCapitals("see my notes below") {
		t.Error("a line without a capitals word is let through")
	}
	for _, m := range corpusMessages(t) {
		for l := range strings.Lines(string(m)) {
			if capitalsNote.MatchString(l) && !mayNameCapitals(l) {
				t.Errorf("corpus line %q: matched by capitalsNote but turned away", l)
			}
		}
	}
}
