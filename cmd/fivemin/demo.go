package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/app"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/demo"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting/ledger"
	"github.com/fivemin/fivemin/quoting/tiers"
	"github.com/fivemin/fivemin/triage"
)

// demoReplies are the clients' answers the demo simulates, one per sent
// quote in turn: a yes (with a new question, which gets its own draft), a
// no, and a reply that needs a person to read it.
var demoReplies = []string{
	"Yes please, go ahead. Thanks!\n\nAlso, do you need the December bank statements as well?",
	"Thanks for the quick answer, but let's leave it for now.",
	"Before I say yes: would that cover everything, or could it run over?",
}

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "demo", "[--state PATH] [--stay] [-v]")
	statePath := fs.String("state", "", "keep the demo's state `file` here for report, clients and ledger (default: a temporary file)")
	stay := fs.Bool("stay", false, "keep the servers and the pipeline running until interrupted")
	verbose := fs.Bool("v", false, "show the service's log")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	out := e.stdout
	logw := io.Discard
	if *verbose {
		logw = e.stderr
	}
	log := slog.New(slog.NewTextHandler(logw, &slog.HandlerOptions{Level: slog.LevelInfo}))

	path := *statePath
	if path == "" {
		dir, err := os.MkdirTemp("", "fivemin-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "fivemin.db")
	} else if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s already exists: the demo starts from empty state; remove it or choose another --state", path)
	}

	srv, err := demo.Start()
	if err != nil {
		return err
	}
	defer srv.Close()
	cfg, err := config.Parse("demo.toml", []byte(srv.ConfigTOML(path)), config.Options{Getenv: func(k string) string {
		if k == demo.PasswordEnv {
			return demo.Password
		}
		return ""
	}})
	if err != nil {
		return fmt.Errorf("demo configuration: %w", err)
	}
	db, led, err := openState(ctx, path, cfg.Location(), log, time.Second)
	if err != nil {
		return err
	}
	defer db.Close()

	samples, err := demo.Samples()
	if err != nil {
		return err
	}
	for _, raw := range samples {
		if err := srv.Deliver(raw); err != nil {
			return fmt.Errorf("seeding the inbox: %w", err)
		}
	}
	fmt.Fprintf(out, "fivemin demo: %s, rep %s <%s>\n", cfg.Firm.Name, demo.RepName, demo.RepAddress)
	fmt.Fprintf(out, "  in-process IMAP on %s and SMTP on %s; %d client emails delivered to the INBOX\n\n", srv.IMAPAddr, srv.SMTPAddr, len(samples))

	a, err := app.New(app.Options{
		Config: app.Static(cfg), Ledger: led, Logger: log,
		Account: func(acct *mailbox.Account) {
			// Small delays so the demo finishes in seconds.
			acct.WatchInterval = 150 * time.Millisecond
			acct.DeleteGrace = time.Second
			acct.CommandTimeout = 10 * time.Second
		},
	})
	if err != nil {
		return err
	}
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	runErr := make(chan error, 1)
	go func() { runErr <- a.Run(runCtx) }()

	mb, err := waitMailbox(ctx, a, demo.RepAddress, runErr)
	if err != nil {
		return err
	}
	tokens := make([]string, len(samples))
	for i, raw := range samples {
		tokens[i] = mailbox.Token(demo.RepAddress, raw)
	}
	if err := waitOutcomes(ctx, mb, tokens, runErr); err != nil {
		return err
	}

	// What triage made of each email, and what landed in Drafts.
	fmt.Fprintln(out, "Triage and drafts")
	eng := triage.New(cfg.TriageFor(""))
	var quoted []string // tokens with a quote, in order
	for i, raw := range samples {
		res := eng.AnalyzeBytes(raw)
		rec, _ := mb.Lookup(tokens[i])
		who := res.Subject
		if res.From != nil {
			who = fmt.Sprintf("%s: %s", displayName(res.From.Name, res.From.Address), res.Subject)
		}
		if rec == nil || rec.Outcome != mailbox.OutcomeDrafted {
			reason := ""
			if rec != nil {
				reason = rec.Reason
			}
			fmt.Fprintf(out, "  - %-62s no draft (%s)\n", clip(who, 62), reason)
			continue
		}
		em, _ := led.Email(ctx, tokens[i])
		quick, paid := 0, 0
		for _, q := range res.Questions {
			if q.Kind == triage.Quick {
				quick++
			} else {
				paid++
			}
		}
		line := fmt.Sprintf("  - %-62s draft: %d quick, %d paid", clip(who, 62), quick, paid)
		if em != nil && em.QuoteID != "" {
			if q, err := led.Quote(ctx, em.QuoteID); err == nil {
				line += fmt.Sprintf(", quote %s %s", q.ID, cfg.Formatter().Format(cfg.Currency().Minor(q.Total)))
				quoted = append(quoted, tokens[i])
			}
		}
		fmt.Fprintln(out, line)
	}
	drafts, err := srv.Folder(ctx, "Drafts")
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "  %d drafts are in Drafts, waiting for the rep.\n\n", len(drafts))

	// The rep sends the quotes; the clients answer.
	if len(quoted) > len(demoReplies) {
		quoted = quoted[:len(demoReplies)]
	}
	fmt.Fprintln(out, "The rep sends the quotes over SMTP; the clients answer")
	fmt.Fprintln(out, "  (a rep fills in the [bracketed] placeholders first; the demo sends them as drafted, with --force)")
	var replyTokens []string
	var sentQuotes []string
	for i, tok := range quoted {
		var pe *mailbox.PlaceholderError
		if _, err := mb.Send(ctx, tok, true); errors.As(err, &pe) && len(pe.Notes) > 0 {
			// A note for the rep is never sent, forced or not.
			fmt.Fprintf(out, "  - not sent, the draft has notes for the rep: %s\n", strings.Join(pe.Notes, ", "))
			continue
		} else if err != nil {
			return fmt.Errorf("sending draft: %w", err)
		}
		sentQuotes = append(sentQuotes, tok)
		em, err := led.Email(ctx, tok)
		if err != nil {
			return err
		}
		q, err := led.Quote(ctx, em.QuoteID)
		if err != nil {
			return err
		}
		reply := clientReply(em, q, demoReplies[i])
		replyTokens = append(replyTokens, mailbox.Token(demo.RepAddress, reply))
		if err := srv.Deliver(reply); err != nil {
			return err
		}
	}
	if err := waitOutcomes(ctx, mb, replyTokens, runErr); err != nil {
		return err
	}
	for _, tok := range sentQuotes {
		em, _ := led.Email(ctx, tok)
		q, err := led.Quote(ctx, em.QuoteID)
		if err != nil {
			return err
		}
		status := string(q.Status)
		if q.Unclear {
			status += ", flagged: the reply needs a person (fivemin ledger unclear)"
		}
		fmt.Fprintf(out, "  - %s to %-32s %s\n", q.ID, q.Client, status)
	}
	fmt.Fprintf(out, "  The SMTP server received %d messages.\n\n", len(srv.Sent()))

	rep, err := led.Report(ctx, ledger.Filter{})
	if err != nil {
		return err
	}
	t := rep.Totals
	money := func(minor int64) string { return cfg.Formatter().Format(cfg.Currency().Minor(minor)) }
	fmt.Fprintln(out, "Ledger")
	fmt.Fprintf(out, "  emails %d, drafted %d, free minutes given %d\n", t.Emails, t.Drafted, t.FreeMinutes)
	fmt.Fprintf(out, "  quotes sent %d: accepted %d, declined %d, open %d (unclear %d), still in Drafts %d\n",
		t.Sent, t.Accepted, t.Declined, t.Open, t.Unclear, t.Drafts)
	fmt.Fprintf(out, "  value quoted %s, won %s, acceptance rate %.0f%%\n\n", money(t.ValueQuoted), money(t.ValueAccepted), 100*t.AcceptanceRate)

	ts := app.TierSettings(cfg)
	rk, err := tiers.New(led, tiers.Options{}).Rank(ctx, ts)
	if err != nil {
		return err
	}
	// `fivemin clients --state` ranks as the demo did.
	if err := tiers.SaveSettings(led.DB(), ts); err != nil {
		return err
	}
	fmt.Fprintln(out, "Client accounts")
	for _, acct := range rk.Accounts {
		fmt.Fprintf(out, "  %-3s %-26s emails %d, free minutes %d, accepted %s\n", orNone(acct.Tier), acct.Organisation,
			acct.Figures.Emails, acct.Figures.FreeMinutes, cfg.Formatter().Format(acct.Figures.ValueAccepted))
	}
	fmt.Fprintln(out)

	if len(drafts) > 0 {
		fmt.Fprintln(out, "The first draft, as the rep sees it")
		fmt.Fprintln(out, indent(draftText(drafts[0]), "  | "))
	}
	if *statePath != "" {
		fmt.Fprintf(out, "State kept in %s. Try:\n  fivemin report --state %[1]s\n  fivemin clients --state %[1]s\n  fivemin ledger unclear --state %[1]s\n", path)
	}
	if *stay {
		fmt.Fprintf(out, "\nStaying up (Ctrl-C to stop): IMAP %s, SMTP %s, user %s, password %s\n", srv.IMAPAddr, srv.SMTPAddr, demo.RepAddress, demo.Password)
		select {
		case <-ctx.Done():
		case err := <-runErr:
			return err
		}
	}
	stop()
	if err := <-runErr; err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}

// waitMailbox waits until the app runs rep's mailbox.
func waitMailbox(ctx context.Context, a *app.App, rep string, runErr <-chan error) (*mailbox.Mailbox, error) {
	deadline := time.After(20 * time.Second)
	for {
		if mb := a.RunningMailbox(rep); mb != nil {
			return mb, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case err := <-runErr:
			return nil, fmt.Errorf("pipeline stopped: %v", err)
		case <-deadline:
			return nil, errors.New("the pipeline did not start within 20s")
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// waitOutcomes waits until every token has a final outcome.
func waitOutcomes(ctx context.Context, mb *mailbox.Mailbox, tokens []string, runErr <-chan error) error {
	deadline := time.After(30 * time.Second)
	for {
		done := 0
		for _, tok := range tokens {
			if r, _ := mb.Lookup(tok); r != nil && r.Outcome != mailbox.OutcomePending {
				done++
			}
		}
		if done == len(tokens) {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-runErr:
			return fmt.Errorf("pipeline stopped: %v", err)
		case <-deadline:
			return fmt.Errorf("only %d of %d messages were handled within 30s", done, len(tokens))
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// clientReply is the client's answer to a quote, threaded to it.
func clientReply(em *ledger.Email, q *ledger.Quote, text string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: %s\r\nTo: %s <%s>\r\nSubject: Re: your quote [%s]\r\n", em.Client, demo.RepName, demo.RepAddress, q.ID)
	fmt.Fprintf(&b, "Date: %s\r\nMessage-ID: <reply-%s@client.test>\r\n", time.Now().Format(time.RFC1123Z), strings.ToLower(q.ID))
	fmt.Fprintf(&b, "In-Reply-To: <%s>\r\nReferences: <%s> <%s>\r\n", q.MessageID, em.MessageID, q.MessageID)
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
	b.WriteString(strings.ReplaceAll(text, "\n", "\r\n"))
	b.WriteString("\r\n\r\n> Beyond the free 5 minutes I will need ... Please let me know if you'd like me to go ahead?\r\n")
	return b.Bytes()
}

func draftText(raw []byte) string {
	p := triage.Parse(bytes.NewReader(raw), triage.DefaultConfig().Limits)
	var hdr strings.Builder
	for _, k := range []string{"From", "To", "Subject"} {
		fmt.Fprintf(&hdr, "%s: %s\n", k, p.Header.Get(k))
	}
	return hdr.String() + "\n" + strings.TrimRight(p.Text, "\n")
}

func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func displayName(name, addr string) string {
	if name != "" {
		return name
	}
	return addr
}
