package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/demo"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
)

// TestOutboxSkipped: mail that gets no draft is listed by `outbox
// --skipped` with its reason, through the running service, and `outbox
// --retry` queues it again (it is skipped again, for the same reason, so
// it comes back to the list).
func TestOutboxSkipped(t *testing.T) {
	srv, err := demo.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	// From a colleague at the firm: not a client.
	colleague := []byte("From: Ben Ortiz <ben@tidewaterbooks.test>\r\nTo: carla@tidewaterbooks.test\r\n" +
		"Subject: lunch on Friday\r\nMessage-ID: <lunch-1@tidewaterbooks.test>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nAre you in?\r\n")
	if err := srv.Deliver(colleague); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	state := filepath.Join(dir, "state.db")
	cfgPath := filepath.Join(dir, "fivemin.toml")
	if err := os.WriteFile(cfgPath, []byte(srv.ConfigTOML(state)), 0o600); err != nil {
		t.Fatal(err)
	}
	getenv := func(k string) string {
		if k == demo.PasswordEnv {
			return demo.Password
		}
		return ""
	}
	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, &env{stdin: strings.NewReader(""), stdout: logs, stderr: logs, getenv: getenv}, []string{"serve", "--config", cfgPath})
	}()
	defer func() {
		cancel()
		<-done
	}()
	runCmd := func(args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		code := Main(context.Background(), &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: getenv}, args)
		return code, out.String(), errb.String()
	}
	waitUntil(t, "the control socket", func() bool { _, err := os.Stat(ops.SocketPath(state)); return err == nil })
	var out string
	waitUntil(t, "the skip listed", func() bool {
		var code int
		code, out, _ = runCmd("outbox", "--config", cfgPath, "--skipped")
		return code == 0 && strings.Contains(out, "1 recent messages got no draft")
	})
	if !strings.Contains(out, "own-domain") || !strings.Contains(out, "lunch on Friday") || !strings.Contains(out, "Ben Ortiz") || !strings.Contains(out, "running fivemin service") {
		t.Errorf("outbox --skipped:\n%s", out)
	}
	tok := regexp.MustCompile(`\b[0-9a-f]{16}\b`).FindString(out)
	if tok == "" {
		t.Fatalf("no token in:\n%s", out)
	}
	// The INFO line says why there is no draft.
	waitUntil(t, "the outcome logged", func() bool {
		return strings.Contains(logs.String(), `msg="message handled"`) && strings.Contains(logs.String(), "reason=own-domain")
	})
	if code, out, errs := runCmd("outbox", "--config", cfgPath, "--retry", tok); code != 0 || !strings.Contains(out, "queued") {
		t.Fatalf("outbox --retry: %d %s %s", code, out, errs)
	}
	waitUntil(t, "the retried message settled again", func() bool {
		return strings.Count(logs.String(), "reason=own-domain") == 2
	})
	if code, _, errs := runCmd("outbox", "--config", cfgPath, "--retry", "00000000000000000"); code == 0 || !strings.Contains(errs, "not a skipped or failed message") {
		t.Errorf("retry of an unknown token: %d %s", code, errs)
	}
}

// TestStatusLinesReportRefusedLogin: with a wrong IMAP password the
// service keeps running and `report` and `outbox` say which rep's login
// the server refuses.
func TestStatusLinesReportRefusedLogin(t *testing.T) {
	srv, err := demo.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	state := filepath.Join(dir, "state.db")
	cfgPath := filepath.Join(dir, "fivemin.toml")
	if err := os.WriteFile(cfgPath, []byte(srv.ConfigTOML(state)), 0o600); err != nil {
		t.Fatal(err)
	}
	getenv := func(k string) string {
		if k == demo.PasswordEnv {
			return "not-the-password"
		}
		return ""
	}
	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, &env{stdin: strings.NewReader(""), stdout: logs, stderr: logs, getenv: getenv}, []string{"serve", "--config", cfgPath})
	}()
	defer func() {
		cancel()
		<-done
	}()
	runCmd := func(args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		code := Main(context.Background(), &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: getenv}, args)
		return code, out.String(), errb.String()
	}
	waitUntil(t, "the control socket", func() bool { _, err := os.Stat(ops.SocketPath(state)); return err == nil })
	waitUntil(t, "the refused login logged", func() bool { return strings.Contains(logs.String(), "refused the login") })
	code, _, errs := runCmd("report", "--config", cfgPath)
	if code != 0 || !strings.Contains(errs, "warning: carla@tidewaterbooks.test: the mail server refuses the login since") {
		t.Errorf("report: %d\n%s", code, errs)
	}
	if code, _, errs := runCmd("outbox", "--config", cfgPath, "--skipped"); code != 0 || !strings.Contains(errs, "refuses the login") {
		t.Errorf("outbox --skipped: %d\n%s", code, errs)
	}
	if n := strings.Count(logs.String(), "level=ERROR"); n != 1 {
		t.Errorf("%d ERROR lines, want the one about the login:\n%s", n, logs.String())
	}
}
