package app

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/mailtest"
	"github.com/fivemin/fivemin/mailbox/oauth"
)

// oauthConfig is a one-rep configuration logging in with [oauth.lab].
func oauthConfig(t *testing.T, imapPort int, tokenURL, grant, secret, state string) *config.Config {
	t.Helper()
	return firmConfig(t, state, "", "[rates]\ndefault = \"85.00\"", fmt.Sprintf(`
[rep.imap]
host = "127.0.0.1"
port = %d
tls = "starttls"
oauth = "lab"
[oauth.lab]
%s
grant = %q
client_id = "fivemin"
client_secret_env = "LAB_SECRET"
scopes = ["imap"]
mechanism = "oauthbearer"`, imapPort, endpoints(grant, tokenURL), grant), secret)
}

// endpoints are the provider lines of [oauth.lab]: google for its
// service accounts, else generic with the test server's URLs.
func endpoints(grant, tokenURL string) string {
	if grant == "service_account" {
		return fmt.Sprintf("provider = \"google\"\ntoken_url = %q", tokenURL)
	}
	return fmt.Sprintf("provider = \"generic\"\ntoken_url = %q\ndevice_url = \"http://127.0.0.1:1/device\"", tokenURL)
}

// TestOAuthFromConfig: a rep whose [rep.imap] names an [oauth] table logs
// into a real Dovecot with a token; reloading the same settings keeps the
// same login (no restart of the mailboxes), a new secret makes a new one.
func TestOAuthFromConfig(t *testing.T) {
	as := mailtest.StartAuthServer(t)
	as.AddClient("fivemin", "lab-secret", rep)
	d := mailtest.StartDovecotWith(t, mailtest.DovecotOptions{OAuth2: as.IntrospectURL})
	state := filepath.Join(t.TempDir(), "state.db")
	cfg := oauthConfig(t, d.IMAPPort, as.TokenURL, "client_credentials", "lab-secret", state)
	a, err := New(Options{Config: Static(cfg), Ledger: openLedger(t, state), Logger: testLogger(t), TLSConfig: &tls.Config{RootCAs: d.CertPool}})
	if err != nil {
		t.Fatal(err)
	}
	loginOnce(t, a, as, "login with the configured OAuth client")

	first, err := a.accounts(cfg)
	if err != nil {
		t.Fatal(err)
	}
	again, err := a.accounts(oauthConfig(t, d.IMAPPort, as.TokenURL, "client_credentials", "lab-secret", state))
	if err != nil {
		t.Fatal(err)
	}
	if first[0].IMAP.SASL == nil || !reflect.DeepEqual(stripSecrets(first), stripSecrets(again)) {
		t.Error("the same settings give a different account: every reload would restart the mailboxes")
	}
	other, err := a.accounts(oauthConfig(t, d.IMAPPort, as.TokenURL, "client_credentials", "new-secret", state))
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(stripSecrets(first), stripSecrets(other)) {
		t.Error("a new client secret leaves the account unchanged")
	}
}

// TestOAuthDeviceGrantFromState: a rep of a device-grant table logs in
// with the refresh token their sign-in left in the state file, which is
// replaced by the rotated one; without one the login is refused, saying
// why, and nothing is tried against the server.
func TestOAuthDeviceGrantFromState(t *testing.T) {
	as := mailtest.StartAuthServer(t)
	as.AddClient("fivemin", "lab-secret", rep)
	d := mailtest.StartDovecotWith(t, mailtest.DovecotOptions{OAuth2: as.IntrospectURL})
	state := filepath.Join(t.TempDir(), "state.db")
	cfg := oauthConfig(t, d.IMAPPort, as.TokenURL, "device", "lab-secret", state)
	led := openLedger(t, state)
	a, err := New(Options{Config: Static(cfg), Ledger: led, Logger: testLogger(t), TLSConfig: &tls.Config{RootCAs: d.CertPool}})
	if err != nil {
		t.Fatal(err)
	}
	mbs, err := a.Mailboxes()
	if err != nil {
		t.Fatal(err)
	}
	// Logged in as the mailbox would, through the package's public API.
	if p := mailbox.ProbeAccount(context.Background(), mbs[rep].Account()); p.IMAP.Problem != mailbox.ProbeOAuth || !errors.Is(p.IMAP.Err, oauth.ErrNoRefreshToken) {
		t.Fatalf("login before signing in: %q, %v; want %q wrapping ErrNoRefreshToken", p.IMAP.Problem, p.IMAP.Err, mailbox.ProbeOAuth)
	}

	store := oauth.NewTokens(led.DB()).Store(rep, "lab")
	first := as.IssueRefreshToken("fivemin", rep)
	if err := store.Save(context.Background(), first); err != nil {
		t.Fatal(err)
	}
	if p := mailbox.ProbeAccount(context.Background(), mbs[rep].Account()); p.IMAP.Err != nil {
		t.Fatalf("login with the stored refresh token: %v", p.IMAP.Err)
	}
	if rt, _ := store.Load(context.Background()); rt == first || rt == "" {
		t.Error("the rotated refresh token was not stored")
	}
}

// TestOAuthServiceAccountFromConfig: a rep of a service_account table
// logs into a real Dovecot as themselves through domain-wide delegation
// (the JSON key in client_secret_env).
func TestOAuthServiceAccountFromConfig(t *testing.T) {
	as := mailtest.StartAuthServer(t)
	key, pub := mailtest.ServiceAccountKey(t, "fivemin@firm.iam.gserviceaccount.test", as.TokenURL)
	as.AddServiceAccount("fivemin@firm.iam.gserviceaccount.test", pub, "imap", rep) // oauthConfig's scope
	d := mailtest.StartDovecotWith(t, mailtest.DovecotOptions{OAuth2: as.IntrospectURL})
	state := filepath.Join(t.TempDir(), "state.db")
	cfg := oauthConfig(t, d.IMAPPort, as.TokenURL, "service_account", string(key), state)
	a, err := New(Options{Config: Static(cfg), Ledger: openLedger(t, state), Logger: testLogger(t), TLSConfig: &tls.Config{RootCAs: d.CertPool}})
	if err != nil {
		t.Fatal(err)
	}
	loginOnce(t, a, as, "login through domain-wide delegation")
}

// loginOnce logs rep in once through a's mailbox, with one token issued.
func loginOnce(t *testing.T, a *App, as *mailtest.AuthServer, what string) {
	t.Helper()
	mbs, err := a.Mailboxes()
	if err != nil {
		t.Fatal(err)
	}
	// Logs in as the mailbox would, through the package's public API.
	if p := mailbox.ProbeAccount(context.Background(), mbs[rep].Account()); p.IMAP.Err != nil {
		t.Fatalf("%s: %v", what, p.IMAP.Err)
	}
	if as.Issued() != 1 {
		t.Errorf("%d tokens issued, want 1", as.Issued())
	}
}
