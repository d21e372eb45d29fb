package triage

import (
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
	for s, n := range sc.Suites {
		t.Logf("%-18s %3d / %3d", s, n[0], n[1])
	}
	t.Logf("new text right in %d of %d fixtures (%.1f %%)", sc.Right, sc.Total, 100*sc.Rate())
	if sc.Total < 190 {
		t.Errorf("%d fixtures, want the whole suites (about 200)", sc.Total)
	}
	if sc.Rate() < isolationFloor {
		t.Errorf("new text right in %.3f of the fixtures, floor %.3f", sc.Rate(), isolationFloor)
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
