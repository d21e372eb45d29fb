// Command fivemin-bench measures fivemin's parts against real servers and
// prints figures. Each subcommand is one area; add yours to the table.
// The servers are mailbox/mailtest's Dovecot and Postfix; go-imap/v2's
// client seeds and inspects them, go-message reads the drafts back, and
// bbolt holds the state as in the service.
//
//	go run ./cmd/fivemin-bench mailbox
//	go run ./cmd/fivemin-bench reps -n 1000
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
)

// bench is one subcommand.
type bench struct {
	name    string
	summary string
	run     func(ctx context.Context, stdout io.Writer, args []string) error
	hidden  bool // internal helpers (child processes)
}

func benches() []bench {
	bs := []bench{
		{name: "mailbox", summary: "IMAP arrival-to-draft latency, first-sync throughput and RSS, idle poll cost (local Dovecot)", run: runMailbox},
		{name: "mailbox-sync-child", run: runMailboxSyncChild, hidden: true},
		{name: "memory", summary: "peak RSS of one 1-25 MiB message through triage and the draft, fresh process per size", run: runMemory},
		{name: "memory-child", run: runMemoryChild, hidden: true},
		{name: "reps", summary: "many reps in one process against one Dovecot: time until all are connected and idle, arrival-to-draft latency, RSS", run: runReps},
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i].name < bs[j].name })
	return bs
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if len(os.Args) < 2 {
		usage(os.Stderr)
		os.Exit(2)
	}
	for _, b := range benches() {
		if b.name == os.Args[1] {
			if err := b.run(ctx, os.Stdout, os.Args[2:]); err != nil {
				fmt.Fprintf(os.Stderr, "fivemin-bench %s: %v\n", b.name, err)
				os.Exit(1)
			}
			return
		}
	}
	fmt.Fprintf(os.Stderr, "fivemin-bench: unknown bench %q\n\n", os.Args[1])
	usage(os.Stderr)
	os.Exit(2)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: fivemin-bench <bench> [flags]")
	fmt.Fprintln(w)
	for _, b := range benches() {
		if !b.hidden {
			fmt.Fprintf(w, "  %-10s %s\n", b.name, b.summary)
		}
	}
}

func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(os.Stderr)
	return fs
}
