package triage

import (
	"slices"
	"testing"
)

// TestRegisterLexicon: a language's entries are added to the lists of the
// same name, and never replace another language's.
func TestRegisterLexicon(t *testing.T) {
	saved := builtinLexicons
	t.Cleanup(func() { builtinLexicons = saved })
	builtinLexicons = map[string]*Lexicon{"en": {Words: Words{Greetings: []string{"hi"}}}}
	registerLexicon("de", Lexicon{Words: Words{Greetings: []string{"moin"}, SignOffs: []string{"tschüss"}},
		Reply: replyCueLists{BareYes: []string{"jawohl"}}})
	registerLexicon("de", Lexicon{Words: Words{Greetings: []string{"servus"}}})
	de := builtinLexicons["de"]
	tests := []struct {
		name      string
		got, want []string
	}{
		{"de greetings", de.Words.Greetings, []string{"moin", "servus"}},
		{"de sign-offs", de.Words.SignOffs, []string{"tschüss"}},
		{"de bare yes", de.Reply.BareYes, []string{"jawohl"}},
		{"en untouched", builtinLexicons["en"].Words.Greetings, []string{"hi"}},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.got, tt.want) {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

// TestBuiltinMergesEnglish: the merged registry starts with the English
// lists, so the engine sees every English cue.
func TestBuiltinMergesEnglish(t *testing.T) {
	b := builtin()
	if !slices.Contains(b.Words.Greetings, "hello") || !slices.Contains(b.Reply.BareNo, "nope") {
		t.Error("merged registry lacks English entries")
	}
	if len(b.Signals) < len(englishSignals) {
		t.Errorf("merged registry has %d signals, English alone %d", len(b.Signals), len(englishSignals))
	}
}
