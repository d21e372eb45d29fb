package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/app"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
	"github.com/fivemin/fivemin/quoting/ledger"
	"github.com/fivemin/fivemin/quoting/tiers"
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
	go func() {
		<-ctx.Done()
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
		<-sig
		fmt.Fprintln(e.stderr, "fivemin serve: second signal, exiting now")
		os.Exit(1)
	}()

	w, err := config.Watch(ctx, *cfgPath, config.WatchOptions{Options: config.Options{Getenv: e.getenv}, Logger: log})
	if err != nil {
		return err
	}
	cfg := w.Config()
	for _, p := range cfg.Warnings {
		log.Warn("configuration", "problem", p.Error())
	}
	statePath := cfg.State.Path
	db, led, err := openState(ctx, statePath, cfg.Location(), log, 2*time.Second)
	if errors.Is(err, ledger.ErrInUse) {
		return fmt.Errorf("%w: is another fivemin serve running with this state?", err)
	}
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
	log.Info("fivemin serving", "config", *cfgPath, "state", statePath, "reps", len(cfg.Reps))

	var wg sync.WaitGroup
	errc := make(chan error, 5)
	runPart := func(name string, f func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(ctx); err != nil && ctx.Err() == nil {
				errc <- fmt.Errorf("%s: %w", name, err)
			}
		}()
	}
	runPart("pipeline", a.Run)
	runPart("client tiers", func(ctx context.Context) error {
		cache.Run(ctx, tierRefresh, func() (tiers.Settings, <-chan struct{}) {
			c, changed := w.Current()
			s := app.TierSettings(c)
			// `fivemin clients --state` without the service ranks the same way.
			if err := tiers.SaveSettings(db, s); err != nil {
				log.Warn("recording the tier settings in the state file", "err", err)
			}
			return s, changed
		})
		return nil
	})
	runPart("control socket", func(ctx context.Context) error {
		local := &ops.Local{Ledger: led, Mailboxes: a.RunningMailboxes}
		local.ClientsOutput = func(ctx context.Context, q ops.ClientsQuery) ([]byte, error) {
			return clientsOutput(led, w.Config(), nil)(ctx, q)
		}
		return ops.Serve(ctx, ops.SocketPath(statePath), local, log)
	})

	if cfg.Web.Enabled {
		runPart("dashboard", func(ctx context.Context) error { return serveDashboard(ctx, w, led, cache, log) })
	}

	var runErr error
	select {
	case <-ctx.Done():
		log.Info("stopping: finishing the messages in hand")
	case runErr = <-errc:
		log.Error("stopping after a fatal error", "err", runErr)
	}
	stopped := make(chan struct{})
	go func() { wg.Wait(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(shutdownGrace):
		return errors.Join(runErr, fmt.Errorf("parts still busy after %s; state is safe, unfinished messages are redone on start", shutdownGrace))
	}
	log.Info("stopped")
	return runErr
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
