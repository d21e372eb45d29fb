package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
)

// runConfig runs the config subcommands; there is one, check.
func runConfig(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		configUsage(e.stderr)
		return fmt.Errorf("%w: missing subcommand", errUsage)
	}
	switch args[0] {
	case "check":
		return runConfigCheck(ctx, e, args[1:])
	case "-h", "-help", "--help", "help":
		configUsage(e.stderr)
		return flag.ErrHelp
	}
	configUsage(e.stderr)
	return fmt.Errorf("%w: unknown subcommand %q", errUsage, args[0])
}

func configUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: fivemin config check [--no-secrets] FILE")
	fmt.Fprintln(w, "  check  validate FILE, listing every problem, and print the effective settings and hourly rates")
}

// runConfigCheck validates a file and prints the effective settings, or
// every problem and exit status 1.
func runConfigCheck(_ context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "config check", "[--no-secrets] FILE")
	noSecrets := fs.Bool("no-secrets", false, "check where passwords and tokens come from without reading them (for a file meant for another machine)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: want one FILE", errUsage)
	}
	path := fs.Arg(0)
	cfg, err := config.Load(path, config.Options{Getenv: e.getenv, SkipSecrets: *noSecrets})
	var cerr *config.Error
	if errors.As(err, &cerr) {
		for _, p := range cerr.Problems {
			fmt.Fprintln(e.stderr, p.Error())
		}
		n := len(cerr.Problems)
		fmt.Fprintf(e.stderr, "%s: %d problem%s\n", path, n, map[bool]string{true: "s"}[n != 1])
		return exitError{code: 1}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s: OK\n\n", path)
	return cfg.Describe(e.stdout)
}
