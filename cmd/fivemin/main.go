// Command fivemin triages client email, drafts quick answers and quotes for
// paid work into each rep's Drafts folder, and keeps a ledger of the quotes.
//
// This package is wiring only: main.go picks the subcommand, and each
// subcommand parses its own flags, builds the pieces it needs and runs them.
// The work is done elsewhere: internal/config reads the TOML configuration,
// internal/app runs the pipeline, internal/ops answers the commands and
// internal/web serves the dashboard. Libraries used here directly: bbolt
// opens the one state file, and golang.org/x/text/language parses locales.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// command is one subcommand of fivemin.
type command struct {
	name    string
	summary string
	// run executes the command with the arguments after its name. It returns
	// errUsage (wrapped or not) for bad flags or arguments, which exits 2.
	run func(ctx context.Context, env *env, args []string) error
}

// env is what a command may touch outside itself, so tests can run Main with
// their own streams.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// errUsage marks a mistake in how the command was called.
var errUsage = errors.New("usage")

// exitError carries a specific exit status without printing more.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func commands() []command {
	cmds := []command{
		{"triage", "split client emails into questions and sort them into quick or paid", runTriage},
		{"eval", "score triage against a labelled corpus", runEval},
		{"train", "fit the triage weights on labelled sets (weights.json), or cross-validate the fit", runTrain},
		{"draft", "print the reply fivemin drafts for one email, or its quote as JSON", runDraft},
		{"serve", "watch every rep's mailbox and draft replies (the service)", runServe},
		{"outbox", "list the drafts waiting for their reps", runOutbox},
		{"send", "send one waiting draft over SMTP", runSend},
		{"report", "quotes sent, accepted and declined, and what they are worth", runReport},
		{"clients", "rank client accounts A-E and show the free time they take", runClients},
		{"ledger", "decide unclear replies, show a quote's history", runLedger},
		{"demo", "run the whole pipeline on in-process mail servers with sample mail", runDemo},
		{"config", "check a configuration file and print the effective rates", runConfig},
		{"check", "connect to every rep's mail servers as the service would and say what is wrong", runCheck},
		{"auth", "sign reps in to Microsoft 365 or any OAuth server, list and forget sign-ins", runAuth},
	}
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].name < cmds[j].name })
	return cmds
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	code := Main(ctx, e, os.Args[1:])
	stop()
	os.Exit(code)
}

// Main runs fivemin with args (without the program name) and returns the
// process exit status.
func Main(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return 2
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c, ok := lookup(args[1]); ok {
				fmt.Fprintf(e.stdout, "fivemin %s: %s\n\n", c.name, c.summary)
				_ = c.run(ctx, &env{stdin: e.stdin, stdout: e.stdout, stderr: e.stdout, getenv: e.getenv}, []string{"-h"})
				return 0
			}
		}
		usage(e.stdout)
		return 0
	}
	c, ok := lookup(name)
	if !ok {
		fmt.Fprintf(e.stderr, "fivemin: unknown command %q\n\n", name)
		usage(e.stderr)
		return 2
	}
	err := c.run(ctx, e, args[1:])
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ee):
		return ee.code
	case errors.Is(err, errUsage):
		if msg := strings.TrimPrefix(err.Error(), errUsage.Error()+": "); msg != errUsage.Error() {
			fmt.Fprintf(e.stderr, "fivemin %s: %s\n", name, msg)
		}
		fmt.Fprintf(e.stderr, "run 'fivemin help %s' for usage\n", name)
		return 2
	default:
		fmt.Fprintf(e.stderr, "fivemin %s: %v\n", name, err)
		return 1
	}
}

func lookup(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: fivemin <command> [flags] [arguments]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "  %-10s %s\n", "help", "show this list, or 'help COMMAND' for one command")
}

// newFlagSet returns a flag set that reports errors instead of exiting, with
// usage text going to the command's stderr.
func newFlagSet(e *env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: fivemin %s %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args and turns flag errors into errUsage, having already
// printed the flag package's message and usage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}
