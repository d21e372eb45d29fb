package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/mailtest"
)

// TestCheckCommand runs `fivemin check` against the real Dovecot and
// Postfix: a rep whose password is right, one whose password is wrong, one
// whose server port has nothing listening, one speaking TLS to a STARTTLS port.
func TestCheckCommand(t *testing.T) {
	const (
		good      = "carla@tidewater.test"
		bad       = "dan@tidewater.test"
		gone      = "eve@tidewater.test"
		wrongPass = "not-dans-pw-7Qz"
	)
	d := mailtest.StartDovecot(t)
	d.AddUser(t, good, "pw-carla")
	d.AddUser(t, bad, "pw-dan")
	p := mailtest.StartPostfix(t, d)
	if p.CertPool != nil && p.CertPool != d.CertPool {
		t.Fatal("postfix and dovecot use different test CAs; the test trusts one pool")
	}
	checkTLSConfig = &tls.Config{RootCAs: d.CertPool}
	t.Cleanup(func() { checkTLSConfig = nil })

	closedPort := mailtest.RefusedPort(t)

	dir := t.TempDir()
	pwFile := filepath.Join(dir, "dan.pw")
	if err := os.WriteFile(pwFile, []byte(wrongPass+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfgFile := filepath.Join(dir, "fivemin.toml")
	toml := fmt.Sprintf(`[firm]
name = "Tidewater Books"
domain = "tidewater.test"
currency = "USD"
[state]
path = %q
[rates]
default = "85"
[[rep]]
name = "Carla Nunes"
address = %q
[rep.imap]
host = "127.0.0.1"
port = %d
tls = "starttls"
password_env = "CARLA_PW"
[rep.smtp]
host = "127.0.0.1"
port = %d
tls = "starttls"
password_env = "CARLA_PW"
[[rep]]
name = "Dan"
address = %q
[rep.imap]
host = "127.0.0.1"
port = %d
tls = "starttls"
password_file = %q
[[rep]]
name = "Eve"
address = %q
[rep.imap]
host = "127.0.0.1"
port = %d
tls = "starttls"
password_env = "CARLA_PW"
[[rep]]
name = "Fay"
address = "fay@tidewater.test"
[rep.imap]
host = "127.0.0.1"
port = %d
tls = "tls"
password_env = "CARLA_PW"
[[rep]]
name = "Gus"
address = "gus@tidewater.test"
[rep.imap]
host = "127.0.0.1"
port = %d
tls = "starttls"
user = %q
password_env = "CARLA_PW"
[rep.folders]
drafts = "Brouillons"
`, filepath.Join(dir, "state.db"), good, d.IMAPPort, p.Port, bad, d.IMAPPort, pwFile, gone, closedPort, d.IMAPPort, d.IMAPPort, good)
	if err := os.WriteFile(cfgFile, []byte(toml), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	check := func(args ...string) (int, string) {
		var out, errb bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string {
			if k == "CARLA_PW" {
				return "pw-carla"
			}
			return ""
		}}
		code := Main(ctx, e, append([]string{"check", "--config", cfgFile}, args...))
		return code, out.String() + errb.String()
	}

	tests := []struct {
		name    string
		args    []string
		code    int
		want    []string
		notWant []string
	}{
		{
			name: "good rep by name",
			args: []string{"--rep", "carla nunes"},
			code: 0,
			want: []string{
				good + " (Carla Nunes)",
				fmt.Sprintf("IMAP 127.0.0.1:%d (tls = \"starttls\") as %s: ok", d.IMAPPort, good),
				"capabilities: IDLE yes, UIDPLUS yes, SPECIAL-USE yes, MOVE yes",
				`inbox: "INBOX" (configured)`,
				fmt.Sprintf("SMTP 127.0.0.1:%d (tls = \"starttls\") as %s: ok", p.Port, good),
				"logged in; nothing was sent",
				"all 1 reps ok",
			},
			notWant: []string{"pw-carla", "fix:"},
		},
		{
			name: "wrong password by address",
			args: []string{"--rep", bad},
			code: 1,
			want: []string{
				"login refused",
				"check user (" + bad + ") and the password in the file " + pwFile + " (password_file) in [rep.imap]",
				"1 of 1 reps have problems",
			},
			notWant: []string{wrongPass, "capabilities:"},
		},
		{
			name: "connection refused",
			args: []string{"--rep", gone},
			code: 1,
			want: []string{
				"connection refused",
				fmt.Sprintf("fix: nothing accepts connections at 127.0.0.1:%d", closedPort),
			},
		},
		{
			// Implicit TLS against the STARTTLS port: the handshake fails.
			name: "TLS mismatch",
			args: []string{"--rep", "Fay"},
			code: 1,
			want: []string{"TLS failed", `fix: check tls and port in [rep.imap]`},
		},
		{
			// A configured folder that does not exist is not a failure:
			// serve creates it.
			name: "missing drafts folder",
			args: []string{"--rep", "gus@tidewater.test"},
			code: 0,
			want: []string{`drafts: "Brouillons" not found; fivemin serve will create it`, "all 1 reps ok"},
		},
		{
			name:    "every rep",
			code:    1,
			want:    []string{"Carla Nunes", "(Dan)", "(Eve)", "(Fay)", "(Gus)", "3 of 5 reps have problems"},
			notWant: []string{wrongPass, "pw-carla"},
		},
		{
			name: "unknown rep",
			args: []string{"--rep", "nobody@tidewater.test"},
			code: 2,
			want: []string{`no rep with the address or name "nobody@tidewater.test"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out := check(tt.args...)
			if code != tt.code {
				t.Errorf("exit status %d, want %d; output:\n%s", code, tt.code, out)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
		})
	}
}

// TestCheckOAuth: a rep logging in with an OAuth client_credentials table
// passes against Dovecot's oauth2 passdb; one whose table has a wrong
// client secret is told to check the sign-in, and no secret is printed.
func TestCheckOAuth(t *testing.T) {
	const (
		ann       = "ann@smithlee.test"
		secret    = "lab-secret-5Kp"
		badSecret = "not-the-secret-9Wd"
	)
	as := mailtest.StartAuthServer(t)
	as.AddClient("fivemin", secret, ann)
	d := mailtest.StartDovecotWith(t, mailtest.DovecotOptions{OAuth2: as.IntrospectURL})
	checkTLSConfig = &tls.Config{RootCAs: d.CertPool}
	t.Cleanup(func() { checkTLSConfig = nil })
	dir := t.TempDir()
	toml := firmTOML(filepath.Join(dir, "state.db")) + fmt.Sprintf(`[[rep]]
name = "Ann"
address = %[1]q
[rep.imap]
host = "127.0.0.1"
port = %[2]d
tls = "starttls"
oauth = "lab"
[[rep]]
name = "Bo"
address = "bo@smithlee.test"
[rep.imap]
host = "127.0.0.1"
port = %[2]d
tls = "starttls"
user = %[1]q
oauth = "wrong"
[oauth.lab]
grant = "client_credentials"
token_url = %[3]q
client_id = "fivemin"
client_secret_env = "LAB_SECRET"
[oauth.wrong]
grant = "client_credentials"
token_url = %[3]q
client_id = "fivemin"
client_secret_env = "BAD_SECRET"
`, ann, d.IMAPPort, as.TokenURL)
	cfgFile := writeTOML(t, dir, toml)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	check := func(args ...string) (int, string) {
		var out, errb bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string {
			return map[string]string{"LAB_SECRET": secret, "BAD_SECRET": badSecret}[k]
		}}
		code := Main(ctx, e, append([]string{"check", "--config", cfgFile}, args...))
		return code, out.String() + errb.String()
	}

	code, out := check("--rep", "Ann")
	all := out
	if code != 0 || !strings.Contains(out, fmt.Sprintf("as %s: ok", ann)) || !strings.Contains(out, "capabilities: IDLE yes") {
		t.Errorf("Ann with a good client secret: exit %d, want 0 and a working login:\n%s", code, out)
	}
	code, out = check("--rep", "Bo")
	all += out
	if code != 1 || !strings.Contains(out, "no OAuth token") || !strings.Contains(out, "fix: fivemin could not get a token for the sign-in of [oauth.wrong]") {
		t.Errorf("Bo with a wrong client secret: exit %d, want 1 and the OAuth hint:\n%s", code, out)
	}
	for _, s := range append([]string{secret, badSecret}, as.Tokens()...) {
		if strings.Contains(all, s) {
			t.Errorf("the output shows a secret or token %q:\n%s", s, all)
		}
	}
}

// TestPrintProbeNotes: the report's notes for a server without IDLE or
// UIDPLUS, and for missing folders (the Dovecot tests cover the rest).
func TestPrintProbeNotes(t *testing.T) {
	cfg, err := config.Parse("t.toml", []byte(`[firm]
name = "Smith & Lee"
domain = "smithlee.test"
currency = "USD"
[rates]
default = "100"
[[rep]]
name = "Ann"
address = "ann@smithlee.test"
poll_interval = "2m"
[rep.imap]
host = "127.0.0.1"
tls = "none"
password_env = "PW"
`), config.Options{Getenv: func(string) string { return "pw" }})
	if err != nil {
		t.Fatal(err)
	}
	p := mailbox.Probe{
		IMAP:   mailbox.ServerProbe{Addr: "127.0.0.1:143", TLS: mailbox.NoTLS, User: "ann@smithlee.test"},
		Inbox:  mailbox.FolderProbe{Name: "INBOX", How: "configured"},
		Drafts: mailbox.FolderProbe{Name: "Drafts"},
		Sent:   mailbox.FolderProbe{Name: "Sent Items", How: "name"},
	}
	var b bytes.Buffer
	if !printProbe(&b, &cfg.Reps[0], p) {
		t.Errorf("a missing Drafts folder or IDLE counts as a failure:\n%s", b.String())
	}
	for _, w := range []string{
		"capabilities: IDLE no, UIDPLUS no, SPECIAL-USE no, MOVE no",
		"note: no IDLE: fivemin will look for new mail every poll_interval (2m0s)",
		"note: no UIDPLUS",
		`drafts: "Drafts" not found; fivemin serve will create it`,
		`sent: "Sent Items" (name)`,
	} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("report lacks %q:\n%s", w, b.String())
		}
	}
}
