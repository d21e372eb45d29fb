package triage

import (
	"strings"
	"testing"
)

// TestOrdinalDateSentences: a German ordinal day before a month name
// ("vom 12. November") does not end the sentence; other periods after a
// number still do.
func TestOrdinalDateSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"day and month", "Bitte prüfen Sie den Bescheid vom 3. März. Danke.",
			[]string{"Bitte prüfen Sie den Bescheid vom 3. März.", "Danke."}},
		{"short month", "Die Frist läuft bis 28. Feb. ab.",
			[]string{"Die Frist läuft bis 28. Feb. ab."}},
		{"no month after the number", "We need 12. Can you order them?",
			[]string{"We need 12.", "Can you order them?"}},
		{"a year is no day", "Das war 2024. November kam später.",
			[]string{"Das war 2024.", "November kam später."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
