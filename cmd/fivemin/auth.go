package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"text/tabwriter"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/oauth"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// runAuth dispatches `fivemin auth login|status|logout`: the OAuth 2.0
// sign-ins of reps whose [rep.imap] names an [oauth] table.
func runAuth(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		fmt.Fprintln(e.stderr, `usage: fivemin auth login --config FILE --rep ADDRESS
       fivemin auth status --config FILE
       fivemin auth logout --config FILE --rep ADDRESS`)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	switch args[0] {
	case "login", "logout":
		return runAuthRep(ctx, e, args[0], args[1:])
	case "status":
		return runAuthStatus(ctx, e, args[1:])
	}
	return fmt.Errorf("%w: unknown auth command %q (login, status, logout)", errUsage, args[0])
}

// authState loads the configuration with its secrets and reaches the
// state file, where refresh tokens live: through the running service when
// one answers (so reps sign in without stopping it), else directly,
// creating it for a first sign-in before serve ever ran.
func authState(ctx context.Context, e *env, file string) (*config.Config, ops.Service, func(), error) {
	if file == "" {
		return nil, nil, nil, fmt.Errorf("%w: --config is needed", errUsage)
	}
	cfg, err := config.Load(file, config.Options{Getenv: e.getenv})
	if err != nil {
		return nil, nil, nil, err
	}
	svc, done, err := tokenService(ctx, e, cfg)
	return cfg, svc, done, err
}

// tokenService reaches the state file of cfg for its refresh tokens.
func tokenService(ctx context.Context, e *env, cfg *config.Config) (ops.Service, func(), error) {
	sock := ops.SocketPath(cfg.State.Path)
	if c, err := ops.Dial(ctx, sock); err == nil {
		return c, func() {}, nil
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	db, led, err := openState(ctx, cfg.State.Path, cfg.Location(), log, 2*time.Second)
	if errors.Is(err, ledger.ErrInUse) {
		return nil, nil, fmt.Errorf("%w, and no service answers on %s: is it starting or stopping? Try again in a moment", err, sock)
	}
	if err != nil {
		return nil, nil, err
	}
	return &ops.Local{Ledger: led}, func() { db.Close() }, nil
}

// repOAuth finds the [oauth] table a rep logs in with.
func repOAuth(cfg *config.Config, address string) (name string, o config.OAuth, err error) {
	r, err := findRep(cfg, address) // an address or a name
	if err != nil {
		return "", o, err
	}
	name = r.IMAP.OAuth
	if name == "" && r.SMTP != nil {
		name = r.SMTP.OAuth
	}
	if name == "" {
		return "", o, fmt.Errorf("%s logs in with a password: its [rep.imap] has no oauth key", r.Address)
	}
	return name, cfg.OAuth[name], nil
}

func runAuthRep(ctx context.Context, e *env, cmd string, args []string) error {
	fs := newFlagSet(e, "auth "+cmd, "--config FILE --rep ADDRESS|NAME")
	file := fs.String("config", "", "configuration `file`")
	repAddr := fs.String("rep", "", "the rep (`address or name`)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *repAddr == "" || fs.NArg() > 0 {
		return fmt.Errorf("%w: want --rep ADDRESS|NAME and no other arguments", errUsage)
	}
	cfg, svc, done, err := authState(ctx, e, *file)
	if err != nil {
		return err
	}
	defer done()
	name, o, err := repOAuth(cfg, *repAddr)
	if err != nil {
		return err
	}
	r, _ := findRep(cfg, *repAddr) // found by repOAuth
	rep := r.Address
	if cmd == "logout" {
		if err := svc.SaveRefreshToken(ctx, ops.TokenRef{Rep: rep, Table: name}); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "forgot %s's refresh token for [oauth.%s]; to revoke it at the provider too, remove fivemin's access in the account's security settings\n", rep, name)
		return nil
	}
	store := ops.TokenStore(svc, rep, name)
	switch o.Grant {
	case mailbox.GrantDevice:
		err = oauth.DeviceLogin(ctx, o.OAuth2(o.ClientSecret.Reveal()), store, func(uri, code string) {
			fmt.Fprintf(e.stdout, "To sign in %s, open %s and enter the code %s\nwaiting for the sign-in…\n", rep, uri, code)
		})
	case mailbox.GrantAuthorizationCode:
		user := cmp.Or(r.IMAP.User, rep)
		err = oauth.AuthCodeLogin(ctx, o.OAuth2(o.ClientSecret.Reveal()), store, oauth.CodeOptions{Provider: o.Provider, LoginHint: user, Timeout: authCodeWait},
			func(authURL string) { showAuthURL(e, rep, user, authURL) })
	default: // client_credentials, service_account
		return fmt.Errorf("[oauth.%s] uses the %s grant: no rep signs in, the application's credentials are enough; fivemin auth status --config %s tries them", name, o.Grant, *file)
	}
	if err != nil {
		return fmt.Errorf("sign-in of %s failed: %w (to try again: fivemin auth login --config %s --rep %s)", rep, err, *file, rep)
	}
	fmt.Fprintf(e.stdout, "signed in: %s's refresh token is stored in %s (never in the configuration)\n", rep, cfg.State.Path)
	if _, running := svc.(*ops.Client); running {
		fmt.Fprintln(e.stdout, "the running service uses it at the rep's next login attempt (after a refused login: within 5 minutes)")
	}
	return nil
}

// authCodeWait is how long auth login waits for the browser: long enough
// to set up an SSH port forward first.
const authCodeWait = 10 * time.Minute

// showAuthURL tells the person at the terminal where to sign in. The
// browser must reach this machine's 127.0.0.1 afterwards: from another
// machine, through an SSH port forward.
func showAuthURL(e *env, rep, user, authURL string) {
	port := ""
	if u, err := url.Parse(authURL); err == nil {
		if ru, err := url.Parse(u.Query().Get("redirect_uri")); err == nil {
			port = ru.Port()
		}
	}
	fmt.Fprintf(e.stdout, `To sign in %s, open this page in a browser and sign in as %s:

    %s

The browser then comes back to http://127.0.0.1:%s/ on this machine. If the
browser runs on another computer, first forward the port from there:
    ssh -L %s:127.0.0.1:%s THIS-MACHINE
waiting for the sign-in (up to %v)…
`, rep, user, authURL, port, port, port, authCodeWait)
}

// runAuthStatus gets an access token for every OAuth rep and says whether
// it worked. A refresh rotates the stored refresh token, as serve would.
func runAuthStatus(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "auth status", "--config FILE")
	file := fs.String("config", "", "configuration `file`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, svc, done, err := authState(ctx, e, *file)
	if err != nil {
		return err
	}
	defer done()
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "REP\tOAUTH\tGRANT\tSTATUS")
	failed := 0
	for _, r := range cfg.Reps {
		name, o, err := repOAuth(cfg, r.Address)
		if err != nil {
			continue // a password rep
		}
		status := authCheck(ctx, ops.TokenStore(svc, r.Address, name), r.Address, cmp.Or(r.IMAP.User, r.Address), name, o)
		if status != "ok" {
			failed++
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Address, name, o.Grant, status)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return exitError{1}
	}
	return nil
}

// authCheck fetches one access token for the mailbox user and says "ok"
// or what is wrong.
func authCheck(ctx context.Context, store oauth.RefreshStore, rep, user, name string, o config.OAuth) string {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	fetch, err := o.Fetch(o.ClientSecret.Reveal(), user, store)
	if err != nil {
		return err.Error()
	}
	_, err = fetch(ctx)
	signsIn := o.Grant == mailbox.GrantDevice || o.Grant == mailbox.GrantAuthorizationCode
	switch {
	case errors.Is(err, oauth.ErrNoRefreshToken):
		return "not signed in: run fivemin auth login --rep " + rep
	case errors.Is(err, oauth.ErrRefused) && signsIn:
		return fmt.Sprintf("%v: the sign-in was revoked or has expired; sign in again: fivemin auth login --rep %s", err, rep)
	case err != nil:
		return err.Error()
	}
	return "ok"
}
