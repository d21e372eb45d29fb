package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// runLedger dispatches `fivemin ledger mark|unclear|show`.
func runLedger(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		fmt.Fprintln(e.stderr, `usage: fivemin ledger mark QUOTE-ID accepted|declined|sent|withdrawn [--note TEXT] [--as rep|manager] [--config FILE | --state PATH]
       fivemin ledger unclear [--config FILE | --state PATH]
       fivemin ledger show QUOTE-ID [--config FILE | --state PATH]`)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	switch args[0] {
	case "mark":
		return runLedgerMark(ctx, e, args[1:])
	case "unclear":
		return runLedgerUnclear(ctx, e, args[1:])
	case "show":
		return runLedgerShow(ctx, e, args[1:])
	}
	return fmt.Errorf("%w: unknown ledger command %q (mark, unclear, show)", errUsage, args[0])
}

func runLedgerMark(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "ledger mark", "QUOTE-ID accepted|declined|sent|withdrawn [--note TEXT] [--as rep|manager] [--config FILE | --state PATH]")
	sf := addStateFlags(fs)
	note := fs.String("note", "", "why, for the quote's history")
	as := fs.String("as", "manager", "who decides: rep or manager")
	// Flags may follow the arguments: "mark Q-1 accepted --note x".
	pos, rest := splitArgs(args, 2)
	if err := parseFlags(fs, rest); err != nil {
		return err
	}
	pos = append(pos, fs.Args()...)
	if len(pos) != 2 {
		return fmt.Errorf("%w: want QUOTE-ID and a status", errUsage)
	}
	status, err := ledger.ParseStatus(pos[1])
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	actor, err := ledger.ParseActor(*as)
	if err != nil || (actor != ledger.ActorRep && actor != ledger.ActorManager) {
		return fmt.Errorf("%w: --as must be rep or manager", errUsage)
	}
	c, err := connect(ctx, e, sf, false)
	if err != nil {
		return err
	}
	defer c.close()
	q, err := c.svc.Mark(ctx, ops.MarkRequest{ID: pos[0], Status: status, Actor: actor, Note: *note})
	switch {
	case errors.Is(err, ledger.ErrNotFound):
		return fmt.Errorf("no quote %s in the ledger", strings.ToUpper(pos[0]))
	case errors.Is(err, ledger.ErrIllegalTransition):
		return fmt.Errorf("%s cannot become %s: %w", strings.ToUpper(pos[0]), status, err)
	case err != nil:
		return err
	}
	fmt.Fprintf(e.stdout, "%s is now %s (recorded by the %s, via %s)\n", q.ID, q.Status, actor, c.via)
	return nil
}

func runLedgerUnclear(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "ledger unclear", "[--config FILE | --state PATH]")
	sf := addStateFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	c, err := connect(ctx, e, sf, false)
	if err != nil {
		return err
	}
	defer c.close()
	qs, err := c.svc.Unclear(ctx)
	if err != nil {
		return err
	}
	if len(qs) == 0 {
		fmt.Fprintf(e.stdout, "No replies wait for a decision (%s).\n", c.via)
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "QUOTE\tCLIENT\tREP\tVALUE\tSTATUS\tSENT")
	for _, q := range qs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", q.ID, q.Client, q.Rep, minorString(q.Total, q.Currency), q.Status, day(q.SentAt))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nDecide with: fivemin ledger mark QUOTE-ID accepted|declined --note '...'  (%s)\n", c.via)
	return nil
}

func runLedgerShow(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "ledger show", "QUOTE-ID [--config FILE | --state PATH]")
	sf := addStateFlags(fs)
	pos, rest := splitArgs(args, 1)
	if err := parseFlags(fs, rest); err != nil {
		return err
	}
	pos = append(pos, fs.Args()...)
	if len(pos) != 1 {
		return fmt.Errorf("%w: want one QUOTE-ID", errUsage)
	}
	c, err := connect(ctx, e, sf, false)
	if err != nil {
		return err
	}
	defer c.close()
	d, err := c.svc.Quote(ctx, pos[0])
	if errors.Is(err, ledger.ErrNotFound) {
		return fmt.Errorf("no quote %s in the ledger", strings.ToUpper(pos[0]))
	}
	if err != nil {
		return err
	}
	q := d.Quote
	fmt.Fprintf(e.stdout, "%s  %s  %s\n  client %s (%s), rep %s, tier %s\n", q.ID, q.Status, minorString(q.Total, q.Currency), q.Client, q.Org, q.Rep, orNone(q.Tier))
	for _, a := range q.Asks {
		fmt.Fprintf(e.stdout, "  - %s (%d min billed, %s)\n", a.Text, a.BilledMinutes, minorString(a.Amount, q.Currency))
	}
	fmt.Fprintln(e.stdout, "  history:")
	for _, ev := range d.Events {
		line := fmt.Sprintf("    %s  %-10s by %s", ev.Time.Format("2006-01-02 15:04"), ev.Kind, ev.Actor)
		if ev.Evidence != "" {
			line += "  evidence " + ev.Evidence
		}
		if ev.Note != "" {
			line += "  note: " + ev.Note
		}
		fmt.Fprintln(e.stdout, line)
	}
	return nil
}

// splitArgs takes up to n leading arguments that are not flags, so flags
// may come after them.
func splitArgs(args []string, n int) (pos, rest []string) {
	for len(args) > 0 && len(pos) < n && !strings.HasPrefix(args[0], "-") {
		pos, args = append(pos, args[0]), args[1:]
	}
	return pos, args
}

// minorString shows integer minor units as "USD 250.00".
func minorString(minor int64, code string) string {
	c, err := quoting.ParseCurrency(code)
	if err != nil {
		return fmt.Sprintf("%s %d (minor units)", code, minor)
	}
	return c.Minor(minor).String()
}

func day(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format("2006-01-02")
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
