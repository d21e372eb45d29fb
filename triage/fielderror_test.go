package triage

import (
	"slices"
	"testing"
)

// TestProblemsAreTyped checks that a configuration's problems name their
// keys as data, for the configuration file to locate, in a stable order.
func TestProblemsAreTyped(t *testing.T) {
	cfg := DefaultConfig()
	cfg.PaidMinutes = 0
	cfg.Signals = []Signal{{Match: "vat", Kind: "paid"}, {Match: " ", Kind: "costly", Minutes: -1}}
	want := []FieldError{
		{"paid_minutes", "must be positive, got 0"},
		{"signal[1].match", "must not be empty"},
		{"signal[1].kind", `must be quick, paid or scope, got "costly"`},
		{"signal[1].minutes", "must not be negative, got -1"},
	}
	if got := cfg.Problems(); !slices.Equal(got, want) {
		t.Errorf("Problems() = %q\nwant %q", got, want)
	}
	if got := want[2].Error(); got != `triage.signal[1].kind: must be quick, paid or scope, got "costly"` {
		t.Errorf("Error() = %s", got)
	}
}
