package config

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// logSink keeps log output for assertions and passes it to t.Log.
type logSink struct {
	t   *testing.T
	mu  sync.Mutex
	buf strings.Builder
}

func (s *logSink) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.buf.Write(p)
	s.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

func (s *logSink) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

func (s *logSink) count(sub string) int { return strings.Count(s.String(), sub) }

// waitFor polls cond for up to 10 s: file events and signals arrive
// asynchronously, and a loaded machine can be slow.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func waitChanged(t *testing.T, ch <-chan struct{}) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatal("configuration not replaced")
	}
}

func notChanged(t *testing.T, ch <-chan struct{}) {
	t.Helper()
	select {
	case <-ch:
		t.Fatal("configuration replaced")
	default:
	}
}

// goodFile is a valid file whose default rate tells versions apart.
func goodFile(rate string) string {
	return doc(`[firm]`, `name = "F"`, `domain = "f.example"`, `currency = "USD"`, `[rates]`, `default = "`+rate+`"`)
}

const badFile = "[firm]\nname = \"F\"\n[rates]\ndefualt = \"1\"\n"

// replace saves content the way many editors do: a new file renamed over
// the old one.
func replace(t *testing.T, path, content string) {
	t.Helper()
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

func startWatch(t *testing.T, path string, opts WatchOptions) (*Watcher, *logSink) {
	t.Helper()
	sink := &logSink{t: t}
	opts.Logger = slog.New(slog.NewTextHandler(sink, nil))
	ctx, cancel := context.WithCancel(context.Background())
	w, err := Watch(ctx, path, opts)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		select {
		case <-w.Done():
		case <-time.After(10 * time.Second):
			t.Error("watcher did not stop")
		}
	})
	return w, sink
}

func rate(c *Config) string { return c.Pricing().Default.Decimal() }

func TestWatchFileChanges(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fivemin.toml")
	if err := os.WriteFile(path, []byte(goodFile("100")), 0o600); err != nil {
		t.Fatal(err)
	}
	w, logs := startWatch(t, path, WatchOptions{NoSIGHUP: true, Debounce: 50 * time.Millisecond})
	cfg, changed := w.Current()
	if rate(cfg) != "100.00" {
		t.Fatalf("initial rate %s", rate(cfg))
	}

	// good → bad: the old one stays and the log says why.
	replace(t, path, badFile)
	waitFor(t, "the failed reload in the log", func() bool { return logs.count("configuration not reloaded") == 1 })
	if !strings.Contains(logs.String(), "rates.defualt: unknown key") {
		t.Errorf("log does not say why:\n%s", logs)
	}
	notChanged(t, changed)
	if rate(w.Config()) != "100.00" {
		t.Errorf("rate %s after a bad file", rate(w.Config()))
	}

	// bad → good (renamed over): the new one applies.
	replace(t, path, goodFile("200"))
	waitChanged(t, changed)
	cfg, changed = w.Current()
	if rate(cfg) != "200.00" {
		t.Errorf("rate %s, want 200.00", rate(cfg))
	}

	// Written in place, as other editors do.
	if err := os.WriteFile(path, []byte(goodFile("300")), 0o600); err != nil {
		t.Fatal(err)
	}
	waitChanged(t, changed)
	if rate(w.Config()) != "300.00" {
		t.Errorf("rate %s, want 300.00", rate(w.Config()))
	}
	_, changed = w.Current()

	// Removed: logged, kept; back again: applied.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the failed reload of a missing file", func() bool { return logs.count("configuration not reloaded") == 2 })
	notChanged(t, changed)
	replace(t, path, goodFile("400"))
	waitChanged(t, changed)
	if rate(w.Config()) != "400.00" {
		t.Errorf("rate %s, want 400.00", rate(w.Config()))
	}
}

func TestWatchIgnoresOtherFilesAndTouches(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fivemin.toml")
	if err := os.WriteFile(path, []byte(goodFile("100")), 0o600); err != nil {
		t.Fatal(err)
	}
	w, logs := startWatch(t, path, WatchOptions{NoSIGHUP: true, Debounce: 20 * time.Millisecond})
	_, changed := w.Current()
	// Another file in the directory, then the same bytes written again:
	// neither publishes anything.
	if err := os.WriteFile(filepath.Join(dir, "other.toml"), []byte(badFile), 0o600); err != nil {
		t.Fatal(err)
	}
	replace(t, path, goodFile("100"))
	// Then a real change, which must be the only reload.
	time.Sleep(200 * time.Millisecond)
	replace(t, path, goodFile("150"))
	waitChanged(t, changed)
	if n := logs.count("configuration reloaded"); n != 1 {
		t.Errorf("%d reloads, want 1:\n%s", n, logs)
	}
	if logs.count("not reloaded") != 0 {
		t.Errorf("other.toml was read:\n%s", logs)
	}
}

func TestWatchDebounces(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fivemin.toml")
	if err := os.WriteFile(path, []byte(goodFile("100")), 0o600); err != nil {
		t.Fatal(err)
	}
	w, logs := startWatch(t, path, WatchOptions{NoSIGHUP: true, Debounce: 500 * time.Millisecond})
	_, changed := w.Current()
	for i := 1; i <= 5; i++ {
		// An editor's burst, halfway states included.
		replace(t, path, goodFile(fmt.Sprint(100+i)))
		replace(t, path, badFile)
	}
	replace(t, path, goodFile("199"))
	waitChanged(t, changed)
	waitFor(t, "the last version", func() bool { return rate(w.Config()) == "199.00" })
	// Eleven saves; a burst within the debounce time is one reload (two
	// if the machine stalled mid-burst), and never a bad halfway state.
	if n := logs.count("configuration reloaded"); n > 2 {
		t.Errorf("%d reloads for one burst", n)
	}
	if n := logs.count("not reloaded"); n > 1 {
		t.Errorf("%d failed reloads for one burst", n)
	}
}

func TestWatchSIGHUP(t *testing.T) {
	var mu sync.Mutex
	password := "first"
	getenv := func(k string) string {
		mu.Lock()
		defer mu.Unlock()
		if k == "ANN_PW" {
			return password
		}
		return ""
	}
	setPassword := func(p string) { mu.Lock(); password = p; mu.Unlock() }
	path := filepath.Join(t.TempDir(), "fivemin.toml")
	if err := os.WriteFile(path, []byte(withBase(rep...)), 0o600); err != nil {
		t.Fatal(err)
	}
	w, logs := startWatch(t, path, WatchOptions{Options: Options{Getenv: getenv}})
	pw := func() string { return w.Config().Reps[0].IMAP.Password.Reveal() }
	hup := func() {
		t.Helper()
		if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
			t.Fatal(err)
		}
	}
	_, changed := w.Current()

	// The file is the same, so only SIGHUP rereads; a rotated password
	// is picked up.
	setPassword("second")
	hup()
	waitChanged(t, changed)
	if pw() != "second" {
		t.Errorf("password %q after SIGHUP", pw())
	}
	_, changed = w.Current()

	// good → bad: the variable is gone; the old configuration stays.
	setPassword("")
	hup()
	waitFor(t, "the failed reload", func() bool { return logs.count("configuration not reloaded") == 1 })
	if !strings.Contains(logs.String(), "trigger=SIGHUP") || !strings.Contains(logs.String(), "ANN_PW is not set") {
		t.Errorf("log does not say why:\n%s", logs)
	}
	notChanged(t, changed)
	if pw() != "second" {
		t.Errorf("password %q after a bad reload", pw())
	}

	// bad → good.
	setPassword("third")
	hup()
	waitChanged(t, changed)
	if pw() != "third" {
		t.Errorf("password %q", pw())
	}
	for _, secret := range []string{"first", "second", "third"} {
		if strings.Contains(logs.String(), secret) {
			t.Errorf("log shows the password %q", secret)
		}
	}
}

func TestWatchReload(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fivemin.toml")
	if err := os.WriteFile(path, []byte(goodFile("100")), 0o600); err != nil {
		t.Fatal(err)
	}
	// A long debounce keeps the file watcher out of this test.
	w, _ := startWatch(t, path, WatchOptions{NoSIGHUP: true, Debounce: time.Hour})
	if err := os.WriteFile(path, []byte(badFile), 0o600); err != nil {
		t.Fatal(err)
	}
	var cerr *Error
	if err := w.Reload(); !errors.As(err, &cerr) {
		t.Errorf("Reload of a bad file = %v", err)
	}
	if rate(w.Config()) != "100.00" {
		t.Errorf("bad file applied")
	}
	if err := os.WriteFile(path, []byte(goodFile("120")), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := w.Reload(); err != nil || rate(w.Config()) != "120.00" {
		t.Errorf("Reload = %v, rate %s", err, rate(w.Config()))
	}
}

func TestWatchRefusesABadStart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fivemin.toml")
	if err := os.WriteFile(path, []byte(badFile), 0o600); err != nil {
		t.Fatal(err)
	}
	var cerr *Error
	if _, err := Watch(context.Background(), path, WatchOptions{NoSIGHUP: true}); !errors.As(err, &cerr) {
		t.Errorf("Watch on a bad file = %v", err)
	}
	if _, err := Watch(context.Background(), path+".missing", WatchOptions{NoSIGHUP: true}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Watch on a missing file = %v", err)
	}
}

func TestWatchStopsWithoutLeaks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fivemin.toml")
	if err := os.WriteFile(path, []byte(goodFile("100")), 0o600); err != nil {
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()
	for range 5 {
		ctx, cancel := context.WithCancel(context.Background())
		w, err := Watch(ctx, path, WatchOptions{})
		if err != nil {
			t.Fatal(err)
		}
		cancel()
		select {
		case <-w.Done():
		case <-time.After(10 * time.Second):
			t.Fatal("watcher did not stop")
		}
	}
	// fsnotify's reader goroutine ends shortly after Close.
	waitFor(t, "goroutines to end", func() bool { return runtime.NumGoroutine() <= before })
}
