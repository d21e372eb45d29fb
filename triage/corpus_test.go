package triage

import (
	"strings"
	"testing"
)

// The corpus copy lives in testdata so the tests need nothing outside the
// repository.
const corpusDir = "testdata/corpus"

// TestCorpusFloors holds triage to the quality floors on every labelled
// set: the development corpus, and the sets written independently of the
// rules (holdout, blind) that stand in for unseen mail. Failing cases are
// listed to make a regression easy to find.
func TestCorpusFloors(t *testing.T) {
	sets := []struct {
		dir             string
		triage, replies int
	}{
		{corpusDir, 60, 30},
		{"testdata/holdout", 45, 24},
		{"testdata/blind", 50, 30},
	}
	e := New(DefaultConfig())
	for _, set := range sets {
		t.Run(set.dir, func(t *testing.T) {
			sc, reports, err := Evaluate(e, set.dir)
			if err != nil {
				t.Fatal(err)
			}
			if sc.TriageCases != set.triage || sc.ReplyCases != set.replies {
				t.Fatalf("set incomplete: %d triage and %d reply cases", sc.TriageCases, sc.ReplyCases)
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
		})
	}
}
