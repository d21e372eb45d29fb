package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
)

// TestExampleServes holds config.example.toml to what it promises: with its
// secrets set it passes `config check` and `fivemin serve` starts on it.
// Only the state path changes (the example's is under /var/lib); its
// mailboxes do not exist here, which serve survives by retrying them.
func TestExampleServes(t *testing.T) {
	data, err := os.ReadFile("../../config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	state := filepath.Join(dir, "state.db")
	const statePath = `path = "/var/lib/fivemin/fivemin.db"`
	if n := bytes.Count(data, []byte(statePath)); n != 1 {
		t.Fatalf("the example's state path %q appears %d times, want 1", statePath, n)
	}
	data = bytes.Replace(data, []byte(statePath), []byte(`path = "`+state+`"`), 1)
	cfgPath := filepath.Join(dir, "fivemin.toml")
	if err := os.WriteFile(cfgPath, data, 0o600); err != nil {
		t.Fatal(err)
	}
	secrets := map[string]string{"FIVEMIN_ANN_IMAP": "dummy-ann", "FIVEMIN_BO_IMAP": "dummy-bo"}
	getenv := func(k string) string { return secrets[k] }

	var out, errb bytes.Buffer
	if code := Main(context.Background(), &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: getenv},
		[]string{"config", "check", cfgPath}); code != 0 || strings.Contains(out.String(), "warning") {
		t.Fatalf("config check: exit %d\n%s%s", code, &out, &errb)
	}

	s := startServe(t, cfgPath, getenv)
	// Up means the pipeline started ("fivemin serving" comes after the
	// templates and tier variants load) and the control socket answers.
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(s.logs.String(), "fivemin serving") || !socketAnswers(ops.SocketPath(state)) {
		select {
		case code := <-s.done:
			s.stopped = true // nothing left to stop
			t.Fatalf("serve exited %d before it was up:\n%s", code, s.logs)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve not up after 30s:\n%s", s.logs)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if code := s.stop(); code != 0 {
		t.Fatalf("serve exited %d:\n%s", code, s.logs)
	}
}

// socketAnswers reports whether the control socket takes a command.
func socketAnswers(path string) bool {
	if _, err := os.Stat(path); err != nil {
		return false
	}
	var out, errb bytes.Buffer
	code := Main(context.Background(), &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }},
		[]string{"report", "--state", strings.TrimSuffix(path, ".sock")})
	return code == 0 && strings.Contains(errb.String(), "the running fivemin service")
}
