package triage

import (
	"reflect"
	"testing"
)

// TestSentencesAfterForeignThanks: thanks in another language mixed into
// English ("danke schön.", "grazie mille.") or with a vocative ("cheers
// mate.") end their sentence before a lower-case word, as English thanks
// do (TestSentencesAfterAck); other short text before a period stays
// joined. Sentences written for the test.
func TestSentencesAfterForeignThanks(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"danke schön. is the boiler part in yet", []string{"danke schön.", "is the boiler part in yet"}},
		{"grazie mille. can you email the receipt", []string{"grazie mille.", "can you email the receipt"}},
		{"merci beaucoup. did the courier come", []string{"merci beaucoup.", "did the courier come"}},
		{"cheers mate. what time is the fitting", []string{"cheers mate.", "what time is the fitting"}},
		{"obrigado. when is the next class", []string{"obrigado.", "when is the next class"}},
		// Guards: other short foreign words before a period stay joined.
		{"rue st. denis", []string{"rue st. denis"}},
		{"the mate. please", []string{"the mate. please"}},
	}
	for _, tt := range tests {
		if got := sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
