package triage

import "testing"

func TestNeedleSetAgreesWithContainsAny(t *testing.T) {
	needles := []string{"wrote", "a écrit", "написал", "書きました", "ab"}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"on monday ann wrote:", true},
		{"le lundi, ann a écrit :", true},
		{"ann написала:", true},
		{"さんは書きました", true},
		{"", false},
		{"a", false},
		{"written by ann", false},
		{"xab", true},
		{"wrot", false},
	} {
		if got := newNeedleSet(needles).in(tc.text); got != tc.want || got != containsAny(tc.text, needles) {
			t.Errorf("in(%q) = %v, want %v (containsAny %v)", tc.text, got, tc.want, containsAny(tc.text, needles))
		}
	}
	if !newNeedleSet([]string{""}).in("") {
		t.Error(`a set holding "" must find it in any text`)
	}
}

func TestScratchWordsMatchesWords(t *testing.T) {
	for _, s := range []string{"", "Could you SEND the file?", "it’s Zoë's turn", "a b c d e f g h i j k l m n o p"} {
		p := scratchWords(s)
		got := append([]string(nil), *p...)
		dropWords(p)
		want := words(s)
		if len(got) != len(want) {
			t.Fatalf("scratchWords(%q) = %q, want %q", s, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("scratchWords(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
