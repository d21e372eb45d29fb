package main

import (
	"context"
	"errors"
	"fmt"
	"text/tabwriter"
	"time"

	"go.etcd.io/bbolt"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
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

// authState loads the configuration with its secrets and opens the state
// file, where refresh tokens live.
func authState(e *env, file string) (*config.Config, *bbolt.DB, error) {
	if file == "" {
		return nil, nil, fmt.Errorf("%w: --config is needed", errUsage)
	}
	cfg, err := config.Load(file, config.Options{Getenv: e.getenv})
	if err != nil {
		return nil, nil, err
	}
	db, err := ledger.Open(cfg.State.Path, ledger.OpenOptions{Timeout: 2 * time.Second})
	if errors.Is(err, ledger.ErrInUse) {
		return nil, nil, fmt.Errorf("%w; stop fivemin serve while signing in: the sign-in is kept in its state file", err)
	}
	if err != nil {
		return nil, nil, err
	}
	return cfg, db, nil
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
	cfg, db, err := authState(e, *file)
	if err != nil {
		return err
	}
	defer db.Close()
	name, o, err := repOAuth(cfg, *repAddr)
	if err != nil {
		return err
	}
	r, _ := findRep(cfg, *repAddr) // found by repOAuth
	rep := r.Address
	tokens := oauth.NewTokens(db)
	if cmd == "logout" {
		if err := tokens.Delete(rep, name); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "forgot %s's refresh token for [oauth.%s]; to revoke it at the provider too, remove fivemin's access in the account's security settings\n", rep, name)
		return nil
	}
	switch o.Grant {
	case config.GrantDevice:
	case config.GrantClientCredentials, config.GrantServiceAccount:
		return fmt.Errorf("[oauth.%s] uses the %s grant: no rep signs in, the application's credentials are enough", name, o.Grant)
	default:
		return fmt.Errorf("[oauth.%s]: signing in with the %s grant is not built yet; use grant = \"device\"", name, o.Grant)
	}
	err = oauth.DeviceLogin(ctx, o.OAuth2(), tokens.Store(rep, name), func(uri, code string) {
		fmt.Fprintf(e.stdout, "To sign in %s, open %s and enter the code %s\nwaiting for the sign-in…\n", rep, uri, code)
	})
	if err != nil {
		return fmt.Errorf("sign-in of %s failed: %w", rep, err)
	}
	fmt.Fprintf(e.stdout, "signed in: %s's refresh token is stored in %s (never in the configuration)\n", rep, cfg.State.Path)
	return nil
}

// runAuthStatus gets an access token for every OAuth rep and says whether
// it worked. A refresh rotates the stored refresh token, as serve would.
func runAuthStatus(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "auth status", "--config FILE")
	file := fs.String("config", "", "configuration `file`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, db, err := authState(e, *file)
	if err != nil {
		return err
	}
	defer db.Close()
	tokens := oauth.NewTokens(db)
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "REP\tOAUTH\tGRANT\tSTATUS")
	failed := 0
	for _, r := range cfg.Reps {
		name, o, err := repOAuth(cfg, r.Address)
		if err != nil {
			continue // a password rep
		}
		status := authCheck(ctx, tokens, r.Address, name, o)
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

// authCheck fetches one access token and says "ok" or what is wrong.
func authCheck(ctx context.Context, tokens *oauth.Tokens, rep, name string, o config.OAuth) string {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	fetch, err := o.Fetch(tokens.Store(rep, name))
	if err != nil {
		return err.Error()
	}
	_, err = fetch(ctx)
	switch {
	case errors.Is(err, oauth.ErrNoRefreshToken):
		return "not signed in: run fivemin auth login --rep " + rep
	case errors.Is(err, oauth.ErrRefused) && o.Grant != config.GrantClientCredentials:
		return fmt.Sprintf("%v: run fivemin auth login --rep %s", err, rep)
	case err != nil:
		return err.Error()
	}
	return "ok"
}
