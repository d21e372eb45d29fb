package main

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
)

// TestFindRep: --rep takes an address, a full name, or a first name or
// the address's local part, without regard to case or spacing; the first
// of these rules that matches anyone decides, and a value that fits
// several reps by it is an error naming them.
func TestFindRep(t *testing.T) {
	cfg := &config.Config{File: "firm.toml", Reps: []config.Rep{
		{Name: "Ann Lee", Address: "ann@firm.test"},
		{Name: "Ann Marsh", Address: "amarsh@firm.test"},
		{Name: "Bob Stone", Address: "bob@firm.test"},
		{Name: "Bob", Address: "robert@firm.test"},
		{Name: "Carla  Nunes", Address: "carla@firm.test"},
		{Address: "dee@firm.test"},
	}}
	for _, tc := range []struct {
		want     string
		address  string   // the rep found, or "" for an error
		errParts []string // in the error
	}{
		{want: "ann@firm.test", address: "ann@firm.test"},
		{want: " ANN@Firm.Test ", address: "ann@firm.test"},
		{want: "ann lee", address: "ann@firm.test"},
		{want: "Ann   Lee", address: "ann@firm.test"},
		{want: "carla nunes", address: "carla@firm.test"},
		{want: "amarsh", address: "amarsh@firm.test"}, // the address before the @
		{want: "dee", address: "dee@firm.test"},       // a rep without a name
		{want: "bob", address: "robert@firm.test"},    // a whole name before a first name
		{want: "Ann", errParts: []string{"matches 2 reps", "Ann Lee <ann@firm.test>", "Ann Marsh <amarsh@firm.test>", "give the address"}},
		{want: "zed", errParts: []string{`no rep with the address or name "zed" in firm.toml`, "Bob Stone <bob@firm.test>", "dee@firm.test"}},
		{want: "  ", errParts: []string{"--rep is empty"}},
	} {
		r, err := findRep(cfg, tc.want)
		switch {
		case tc.address != "" && (err != nil || r.Address != tc.address):
			t.Errorf("findRep(%q) = %v, %v; want %s", tc.want, r, err, tc.address)
		case tc.address == "" && err == nil:
			t.Errorf("findRep(%q) = %s, want an error", tc.want, r.Address)
		case tc.address == "":
			if !errors.Is(err, errUsage) {
				t.Errorf("findRep(%q): %v is not a usage error (exit 2)", tc.want, err)
			}
			for _, p := range tc.errParts {
				if !strings.Contains(err.Error(), p) {
					t.Errorf("findRep(%q): %q lacks %q", tc.want, err, p)
				}
			}
		}
	}

	if got, err := repAddresses(cfg, []string{"Bob Stone", "AMARSH@firm.test"}); err != nil || !slices.Equal(got, []string{"bob@firm.test", "amarsh@firm.test"}) {
		t.Errorf("repAddresses with a configuration: %q, %v", got, err)
	}
	if got, err := repAddresses(nil, []string{"Bob@Firm.test"}); err != nil || !slices.Equal(got, []string{"bob@firm.test"}) {
		t.Errorf("repAddresses of an address without a configuration: %q, %v", got, err)
	}
	if _, err := repAddresses(nil, []string{"Bob Stone"}); err == nil || !strings.Contains(err.Error(), "needs --config") {
		t.Errorf("repAddresses of a name without a configuration: %v", err)
	}
}

// TestRepFlagTakesNames: the commands' --rep accepts a name (draft here;
// check, auth and report go through the same findRep).
func TestRepFlagTakesNames(t *testing.T) {
	ctx := context.Background()
	sample := "internal/demo/samples/001.eml"
	if code, out, errs := run(t, ctx, "", "draft", "--rep", "carla nunes", sample); code != 0 || !strings.Contains(out, "Carla Nunes") {
		t.Errorf("draft --rep by name: %d\n%s\n%s", code, out, errs)
	}
	if code, _, errs := run(t, ctx, "", "draft", "--rep", "Nobody Here", sample); code != 2 || !strings.Contains(errs, "Carla Nunes <carla@tidewaterbooks.test>") {
		t.Errorf("draft --rep unknown: %d %s", code, errs)
	}
}
