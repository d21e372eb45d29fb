package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/app"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting/ledger"
	"github.com/fivemin/fivemin/quoting/tiers"
	"go.etcd.io/bbolt"
)

// stateFlags are the flags of the commands that read fivemin's state.
type stateFlags struct {
	config *string
	state  *string
}

func addStateFlags(fs *flag.FlagSet) stateFlags {
	return stateFlags{
		config: fs.String("config", "", "configuration `file` (its [state] path, and mail servers for outbox and send)"),
		state:  fs.String("state", "", "state `file` to read (default: the configuration's [state] path)"),
	}
}

// hint names the state in the commands a command suggests, as it was
// named to it.
func (f stateFlags) hint() string {
	switch {
	case *f.config != "":
		return "--config " + *f.config
	case *f.state != "":
		return "--state " + *f.state
	}
	return "--config FILE"
}

// opsConn is the service a command talks to, and how it reached it.
type opsConn struct {
	svc   ops.Service
	via   string
	cfg   *config.Config // nil with --state alone
	close func()
	// storedTiers: without cfg, the tier settings recorded in the state
	// file rank the clients (see tiers.SaveSettings).
	storedTiers bool
}

// connect reaches fivemin's state: through the running service's control
// socket when one answers (bbolt lets only one process open the file), or
// by opening the state file here. needMail asks for the reps' mailboxes,
// which needs the configuration and its secrets.
func connect(ctx context.Context, e *env, f stateFlags, needMail bool) (*opsConn, error) {
	cfg, path, err := stateTarget(e, f, needMail)
	if err != nil {
		return nil, err
	}
	sock := ops.SocketPath(path)
	if c, err := ops.Dial(ctx, sock); err == nil {
		return &opsConn{svc: c, via: "the running fivemin service (" + sock + ")", cfg: cfg, close: func() {}}, nil
	}
	// The running service (or `demo --stay`) has the mail settings; here
	// they must come from the configuration.
	if needMail && cfg == nil {
		return nil, fmt.Errorf("%w: --config is needed to reach the reps' mailboxes (no fivemin service answers on %s)", errUsage, sock)
	}
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no fivemin state at %s: %w", path, err)
	}
	loc := time.Local
	if cfg != nil {
		loc = cfg.Location()
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	db, led, err := openState(ctx, path, loc, log, time.Second)
	if errors.Is(err, ledger.ErrInUse) {
		return nil, fmt.Errorf("%w, and no service answers on %s: is it starting or stopping? Try again in a moment", err, sock)
	}
	if err != nil {
		return nil, err
	}
	local := &ops.Local{Ledger: led}
	if cfg != nil {
		c := cfg
		local.Mailboxes = func() (map[string]*mailbox.Mailbox, error) {
			a, err := app.New(app.Options{Config: app.Static(c), Ledger: led, Logger: log})
			if err != nil {
				return nil, err
			}
			return a.Mailboxes()
		}
	}
	var stored *tiers.Settings
	if cfg == nil {
		stored = storedSettings(db, log)
	}
	local.ClientsOutput = clientsOutput(led, cfg, stored)
	return &opsConn{svc: local, via: "the state file " + path, cfg: cfg, close: func() { db.Close() }, storedTiers: stored != nil}, nil
}

// stateTarget reads --config (when given) and finds the state file it or
// --state names.
func stateTarget(e *env, f stateFlags, needMail bool) (*config.Config, string, error) {
	var cfg *config.Config
	if *f.config != "" {
		var err error
		cfg, err = config.Load(*f.config, config.Options{Getenv: e.getenv, SkipSecrets: !needMail})
		if err != nil {
			return nil, "", err
		}
	}
	path := *f.state
	if path == "" && cfg != nil {
		path = cfg.State.Path
	}
	if path == "" {
		return nil, "", fmt.Errorf("%w: give --config or --state", errUsage)
	}
	return cfg, path, nil
}

// storedSettings is the tier settings saved in the state file, used when
// no configuration is given; nil when none (or unreadable, with a warning).
func storedSettings(db *bbolt.DB, log *slog.Logger) *tiers.Settings {
	s, err := tiers.LoadSettings(db)
	switch {
	case err == nil:
		return &s
	case !errors.Is(err, tiers.ErrNoSettings):
		log.Warn("ignoring the tier settings in the state file", "err", err)
	}
	return nil
}
