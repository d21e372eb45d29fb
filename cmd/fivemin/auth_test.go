package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
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
	as, cfgFile := deviceLab(t, repAddr)
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

// firmTOML is the [firm], [state] and [rates] of a test configuration
// whose state file is state.
func firmTOML(state string) string {
	return fmt.Sprintf(`[firm]
name = "Smith & Lee"
domain = "smithlee.test"
currency = "USD"
[state]
path = %q
[rates]
default = "100"
`, state)
}

// writeTOML writes a configuration into dir and returns its path.
func writeTOML(t *testing.T, dir, toml string) string {
	t.Helper()
	cfgFile := filepath.Join(dir, "fivemin.toml")
	if err := os.WriteFile(cfgFile, []byte(toml), 0o600); err != nil {
		t.Fatal(err)
	}
	return cfgFile
}

// authFile writes a configuration for Ann logging in with [oauth.lab]
// (the lines lab), and Bo as bo says, and returns its path.
func authFile(t *testing.T, bo, lab string) string {
	t.Helper()
	dir := t.TempDir()
	return writeTOML(t, dir, firmTOML(filepath.Join(dir, "state.db"))+fmt.Sprintf(`[[rep]]
name = "Ann"
address = "ann@smithlee.test"
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
%s
[oauth.lab]
%s
`, bo, lab))
}

// deviceLab starts an authorisation server that signs rep in over the
// device grant, and writes a configuration using it.
func deviceLab(t *testing.T, rep string) (*mailtest.AuthServer, string) {
	as := mailtest.StartAuthServer(t)
	as.AddClient("fivemin-public", "", rep)
	return as, authFile(t, `password_env = "BO_PW"`, fmt.Sprintf(`grant = "device"
token_url = %q
device_url = %q
client_id = "fivemin-public"
scopes = ["imap"]`, as.TokenURL, as.DeviceURL))
}

// runCmd runs fivemin with args; stdout is written to out (which may act
// on what it reads, as a person would).
func runCmd(ctx context.Context, out io.Writer, getenv func(string) string, args ...string) (int, string) {
	var errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: out, stderr: &errb, getenv: getenv}
	code := Main(ctx, e, args)
	return code, fmt.Sprint(out) + errb.String()
}

// browser is a terminal with a person at it who opens the sign-in page
// fivemin prints, in a browser on the same machine.
type browser struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	page string
}

var signInPage = regexp.MustCompile(`(?m)^\s+(http://\S+/authorize\?\S+)$`)

func (b *browser) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.Write(p)
	if m := signInPage.FindSubmatch(p); m != nil {
		resp, err := http.Get(string(m[1]))
		if err != nil {
			return 0, err
		}
		page, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		b.page = string(page)
		return len(p), err
	}
	return len(p), nil
}

func (b *browser) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String() + b.page
}

// TestAuthCodeSignIn: auth login signs Ann in with the installed-app flow
// (Google's parameters, her address as login hint), status then works for
// her and says Bo is not signed in; revoked, status says to sign in
// again; a declined sign-in is a plain failure. Nothing secret printed.
func TestAuthCodeSignIn(t *testing.T) {
	const ann = "ann@smithlee.test"
	as := mailtest.StartAuthServer(t)
	as.AddClient("desktop.apps.test", "desktop-secret", ann)
	cfgFile := authFile(t, `oauth = "lab"`, fmt.Sprintf(`provider = "google"
grant = "authorization_code"
auth_url = %q
token_url = %q
client_id = "desktop.apps.test"
client_secret_env = "LAB_SECRET"`, as.AuthorizeURL, as.TokenURL))
	getenv := func(k string) string {
		if k == "LAB_SECRET" {
			return "desktop-secret"
		}
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var all strings.Builder
	run := func(args ...string) (int, string) {
		code, out := runCmd(ctx, &browser{}, getenv, append(args, "--config", cfgFile)...)
		all.WriteString(out)
		return code, out
	}

	code, out := run("auth", "login", "--rep", ann)
	if code != 0 || !strings.Contains(out, "sign in as "+ann) || !strings.Contains(out, "ssh -L ") ||
		!strings.Contains(out, "Signed in") || !strings.Contains(out, "signed in: "+ann) {
		t.Fatalf("login: code %d\n%s", code, out)
	}
	q := as.AuthorizeQuery()
	if q.Get("login_hint") != ann || q.Get("access_type") != "offline" || q.Get("prompt") != "consent" || q.Get("scope") != "https://mail.google.com/" {
		t.Errorf("authorization request %v", q)
	}
	code, out = run("auth", "status")
	if code != 1 || !regexp.MustCompile(`ann@smithlee.test\s+lab\s+authorization_code\s+ok`).MatchString(out) ||
		!strings.Contains(out, "not signed in: run fivemin auth login --rep bo@smithlee.test") {
		t.Errorf("status after Ann's sign-in: code %d\n%s", code, out)
	}
	as.RevokeAll()
	code, out = run("auth", "status")
	if code != 1 || !strings.Contains(out, "invalid_grant: the sign-in was revoked or has expired; sign in again: fivemin auth login --rep "+ann) {
		t.Errorf("status after revocation: code %d\n%s", code, out)
	}
	as.DenySignIn()
	code, out = run("auth", "login", "--rep", ann)
	if code != 1 || !strings.Contains(out, "Sign-in failed") || !strings.Contains(out, "sign-in of "+ann+" failed: the authorisation server refused the credentials: the sign-in was declined") {
		t.Errorf("declined login: code %d\n%s", code, out)
	}
	for _, s := range append(as.Tokens(), "desktop-secret") {
		if strings.Contains(all.String(), s) {
			t.Errorf("%.6s… (a secret, code, verifier or token) was printed", s)
		}
	}
}

// TestAuthServiceAccountStatus: status gets a token for each rep through
// domain-wide delegation, and for an undelegated rep says what the admin
// must do; auth login says no one signs in; a wrong key file is a
// configuration error naming the file, not quoting it.
func TestAuthServiceAccountStatus(t *testing.T) {
	as := mailtest.StartAuthServer(t)
	keyFile := filepath.Join(t.TempDir(), "sa.json")
	if err := os.WriteFile(keyFile, as.NewServiceAccount(t, "fivemin@smithlee.iam.gserviceaccount.test", "ann@smithlee.test"), 0o600); err != nil {
		t.Fatal(err)
	}
	lab := fmt.Sprintf("provider = \"google\"\ngrant = \"service_account\"\ntoken_url = %q\nclient_secret_file = %q", as.TokenURL, keyFile)
	cfgFile := authFile(t, `oauth = "lab"`, lab)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	code, out := runCmd(ctx, &bytes.Buffer{}, func(string) string { return "" }, "auth", "status", "--config", cfgFile)
	if code != 1 || !regexp.MustCompile(`ann@smithlee.test\s+lab\s+service_account\s+ok`).MatchString(out) ||
		!regexp.MustCompile(`bo@smithlee.test\s+lab\s+service_account\s+.*invalid_grant; the Google Workspace admin must allow domain-wide delegation to client ID 100000000000000000001 with the scope https://mail.google.com/`).MatchString(out) {
		t.Errorf("status: code %d\n%s", code, out)
	}
	code, out = runCmd(ctx, &bytes.Buffer{}, func(string) string { return "" }, "auth", "login", "--config", cfgFile, "--rep", "ann@smithlee.test")
	if code != 1 || !strings.Contains(out, "uses the service_account grant: no rep signs in") {
		t.Errorf("login: code %d\n%s", code, out)
	}
	for _, tok := range as.Tokens() {
		if strings.Contains(out, tok) {
			t.Error("a token was printed")
		}
	}

	desktop := filepath.Join(t.TempDir(), "client_secret_desktop.json")
	if err := os.WriteFile(desktop, []byte(`{"installed":{"client_id":"x.apps.googleusercontent.test","client_secret":"GOCSPX-abc123"}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out = runCmd(ctx, &bytes.Buffer{}, func(string) string { return "" }, "auth", "status", "--config",
		authFile(t, `oauth = "lab"`, strings.Replace(lab, keyFile, desktop, 1)))
	if code == 0 || !strings.Contains(out, "oauth.lab.client_secret_file: file "+desktop+": this is an OAuth client's file") || strings.Contains(out, "GOCSPX") {
		t.Errorf("wrong key file: code %d\n%s", code, out)
	}
}

// TestAuthWhileServing: while serve holds the state file, a rep signs in
// through its control socket; the token lands in the service's state.
func TestAuthWhileServing(t *testing.T) {
	const repAddr = "ann@smithlee.test"
	as, cfgFile := deviceLab(t, repAddr)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	statePath := filepath.Join(filepath.Dir(cfgFile), "state.db")
	// The service: it holds the state file and answers on the socket.
	db, led, err := openState(ctx, statePath, time.UTC, nil, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sctx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- ops.Serve(sctx, ops.SocketPath(statePath), &ops.Local{Ledger: led}, nil) }()
	defer func() {
		stop()
		if err := <-served; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		if _, err := ops.Dial(ctx, ops.SocketPath(statePath)); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the service never answered")
		}
	}

	out := &approver{as: as, who: repAddr}
	var errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: out, stderr: &errb, getenv: func(k string) string { return map[string]string{"BO_PW": "bo-pw"}[k] }}
	if code := Main(ctx, e, []string{"auth", "login", "--config", cfgFile, "--rep", repAddr}); code != 0 ||
		!strings.Contains(out.String(), "the running service uses it") {
		t.Fatalf("login while serving: code %d\n%s%s", code, out.String(), errb.String())
	}
	tok, err := ops.TokenStore(&ops.Local{Ledger: led}, repAddr, "lab").Load(ctx)
	if err != nil || tok == "" {
		t.Fatalf("the service's state has no token: %q, %v", tok, err)
	}
	if strings.Contains(out.String()+errb.String(), tok) {
		t.Error("the refresh token was printed")
	}
}
