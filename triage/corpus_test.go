package triage

import (
	"strings"
	"testing"
)

// The corpus copy lives in testdata so the tests need nothing outside the
// repository.
const corpusDir = "testdata/corpus"

// TestCorpusFloors holds triage to the quality floors on the labelled
// corpus. Failing cases are listed to make a regression easy to find.
func TestCorpusFloors(t *testing.T) {
	e := New(DefaultConfig())
	sc, reports, err := Evaluate(e, corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	if sc.TriageCases < 60 || sc.ReplyCases < 30 {
		t.Fatalf("corpus incomplete: %d triage and %d reply cases", sc.TriageCases, sc.ReplyCases)
	}
	for _, r := range reports {
		if len(r.Problems) > 0 {
			t.Logf("%s:\n\t%s", r.Name, strings.Join(r.Problems, "\n\t"))
		}
	}
	t.Logf("scores: %+v", sc)
	if below := sc.BelowFloors(); len(below) > 0 {
		t.Errorf("below floor: %s", strings.Join(below, ", "))
	}
}
