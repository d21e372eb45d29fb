package config

import (
	"cmp"
	"context"
	"crypto/sha256"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watcher holds the current configuration and replaces it, without a
// restart, when the file changes or the process gets SIGHUP. A broken file
// never replaces a working configuration: the old one stays in force and
// the problems are logged.
type Watcher struct {
	path string
	opts WatchOptions
	log  *slog.Logger

	cur  atomic.Pointer[snapshot]
	mu   sync.Mutex // one reload at a time
	sum  [32]byte   // of the file behind cur, under mu
	done chan struct{}
}

// snapshot is one published configuration.
type snapshot struct {
	cfg     *Config
	changed chan struct{} // closed when a newer snapshot replaces this one
}

// WatchOptions tune a Watcher.
type WatchOptions struct {
	Options
	// Logger gets reloads and failed reloads; nil discards.
	Logger *slog.Logger
	// Debounce is the quiet time after the last file event before
	// reloading, so an editor's several writes give one reload; default
	// 200ms.
	Debounce time.Duration
	// NoSIGHUP leaves SIGHUP alone (for a process with several watchers).
	NoSIGHUP bool
}

// Watch loads the file at path (an error if it is bad: a service must not
// start on a broken configuration) and watches it until ctx ends. It
// watches the file's directory rather than the file, so editors that save
// by writing a new file and renaming it over the old one are seen.
func Watch(ctx context.Context, path string, opts WatchOptions) (*Watcher, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if opts.Debounce <= 0 {
		opts.Debounce = 200 * time.Millisecond
	}
	// The absolute path keeps working if the process changes directory.
	log := cmp.Or(opts.Logger, slog.New(slog.DiscardHandler))
	w := &Watcher{path: abs, opts: opts, log: log, done: make(chan struct{})}
	data, err := os.ReadFile(abs)
	if err != nil {
		return nil, fmt.Errorf("reading configuration: %w", err)
	}
	cfg, err := Parse(abs, data, opts.Options)
	if err != nil {
		return nil, err
	}
	w.sum = sha256.Sum256(data)
	w.cur.Store(&snapshot{cfg: cfg, changed: make(chan struct{})})

	fsw, err := fsnotify.NewWatcher()
	if err == nil {
		if err = fsw.Add(filepath.Dir(abs)); err != nil {
			fsw.Close()
		}
	}
	if err != nil {
		// SIGHUP still works; say why edits are not picked up.
		w.log.Warn("not watching the configuration file for changes; reload with SIGHUP", "file", abs, "err", err)
		fsw = nil
	}
	var hup chan os.Signal
	if !opts.NoSIGHUP {
		hup = make(chan os.Signal, 1)
		signal.Notify(hup, syscall.SIGHUP)
	}
	go w.run(ctx, abs, fsw, hup)
	return w, nil
}

// Config is the configuration in force.
func (w *Watcher) Config() *Config { return w.cur.Load().cfg }

// Current is the configuration in force and a channel closed when it is
// replaced: wait on it, then call Current again.
func (w *Watcher) Current() (*Config, <-chan struct{}) {
	s := w.cur.Load()
	return s.cfg, s.changed
}

func (w *Watcher) run(ctx context.Context, abs string, fsw *fsnotify.Watcher, hup chan os.Signal) {
	defer close(w.done)
	if hup != nil {
		defer signal.Stop(hup)
	}
	var events <-chan fsnotify.Event
	var errs <-chan error
	if fsw != nil {
		defer fsw.Close()
		events, errs = fsw.Events, fsw.Errors
	}
	// A symlinked file (a Kubernetes ConfigMap) changes when a link
	// elsewhere in the directory does, so then every event counts; the
	// checksum keeps unrelated ones from publishing anything.
	_, linked := os.Readlink(abs)
	anyName := linked == nil
	base := filepath.Base(abs)

	debounce := time.NewTimer(time.Hour)
	debounce.Stop()
	defer debounce.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			if ev.Op == fsnotify.Chmod || (!anyName && filepath.Base(ev.Name) != base) {
				continue
			}
			debounce.Reset(w.opts.Debounce)
		case err, ok := <-errs:
			if !ok {
				errs = nil
				continue
			}
			w.log.Warn("watching the configuration file", "file", w.path, "err", err)
		case <-hup:
			_ = w.reload(true, "SIGHUP")
		case <-debounce.C:
			_ = w.reload(false, "file changed")
		}
	}
}

// reload loads the file and publishes it; unless force, an unchanged file
// is left alone.
func (w *Watcher) reload(force bool, why string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	data, err := os.ReadFile(w.path)
	if err != nil {
		// Mid-rename the file may be missing for a moment; the next event
		// brings it back.
		w.log.Error("configuration not reloaded; keeping the one in force", "file", w.path, "trigger", why, "err", err)
		return fmt.Errorf("reading configuration: %w", err)
	}
	sum := sha256.Sum256(data)
	if !force && sum == w.sum {
		return nil
	}
	cfg, err := Parse(w.path, data, w.opts.Options)
	if err != nil {
		w.log.Error("configuration not reloaded; keeping the one in force", "file", w.path, "trigger", why, "err", err)
		return err
	}
	w.sum = sum
	old := w.cur.Swap(&snapshot{cfg: cfg, changed: make(chan struct{})})
	w.log.Info("configuration reloaded", "file", w.path, "trigger", why)
	for _, p := range cfg.Warnings {
		w.log.Warn("configuration", "problem", p.Error())
	}
	close(old.changed) // after the log, so whoever wakes sees it there
	return nil
}
