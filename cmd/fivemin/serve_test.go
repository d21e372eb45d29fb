package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/demo"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// webToken is the dashboard token in these tests: 32 characters, the
// shortest serve accepts.
const webToken = "serve-test-dashboard-token-32chr"

// TestServe runs `fivemin serve` on in-process mail servers and talks to
// it as an operator would: the commands go through its control socket
// while it holds the state file, the dashboard answers with its token,
// and SIGTERM-style cancellation stops everything cleanly.
func TestServe(t *testing.T) {
	srv := startDemo(t)
	samples, _ := demo.Samples()
	if err := srv.Deliver(samples[0]); err != nil { // Dana: 2 quick, 1 paid
		t.Fatal(err)
	}
	cfgPath, state := demoConfig(t, srv, webTOML("127.0.0.1:0"))
	s := startServe(t, cfgPath, envOf(map[string]string{demo.PasswordEnv: demo.Password, "WEB_TOKEN": webToken}))

	waitUntil(t, "the draft in Drafts", func() bool {
		d, _ := srv.Folder(context.Background(), "Drafts")
		return len(d) == 1
	})
	s.waitSocket(state)

	code, out, errs := s.run("report", "--config", cfgPath, "--format", "json")
	if code != 0 || !strings.Contains(errs, "the running fivemin service") {
		t.Fatalf("report while serving: %d %s %s", code, out, errs)
	}
	var rep struct {
		Totals struct{ Quotes, Drafts, Emails int } `json:"totals"`
	}
	if json.Unmarshal([]byte(out), &rep) != nil || rep.Totals.Quotes != 1 || rep.Totals.Drafts != 1 || rep.Totals.Emails != 1 {
		t.Errorf("report: %s", out)
	}
	// The draft shows in Drafts a moment before the mailbox records it as
	// stored, and only then does the outbox list it.
	waitUntil(t, "the draft in the outbox", func() bool {
		code, out, errs = s.run("outbox", "--config", cfgPath)
		return code == 0 && strings.Contains(out, "1 drafts wait")
	})
	m := regexp.MustCompile(`Q-[0-9A-Z]{12}`).FindString(out)
	if m == "" {
		t.Fatalf("outbox: %d %s %s", code, out, errs)
	}
	// The draft still has its answer placeholders: refused, naming them.
	code, out, errs = s.run("send", "--config", cfgPath, m)
	if code != 1 || !strings.Contains(errs, "placeholders") || !regexp.MustCompile(`"\[[^"]+\]"`).MatchString(errs) || len(srv.Sent()) != 0 {
		t.Fatalf("send with placeholders left: %d %s %s", code, out, errs)
	}
	if code, out, errs = s.run("send", "--config", cfgPath, "--force", m); code != 0 || !strings.Contains(out, "sent "+m) {
		t.Fatalf("send --force: %d %s %s", code, out, errs)
	}
	if n := len(srv.Sent()); n != 1 {
		t.Errorf("SMTP server got %d messages, want 1", n)
	}
	if code, _, errs = s.run("send", "--config", cfgPath, m); code != 1 || !strings.Contains(errs, "sent already") {
		t.Errorf("second send: %d %s", code, errs)
	}

	// The dashboard: its address is in the log.
	addr := regexp.MustCompile(`msg="dashboard listening" addr=(\S+)`).FindStringSubmatch(s.logs.String())
	if addr == nil {
		t.Fatalf("no dashboard address in the log:\n%s", s.logs)
	}
	get := func(token string) *http.Response {
		req, _ := http.NewRequest("GET", "http://"+addr[1]+"/api/report?by=rep", nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	if r := get(""); r.StatusCode != http.StatusUnauthorized {
		t.Errorf("dashboard without token: %s", r.Status)
	}
	r := get(webToken)
	var api struct {
		Totals struct{ Sent int } `json:"totals"`
	}
	if r.StatusCode != 200 || json.NewDecoder(r.Body).Decode(&api) != nil || api.Totals.Sent != 1 {
		t.Errorf("dashboard API: %s %+v", r.Status, api)
	}
	r.Body.Close()

	// A second service on the same state is refused clearly.
	if code, _, errs := s.run("serve", "--config", cfgPath); code != 1 || !strings.Contains(errs, "in use") {
		t.Errorf("second serve: %d %s", code, errs)
	}

	if code := s.stop(); code != 0 {
		t.Fatalf("serve exited %d:\n%s", code, s.logs)
	}
	if _, err := os.Stat(ops.SocketPath(state)); !os.IsNotExist(err) {
		t.Errorf("control socket left behind: %v", err)
	}
	// The state file is closed and whole: the commands open it directly.
	if code, _, errs := s.run("report", "--config", cfgPath); code != 0 || !strings.Contains(errs, "the state file") {
		t.Errorf("report after serve: %d %s", code, errs)
	}
}

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

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// webTOML turns the dashboard on, listening on listen, with its token in
// $WEB_TOKEN.
func webTOML(listen string) string {
	return "\n[web]\nenabled = true\nlisten = \"" + listen + "\"\ntoken_env = \"WEB_TOKEN\"\n"
}

// serveConfig writes a serve configuration for srv with the dashboard on
// listen and returns its path and the environment it needs.
func serveConfig(t *testing.T, srv *demo.Servers, listen, token string) (string, func(string) string) {
	t.Helper()
	cfgPath, _ := demoConfig(t, srv, webTOML(listen))
	return cfgPath, envOf(map[string]string{demo.PasswordEnv: demo.Password, "WEB_TOKEN": token})
}

// TestServeStopsWhenAPartCannotStart: a dashboard port in use or a short
// dashboard token ends serve at once with exit status 1 and one message
// naming what failed, instead of running on without it.
func TestServeStopsWhenAPartCannotStart(t *testing.T) {
	srv := startDemo(t)
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	for _, tc := range []struct {
		name, listen, token string
		want                []string
	}{
		{"port in use", taken.Addr().String(), webToken, []string{"fivemin serve: dashboard: web.listen: ", "address already in use"}},
		{"short token", "127.0.0.1:0", webToken[:31], []string{"fivemin serve: dashboard: ", "needs at least 32"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfgPath, getenv := serveConfig(t, srv, tc.listen, tc.token)
			var out syncBuffer
			done := make(chan int, 1)
			go func() {
				done <- Main(context.Background(), &env{stdin: strings.NewReader(""), stdout: &out, stderr: &out, getenv: getenv}, []string{"serve", "--config", cfgPath})
			}()
			var code int
			select {
			case code = <-done:
			case <-time.After(10 * time.Second):
				t.Fatalf("serve still running 10 s after a part failed to start:\n%s", out.String())
			}
			if code != 1 {
				t.Errorf("exit status %d, want 1", code)
			}
			for _, w := range tc.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
			if strings.Contains(out.String(), "dashboard: dashboard:") || strings.Contains(out.String(), "fivemin serving") {
				t.Errorf("want one clear error before anything starts:\n%s", out.String())
			}
		})
	}
}

// TestPartsStopTogether: when one part fails, the others are cancelled at
// once and the failure, named, is the one error reported; a part that
// returns nil on its own also stops the rest.
func TestPartsStopTogether(t *testing.T) {
	for _, tc := range []struct {
		name string
		end  error
		want string
	}{
		{"failure", errors.New("boom"), "broken: boom"},
		{"unexpected end", nil, "broken: stopped unexpectedly"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps := newParts(context.Background(), slog.New(slog.NewTextHandler(t.Output(), nil)))
			var stoppedOthers atomic.Int32
			for _, name := range []string{"a", "b"} {
				ps.run(name, func(ctx context.Context) error {
					<-ctx.Done()
					stoppedOthers.Add(1)
					return errors.New(name + " ended by cancellation") // logged, not reported
				})
			}
			fail := make(chan struct{})
			ps.run("broken", func(ctx context.Context) error { <-fail; return tc.end })
			close(fail)
			if err := ps.end(time.Minute); err == nil || err.Error() != tc.want {
				t.Errorf("end = %v, want %q", err, tc.want)
			}
			if n := stoppedOthers.Load(); n != 2 {
				t.Errorf("%d other parts stopped, want 2", n)
			}
			if c := context.Cause(ps.ctx); c == nil || c.Error() != tc.want {
				t.Errorf("cancellation cause %v, want %q", c, tc.want)
			}
		})
	}
	t.Run("stopped from outside", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		ps := newParts(ctx, slog.New(slog.DiscardHandler))
		ps.run("a", func(ctx context.Context) error { <-ctx.Done(); return nil })
		cancel()
		if err := ps.end(time.Minute); err != nil {
			t.Errorf("a signal is not a failure: %v", err)
		}
	})
}

// TestServeFirstStart: serve creates a missing state directory (0700, the
// state file 0600), and a configuration reload that enables the dashboard
// starts it without a restart (one that cannot start is logged, and the
// next reload tries again); moving it is logged as needing a restart.
func TestServeFirstStart(t *testing.T) {
	srv, err := demo.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	stateDir := filepath.Join(dir, "var", "lib", "fivemin")
	state := filepath.Join(stateDir, "state.db")
	cfgPath := filepath.Join(dir, "fivemin.toml")
	if err := os.WriteFile(cfgPath, []byte(srv.ConfigTOML(state)), 0o600); err != nil {
		t.Fatal(err)
	}
	getenv := func(k string) string {
		return map[string]string{demo.PasswordEnv: demo.Password, "WEB_TOKEN": webToken}[k]
	}
	logs, stop := startMain(t, getenv, "serve", "--config", cfgPath)
	defer func() {
		if code := stop(); code != 0 {
			t.Errorf("serve exited %d:\n%s", code, logs.String())
		}
	}()
	waitUntil(t, "serve running", func() bool { return strings.Contains(logs.String(), "fivemin serving") })
	for path, want := range map[string]os.FileMode{stateDir: 0o700 | os.ModeDir, filepath.Join(dir, "var"): 0o700 | os.ModeDir, state: 0o600} {
		if fi, err := os.Stat(path); err != nil || fi.Mode() != want {
			t.Errorf("%s: %v, %v; want mode %v", path, fi.Mode(), err, want)
		}
	}
	if strings.Contains(logs.String(), "dashboard listening") {
		t.Fatalf("dashboard started while disabled:\n%s", logs.String())
	}

	// Enabled on a port in use: said, and serve runs on; enabled again on
	// a free port: started.
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	web := "\n[web]\nenabled = true\nlisten = \"127.0.0.1:0\"\ntoken_env = \"WEB_TOKEN\"\n"
	busy := strings.Replace(web, "127.0.0.1:0", taken.Addr().String(), 1)
	if err := os.WriteFile(cfgPath, []byte(srv.ConfigTOML(state)+busy), 0o600); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the failed start logged", func() bool {
		return strings.Contains(logs.String(), "the dashboard enabled by the reload cannot start") && strings.Contains(logs.String(), "address already in use")
	})
	if err := os.WriteFile(cfgPath, []byte(srv.ConfigTOML(state)+web), 0o600); err != nil {
		t.Fatal(err)
	}
	var addr []string
	waitUntil(t, "the dashboard started by the reload", func() bool {
		addr = regexp.MustCompile(`msg="dashboard listening" addr=(\S+)`).FindStringSubmatch(logs.String())
		return addr != nil
	})
	req, _ := http.NewRequest("GET", "http://"+addr[1]+"/api/report", nil)
	req.Header.Set("Authorization", "Bearer "+webToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("dashboard after the reload: %s", resp.Status)
	}

	moved := strings.Replace(web, "127.0.0.1:0", "127.0.0.1:1", 1)
	if err := os.WriteFile(cfgPath, []byte(srv.ConfigTOML(state)+moved), 0o600); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the restart notice", func() bool {
		return strings.Contains(logs.String(), "web.listen changed; the dashboard moves at the next restart")
	})
}

// startMain runs Main with args in the background, its output going to
// the returned buffer; stop cancels it (as SIGINT would) and returns its
// exit status, failing the test if it does not return within 40 s.
func startMain(t *testing.T, getenv func(string) string, args ...string) (*syncBuffer, func() int) {
	t.Helper()
	out := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, &env{stdin: strings.NewReader(""), stdout: out, stderr: out, getenv: getenv}, args)
	}()
	var once sync.Once
	code := -1
	stop := func() int {
		once.Do(func() {
			cancel()
			select {
			case code = <-done:
			case <-time.After(40 * time.Second):
				t.Errorf("fivemin %s did not stop", args[0])
			}
		})
		return code
	}
	t.Cleanup(func() { stop() })
	return out, stop
}
