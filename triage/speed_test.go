package triage

import (
	"slices"
	"strings"
	"testing"
	"time"

	gmail "github.com/emersion/go-message/mail"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" for an error
	}{
		{"Tue, 4 Mar 2025 09:15:00 -0500", "2025-03-04T09:15:00-05:00"},
		{"Tue, 14 Mar 2025 09:15:00 +0100", "2025-03-14T09:15:00+01:00"},
		{"Tue,  4 Mar 2025 09:15:00 -0500", "2025-03-04T09:15:00-05:00"},
		{"Fri, 7 Nov 2025 16:02:11 +0000 (UTC)", "2025-11-07T16:02:11Z"},
		// Not a common layout: net/mail's search still reads it.
		{"4 Mar 2025 09:15 -0500", "2025-03-04T09:15:00-05:00"},
		{"yesterday", ""},
	}
	for _, tt := range tests {
		var h gmail.Header
		h.Set("Date", tt.in)
		got, err := parseDate(&h)
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("parseDate(%q) = %v, want an error", tt.in, got)
		case tt.want != "" && err != nil:
			t.Errorf("parseDate(%q): %v", tt.in, err)
		case tt.want != "" && got.Format(time.RFC3339) != tt.want:
			t.Errorf("parseDate(%q) = %s, want %s", tt.in, got.Format(time.RFC3339), tt.want)
		}
	}
}

func TestMayPriceByTime(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"2 hours at $250/hour", true},
		{"3 hrs @ 60 GBP", true},
		{"1.5 h x 120 Eur", true},
		{"Can you send the form by Friday?", false},
		{"We need 3 copies of the lease.", false},
		{"That costs $ but no figure", false},
	}
	for _, tt := range tests {
		if got := mayPriceByTime(tt.in); got != tt.want {
			t.Errorf("mayPriceByTime(%q) = %v, want %v", tt.in, got, tt.want)
		}
		// The pre-test never hides a match.
		if ratePrice.MatchString(tt.in) && !mayPriceByTime(tt.in) {
			t.Errorf("%q: ratePrice matches but the pre-test says no", tt.in)
		}
	}
}

func TestInternLower(t *testing.T) {
	for _, w := range []string{"Please", "COULD", "Zebrafish", "Ünder", "Straße", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"} {
		if got, want := lowerWord(w), toLowerPlain(w); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", w, got, want)
		}
	}
	if allocs := testing.AllocsPerRun(100, func() { _ = lowerWord("Please") }); allocs != 0 {
		t.Errorf("lower-casing a vocabulary word allocates %v times", allocs)
	}
}

func toLowerPlain(s string) string { return strings.ToLower(s) }

// TestAmountInPreTest: the pre-test before the money and hours regular
// expressions never hides an amount they would find.
func TestAmountInPreTest(t *testing.T) {
	for _, s := range []string{"we can pay $300", "for two hours only", "no more than three hrs", "for two h", "to 3h max",
		"sounds good, go ahead", "Hi Hannah, thanks", "", "H"} {
		want := moneyRe.FindString(s)
		if want == "" {
			want = hoursRe.FindString(s)
		}
		if got := amountIn(s); got != want {
			t.Errorf("amountIn(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLexiconIndex: phrases opening with a prefix, a class or a literal
// are all found, in the order they were added at each position.
func TestLexiconIndex(t *testing.T) {
	l := newLexicon([]string{"reconcil*", "{det} books", "the books", "re*", "... done", "the"})
	var got []int
	l.find(words("please reconcile the books when done"), func(p, start, end int) bool {
		got = append(got, p)
		return true
	})
	// At "reconcile": 0 and 3 (prefixes); at "the": 2 and 5 (literals
	// first), 1 (a class), 4 (a gap up to "done"); then 4 again at
	// "books", "when" and "done".
	want := []int{0, 3, 2, 5, 1, 4, 4, 4, 4}
	if !slices.Equal(got, want) {
		t.Errorf("found %v, want %v", got, want)
	}
}

func TestLexiconMaxWords(t *testing.T) {
	tests := []struct {
		phrases []string
		want    int
	}{
		{[]string{"hi", "good morning"}, 2},
		{[]string{"a b", "x ... y", "^ z $"}, 5},
		{nil, 0},
	}
	for _, tt := range tests {
		if got := newLexicon(tt.phrases).maxWords(); got != tt.want {
			t.Errorf("maxWords(%q) = %d, want %d", tt.phrases, got, tt.want)
		}
	}
}
