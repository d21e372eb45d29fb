package main

import (
	"context"
	"errors"
	"fmt"
	"text/tabwriter"

	"github.com/fivemin/fivemin/mailbox"
)

func runOutbox(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "outbox", "--config FILE [--skipped | --retry TOKEN]")
	sf := addStateFlags(fs)
	skipped := fs.Bool("skipped", false, "list the recent mail that got no draft (skipped or failed) instead")
	retry := fs.String("retry", "", "handle the skipped or failed message `TOKEN` (as --skipped lists it) again")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	c, err := connect(ctx, e, sf, true)
	if err != nil {
		return err
	}
	defer c.close()
	printMailStatus(ctx, e, c)
	switch {
	case *retry != "":
		if err := c.svc.Retry(ctx, *retry); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%s queued to be handled again (%s)\n", *retry, c.via)
		return nil
	case *skipped:
		return printAttention(ctx, e, c, sf)
	}
	items, err := c.svc.Outbox(ctx)
	if len(items) == 0 && err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DRAFTED\tREP\tTO\tQUOTE\tSUBJECT\tTOKEN")
	for _, it := range items {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", it.Date.Format("2006-01-02 15:04"), it.Rep, it.To, orNone(it.QuoteID), clip(it.Subject, 50), it.Token[:16])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d drafts wait for their rep (%s). Send one with: fivemin send %s QUOTE-ID|TOKEN\n", len(items), c.via, sf.hint())
	if err != nil {
		// Some reps' mailboxes could not be read: say so after the others.
		return fmt.Errorf("some mailboxes could not be read: %w", err)
	}
	return nil
}

// printMailStatus warns on stderr about reps whose mailbox the running
// service cannot use (a refused login, an unreachable server).
func printMailStatus(ctx context.Context, e *env, c *opsConn) {
	sts, err := c.svc.Status(ctx)
	if err != nil {
		return // not known here (no service, or no mail configuration)
	}
	for _, st := range sts {
		if p := st.Problem(); p != "" {
			fmt.Fprintf(e.stderr, "warning: %s: %s\n", st.Rep, p)
		}
	}
}

// printAttention lists the recent mail that got no draft, newest first.
func printAttention(ctx context.Context, e *env, c *opsConn, sf stateFlags) error {
	items, err := c.svc.Attention(ctx)
	if len(items) == 0 && err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "WHEN\tREP\tOUTCOME\tREASON\tFROM\tSUBJECT\tTOKEN")
	for _, it := range items {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", it.At.Format("2006-01-02 15:04"), it.Rep, it.Outcome,
			orNone(it.Reason), clip(orNone(it.From), 40), clip(it.Subject, 50), it.Token[:min(16, len(it.Token))])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d recent messages got no draft (%s). Handle one again with: fivemin outbox %s --retry TOKEN\n", len(items), c.via, sf.hint())
	if err != nil {
		return fmt.Errorf("some mailboxes could not be read: %w", err)
	}
	return nil
}

func runSend(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "send", "--config FILE [--force] QUOTE-ID|TOKEN")
	sf := addStateFlags(fs)
	force := fs.Bool("force", false, "send although placeholders ([...]) are left in the draft, or again although an earlier attempt may have gone out")
	pos, rest := splitArgs(args, 1)
	if err := parseFlags(fs, rest); err != nil {
		return err
	}
	pos = append(pos, fs.Args()...)
	if len(pos) != 1 {
		return fmt.Errorf("%w: want one QUOTE-ID or draft token (see fivemin outbox)", errUsage)
	}
	c, err := connect(ctx, e, sf, true)
	if err != nil {
		return err
	}
	defer c.close()
	res, err := c.svc.Send(ctx, pos[0], *force)
	switch {
	case errors.Is(err, mailbox.ErrAlreadySent):
		return fmt.Errorf("%s was sent already", pos[0])
	case errors.Is(err, mailbox.ErrSendUnknown):
		return fmt.Errorf("%w: check the client's mailbox or Sent, then use --force to send it again", err)
	case errors.Is(err, mailbox.ErrPlaceholders):
		// The error names them; notes to the rep block even --force.
		return fmt.Errorf("%s not sent: %w; edit the draft in your mail program first", pos[0], err)
	case err != nil:
		return err
	}
	fmt.Fprintf(e.stdout, "sent %s from %s to %v; a copy is in Sent (via %s)\n", orNone(res.QuoteID), res.Rep, res.Recipients, c.via)
	return nil
}
