package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConfigCheck(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, []byte("[firm]\nname = \"F\"\ncurrency = \"USD\"\n[rates]\ndefault = 250.5\nround_minute = 15\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	secrets := map[string]string{"FIVEMIN_ANN_IMAP": "pw-ann", "FIVEMIN_BO_IMAP": "pw-bo"}
	tests := []struct {
		name       string
		args       []string
		env        map[string]string
		code       int
		stdout     []string // each must appear
		stderr     []string
		notInOuput []string
	}{
		{
			name:       "the example is good",
			args:       []string{"config", "check", "../../config.example.toml"},
			env:        secrets,
			stdout:     []string{"config.example.toml: OK", "Hourly rates", "rep ann@smithlee.example  $280.00", "******** from env FIVEMIN_ANN_IMAP"},
			notInOuput: []string{"pw-ann", "pw-bo"},
		},
		{
			name:   "secrets missing",
			args:   []string{"config", "check", "../../config.example.toml"},
			code:   1,
			stderr: []string{"environment variable FIVEMIN_ANN_IMAP is not set", "environment variable FIVEMIN_BO_IMAP is not set", "2 problems"},
		},
		{
			name:   "secrets skipped",
			args:   []string{"config", "check", "--no-secrets", "../../config.example.toml"},
			stdout: []string{"OK", "(not read) from env FIVEMIN_ANN_IMAP"},
		},
		{
			name: "every problem listed",
			args: []string{"config", "check", bad},
			code: 1,
			stderr: []string{
				bad + ":1: firm.domain: required",
				bad + ":5: rates.default: 250.5 is a TOML float",
				bad + ":6: rates.round_minute: unknown key (did you mean round_minutes?)",
				"3 problems",
			},
		},
		{name: "missing file", args: []string{"config", "check", filepath.Join(dir, "none.toml")}, code: 1, stderr: []string{"no such file"}},
		{name: "no subcommand", args: []string{"config"}, code: 2, stderr: []string{"missing subcommand", "usage: fivemin config check"}},
		{name: "unknown subcommand", args: []string{"config", "show"}, code: 2, stderr: []string{`unknown subcommand "show"`}},
		{name: "no file", args: []string{"config", "check"}, code: 2, stderr: []string{"want one FILE"}},
		{name: "two files", args: []string{"config", "check", "a", "b"}, code: 2, stderr: []string{"want one FILE"}},
		{name: "help", args: []string{"help", "config"}, stdout: []string{"check a configuration file", "usage: fivemin config check"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(k string) string { return tt.env[k] }}
			code := Main(context.Background(), e, tt.args)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, &stdout, &stderr)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(stdout.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, &stdout)
				}
			}
			for _, s := range tt.stderr {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, &stderr)
				}
			}
			for _, s := range tt.notInOuput {
				if strings.Contains(stdout.String()+stderr.String(), s) {
					t.Errorf("output shows %q", s)
				}
			}
		})
	}
}
