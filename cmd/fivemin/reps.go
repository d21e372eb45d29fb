package main

import (
	"fmt"
	"strings"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
)

// findRep finds the rep a --rep value means: their address, else their
// name, else their first name or the part of their address before the @,
// each compared without regard to case or runs of spaces. The first rule
// that matches anyone decides; more than one rep by that rule is an error
// that lists them, so that a name never picks one of two people silently.
func findRep(cfg *config.Config, want string) (*config.Rep, error) {
	key := fold(want)
	if key == "" {
		return nil, fmt.Errorf("%w: --rep is empty", errUsage)
	}
	rules := []func(r *config.Rep) bool{
		func(r *config.Rep) bool { return fold(r.Address) == key },
		func(r *config.Rep) bool { return fold(r.Name) == key },
		func(r *config.Rep) bool {
			first, _, _ := strings.Cut(fold(r.Name), " ")
			local, _, _ := strings.Cut(fold(r.Address), "@")
			return first == key || local == key
		},
	}
	for _, match := range rules {
		var found []*config.Rep
		for i := range cfg.Reps {
			if match(&cfg.Reps[i]) {
				found = append(found, &cfg.Reps[i])
			}
		}
		switch {
		case len(found) == 1:
			return found[0], nil
		case len(found) > 1:
			return nil, fmt.Errorf("%w: --rep %q matches %d reps in %s: %s; give the address", errUsage, want, len(found), cfg.File, repList(found))
		}
	}
	all := make([]*config.Rep, len(cfg.Reps))
	for i := range cfg.Reps {
		all[i] = &cfg.Reps[i]
	}
	return nil, fmt.Errorf("%w: no rep with the address or name %q in %s (the reps: %s)", errUsage, want, cfg.File, repList(all))
}

// fold is s lower-cased with runs of white space made one space.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// repList names reps as "Name <address>", the first ten at most.
func repList(reps []*config.Rep) string {
	if len(reps) == 0 {
		return "none"
	}
	var names []string
	for i, r := range reps {
		if i == 10 {
			names = append(names, fmt.Sprintf("and %d more", len(reps)-10))
			break
		}
		if r.Name == "" {
			names = append(names, r.Address)
			continue
		}
		names = append(names, fmt.Sprintf("%s <%s>", r.Name, r.Address))
	}
	return strings.Join(names, ", ")
}

// repAddresses turns --rep values into the addresses the ledger keys reps
// by. Without a configuration only addresses can be given: names are in
// the configuration.
func repAddresses(cfg *config.Config, wants []string) ([]string, error) {
	out := make([]string, 0, len(wants))
	for _, w := range wants {
		if cfg == nil {
			if !strings.Contains(w, "@") {
				return nil, fmt.Errorf("%w: --rep %q: a name needs --config (names are in the configuration); or give the address", errUsage, w)
			}
			out = append(out, fold(w))
			continue
		}
		r, err := findRep(cfg, w)
		if err != nil {
			return nil, err
		}
		out = append(out, r.Address)
	}
	return out, nil
}
