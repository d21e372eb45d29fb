package triage

import (
	"strings"
	"testing"
)

// TestLanguageGatesSignals: another language's signals count in mail of
// that language (or of a sibling that shares its stems), never in English
// mail, and in mail whose language is not known all of them count.
func TestLanguageGatesSignals(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		lang, text   string
		from, phrase string // the signal's language and one of its phrases
		want         bool
	}{
		// French "dire" (tell) is an English word too.
		{"en", "the state of the old ledger is dire", "fr", "dire", false},
		{"", "the state of the old ledger is dire", "fr", "dire", true},
		{"fr", "pouvez-vous me dire si le dossier est complet", "fr", "dire", true},
		// Italian "dire" is not a French ask to tell.
		{"it", "mi sai dire se il bonifico è partito", "fr", "dire", false},
		// The Italian list's "verificar*" serves Spanish and Portuguese.
		{"pt", "pode verificar o saldo da conta da loja", "it", "verificar*", true},
		{"es", "puede verificar el saldo de la cuenta", "it", "verificar*", true},
		{"de", "können sie verificar prüfen", "it", "verificar*", false},
	}
	for _, tt := range tests {
		si := signalWith(t, tt.from, tt.phrase)
		got := false
		for _, f := range e.forLanguage(tt.lang).tally(words(tt.text), nil).fired {
			got = got || f == si
		}
		if got != tt.want {
			t.Errorf("language %q, %q: %s signal %q fired = %v, want %v", tt.lang, tt.text, tt.from, tt.phrase, got, tt.want)
		}
	}
}

// signalWith is the index in the built-in signals of language lang's
// signal with phrase p.
func signalWith(t *testing.T, lang, p string) int {
	t.Helper()
	langs := builtinSignalLangs()
	for i, s := range builtin().Signals {
		if langs[i] == lang && strings.Contains("|"+s.Match+"|", "|"+p+"|") {
			return i
		}
	}
	t.Fatalf("no %s signal with %q", lang, p)
	return -1
}
