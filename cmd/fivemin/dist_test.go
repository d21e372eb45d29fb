package main

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
)

// unitFile parses a systemd unit: [Section] headers and Key=Value lines,
// comments and blank lines skipped. Any other line is an error.
func unitFile(t *testing.T, path string) map[string]map[string][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]map[string][]string{}
	section := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			out[section] = map[string][]string{}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok || section == "" || k == "" || strings.ContainsAny(k, " \t") {
				t.Fatalf("%s:%d: not a Key=Value line in a section: %q", path, n, line)
			}
			out[section][k] = append(out[section][k], v)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSystemdUnit checks the shipped unit: it runs the serve command with
// flags serve has, keeps state where the default [state] path points, and
// keeps its sandboxing.
func TestSystemdUnit(t *testing.T) {
	u := unitFile(t, "dist/fivemin.service")
	svc := u["Service"]
	if svc == nil || u["Unit"] == nil || u["Install"] == nil {
		t.Fatalf("want [Unit], [Service] and [Install] sections, got %v", u)
	}
	want := map[string]string{
		"DynamicUser":             "yes",
		"StateDirectory":          "fivemin",
		"StateDirectoryMode":      "0700",
		"ProtectSystem":           "strict",
		"ProtectHome":             "yes",
		"NoNewPrivileges":         "yes",
		"PrivateTmp":              "yes",
		"RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
		"Restart":                 "on-failure",
		"ExecReload":              "/bin/kill -HUP $MAINPID",
	}
	for k, v := range want {
		if got := svc[k]; len(got) != 1 || got[0] != v {
			t.Errorf("[Service] %s = %q, want %q", k, got, v)
		}
	}
	if len(svc["LoadCredential"]) == 0 {
		t.Error("[Service] has no LoadCredential line")
	}
	for _, lc := range svc["LoadCredential"] {
		name, src, ok := strings.Cut(lc, ":")
		if !ok || name == "" || !filepath.IsAbs(src) {
			t.Errorf("LoadCredential=%s: want NAME:/absolute/path", lc)
		}
	}
	// The state directory is where the default state path lives.
	if dir := filepath.Dir(config.DefaultStatePath); dir != "/var/lib/"+svc["StateDirectory"][0] {
		t.Errorf("StateDirectory=%s but the default state path is %s", svc["StateDirectory"][0], config.DefaultStatePath)
	}

	exec := strings.Fields(svc["ExecStart"][0])
	if len(exec) < 2 || exec[0] != "/usr/local/bin/fivemin" || exec[1] != "serve" {
		t.Fatalf("ExecStart=%s: want /usr/local/bin/fivemin serve ...", svc["ExecStart"][0])
	}
	// Every flag in ExecStart is one serve knows.
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	if code := Main(context.Background(), e, []string{"help", "serve"}); code != 0 {
		t.Fatalf("help serve: exit %d: %s", code, errb.String())
	}
	for _, a := range exec[2:] {
		if name, ok := strings.CutPrefix(a, "--"); ok {
			if !strings.Contains(out.String(), "  -"+name+" ") {
				t.Errorf("ExecStart passes %s, which fivemin serve does not list:\n%s", a, out.String())
			}
		}
	}
}

// TestCredentialFilesAsSecrets loads a configuration whose password is in a
// file the way systemd hands over a credential: an absolute path, mode 0400.
func TestCredentialFilesAsSecrets(t *testing.T) {
	creds := t.TempDir() // stands in for $CREDENTIALS_DIRECTORY
	pw := filepath.Join(creds, "imap-ann")
	if err := os.WriteFile(pw, []byte("s3cret-ann\n"), 0o400); err != nil {
		t.Fatal(err)
	}
	cfgFile := filepath.Join(t.TempDir(), "fivemin.toml")
	toml := `[firm]
name = "Smith & Lee"
domain = "smithlee.test"
currency = "USD"
[rates]
default = "100"
[[rep]]
name = "Ann"
address = "ann@smithlee.test"
[rep.imap]
host = "imap.smithlee.test"
password_file = "` + pw + `"
`
	if err := os.WriteFile(cfgFile, []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(cfgFile, config.Options{Getenv: func(string) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Reps[0].IMAP.Password.Reveal(); got != "s3cret-ann" {
		t.Errorf("password read from the credential file: got %q", got)
	}
}
