package triage

import (
	"maps"
	"slices"
	"testing"
)

// isolationFloor is the share of reply-parser fixtures whose new text
// Isolate gets right today: it fails if isolation regresses.
const isolationFloor = 0.929

// TestReplyParserSuites scores Isolate on the four reply parsers' own
// test suites (testdata/replyparsers) and holds it to isolationFloor.
func TestReplyParserSuites(t *testing.T) {
	sc, results, err := EvaluateIsolation(New(DefaultConfig()), "testdata/replyparsers")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if !r.Pass && testing.Verbose() {
			t.Logf("%s/%s: %s\n--- got ---\n%s", r.Suite, r.Case, r.Problem, r.Got)
		}
	}
	for _, s := range slices.Sorted(maps.Keys(sc.Suites)) {
		t.Logf("%-18s %3d / %3d", s, sc.Suites[s][0], sc.Suites[s][1])
	}
	t.Logf("new text right in %d of %d fixtures (%.1f %%)", sc.Right, sc.Total, 100*sc.Rate())
	if sc.Total < 190 {
		t.Errorf("%d fixtures, want the whole suites (about 200)", sc.Total)
	}
	if sc.Rate() < isolationFloor {
		t.Errorf("new text right in %.3f of the fixtures, floor %.3f", sc.Rate(), isolationFloor)
	}
	// talon's own outputs on the same fixtures, recorded by running it
	// (see testdata/replyparsers/README.md), scored the same way.
	var talon map[string]string
	if err := readJSON("testdata/replyparsers/talon_outputs.json", &talon); err != nil {
		t.Fatal(err)
	}
	tsc, _, err := EvaluateIsolationOutputs(New(DefaultConfig()), "testdata/replyparsers", talon)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range slices.Sorted(maps.Keys(tsc.Suites)) {
		t.Logf("talon %-18s %3d / %3d", s, tsc.Suites[s][0], tsc.Suites[s][1])
	}
	t.Logf("talon: new text right in %d of %d fixtures (%.1f %%)", tsc.Right, tsc.Total, 100*tsc.Rate())
	if sc.Right <= tsc.Right {
		t.Errorf("fivemin %d right, talon %d: want fivemin ahead", sc.Right, tsc.Right)
	}
}

func TestTokenJaccard(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"", "", 1},
		{"Test reply", "test reply.", 1},
		{"a b c d", "a b", 0.5},
		{"one", "", 0},
	}
	for _, tt := range tests {
		if got := tokenJaccard(tt.a, tt.b); got != tt.want {
			t.Errorf("tokenJaccard(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
