package triage

import (
	"strings"
	"testing"
)

// TestContainsAnyOf agrees with strings.ContainsAny, on valid and invalid
// UTF-8 alike.
func TestContainsAnyOf(t *testing.T) {
	sets := []string{"?\u2013", "$£€¥", "\"“«„"}
	for _, s := range []string{"", "plain text", "a question?", "a – dash", "€90", "\xe2€", "\xe2\x82", "\xac\xe2\x82\xac",
		"costs £5", "¥", "said “yes”", "«oui»", "„ja“", "\xff\xfe?", "price 5 $", "yen\xa5"} {
		for _, set := range sets {
			var subs []string
			for _, r := range set {
				subs = append(subs, string(r))
			}
			if got, want := containsAnyOf(s, subs...), strings.ContainsAny(s, set); got != want {
				t.Errorf("containsAnyOf(%q, %q) = %v, ContainsAny says %v", s, set, got, want)
			}
		}
	}
}

// TestWordsAtLeastShort: the length bound agrees with counting, at and
// around the shortest text that holds n words.
func TestWordsAtLeastShort(t *testing.T) {
	count := func(s string) int { return len(wordSpans(s)) }
	for _, s := range []string{"", "a", "a b", "a b c", "ab c", "a,b", "é ü", "a  b", "x'y z", "1 2 3 4", "—a—b—"} {
		for n := 0; n <= 5; n++ {
			if got, want := wordsAtLeast(s, n), count(s) >= n; got != want {
				t.Errorf("wordsAtLeast(%q, %d) = %v, %d words", s, n, got, count(s))
			}
		}
	}
}

// TestCurrencyWordSet: one pass finds a currency name wherever a search
// for each name, ASCII letters in either case, finds one.
func TestCurrencyWordSet(t *testing.T) {
	for _, s := range []string{"", "5 EUR", "10 usd/hour", "Dollars", "pounds", "CHF 90", "chF", "no price 42",
		"eu r", "US$", "GBp", "doll ar", "Ëur", "pound\xff", "1 Eur"} {
		want := false
		for _, c := range currencyWords {
			if strings.Contains(strings.ToLower(s), c) {
				want = true
			}
		}
		if got := currencyWordSet.inFold(s); got != want {
			t.Errorf("currencyWordSet.inFold(%q) = %v, want %v", s, got, want)
		}
	}
}
