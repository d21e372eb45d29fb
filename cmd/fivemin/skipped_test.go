package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/demo"
)

// TestOutboxSkipped: mail that gets no draft is listed by `outbox
// --skipped` with its reason, through the running service, and `outbox
// --retry` queues it again (it is skipped again, for the same reason, so
// it comes back to the list).
func TestOutboxSkipped(t *testing.T) {
	srv := startDemo(t)
	// From a colleague at the firm: not a client.
	colleague := []byte("From: Ben Ortiz <ben@tidewaterbooks.test>\r\nTo: carla@tidewaterbooks.test\r\n" +
		"Subject: lunch on Friday\r\nMessage-ID: <lunch-1@tidewaterbooks.test>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nAre you in?\r\n")
	if err := srv.Deliver(colleague); err != nil {
		t.Fatal(err)
	}
	cfgPath, state := demoConfig(t, srv, "")
	s := startServe(t, cfgPath, envOf(map[string]string{demo.PasswordEnv: demo.Password}))
	s.waitSocket(state)
	var out string
	waitUntil(t, "the skip listed", func() bool {
		var code int
		code, out, _ = s.run("outbox", "--config", cfgPath, "--skipped")
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
		return strings.Contains(s.logs.String(), `msg="message handled"`) && strings.Contains(s.logs.String(), "reason=own-domain")
	})
	if code, out, errs := s.run("outbox", "--config", cfgPath, "--retry", tok); code != 0 || !strings.Contains(out, "queued") {
		t.Fatalf("outbox --retry: %d %s %s", code, out, errs)
	}
	waitUntil(t, "the retried message settled again", func() bool {
		return strings.Count(s.logs.String(), "reason=own-domain") == 2
	})
	if code, _, errs := s.run("outbox", "--config", cfgPath, "--retry", "00000000000000000"); code == 0 || !strings.Contains(errs, "not a skipped or failed message") {
		t.Errorf("retry of an unknown token: %d %s", code, errs)
	}
}

// TestStatusLinesReportRefusedLogin: with a wrong IMAP password the
// service keeps running and `report` and `outbox` say which rep's login
// the server refuses.
func TestStatusLinesReportRefusedLogin(t *testing.T) {
	srv := startDemo(t)
	cfgPath, state := demoConfig(t, srv, "")
	s := startServe(t, cfgPath, envOf(map[string]string{demo.PasswordEnv: "not-the-password"}))
	s.waitSocket(state)
	waitUntil(t, "the refused login logged", func() bool { return strings.Contains(s.logs.String(), "refused the login") })
	code, _, errs := s.run("report", "--config", cfgPath)
	if code != 0 || !strings.Contains(errs, "warning: carla@tidewaterbooks.test: the mail server refuses the login since") {
		t.Errorf("report: %d\n%s", code, errs)
	}
	if code, _, errs := s.run("outbox", "--config", cfgPath, "--skipped"); code != 0 || !strings.Contains(errs, "refuses the login") {
		t.Errorf("outbox --skipped: %d\n%s", code, errs)
	}
	if n := strings.Count(s.logs.String(), "level=ERROR"); n != 1 {
		t.Errorf("%d ERROR lines, want the one about the login:\n%s", n, s.logs.String())
	}
}
