package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/demo"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
)

// Helpers for the tests that run `fivemin serve` and talk to it as an
// operator would.

// startDemo starts the demo's in-process mail servers until the test ends.
func startDemo(t *testing.T) *demo.Servers {
	t.Helper()
	srv, err := demo.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() }) // nothing left to check
	return srv
}

// demoConfig writes a configuration for srv, with extra TOML appended,
// and returns its path and the state file it names.
func demoConfig(t *testing.T, srv *demo.Servers, extra string) (cfgPath, state string) {
	t.Helper()
	dir := t.TempDir()
	state = filepath.Join(dir, "state.db")
	cfgPath = filepath.Join(dir, "fivemin.toml")
	if err := os.WriteFile(cfgPath, []byte(srv.ConfigTOML(state)+extra), 0o600); err != nil {
		t.Fatal(err)
	}
	return cfgPath, state
}

// envOf is an environment holding only vars.
func envOf(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// service is `fivemin serve` running in the background.
type service struct {
	t       *testing.T
	cfgPath string
	getenv  func(string) string
	logs    *syncBuffer // serve's stdout and stderr
	cancel  context.CancelFunc
	done    chan int
	stopped bool
	code    int
}

// startServe runs serve on cfgPath until stop is called or the test ends.
func startServe(t *testing.T, cfgPath string, getenv func(string) string) *service {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s := &service{t: t, cfgPath: cfgPath, getenv: getenv, logs: &syncBuffer{}, cancel: cancel, done: make(chan int, 1)}
	go func() {
		s.done <- Main(ctx, &env{stdin: strings.NewReader(""), stdout: s.logs, stderr: s.logs, getenv: getenv}, []string{"serve", "--config", cfgPath})
	}()
	t.Cleanup(func() { s.stop() })
	return s
}

// waitSocket waits until the control socket of state exists.
func (s *service) waitSocket(state string) {
	s.t.Helper()
	waitUntil(s.t, "the control socket", func() bool { _, err := os.Stat(ops.SocketPath(state)); return err == nil })
}

// run runs one command with the service's environment and returns its
// exit status, stdout and stderr.
func (s *service) run(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := Main(context.Background(), &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: s.getenv}, args)
	return code, out.String(), errb.String()
}

// stop cancels serve as SIGTERM would and returns its exit status.
func (s *service) stop() int {
	s.t.Helper()
	if s.stopped {
		return s.code
	}
	s.cancel()
	select {
	case s.code = <-s.done:
		s.stopped = true
	case <-time.After(40 * time.Second):
		s.t.Fatalf("serve did not stop:\n%s", s.logs)
	}
	return s.code
}
