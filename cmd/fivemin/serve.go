package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/app"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
	"github.com/fivemin/fivemin/quoting/ledger"
	"github.com/fivemin/fivemin/quoting/tiers"
	"go.etcd.io/bbolt"
)

// tierRefresh is how often client tiers are recomputed (and on reload).
const tierRefresh = 10 * time.Minute

// shutdownGrace is how long the parts get to finish after SIGINT/SIGTERM.
const shutdownGrace = 30 * time.Second

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", "--config FILE [--log-level debug|info|warn|error] [--log-format text|json]")
	cfgPath := fs.String("config", "", "configuration `file` (required)")
	level := fs.String("log-level", "info", "least important log `level` shown: debug, info, warn or error")
	format := fs.String("log-format", "text", "log `format`: text or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *cfgPath == "" || fs.NArg() > 0 {
		return fmt.Errorf("%w: serve takes --config FILE and no arguments", errUsage)
	}
	log, err := newLogger(e, *level, *format)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}

	// Two-phase shutdown: the first signal cancels ctx (main) and the parts
	// finish their work; a second one ends the process at once.
	defer exitOnSecondSignal(ctx, e.stderr)()

	w, err := config.Watch(ctx, *cfgPath, config.WatchOptions{Options: config.Options{Getenv: e.getenv}, Logger: log})
	if err != nil {
		return err
	}
	cfg := w.Config()
	for _, p := range cfg.Warnings {
		log.Warn("configuration", "problem", p.Error())
	}
	statePath := cfg.State.Path
	db, led, err := openServeState(ctx, statePath, cfg, log)
	if err != nil {
		return err
	}
	defer func() {
		if err := db.Close(); err != nil {
			log.Error("closing state file", "err", err)
		}
	}()
	cache, err := tiers.NewCache(tiers.New(led, tiers.Options{Logger: log}), app.TierSettings(cfg))
	if err != nil {
		return fmt.Errorf("client tiers: %w", err)
	}
	a, err := app.New(app.Options{Config: w.Current, Ledger: led, Tiers: cache, Logger: log})
	if err != nil {
		return err
	}
	// The dashboard binds its port before anything starts, so a taken port
	// or a bad token stops serve at once with one clear error.
	local := &ops.Local{Ledger: led, Mailboxes: a.RunningMailboxes}
	startWeb := func() (func(context.Context) error, error) { return startDashboard(w, led, cache, local, log) }
	var dashboard func(context.Context) error
	if cfg.Web.Enabled {
		if dashboard, err = startWeb(); err != nil {
			return fmt.Errorf("dashboard: %w", err)
		}
	}
	log.Info("fivemin serving", "config", *cfgPath, "state", statePath, "reps", len(cfg.Reps))

	ps := newParts(ctx, log)
	ps.run("pipeline", a.Run)
	ps.run("client tiers", func(ctx context.Context) error {
		cache.Run(ctx, tierRefresh, tierSettings(w, db, log))
		return nil
	})
	ps.run("control socket", func(ctx context.Context) error {
		local.ClientsOutput = func(ctx context.Context, q ops.ClientsQuery) ([]byte, error) {
			return clientsOutput(led, w.Config(), nil)(ctx, q)
		}
		return ops.Serve(ctx, ops.SocketPath(statePath), local, log)
	})
	ps.run("dashboard", func(ctx context.Context) error { return runDashboard(ctx, w, dashboard, startWeb, log) })

	return ps.end(shutdownGrace)
}

// openServeState opens the state file, first creating its directory
// (0700: the file holds refresh tokens and client mail) when missing, as
// on a first start with a fresh state path.
func openServeState(ctx context.Context, path string, cfg *config.Config, log *slog.Logger) (*bbolt.DB, *ledger.Ledger, error) {
	dir := filepath.Dir(path)
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, nil, fmt.Errorf("creating the state directory: %w", err)
		}
		log.Info("created the state directory", "dir", dir)
	}
	db, led, err := openState(ctx, path, cfg.Location(), log, 2*time.Second)
	if errors.Is(err, ledger.ErrInUse) {
		return nil, nil, fmt.Errorf("%w: is another fivemin serve running with this state?", err)
	}
	return db, led, err
}

// runDashboard serves the dashboard (serve; nil when the configuration
// disables it) until ctx ends. A reload that enables it starts it; what
// it cannot apply to a running dashboard (disabling it, another listen
// address) is logged as waiting for a restart.
func runDashboard(ctx context.Context, w *config.Watcher, serve func(context.Context) error, start func() (func(context.Context) error, error), log *slog.Logger) error {
	ended := make(chan error, 1)
	listen := ""
	run := func(serve func(context.Context) error) {
		listen = w.Config().Web.Listen
		go func() { ended <- serve(ctx) }()
	}
	if serve != nil {
		run(serve)
	}
	_, changed := w.Current()
	for {
		select {
		case err := <-ended:
			return err
		case <-ctx.Done():
			if listen != "" {
				return <-ended
			}
			return nil
		case <-changed:
		}
		var cfg *config.Config
		cfg, changed = w.Current()
		switch {
		case listen == "" && cfg.Web.Enabled:
			serve, err := start()
			if err != nil {
				log.Error("the dashboard enabled by the reload cannot start; fix the configuration and save it again", "err", err)
				continue
			}
			run(serve)
		case listen != "" && !cfg.Web.Enabled:
			log.Warn("the dashboard was disabled in the configuration; it stops at the next restart of fivemin serve")
		case listen != "" && cfg.Web.Listen != listen:
			log.Warn("web.listen changed; the dashboard moves at the next restart of fivemin serve", "listening", listen, "configured", cfg.Web.Listen)
		}
	}
}

// tierSettings gives the tier cache the current configuration's settings,
// recording them in the state file: `fivemin clients --state` without the
// service ranks the same way.
func tierSettings(w *config.Watcher, db *bbolt.DB, log *slog.Logger) func() (tiers.Settings, <-chan struct{}) {
	return func() (tiers.Settings, <-chan struct{}) {
		c, changed := w.Current()
		s := app.TierSettings(c)
		if err := tiers.SaveSettings(db, s); err != nil {
			log.Warn("recording the tier settings in the state file", "err", err)
		}
		return s, changed
	}
}

// exitOnSecondSignal ends the process at a signal that comes after ctx
// ended, until the returned function is called.
func exitOnSecondSignal(ctx context.Context, stderr io.Writer) (stop func()) {
	returned := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
		case <-returned:
			return
		}
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
		defer signal.Stop(sig)
		select {
		case <-sig:
			fmt.Fprintln(stderr, "fivemin serve: second signal, exiting now")
			os.Exit(1)
		case <-returned:
		}
	}()
	return func() { close(returned) }
}

// parts runs the service's parts side by side. The first one to fail (or
// to end on its own, which none should) cancels the others with its error
// as the cause, so serve stops as a whole and names what failed once.
type parts struct {
	ctx    context.Context
	cancel context.CancelCauseFunc
	log    *slog.Logger
	wg     sync.WaitGroup

	mu     sync.Mutex
	failed error // the first part's failure; nil when stopped from outside
}

func newParts(parent context.Context, log *slog.Logger) *parts {
	ctx, cancel := context.WithCancelCause(parent)
	return &parts{ctx: ctx, cancel: cancel, log: log}
}

// run starts f as the part called name.
func (p *parts) run(name string, f func(context.Context) error) {
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		err := f(p.ctx)
		if p.ctx.Err() != nil {
			// Stopping already: the first cause stands.
			if err != nil {
				p.log.Warn("part ended with an error while stopping", "part", name, "err", err)
			}
			return
		}
		if err == nil {
			err = errors.New("stopped unexpectedly")
		}
		err = fmt.Errorf("%s: %w", name, err)
		p.mu.Lock()
		if p.failed == nil {
			p.failed = err
		}
		p.mu.Unlock()
		p.cancel(err)
	}()
}

// end waits until a part fails or the parent context ends, then stops them
// all, giving them grace to finish, and returns the failure that stopped
// them (nil after a signal).
func (p *parts) end(grace time.Duration) error {
	<-p.ctx.Done()
	failed := p.failure()
	if failed != nil {
		p.log.Error("stopping: a part of the service failed", "err", failed)
	} else {
		p.log.Info("stopping: finishing the messages in hand")
	}
	if !p.wait(grace) {
		return errors.Join(failed, fmt.Errorf("parts still busy after %s; state is safe, unfinished messages are redone on start", grace))
	}
	p.log.Info("stopped")
	return failed
}

// failure is the error of the part that stopped the others, or nil.
func (p *parts) failure() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.failed
}

// wait stops every part and waits up to grace for them to return; it
// reports whether they all did.
func (p *parts) wait(grace time.Duration) bool {
	p.cancel(context.Canceled)
	stopped := make(chan struct{})
	go func() { p.wg.Wait(); close(stopped) }()
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case <-stopped:
		return true
	case <-t.C:
		return false
	}
}

// newLogger builds the service's slog logger.
func newLogger(e *env, level, format string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(strings.ToUpper(level))); err != nil {
		return nil, fmt.Errorf("--log-level: %v", err)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(e.stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(e.stderr, opts)), nil
	}
	return nil, fmt.Errorf("--log-format must be text or json, not %q", format)
}
