package triage

import (
	"strings"
	"testing"
)

// TestLangAbsentForDates: an out-of-office note without Auto-Submitted
// that says only that the writer is away for some dates, without mail
// access, and whom to call (French, Spanish, Italian) is skipped as
// automatic; a client who is away and still asks is answered.
func TestLangAbsentForDates(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		lang, subject, body string
		skip                bool
	}{
		{"fr", "Absence", "Bonjour,\n\nJe suis absent du 14 au 22 février inclus, sans accès à ma messagerie. Pour toute demande urgente, merci d'appeler l'accueil au 01 40 00 00 00.\n\nLéo Vidal", true},
		{"fr", "Re: Devis", "Bonjour,\n\nje suis absente du 3 au 10 mars. Pourriez-vous m'envoyer le devis avant mon départ ?\n\nMerci\nZoé Paris", false},
		{"es", "Ausencia", "Hola:\n\nEstaré ausente del 2 al 9 de marzo, sin acceso al correo. Para cualquier urgencia, llame a recepción.\n\nIván Soler", true},
		{"it", "Assenza", "Buongiorno,\n\nsarò assente dal 5 al 12 aprile, senza accesso alla posta. Per qualsiasi urgenza chiamate il centralino.\n\nNora Galli", true},
	}
	for i, tt := range tests {
		t.Run(tt.lang+strings.Repeat("+", i%2), func(t *testing.T) {
			msg := "From: Someone <someone@example.test>\r\nTo: Ann Bell <ann@firm.example.com>\r\nSubject: " + tt.subject +
				"\r\nMessage-ID: <la-" + tt.lang + strings.Repeat("x", i%2) + "@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
				strings.ReplaceAll(tt.body, "\n", "\r\n")
			res := e.AnalyzeBytes([]byte(msg))
			if res.Skip != tt.skip || (tt.skip && res.SkipReason != SkipAuto) {
				t.Errorf("skip %v (%s), want %v; questions %v", res.Skip, res.SkipReason, tt.skip, res.Questions)
			}
		})
	}
}
