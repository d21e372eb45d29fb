package main

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/oauth"
)

// checkTLSConfig replaces the system's TLS settings in tests (the harness's
// own certificate authority); nil in the program.
var checkTLSConfig *tls.Config

// runCheck is `fivemin check`: it connects to every rep's servers as the
// service would, without changing anything, and says in plain words what
// is wrong and how to fix it. Exit status 0 when every rep is fine, 1 when
// any is not.
func runCheck(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "check", "--config FILE [--rep ADDRESS|NAME]")
	file := fs.String("config", "", "configuration `file`")
	only := fs.String("rep", "", "check only this rep (`address or name`)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *file == "" || fs.NArg() > 0 {
		return fmt.Errorf("%w: want --config FILE and no other arguments", errUsage)
	}
	cfg, err := config.Load(*file, config.Options{Getenv: e.getenv})
	if err != nil {
		return err
	}
	reps, err := pickReps(cfg, *only)
	if err != nil {
		return err
	}
	svc, done, err := checkTokens(ctx, e, cfg, reps)
	if err != nil {
		return err
	}
	defer done()
	failed := 0
	for i, r := range reps {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		acct, err := checkAccount(cfg, r, svc)
		var p mailbox.Probe
		if err != nil {
			p.IMAP = mailbox.ServerProbe{Problem: mailbox.ProbeOther, Err: err}
		} else {
			p = mailbox.ProbeAccount(ctx, acct)
		}
		if !printProbe(e.stdout, r, p) {
			failed++
		}
	}
	if failed > 0 {
		fmt.Fprintf(e.stdout, "\n%d of %d reps have problems\n", failed, len(reps))
		return exitError{1}
	}
	fmt.Fprintf(e.stdout, "\nall %d reps ok\n", len(reps))
	return nil
}

// pickReps returns every rep, or the one named by address or name.
func pickReps(cfg *config.Config, only string) ([]*config.Rep, error) {
	if only != "" {
		r, err := findRep(cfg, only)
		if err != nil {
			return nil, err
		}
		return []*config.Rep{r}, nil
	}
	if len(cfg.Reps) == 0 {
		return nil, fmt.Errorf("no [[rep]] in %s", cfg.File)
	}
	out := make([]*config.Rep, len(cfg.Reps))
	for i := range cfg.Reps {
		out[i] = &cfg.Reps[i]
	}
	return out, nil
}

// checkTokens reaches the refresh tokens in the state file (through the
// running service, or directly) when a rep signs in with OAuth; for
// password setups it leaves the state file alone and returns nil.
func checkTokens(ctx context.Context, e *env, cfg *config.Config, reps []*config.Rep) (ops.Service, func(), error) {
	for _, r := range reps {
		if r.IMAP.OAuth != "" || (r.SMTP != nil && r.SMTP.OAuth != "") {
			return tokenService(ctx, e, cfg)
		}
	}
	return nil, func() {}, nil
}

// checkAccount builds the mailbox account of r as serve does.
func checkAccount(cfg *config.Config, r *config.Rep, tokens ops.Service) (mailbox.Account, error) {
	endpoint := func(s config.Server) (mailbox.Endpoint, error) {
		user := s.User
		if user == "" {
			user = r.Address
		}
		ep := mailbox.Endpoint{Host: s.Host, Port: s.Port, TLS: s.TLS, User: user,
			Password: s.Password.Reveal(), TLSConfig: checkTLSConfig, HELO: s.HELO}
		if s.OAuth == "" {
			return ep, nil
		}
		o, ok := cfg.OAuth[s.OAuth]
		if !ok {
			return ep, fmt.Errorf("no [oauth.%s] table", s.OAuth) // checked at load
		}
		if tokens == nil {
			return ep, errors.New("the state file with the OAuth sign-ins is not open") // runCheck reaches it for OAuth reps
		}
		fetch, err := o.Fetch(o.ClientSecret.Reveal(), user, ops.TokenStore(tokens, r.Address, s.OAuth))
		if err != nil {
			return ep, fmt.Errorf("[oauth.%s]: %w", s.OAuth, err)
		}
		ep.SASL = oauth.NewLogin(o.SASLMechanism(), fetch)
		return ep, nil
	}
	acct := mailbox.Account{
		Name:         r.Address,
		Folders:      r.Folders,
		PollInterval: r.PollInterval.Duration(),
	}
	var err error
	if acct.IMAP, err = endpoint(r.IMAP); err != nil {
		return acct, err
	}
	if r.SMTP != nil {
		if acct.SMTP, err = endpoint(*r.SMTP); err != nil {
			return acct, err
		}
	}
	return acct, nil
}

// printProbe writes one rep's report and says whether the rep is fine.
func printProbe(w io.Writer, r *config.Rep, p mailbox.Probe) bool {
	who := r.Address
	if r.Name != "" {
		who += " (" + r.Name + ")"
	}
	fmt.Fprintln(w, who)
	ok := true
	server := func(kind string, s mailbox.ServerProbe, conf *config.Server) {
		fmt.Fprintf(w, "  %s %s (tls = %q) as %s: ", kind, s.Addr, s.TLS, s.User)
		if s.Err == nil {
			fmt.Fprintln(w, "ok")
			return
		}
		ok = false
		fmt.Fprintf(w, "%s\n    error: %v\n    fix: %s\n", s.Problem, s.Err, fixFor(kind, r, s, conf))
	}
	server("IMAP", p.IMAP, &r.IMAP)
	if p.IMAP.Err == nil {
		yes := func(b bool) string {
			if b {
				return "yes"
			}
			return "no"
		}
		fmt.Fprintf(w, "    capabilities: IDLE %s, UIDPLUS %s, SPECIAL-USE %s, MOVE %s\n", yes(p.Idle), yes(p.UIDPlus), yes(p.SpecialUse), yes(p.Move))
		if !p.Idle {
			fmt.Fprintf(w, "    note: no IDLE: fivemin will look for new mail every poll_interval (%v)\n", r.PollInterval.Duration())
		}
		if !p.UIDPlus {
			fmt.Fprintln(w, "    note: no UIDPLUS: fivemin finds each draft it stores by searching for it, which costs a command more")
		}
		for _, f := range []struct {
			what string
			f    mailbox.FolderProbe
		}{{"inbox", p.Inbox}, {"drafts", p.Drafts}, {"sent", p.Sent}} {
			switch {
			case f.f.Found():
				fmt.Fprintf(w, "    %s: %q (%s)\n", f.what, f.f.Name, f.f.How)
			case f.what == "inbox":
				ok = false
				fmt.Fprintf(w, "    inbox: %q not found\n    fix: set [rep.folders] inbox to the folder's name as the server lists it\n", f.f.Name)
			default:
				fmt.Fprintf(w, "    %s: %q not found; fivemin serve will create it (or set [rep.folders] %s to an existing folder)\n", f.what, f.f.Name, f.what)
			}
		}
	}
	if p.SMTP != nil {
		server("SMTP", *p.SMTP, r.SMTP)
		if p.SMTP.Err == nil {
			fmt.Fprintln(w, "    logged in; nothing was sent")
		}
	} else {
		fmt.Fprintln(w, "  SMTP: none configured (the rep sends drafts from their own mail program)")
	}
	return ok
}

// fixFor says in plain words what to change for a failed server probe. It
// names where the secret comes from, never the secret.
func fixFor(kind string, r *config.Rep, s mailbox.ServerProbe, conf *config.Server) string {
	table := "[rep.imap]"
	if kind == "SMTP" {
		table = "[rep.smtp]"
	}
	var secret string
	switch {
	case conf == nil:
	case conf.OAuth != "":
		secret = fmt.Sprintf("the sign-in of [oauth.%s]", conf.OAuth)
	case conf.PasswordEnv != "":
		secret = "the password in the environment variable " + conf.PasswordEnv + " (password_env)"
	case conf.PasswordFile != "":
		secret = "the password in the file " + conf.PasswordFile + " (password_file)"
	default:
		secret = "the password (the same as [rep.imap]'s, since " + table + " names none)"
	}
	switch s.Problem {
	case mailbox.ProbeAuth:
		if conf != nil && conf.OAuth != "" {
			return fmt.Sprintf("the server refused the OAuth token for %s: check that the account may use IMAP/SMTP with OAuth (admin consent, mailbox permission), then run fivemin auth login --rep %s if it signs in with the device or authorization_code grant", s.User, r.Address)
		}
		return fmt.Sprintf("check user (%s) and %s in %s; with Microsoft 365 or Google Workspace, passwords are often refused: use OAuth (see the README, \"Setting up\")", s.User, secret, table)
	case mailbox.ProbeOAuth:
		return fmt.Sprintf("fivemin could not get a token for %s: run fivemin auth status --config FILE; for the device and authorization_code grants run fivemin auth login --rep %s; for client_credentials check client_id, the client secret and the tenant; for service_account the domain-wide delegation", secret, r.Address)
	case mailbox.ProbeRefused:
		return fmt.Sprintf("nothing accepts connections at %s: check host and port in %s, and that the mail server is running", s.Addr, table)
	case mailbox.ProbeUnreachable:
		return fmt.Sprintf("%s cannot be reached: check the host name in %s and this machine's network and DNS", s.Addr, table)
	case mailbox.ProbeTimeout:
		return fmt.Sprintf("no answer from %s in time: a firewall may drop the connection, or the port in %s is wrong", s.Addr, table)
	case mailbox.ProbeTLS:
		return fmt.Sprintf("check tls and port in %s: tls = \"tls\" for implicit TLS (IMAP 993, SMTP 465), \"starttls\" for 143 or 587; the server's certificate must be valid for the host name and trusted by this machine", table)
	case mailbox.ProbeFolders:
		return "the server refused to list the folders: name them in [rep.folders]"
	}
	return "see the error above"
}
