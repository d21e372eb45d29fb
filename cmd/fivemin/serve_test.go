package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
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

// TestServe runs `fivemin serve` on in-process mail servers and talks to
// it as an operator would: the commands go through its control socket
// while it holds the state file, the dashboard answers with its token,
// and SIGTERM-style cancellation stops everything cleanly.
func TestServe(t *testing.T) {
	srv, err := demo.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	samples, _ := demo.Samples()
	if err := srv.Deliver(samples[0]); err != nil { // Dana: 2 quick, 1 paid
		t.Fatal(err)
	}
	dir := t.TempDir()
	state := filepath.Join(dir, "state.db")
	cfgPath := filepath.Join(dir, "fivemin.toml")
	toml := srv.ConfigTOML(state) + "\n[web]\nenabled = true\nlisten = \"127.0.0.1:0\"\ntoken_env = \"WEB_TOKEN\"\n"
	if err := os.WriteFile(cfgPath, []byte(toml), 0o600); err != nil {
		t.Fatal(err)
	}
	getenv := func(k string) string {
		switch k {
		case demo.PasswordEnv:
			return demo.Password
		case "WEB_TOKEN":
			return "s3cret-token"
		}
		return ""
	}
	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, &env{stdin: strings.NewReader(""), stdout: logs, stderr: logs, getenv: getenv}, []string{"serve", "--config", cfgPath})
	}()
	stopped := false
	defer func() {
		if !stopped {
			cancel()
			<-done
		}
	}()

	waitUntil(t, "the draft in Drafts", func() bool {
		d, _ := srv.Folder(context.Background(), "Drafts")
		return len(d) == 1
	})
	waitUntil(t, "the control socket", func() bool { _, err := os.Stat(ops.SocketPath(state)); return err == nil })

	runCmd := func(args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		code := Main(context.Background(), &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: getenv}, args)
		return code, out.String(), errb.String()
	}
	code, out, errs := runCmd("report", "--config", cfgPath, "--format", "json")
	if code != 0 || !strings.Contains(errs, "the running fivemin service") {
		t.Fatalf("report while serving: %d %s %s", code, out, errs)
	}
	var rep struct {
		Totals struct{ Quotes, Drafts, Emails int } `json:"totals"`
	}
	if json.Unmarshal([]byte(out), &rep) != nil || rep.Totals.Quotes != 1 || rep.Totals.Drafts != 1 || rep.Totals.Emails != 1 {
		t.Errorf("report: %s", out)
	}
	code, out, errs = runCmd("outbox", "--config", cfgPath)
	m := regexp.MustCompile(`Q-[0-9A-Z]{12}`).FindString(out)
	if code != 0 || m == "" || !strings.Contains(out, "1 drafts wait") {
		t.Fatalf("outbox: %d %s %s", code, out, errs)
	}
	// The draft shows in Drafts a moment before the mailbox records it as
	// stored; until then send says there is no draft.
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, out, errs = runCmd("send", "--config", cfgPath, m)
		if code == 0 || !strings.Contains(errs, "no fivemin draft") || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The draft still has its answer placeholders: refused, naming them.
	if code != 1 || !strings.Contains(errs, "placeholders") || !regexp.MustCompile(`"\[[^"]+\]"`).MatchString(errs) || len(srv.Sent()) != 0 {
		t.Fatalf("send with placeholders left: %d %s %s", code, out, errs)
	}
	if code, out, errs = runCmd("send", "--config", cfgPath, "--force", m); code != 0 || !strings.Contains(out, "sent "+m) {
		t.Fatalf("send --force: %d %s %s", code, out, errs)
	}
	if n := len(srv.Sent()); n != 1 {
		t.Errorf("SMTP server got %d messages, want 1", n)
	}
	if code, _, errs = runCmd("send", "--config", cfgPath, m); code != 1 || !strings.Contains(errs, "sent already") {
		t.Errorf("second send: %d %s", code, errs)
	}

	// The dashboard: its address is in the log.
	addr := regexp.MustCompile(`msg="dashboard listening" addr=(\S+)`).FindStringSubmatch(logs.String())
	if addr == nil {
		t.Fatalf("no dashboard address in the log:\n%s", logs.String())
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
	r := get("s3cret-token")
	var api struct {
		Totals struct{ Sent int } `json:"totals"`
	}
	if r.StatusCode != 200 || json.NewDecoder(r.Body).Decode(&api) != nil || api.Totals.Sent != 1 {
		t.Errorf("dashboard API: %s %+v", r.Status, api)
	}
	r.Body.Close()

	// A second service on the same state is refused clearly.
	if code, _, errs := runCmd("serve", "--config", cfgPath); code != 1 || !strings.Contains(errs, "in use") {
		t.Errorf("second serve: %d %s", code, errs)
	}

	cancel()
	select {
	case code := <-done:
		stopped = true
		if code != 0 {
			t.Fatalf("serve exited %d:\n%s", code, logs.String())
		}
	case <-time.After(40 * time.Second):
		t.Fatal("serve did not stop")
	}
	if _, err := os.Stat(ops.SocketPath(state)); !os.IsNotExist(err) {
		t.Errorf("control socket left behind: %v", err)
	}
	// The state file is closed and whole: the commands open it directly.
	if code, _, errs := runCmd("report", "--config", cfgPath); code != 0 || !strings.Contains(errs, "the state file") {
		t.Errorf("report after serve: %d %s", code, errs)
	}
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
