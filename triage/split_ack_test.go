package triage

import (
	"reflect"
	"testing"
)

// TestSentencesAfterAck: a short acknowledgement ends its sentence before
// a lower-case word; other short text before a period does not. Sentences
// written for the test.
func TestSentencesAfterAck(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"ok thanks. can you send the invoice too", []string{"ok thanks.", "can you send the invoice too"}},
		{"cheers. is the van booked for monday", []string{"cheers.", "is the van booked for monday"}},
		{"great, got it. what time do you open", []string{"great, got it.", "what time do you open"}},
		{"thank you. do i need to bring id", []string{"thank you.", "do i need to bring id"}},
		{"yep. when does the offer end", []string{"yep.", "when does the offer end"}},
		{"ok many thanks. could you post the keys", []string{"ok many thanks.", "could you post the keys"}},
		// Guards: not an acknowledgement, or an abbreviation, stays joined.
		{"see pt. two of the form", []string{"see pt. two of the form"}},
		{"Dr. smith called", []string{"Dr. smith called"}},
		{"the van. please", []string{"the van. please"}},
		{"J. r. smith", []string{"J. r. smith"}},
		{"ok thanks. Can you call me", []string{"ok thanks.", "Can you call me"}},
	}
	for _, tt := range tests {
		if got := sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
