package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"go.etcd.io/bbolt"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/app"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/demo"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
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
	logw := io.Discard
	if *verbose {
		logw = e.stderr
	}
	d := &demoRun{out: e.stdout, log: slog.New(slog.NewTextHandler(logw, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	defer d.close()

	path, err := d.statePath(*statePath)
	if err != nil {
		return err
	}
	if err := d.startServers(ctx, path); err != nil {
		return err
	}
	if err := d.seedMail(); err != nil {
		return err
	}
	if err := d.runPipeline(ctx); err != nil {
		return err
	}
	quoted, drafts, err := d.printDrafts(ctx)
	if err != nil {
		return err
	}
	if err := d.sendQuotes(ctx, quoted); err != nil {
		return err
	}
	if err := d.printLedger(ctx); err != nil {
		return err
	}
	d.printEnd(drafts)
	d.printFollowUps(path, d.writeConfig(path), *stay)
	d.tempDir = "" // kept for the commands just printed
	if *stay {
		return d.stayUp(ctx, path)
	}
	return d.stopPipeline()
}

// demoRun is the demo's state from one step to the next.
type demoRun struct {
	out     io.Writer
	log     *slog.Logger
	tempDir string // removed if the demo fails; "" with --state

	srv *demo.Servers
	cfg *config.Config
	db  *bbolt.DB
	led *ledger.Ledger

	samples [][]byte
	tokens  []string // the samples' mailbox tokens

	app     *app.App
	mb      *mailbox.Mailbox
	stop    context.CancelFunc // ends the pipeline
	runErr  chan error         // the pipeline's result, once
	stopped chan struct{}      // closed when the pipeline has returned
}

// statePath returns where the demo keeps its state: the --state file,
// which must not exist yet, or a file in a temporary directory.
func (d *demoRun) statePath(keep string) (string, error) {
	if keep != "" {
		if _, err := os.Stat(keep); err == nil {
			return "", fmt.Errorf("%s already exists: the demo starts from empty state; remove it or choose another --state", keep)
		}
		return keep, nil
	}
	dir, err := os.MkdirTemp("", "fivemin-demo-")
	if err != nil {
		return "", err
	}
	d.tempDir = dir
	return filepath.Join(dir, "fivemin.db"), nil
}

// startServers starts the in-process mail servers and opens the state.
func (d *demoRun) startServers(ctx context.Context, path string) error {
	srv, err := demo.Start()
	if err != nil {
		return err
	}
	d.srv = srv
	d.cfg, err = config.Parse("demo.toml", []byte(srv.ConfigTOML(path)), config.Options{Getenv: func(k string) string {
		if k == demo.PasswordEnv {
			return demo.Password
		}
		return ""
	}})
	if err != nil {
		return fmt.Errorf("demo configuration: %w", err)
	}
	db, led, err := openState(ctx, path, d.cfg.Location(), d.log, time.Second)
	if err != nil {
		return err
	}
	d.db, d.led = db, led
	return nil
}

// seedMail delivers the sample client emails to the rep's INBOX.
func (d *demoRun) seedMail() error {
	samples, err := demo.Samples()
	if err != nil {
		return err
	}
	for _, raw := range samples {
		if err := d.srv.Deliver(raw); err != nil {
			return fmt.Errorf("seeding the inbox: %w", err)
		}
		d.tokens = append(d.tokens, mailbox.Token(demo.RepAddress, raw))
	}
	d.samples = samples
	fmt.Fprintf(d.out, "fivemin demo: %s, rep %s <%s>\n", d.cfg.Firm.Name, demo.RepName, demo.RepAddress)
	fmt.Fprintf(d.out, "  in-process IMAP on %s and SMTP on %s; %d client emails delivered to the INBOX\n\n", d.srv.IMAPAddr, d.srv.SMTPAddr, len(samples))
	return nil
}

// runPipeline starts the real pipeline on the servers and waits until
// every sample has been handled.
func (d *demoRun) runPipeline(ctx context.Context) error {
	a, err := app.New(app.Options{
		Config: app.Static(d.cfg), Ledger: d.led, Logger: d.log,
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
	d.app = a
	runCtx, stop := context.WithCancel(ctx)
	d.stop, d.runErr, d.stopped = stop, make(chan error, 1), make(chan struct{})
	go func() {
		defer close(d.stopped)
		d.runErr <- a.Run(runCtx)
	}()
	if d.mb, err = waitMailbox(ctx, a, demo.RepAddress, d.runErr); err != nil {
		return err
	}
	return waitOutcomes(ctx, d.mb, d.tokens, d.runErr)
}

// printDrafts shows what triage made of each email and what landed in
// Drafts; it returns the tokens of the emails that got a quote, in order,
// and the drafts.
func (d *demoRun) printDrafts(ctx context.Context) (quoted []string, drafts [][]byte, err error) {
	fmt.Fprintln(d.out, "Triage and drafts")
	eng := triage.New(d.cfg.TriageFor(""))
	for i, raw := range d.samples {
		line, hasQuote := d.draftLine(ctx, eng.AnalyzeBytes(raw), d.tokens[i])
		if hasQuote {
			quoted = append(quoted, d.tokens[i])
		}
		fmt.Fprintln(d.out, line)
	}
	drafts, err = d.srv.Folder(ctx, "Drafts")
	if err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(d.out, "  %d drafts are in Drafts, waiting for the rep.\n\n", len(drafts))
	return quoted, drafts, nil
}

// draftLine describes one email's outcome, and whether it got a quote.
func (d *demoRun) draftLine(ctx context.Context, res *triage.Result, token string) (string, bool) {
	rec, _ := d.mb.Lookup(token)
	who := res.Subject
	if res.From != nil {
		who = fmt.Sprintf("%s: %s", displayName(res.From.Name, res.From.Address), res.Subject)
	}
	if rec == nil || rec.Outcome != mailbox.OutcomeDrafted {
		reason := ""
		if rec != nil {
			reason = rec.Reason
		}
		return fmt.Sprintf("  - %-62s no draft (%s)", clip(who, 62), reason), false
	}
	quick, paid := 0, 0
	for _, q := range res.Questions {
		if q.Kind == triage.Quick {
			quick++
		} else {
			paid++
		}
	}
	line := fmt.Sprintf("  - %-62s draft: %d quick, %d paid", clip(who, 62), quick, paid)
	if em, _ := d.led.Email(ctx, token); em != nil && em.QuoteID != "" {
		if q, err := d.led.Quote(ctx, em.QuoteID); err == nil {
			return line + fmt.Sprintf(", quote %s %s", q.ID, d.money(q.Total)), true
		}
	}
	return line, false
}

// sendQuotes has the rep send the first quotes over SMTP, simulates the
// clients' answers and prints where each quote stands after them.
func (d *demoRun) sendQuotes(ctx context.Context, quoted []string) error {
	if len(quoted) > len(demoReplies) {
		quoted = quoted[:len(demoReplies)]
	}
	fmt.Fprintln(d.out, "The rep sends the quotes over SMTP; the clients answer")
	fmt.Fprintln(d.out, "  (a rep fills in the [bracketed] placeholders first; the demo sends them as drafted, with --force)")
	var replyTokens []string
	var sentQuotes []string
	for i, tok := range quoted {
		var pe *mailbox.PlaceholderError
		if _, err := d.mb.Send(ctx, tok, true); errors.As(err, &pe) && len(pe.Notes) > 0 {
			// A note for the rep is never sent, forced or not.
			fmt.Fprintf(d.out, "  - not sent, the draft has notes for the rep: %s\n", strings.Join(pe.Notes, ", "))
			continue
		} else if err != nil {
			return fmt.Errorf("sending draft: %w", err)
		}
		sentQuotes = append(sentQuotes, tok)
		em, q, err := d.quoteOf(ctx, tok)
		if err != nil {
			return err
		}
		reply := clientReply(em, q, demoReplies[i])
		replyTokens = append(replyTokens, mailbox.Token(demo.RepAddress, reply))
		if err := d.srv.Deliver(reply); err != nil {
			return err
		}
	}
	if err := waitOutcomes(ctx, d.mb, replyTokens, d.runErr); err != nil {
		return err
	}
	for _, tok := range sentQuotes {
		_, q, err := d.quoteOf(ctx, tok)
		if err != nil {
			return err
		}
		status := string(q.Status)
		if q.Unclear {
			status += ", flagged: the reply needs a person (fivemin ledger unclear)"
		}
		fmt.Fprintf(d.out, "  - %s to %-32s %s\n", q.ID, q.Client, status)
	}
	fmt.Fprintf(d.out, "  The SMTP server received %d messages.\n\n", len(d.srv.Sent()))
	return nil
}

// quoteOf returns the ledger's email and quote for a source token.
func (d *demoRun) quoteOf(ctx context.Context, token string) (*ledger.Email, *ledger.Quote, error) {
	em, err := d.led.Email(ctx, token)
	if err != nil {
		return nil, nil, err
	}
	q, err := d.led.Quote(ctx, em.QuoteID)
	if err != nil {
		return nil, nil, err
	}
	return em, q, nil
}

// printLedger prints the ledger's totals and the client accounts' tiers.
func (d *demoRun) printLedger(ctx context.Context) error {
	rep, err := d.led.Report(ctx, ledger.Filter{})
	if err != nil {
		return err
	}
	t := rep.Totals
	fmt.Fprintln(d.out, "Ledger")
	fmt.Fprintf(d.out, "  emails %d, drafted %d, free minutes given %d\n", t.Emails, t.Drafted, t.FreeMinutes)
	fmt.Fprintf(d.out, "  quotes sent %d: accepted %d, declined %d, open %d (unclear %d), still in Drafts %d\n",
		t.Sent, t.Accepted, t.Declined, t.Open, t.Unclear, t.Drafts)
	fmt.Fprintf(d.out, "  value quoted %s, won %s, acceptance rate %.0f%%\n\n", d.money(t.ValueQuoted), d.money(t.ValueAccepted), 100*t.AcceptanceRate)

	ts := app.TierSettings(d.cfg)
	rk, err := tiers.New(d.led, tiers.Options{}).Rank(ctx, ts)
	if err != nil {
		return err
	}
	// `fivemin clients --state` ranks as the demo did.
	if err := tiers.SaveSettings(d.led.DB(), ts); err != nil {
		return err
	}
	fmt.Fprintln(d.out, "Client accounts")
	for _, acct := range rk.Accounts {
		fmt.Fprintf(d.out, "  %-3s %-26s emails %d, free minutes %d, accepted %s\n", orNone(acct.Tier), acct.Organisation,
			acct.Figures.Emails, acct.Figures.FreeMinutes, d.cfg.Formatter().Format(acct.Figures.ValueAccepted))
	}
	fmt.Fprintln(d.out)
	return nil
}

// printEnd shows the first draft and, with --state, what to try next.
func (d *demoRun) printEnd(drafts [][]byte) {
	if len(drafts) > 0 {
		fmt.Fprintln(d.out, "The first draft, as the rep sees it")
		fmt.Fprintln(d.out, indent(draftText(drafts[0]), "  | "))
	}
}

// writeConfig saves the demo's configuration beside its state file (with
// this run's ports), for the commands that take --config, and returns its
// path; "" when it cannot, or a file of that name exists already.
func (d *demoRun) writeConfig(path string) string {
	cfgPath := strings.TrimSuffix(path, filepath.Ext(path)) + ".toml"
	abs, err := filepath.Abs(path) // the file's [state] path holds wherever it is read from
	if cfgPath == path || err != nil {
		return ""
	}
	f, err := os.OpenFile(cfgPath, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return ""
	}
	_, err = f.WriteString(d.srv.ConfigTOML(abs))
	if err = errors.Join(err, f.Close()); err != nil {
		d.log.Warn("writing the demo's configuration", "err", err)
		_ = os.Remove(cfgPath)
		return ""
	}
	return cfgPath
}

// printFollowUps lists the commands to try on the demo's state: those
// that read the state file always, and with stay those that need the
// mail servers too (the demo answers them on the state's control socket,
// as serve does).
func (d *demoRun) printFollowUps(path, cfgPath string, stay bool) {
	where := ""
	if d.tempDir != "" {
		where = " (a temporary directory: remove it when done)"
	}
	fmt.Fprintf(d.out, "State kept in %s%s. Try:\n", path, where)
	cmds := []string{"report", "clients", "ledger unclear", "ledger show QUOTE-ID"}
	if stay {
		cmds = append(cmds, "outbox", "outbox --skipped", "send QUOTE-ID")
	}
	for _, c := range cmds {
		fmt.Fprintf(d.out, "  fivemin %s --state %s\n", c, path)
	}
	if cfgPath != "" {
		fmt.Fprintf(d.out, "  fivemin triage --config %s EMAIL-FILE\n", cfgPath)
		if stay {
			fmt.Fprintf(d.out, "  %s=%s fivemin check --config %s\n", demo.PasswordEnv, demo.Password, cfgPath)
		}
	}
	if !stay {
		fmt.Fprintln(d.out, "Run the demo with --stay to keep its mail servers up for fivemin outbox and send.")
	}
}

// stayUp keeps the servers and the pipeline running until ctx ends (or
// the pipeline fails), answering the other commands on the control
// socket beside the state file.
func (d *demoRun) stayUp(ctx context.Context, path string) error {
	local := &ops.Local{Ledger: d.led, Mailboxes: d.app.RunningMailboxes, ClientsOutput: clientsOutput(d.led, d.cfg, nil)}
	sockCtx, stopSock := context.WithCancel(ctx)
	defer stopSock()
	sockErr := make(chan error, 1)
	go func() { sockErr <- ops.Serve(sockCtx, ops.SocketPath(path), local, d.log) }()
	endSock := func() { // after stopSock
		if err := <-sockErr; err != nil {
			d.log.Warn("control socket", "err", err)
		}
	}
	fmt.Fprintf(d.out, "\nStaying up (Ctrl-C to stop): IMAP %s, SMTP %s, user %s, password %s\n", d.srv.IMAPAddr, d.srv.SMTPAddr, demo.RepAddress, demo.Password)
	select {
	case <-ctx.Done():
	case err := <-d.runErr:
		stopSock()
		endSock()
		if ctx.Err() != nil && errors.Is(err, context.Canceled) {
			return nil
		}
		return fmt.Errorf("the pipeline stopped: %w", cmp.Or(err, errors.New("no error given")))
	case err := <-sockErr:
		if ctx.Err() == nil {
			return fmt.Errorf("control socket: %w", err)
		}
		sockErr <- err // stopped with ctx: read again below
	}
	stopSock()
	endSock()
	return d.stopPipeline()
}

// money formats minor units of the demo firm's currency.
func (d *demoRun) money(minor int64) string {
	return d.cfg.Formatter().Format(d.cfg.Currency().Minor(minor))
}

// stopPipeline ends the pipeline and returns its error, if any.
func (d *demoRun) stopPipeline() error {
	d.stop()
	if err := <-d.runErr; err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}

// close ends whatever the steps started, the pipeline before the state it
// writes to.
func (d *demoRun) close() {
	if d.stop != nil {
		d.stop()
		<-d.stopped
	}
	if d.db != nil {
		d.db.Close()
	}
	if d.srv != nil {
		d.srv.Close()
	}
	if d.tempDir != "" {
		_ = os.RemoveAll(d.tempDir)
	}
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
	p := triage.ParseBytes(raw, triage.DefaultConfig().Limits)
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
