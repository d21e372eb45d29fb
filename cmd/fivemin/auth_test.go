package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fivemin/fivemin/mailbox/mailtest"
)

// approver is a terminal with a person at it: when the sign-in code is
// printed, they approve it at the authorisation server.
type approver struct {
	mu  sync.Mutex
	buf bytes.Buffer
	as  *mailtest.AuthServer
	who string
}

var signInCode = regexp.MustCompile(`enter the code (\S+)`)

func (a *approver) Write(p []byte) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.buf.Write(p)
	if m := signInCode.FindSubmatch(p); m != nil {
		a.as.Approve(string(m[1]), a.who)
	}
	return len(p), nil
}

func (a *approver) String() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.buf.String()
}

// TestAuthDeviceSignIn: auth login signs a rep in with the device grant
// and stores the refresh token in the state file; status then gets a
// token; logout forgets it, after which status says to sign in and fails.
func TestAuthDeviceSignIn(t *testing.T) {
	const repAddr = "ann@smithlee.test"
	as := mailtest.StartAuthServer(t)
	as.AddClient("fivemin-public", "", repAddr)
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "fivemin.toml")
	state := filepath.Join(dir, "state.db")
	toml := fmt.Sprintf(`[firm]
name = "Smith & Lee"
domain = "smithlee.test"
currency = "USD"
[state]
path = %q
[rates]
default = "100"
[[rep]]
name = "Ann"
address = %q
[rep.imap]
host = "127.0.0.1"
tls = "none"
oauth = "lab"
[[rep]]
name = "Bo"
address = "bo@smithlee.test"
[rep.imap]
host = "127.0.0.1"
tls = "none"
password_env = "BO_PW"
[oauth.lab]
grant = "device"
token_url = %q
device_url = %q
client_id = "fivemin-public"
scopes = ["imap"]
`, state, repAddr, as.TokenURL, as.DeviceURL)
	if err := os.WriteFile(cfgFile, []byte(toml), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := func(stdout *approver, args ...string) (int, string) {
		var errb bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: stdout, stderr: &errb, getenv: func(k string) string {
			if k == "BO_PW" {
				return "bo-pw"
			}
			return ""
		}}
		code := Main(ctx, e, args)
		return code, stdout.String() + errb.String()
	}

	code, out := cmd(&approver{as: as, who: repAddr}, "auth", "status", "--config", cfgFile)
	if code != 1 || !strings.Contains(out, "not signed in: run fivemin auth login --rep "+repAddr) || strings.Contains(out, "bo@") {
		t.Errorf("status before sign-in: code %d\n%s", code, out)
	}
	code, out = cmd(&approver{as: as, who: repAddr}, "auth", "login", "--config", cfgFile, "--rep", repAddr)
	if code != 0 || !strings.Contains(out, as.URL+"/activate") || !strings.Contains(out, "signed in: "+repAddr) {
		t.Fatalf("login: code %d\n%s", code, out)
	}
	code, out = cmd(&approver{as: as}, "auth", "status", "--config", cfgFile)
	if code != 0 || !strings.Contains(out, repAddr) || !regexp.MustCompile(`lab\s+device\s+ok`).MatchString(out) {
		t.Errorf("status after sign-in: code %d\n%s", code, out)
	}
	for _, tok := range as.Tokens() {
		if strings.Contains(out, tok) {
			t.Error("status printed a token")
		}
	}
	code, out = cmd(&approver{as: as}, "auth", "login", "--config", cfgFile, "--rep", "bo@smithlee.test")
	if code != 1 || !strings.Contains(out, "logs in with a password") {
		t.Errorf("login of a password rep: code %d\n%s", code, out)
	}
	code, out = cmd(&approver{as: as}, "auth", "logout", "--config", cfgFile, "--rep", repAddr)
	if code != 0 || !strings.Contains(out, "forgot "+repAddr) {
		t.Errorf("logout: code %d\n%s", code, out)
	}
	code, out = cmd(&approver{as: as}, "auth", "status", "--config", cfgFile)
	if code != 1 || !strings.Contains(out, "not signed in") {
		t.Errorf("status after logout: code %d\n%s", code, out)
	}
}
