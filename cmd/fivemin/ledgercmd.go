package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// runLedger dispatches `fivemin ledger mark|unclear|show`.
func runLedger(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		fmt.Fprintln(e.stderr, `usage: fivemin ledger mark QUOTE-ID accepted|declined|waiting|sent|withdrawn [--amount AMOUNT] [--note TEXT] [--as rep|manager] [--config FILE | --state PATH]
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
	fs := newFlagSet(e, "ledger mark", "QUOTE-ID accepted|declined|waiting|sent|withdrawn [--amount AMOUNT] [--note TEXT] [--as rep|manager] [--config FILE | --state PATH]")
	sf := addStateFlags(fs)
	note := fs.String("note", "", "why, for the quote's history")
	as := fs.String("as", "manager", "who decides: rep or manager")
	amount := fs.String("amount", "", "with accepted: the `amount` agreed, in the quote's currency (\"300\", \"300.00\"), when it differs from the quote")
	// Flags may follow the arguments: "mark Q-1 accepted --note x".
	pos, rest := splitArgs(args, 2)
	if err := parseFlags(fs, rest); err != nil {
		return err
	}
	pos = append(pos, fs.Args()...)
	if len(pos) != 2 {
		return fmt.Errorf("%w: want QUOTE-ID and a status", errUsage)
	}
	status, err := markStatus(pos[1])
	if err != nil {
		return err
	}
	if *amount != "" && status != ledger.Accepted {
		return fmt.Errorf("%w: --amount goes with accepted", errUsage)
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
	req := ops.MarkRequest{ID: pos[0], Status: status, Actor: actor, Note: *note}
	if *amount != "" {
		if req.Amount, err = agreedAmount(ctx, c.svc, pos[0], *amount); err != nil {
			return err
		}
	}
	q, err := c.svc.Mark(ctx, req)
	if err != nil {
		return markError(pos[0], status, err)
	}
	at := ""
	if q.Agreed > 0 {
		at = fmt.Sprintf(" at %s (quoted %s)", minorString(q.Agreed, q.Currency), minorString(q.Total, q.Currency))
	}
	fmt.Fprintf(e.stdout, "%s is now %s%s (recorded by the %s, via %s)\n", q.ID, q.Status, at, actor, c.via)
	return nil
}

// markStatus reads the status word of "ledger mark".
func markStatus(word string) (ledger.Status, error) {
	word = strings.ToLower(word)
	if word == "waiting" || word == "still-waiting" {
		// Still waiting for the client: the quote is open again and the
		// flag is cleared.
		word = string(ledger.Sent)
	}
	status, err := ledger.ParseStatus(word)
	if err != nil {
		return "", fmt.Errorf("%w: %v (or waiting)", errUsage, err)
	}
	return status, nil
}

// markError says in the rep's words why quote id could not be marked.
func markError(id string, status ledger.Status, err error) error {
	switch {
	case errors.Is(err, ledger.ErrNotFound):
		return fmt.Errorf("no quote %s in the ledger", strings.ToUpper(id))
	case errors.Is(err, ledger.ErrIllegalTransition):
		return fmt.Errorf("%s cannot become %s: %w", strings.ToUpper(id), status, err)
	}
	return err
}

// agreedAmount reads --amount in the currency of quote id, which it looks
// up first.
func agreedAmount(ctx context.Context, svc ops.Service, id, amount string) (int64, error) {
	d, err := svc.Quote(ctx, id)
	if errors.Is(err, ledger.ErrNotFound) {
		return 0, fmt.Errorf("no quote %s in the ledger", strings.ToUpper(id))
	}
	if err != nil {
		return 0, err
	}
	v, err := ledger.ParseAgreedAmount(amount, d.Quote.Currency)
	if err != nil {
		return 0, fmt.Errorf("%w: --amount: %v", errUsage, err)
	}
	return v, nil
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
	fmt.Fprintf(e.stdout, "%d %s for a decision (%s):\n", len(qs), plural(len(qs), "reply waits", "replies wait"), c.via)
	for _, q := range qs {
		fmt.Fprintf(e.stdout, "\n%s  %s, rep %s, quoted %s, sent %s\n", q.ID, q.Client, q.Rep, minorString(q.Total, q.Currency), day(q.SentAt))
		if q.FlagNote != "" {
			fmt.Fprintf(e.stdout, "  why: %s\n", terminalSafe(q.FlagNote))
		}
		answer := q.Answer
		if answer == "" {
			answer = "(the client's words were not kept; see the reply in the rep's mailbox)"
		}
		for _, l := range strings.Split(answer, "\n") {
			fmt.Fprintf(e.stdout, "  | %s\n", terminalSafe(l))
		}
	}
	fmt.Fprintf(e.stdout, "\nDecide with: fivemin ledger mark QUOTE-ID accepted [--amount AMOUNT] | declined | waiting  [--note '...']\n")
	return nil
}

// terminalSafe drops control characters (escape sequences included) from
// client text before it reaches a terminal.
func terminalSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r) {
			return -1
		}
		return r
	}, s)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
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
	if q.Agreed > 0 {
		fmt.Fprintf(e.stdout, "  agreed at %s\n", minorString(q.Agreed, q.Currency))
	}
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
			line += "  note: " + terminalSafe(ev.Note)
		}
		if ev.Amount > 0 {
			line += "  agreed " + minorString(ev.Amount, q.Currency)
		}
		fmt.Fprintln(e.stdout, line)
		if ev.Answer != "" {
			for _, l := range strings.Split(ev.Answer, "\n") {
				fmt.Fprintf(e.stdout, "      | %s\n", terminalSafe(l))
			}
		}
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
