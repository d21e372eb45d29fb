package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/demo"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
)

// TestDemoFollowUps: without --state the demo still keeps its state (in a
// temporary directory) and prints the commands to try on it, and they work.
func TestDemoFollowUps(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	code, out, errs := run(t, ctx, "", "demo")
	if code != 0 {
		t.Fatalf("demo: code %d\n%s\n%s", code, out, errs)
	}
	m := regexp.MustCompile(`State kept in (\S+) \(a temporary directory: remove it when done\)\. Try:`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no state path in the demo's output:\n%s", out)
	}
	state := m[1]
	t.Cleanup(func() { _ = os.RemoveAll(filepath.Dir(state)) })
	for _, c := range []string{"report", "clients", "ledger unclear", "ledger show QUOTE-ID"} {
		if !strings.Contains(out, "  fivemin "+c+" --state "+state+"\n") {
			t.Errorf("the demo does not suggest fivemin %s:\n%s", c, out)
		}
	}
	if strings.Contains(out, "fivemin outbox --state") || !strings.Contains(out, "Run the demo with --stay") {
		t.Errorf("without --stay the demo must not suggest outbox, whose servers are gone:\n%s", out)
	}
	if code, _, errs := run(t, ctx, "", "report", "--state", state); code != 0 {
		t.Errorf("report on the kept state: %d %s", code, errs)
	}
	// The demo's configuration is saved beside the state, for triage.
	cfg := strings.TrimSuffix(state, ".db") + ".toml"
	if !strings.Contains(out, "  fivemin triage --config "+cfg+" EMAIL-FILE\n") {
		t.Errorf("the demo does not suggest triage with its configuration:\n%s", out)
	}
	if code, tri, errs := run(t, ctx, "", "triage", "--config", cfg, "internal/demo/samples/001.eml"); code != 0 || tri == "" {
		t.Errorf("triage --config %s: %d %s %s", cfg, code, tri, errs)
	}
}

// TestDemoStay: `demo --stay` keeps running and answers the other
// commands (outbox, report, ledger) on its state until interrupted; the
// outbox shows decoded subjects.
func TestDemoStay(t *testing.T) {
	state := filepath.Join(t.TempDir(), "demo.db")
	out, stop := startMain(t, func(string) string { return "" }, "demo", "--stay", "--state", state)
	waitUntil(t, "the demo staying up", func() bool {
		_, err := os.Stat(ops.SocketPath(state))
		return err == nil && strings.Contains(out.String(), "Staying up")
	})
	for _, c := range []string{"report", "outbox", "outbox --skipped", "send QUOTE-ID"} {
		if !strings.Contains(out.String(), "  fivemin "+c+" --state "+state+"\n") {
			t.Errorf("the demo does not suggest fivemin %s:\n%s", c, out.String())
		}
	}

	// A client writes while the demo stays up, with an RFC 2047 encoded
	// subject; the outbox shows it decoded.
	addr := regexp.MustCompile(`Staying up \(Ctrl-C to stop\): IMAP (\S+),`).FindStringSubmatch(out.String())
	if addr == nil {
		t.Fatalf("no IMAP address in:\n%s", out.String())
	}
	deliverIMAP(t, addr[1], "From: Lena Brandt <lena@brandt-cafe.test>\r\nTo: carla@tidewaterbooks.test\r\n"+
		"Subject: =?utf-8?q?Receipts_for_the_caf=C3=A9?=\r\nMessage-ID: <receipts-1@brandt-cafe.test>\r\n"+
		"Date: Tue, 24 Nov 2026 09:00:00 +0000\r\n\r\nHi Carla,\r\n\r\nDo you need the October receipts as well?\r\n\r\nThanks,\r\nLena\r\n")
	var list string
	waitUntil(t, "the new draft in the outbox", func() bool {
		var code int
		code, list, _ = run(t, context.Background(), "", "outbox", "--state", state)
		return code == 0 && strings.Contains(list, "lena@brandt-cafe.test")
	})
	if !strings.Contains(list, "drafts wait for their rep (the running fivemin service") {
		t.Errorf("outbox --state while the demo stays:\n%s", list)
	}
	if !strings.Contains(list, "Re: Receipts for the café") || strings.Contains(list, "=?") {
		t.Errorf("outbox subjects not decoded:\n%s", list)
	}
	// The outbox's own suggestion works: send through the demo.
	if !strings.Contains(list, "Send one with: fivemin send --state "+state+" QUOTE-ID|TOKEN") {
		t.Errorf("outbox suggests another way to send:\n%s", list)
	}
	quote := regexp.MustCompile(`Q-[0-9A-Z]{12}`).FindString(list)
	if code, sent, errs := run(t, context.Background(), "", "send", "--state", state, "--force", quote); code != 0 || !strings.Contains(sent, "sent "+quote) {
		t.Errorf("send %s --state while the demo stays: %d %s %s", quote, code, sent, errs)
	}
	cfg := strings.TrimSuffix(state, ".db") + ".toml"
	if !strings.Contains(out.String(), "  FIVEMIN_DEMO_PASSWORD=demo-password fivemin check --config "+cfg+"\n") {
		t.Errorf("the demo does not suggest check with its configuration:\n%s", out.String())
	}
	if code, chk, errs := run(t, context.Background(), "", "check", "--config", cfg); code != 0 || !strings.Contains(chk, "all 1 reps ok") {
		t.Errorf("check --config %s: %d %s %s", cfg, code, chk, errs)
	}
	if code, _, errs := run(t, context.Background(), "", "report", "--state", state); code != 0 || !strings.Contains(errs, "the running fivemin service") {
		t.Errorf("report: %d %s", code, errs)
	}
	if code, unclear, errs := run(t, context.Background(), "", "ledger", "unclear", "--state", state); code != 0 || !strings.Contains(unclear, "Q-") {
		t.Errorf("ledger unclear: %d %s %s", code, unclear, errs)
	}

	if code := stop(); code != 0 {
		t.Errorf("demo --stay exited %d after the interrupt:\n%s", code, out.String())
	}
	if _, err := os.Stat(ops.SocketPath(state)); !os.IsNotExist(err) {
		t.Errorf("control socket left behind: %v", err)
	}
}

// deliverIMAP appends raw to the demo rep's INBOX over IMAP, as a mail
// server delivering it.
func deliverIMAP(t *testing.T, addr, raw string) {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(demo.RepAddress, demo.Password).Wait(); err != nil {
		t.Fatal(err)
	}
	cmd := c.Append("INBOX", int64(len(raw)), nil)
	if _, err := cmd.Write([]byte(raw)); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
}
