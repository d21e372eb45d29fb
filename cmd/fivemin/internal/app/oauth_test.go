package app

import (
	"context"
	"crypto/tls"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/mailbox/mailtest"
)

// oauthConfig is a one-rep configuration logging in with [oauth.lab].
func oauthConfig(t *testing.T, imapPort int, tokenURL, grant, secret, state string) *config.Config {
	t.Helper()
	toml := fmt.Sprintf(`
[firm]
name = "Tidewater Books"
domain = "tidewaterbooks.test"
currency = "USD"
[state]
path = %q
[rates]
default = "85.00"
[[rep]]
name = "Carla Nunes"
address = %q
[rep.imap]
host = "127.0.0.1"
port = %d
tls = "starttls"
oauth = "lab"
[oauth.lab]
provider = "generic"
grant = %q
token_url = %q
device_url = "http://127.0.0.1:1/device"
client_id = "fivemin"
client_secret_env = "LAB_SECRET"
scopes = ["imap"]
mechanism = "oauthbearer"
`, state, rep, imapPort, grant, tokenURL)
	cfg, err := config.Parse("oauth.toml", []byte(toml), config.Options{Getenv: func(string) string { return secret }})
	if err != nil {
		t.Fatal(err)
	}
	return cfg
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
	mbs, err := a.Mailboxes()
	if err != nil {
		t.Fatal(err)
	}
	c, err := mbs[rep].Open(context.Background())
	if err != nil {
		t.Fatalf("login with the configured OAuth client: %v", err)
	}
	c.Close()
	if as.Issued() != 1 {
		t.Errorf("%d tokens issued, want 1", as.Issued())
	}

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

// TestOAuthGrantNotYetSupported: grants that need a sign-in say so rather
// than failing at login.
func TestOAuthGrantNotYetSupported(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.db")
	cfg := oauthConfig(t, 1143, "http://127.0.0.1:1/token", "device", "s", state)
	a, err := New(Options{Config: Static(cfg), Ledger: openLedger(t, state), Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.accounts(cfg); err == nil || !strings.Contains(err.Error(), `grant "device" is not supported yet`) {
		t.Errorf("accounts: %v", err)
	}
}
