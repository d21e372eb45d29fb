package mailbox

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/fivemin/fivemin/mailbox/mailtest"
	"github.com/fivemin/fivemin/mailbox/oauth"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

const (
	oauthClient = "fivemin-test"
	oauthSecret = "client-secret-3f9a"
)

// oauthLab is a Dovecot whose logins are checked against an AuthServer.
type oauthLab struct {
	d   *mailtest.Dovecot
	as  *mailtest.AuthServer
	log *lockedBuffer
}

func startOAuthLab(t *testing.T) *oauthLab {
	as := mailtest.StartAuthServer(t)
	d := mailtest.StartDovecotWith(t, mailtest.DovecotOptions{OAuth2: as.IntrospectURL})
	// The password is only for the harness's own reading of the mailbox.
	d.AddUser(t, rep, "harness-pw")
	as.AddClient(oauthClient, oauthSecret, rep)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("dovecot log:\n%s", d.Log())
		}
	})
	return &oauthLab{d: d, as: as, log: &lockedBuffer{}}
}

// account is rep's account logging in through login, with no password.
func (l *oauthLab) account(login *oauth.Login) Account {
	a := dovecotAccount(l.d, rep)
	a.IMAP.Password = ""
	a.IMAP.SASL = login
	a.AuthRetry = 200 * time.Millisecond
	return a
}

// clientCredentials is a Login with app-only tokens on the lab's clock.
func (l *oauthLab) clientCredentials(mech oauth.Mechanism, secret string) *oauth.Login {
	login := oauth.NewLogin(mech, oauth.ClientCredentials(&clientcredentials.Config{
		ClientID: oauthClient, ClientSecret: secret, TokenURL: l.as.TokenURL, Scopes: []string{"imap"},
	}))
	login.Now = l.as.Now
	return login
}

// start runs rep's mailbox logging in through login until the test ends.
func (l *oauthLab) start(t *testing.T, login *oauth.Login) *Mailbox {
	t.Helper()
	m := newMailbox(t, Config{Account: l.account(login), DB: tempDB(t), Logger: l.logger(t), Handle: newTestHandler().handle})
	runMailbox(t, m)
	return m
}

// draftFor delivers client mail n and waits for its draft.
func (l *oauthLab) draftFor(t *testing.T, n int, subject string) {
	t.Helper()
	l.d.Deliver(t, rep, clientMail(n, subject))
	tok := Token(rep, clientMail(n, subject))
	waitFor(t, "draft of "+subject, 10*time.Second, func() bool { return draftsByToken(t, l.d, rep)[tok] == 1 })
}

// expireAndRestart lets the tokens expire and restarts Dovecot (sessions
// dropped) with client mail n arriving meanwhile, and waits for its draft.
func (l *oauthLab) expireAndRestart(t *testing.T, n int, subject string) {
	t.Helper()
	l.as.Advance(2 * time.Hour)
	l.d.Stop()
	l.d.WriteMaildir(t, rep, "INBOX", clientMail(n, subject), false)
	l.d.Start()
	tok := Token(rep, clientMail(n, subject))
	waitFor(t, "draft after reconnect", 15*time.Second, func() bool { return draftsByToken(t, l.d, rep)[tok] == 1 })
}

// logger writes to the test and to l.log, which leaks() searches.
func (l *oauthLab) logger(t *testing.T) *slog.Logger {
	return slog.New(teeHandler{mailtest.Logger(t).Handler(), slog.NewTextHandler(l.log, &slog.HandlerOptions{Level: slog.LevelDebug})})
}

// leaks fails the test if a token or the client secret is in the logs or
// in any of errs.
func (l *oauthLab) leaks(t *testing.T, errs ...error) {
	t.Helper()
	text := l.log.String()
	for _, err := range errs {
		if err != nil {
			text += "\n" + err.Error()
		}
	}
	for _, s := range append(l.as.Tokens(), oauthSecret) {
		if strings.Contains(text, s) {
			t.Errorf("secret %.6s… appears in the logs or errors", s)
		}
	}
}

// TestDovecotOAuthClientCredentials logs in with app-only tokens over
// each mechanism and stores a draft.
func TestDovecotOAuthClientCredentials(t *testing.T) {
	t.Parallel()
	for _, mech := range []oauth.Mechanism{oauth.XOAUTH2, oauth.OAUTHBEARER} {
		t.Run(string(mech), func(t *testing.T) {
			t.Parallel()
			l := startOAuthLab(t)
			l.start(t, l.clientCredentials(mech, oauthSecret))
			l.draftFor(t, 1, "oauth login")
			if n := l.as.Issued(); n != 1 {
				t.Errorf("%d tokens issued, want 1", n)
			}
			if n := l.as.Refused(); n != 0 {
				t.Errorf("%d tokens refused by introspection, want 0", n)
			}
			// Dovecot's imap-login names the mechanism of every login.
			if !strings.Contains(l.d.Log(), "method="+string(mech)) {
				t.Errorf("dovecot logged no login with method=%s", mech)
			}
			l.leaks(t)
		})
	}
}

// TestDovecotOAuthExpiredTokenRefreshedBeforeReconnect lets the token
// expire and restarts Dovecot (sessions dropped): the mailbox must fetch a
// new token before logging in again, never offering the expired one, and
// lose no draft.
func TestDovecotOAuthExpiredTokenRefreshedBeforeReconnect(t *testing.T) {
	t.Parallel()
	l := startOAuthLab(t)
	l.start(t, l.clientCredentials(oauth.XOAUTH2, oauthSecret))
	l.draftFor(t, 1, "before expiry")
	l.expireAndRestart(t, 2, "while down")
	if n := l.as.Issued(); n != 2 {
		t.Errorf("%d tokens issued, want 2 (one before, one after expiry)", n)
	}
	if n := l.as.Refused(); n != 0 {
		t.Errorf("the expired token was offered to the server %d times, want 0", n)
	}
	if got := draftsByToken(t, l.d, rep); len(got) != 2 {
		t.Errorf("drafts %v, want 2", got)
	}
	l.leaks(t)
}

// TestDovecotOAuthRevokedTokenRetriedOnce revokes the access token behind
// the mailbox's back: the server refuses it once, a fresh one works.
func TestDovecotOAuthRevokedTokenRetriedOnce(t *testing.T) {
	t.Parallel()
	l := startOAuthLab(t)
	m := newMailbox(t, Config{Account: l.account(l.clientCredentials(oauth.OAUTHBEARER, oauthSecret)), DB: tempDB(t), Logger: l.logger(t), Handle: newTestHandler().handle})
	s, err := m.dial(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	s.close()
	l.as.RevokeAll() // the client itself stays registered
	s, err = m.dial(context.Background())
	if err != nil {
		t.Fatalf("second login with a revoked token: %v", err)
	}
	s.close()
	if n, r := l.as.Issued(), l.as.Refused(); n != 2 || r != 1 {
		t.Errorf("issued %d, refused %d; want 2 and 1", n, r)
	}
	l.leaks(t)
}

// TestDovecotOAuthRefused covers credentials no retry mends: each must be
// a permanent AuthError, shown in Status, with nothing secret logged.
func TestDovecotOAuthRefused(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name         string
		setup        func(t *testing.T, l *oauthLab) *oauth.Login
		fromOAuthSrv bool   // refused by the token endpoint rather than by Dovecot
		wantLog      string // what to do, in the ERROR line
	}{
		{"wrong client secret", func(_ *testing.T, l *oauthLab) *oauth.Login {
			return l.clientCredentials(oauth.XOAUTH2, "not-the-secret")
		}, true, "check the OAuth client, its secret and the admin consent"},
		{"token for another mailbox", func(_ *testing.T, l *oauthLab) *oauth.Login {
			l.as.AddClient("other", oauthSecret, "someone@example.com")
			login := oauth.NewLogin(oauth.XOAUTH2, oauth.ClientCredentials(&clientcredentials.Config{
				ClientID: "other", ClientSecret: oauthSecret, TokenURL: l.as.TokenURL,
			}))
			login.Now = l.as.Now
			return login
		}, false, "check the OAuth client"},
		{"revoked refresh token", func(_ *testing.T, l *oauthLab) *oauth.Login {
			store := &memStore{rt: l.as.IssueRefreshToken(oauthClient, rep)}
			l.as.RevokeAll()
			return oauth.NewLogin(oauth.XOAUTH2, oauth.Refresh(l.oauth2Config(), store))
		}, true, "or sign the rep in again"},
		{"service account without delegation for the rep", func(t *testing.T, l *oauthLab) *oauth.Login {
			return l.serviceAccount(t, "someone-else@example.com")
		}, true, "the Google Workspace admin must allow domain-wide delegation to client ID 100000000000000000001 with the scope https://mail.google.com/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			l := startOAuthLab(t)
			m := newMailbox(t, Config{Account: l.account(tt.setup(t, l)), DB: tempDB(t), Logger: l.logger(t), Handle: newTestHandler().handle})
			_, err := m.dial(context.Background())
			var ae *AuthError
			if !errors.As(err, &ae) {
				t.Fatalf("login: %v, want an AuthError", err)
			}
			if got := errors.Is(err, oauth.ErrRefused); got != tt.fromOAuthSrv {
				t.Errorf("errors.Is(err, oauth.ErrRefused) = %v, want %v (err %v)", got, tt.fromOAuthSrv, err)
			}
			runMailbox(t, m)
			// Status turns before the ERROR line is written: wait for both.
			waitFor(t, "auth failure in status and in the log", 10*time.Second, func() bool {
				return m.Status().AuthFailed && strings.Contains(l.log.String(), "refused the login")
			})
			if line := errorLine(l.log.String()); !strings.Contains(line, tt.wantLog) {
				t.Errorf("ERROR line %q\nwant %q in it", line, tt.wantLog)
			}
			// Once: the retries that follow are at DEBUG.
			waitFor(t, "a retry", 10*time.Second, func() bool { return strings.Contains(l.log.String(), "failed again") })
			if n := strings.Count(l.log.String(), "level=ERROR"); n != 1 {
				t.Errorf("%d ERROR lines, want 1", n)
			}
			l.leaks(t, err, errors.New(m.Status().Error))
		})
	}
}

// TestDovecotOAuthRefreshGrant logs in with a stored refresh token, as the
// device and authorization-code grants leave one, and stores the rotated
// refresh token.
func TestDovecotOAuthRefreshGrant(t *testing.T) {
	t.Parallel()
	l := startOAuthLab(t)
	first := l.as.IssueRefreshToken(oauthClient, rep)
	store := &memStore{rt: first}
	login := oauth.NewLogin(oauth.XOAUTH2, oauth.Refresh(l.oauth2Config(), store))
	login.Now = l.as.Now
	l.start(t, login)
	l.draftFor(t, 1, "refresh grant")
	if rt, saves := store.get(); rt == first || saves != 1 {
		t.Errorf("refresh token rotated %d times (changed: %v), want once", saves, rt != first)
	}
	l.leaks(t)
}

func (l *oauthLab) oauth2Config() *oauth2.Config {
	return &oauth2.Config{ClientID: oauthClient, ClientSecret: oauthSecret, Endpoint: oauth2.Endpoint{TokenURL: l.as.TokenURL}}
}

// memStore is an oauth.RefreshStore in memory.
type memStore struct {
	mu    sync.Mutex
	rt    string
	saves int
}

func (s *memStore) Load(context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rt, nil
}

func (s *memStore) Save(_ context.Context, rt string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rt, s.saves = rt, s.saves+1
	return nil
}

func (s *memStore) get() (string, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rt, s.saves
}

// lockedBuffer is a bytes.Buffer for concurrent writers.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// teeHandler sends every record to two handlers.
type teeHandler struct{ a, b slog.Handler }

func (h teeHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.a.Enabled(ctx, l) || h.b.Enabled(ctx, l)
}

func (h teeHandler) Handle(ctx context.Context, r slog.Record) error {
	return errors.Join(h.a.Handle(ctx, r.Clone()), h.b.Handle(ctx, r.Clone()))
}

func (h teeHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return teeHandler{h.a.WithAttrs(as), h.b.WithAttrs(as)}
}

func (h teeHandler) WithGroup(g string) slog.Handler {
	return teeHandler{h.a.WithGroup(g), h.b.WithGroup(g)}
}

// TestPostfixOAuthSend sends a draft through Postfix, which asks Dovecot's
// SASL service and so its oauth2 passdb, over XOAUTH2 and OAUTHBEARER; a
// revoked token is replaced once; a refused client is an AuthError.
func TestPostfixOAuthSend(t *testing.T) {
	l := startOAuthLab(t)
	p := mailtest.StartPostfix(t, l.d)
	l.d.AddUser(t, "client@client.test", "pw")
	l.d.AddUser(t, "archive@example.com", "pw")
	for i, mech := range []oauth.Mechanism{oauth.XOAUTH2, oauth.OAUTHBEARER} {
		t.Run(string(mech), func(t *testing.T) {
			acct := l.account(l.clientCredentials(mech, oauthSecret))
			smtpLogin := &countingLogin{l: l.clientCredentials(mech, oauthSecret)}
			acct.SMTP = Endpoint{Host: "127.0.0.1", Port: p.Port, TLS: StartTLS, User: rep, SASL: smtpLogin,
				TLSConfig: &tls.Config{RootCAs: p.CertPool}}
			m := newMailbox(t, Config{Account: acct, DB: tempDB(t), Logger: l.logger(t), Handle: newTestHandler().handle})
			ctx := context.Background()
			issued := l.as.Issued()
			for j, revoke := range []bool{false, true} {
				tok := strings.Repeat(fmt.Sprintf("%d%d", i, j), 16)
				if _, err := m.AppendDraft(ctx, tok, sendDraft(tok, "It is filed.")); err != nil {
					t.Fatal(err)
				}
				if revoke {
					l.as.RevokeAll()
				}
				if _, err := m.Send(ctx, tok, false); err != nil {
					t.Fatalf("send (revoked first: %v): %v\npostfix log:\n%s", revoke, err, p.Log())
				}
			}
			// SMTP fetched a token for the first send, reused it for the
			// second, was refused and fetched a new one.
			if calls, refused := smtpLogin.counts(); calls != 3 || refused != 1 {
				t.Errorf("SMTP asked for %d clients, %d after a refusal; want 3 and 1", calls, refused)
			}
			if l.as.Issued() == issued {
				t.Error("no token issued")
			}
			if !strings.Contains(p.Log(), "sasl_method="+string(mech)) {
				t.Errorf("postfix logged no login with sasl_method=%s", mech)
			}
			l.leaks(t)
		})
	}
	t.Run("refused client", func(t *testing.T) {
		acct := l.account(l.clientCredentials(oauth.XOAUTH2, oauthSecret))
		bad := l.clientCredentials(oauth.XOAUTH2, "wrong")
		acct.SMTP = Endpoint{Host: "127.0.0.1", Port: p.Port, TLS: StartTLS, User: rep, SASL: bad,
			TLSConfig: &tls.Config{RootCAs: p.CertPool}}
		m := newMailbox(t, Config{Account: acct, DB: tempDB(t), Logger: l.logger(t), Handle: newTestHandler().handle})
		tok := strings.Repeat("e9", 16)
		if _, err := m.AppendDraft(context.Background(), tok, sendDraft(tok, "It is filed.")); err != nil {
			t.Fatal(err)
		}
		_, err := m.Send(context.Background(), tok, false)
		var ae *AuthError
		if !errors.As(err, &ae) || !errors.Is(err, oauth.ErrRefused) {
			t.Errorf("send with a refused client: %v, want an AuthError wrapping oauth.ErrRefused", err)
		}
		if r, _ := m.Lookup(tok); r == nil || r.State != DraftWaiting {
			t.Errorf("record %+v, want still waiting", r)
		}
		l.leaks(t, err)
	})
}

// countingLogin counts the clients asked of a SASLLogin.
type countingLogin struct {
	l              *oauth.Login
	mu             sync.Mutex
	calls, refused int
}

func (c *countingLogin) Client(ctx context.Context, user string, refused bool) (sasl.Client, error) {
	c.mu.Lock()
	c.calls++
	if refused {
		c.refused++
	}
	c.mu.Unlock()
	return c.l.Client(ctx, user, refused)
}

func (c *countingLogin) counts() (calls, refused int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.calls, c.refused
}

// errorLine is the first ERROR record in a text log.
func errorLine(log string) string {
	for _, line := range strings.Split(log, "\n") {
		if strings.Contains(line, "level=ERROR") {
			return line
		}
	}
	return ""
}

// serviceAccount is a Login through a Google-style service account whose
// domain-wide delegation covers users, on the lab's clock.
func (l *oauthLab) serviceAccount(t *testing.T, users ...string) *oauth.Login {
	key, err := oauth.ParseServiceAccountKey(l.as.NewServiceAccount(t, "fivemin@firm.iam.gserviceaccount.test", users...))
	if err != nil {
		t.Fatal(err)
	}
	login := oauth.NewLogin(oauth.OAUTHBEARER, oauth.ServiceAccount(key, l.as.TokenURL, []string{oauth.GoogleMailScope}, rep))
	login.Now = l.as.Now
	return login
}

// TestDovecotOAuthServiceAccount: domain-wide delegation logs the rep in
// (the token endpoint checks the signed assertion, Dovecot's introspection
// gets the rep as the token's user) and a draft is stored; the token is
// replaced after it expires and Dovecot restarts.
func TestDovecotOAuthServiceAccount(t *testing.T) {
	t.Parallel()
	l := startOAuthLab(t)
	l.start(t, l.serviceAccount(t, rep))
	l.draftFor(t, 1, "delegated")
	l.expireAndRestart(t, 2, "after expiry")
	if n, r := l.as.Issued(), l.as.Refused(); n != 2 || r != 0 {
		t.Errorf("issued %d, refused %d; want 2 and 0", n, r)
	}
	if !strings.Contains(l.d.Log(), "method=OAUTHBEARER") {
		t.Error("dovecot logged no OAUTHBEARER login")
	}
	l.leaks(t)
}

// TestDovecotOAuthAuthorizationCode signs the rep in with the installed-app
// flow (the test is the browser), then the stored refresh token logs the
// rep into Dovecot and a draft is stored.
func TestDovecotOAuthAuthorizationCode(t *testing.T) {
	t.Parallel()
	l := startOAuthLab(t)
	cfg := l.oauth2Config()
	cfg.Endpoint.AuthURL = l.as.AuthorizeURL
	store := &memStore{}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var page string
	err := oauth.AuthCodeLogin(ctx, cfg, store, oauth.CodeOptions{LoginHint: rep}, func(u string) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			t.Error(err)
			return
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		page = string(b)
	})
	if err != nil {
		t.Fatalf("sign-in: %v", err)
	}
	if !strings.Contains(page, "Signed in") {
		t.Errorf("browser page:\n%s", page)
	}
	l.signedIn(t, cfg, store, "installed app", errors.New(page))
}

// TestDovecotOAuthDevice signs the rep in with the device grant (the test
// approves the code the way the rep would on the provider's page), then the
// stored refresh token logs the rep into Dovecot and a draft is stored.
func TestDovecotOAuthDevice(t *testing.T) {
	t.Parallel()
	l := startOAuthLab(t)
	cfg := l.oauth2Config()
	cfg.Endpoint.DeviceAuthURL = l.as.DeviceURL
	store := &memStore{}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var shown string
	err := oauth.DeviceLogin(ctx, cfg, store, func(uri, code string) {
		shown = uri + " " + code
		l.as.Approve(code, rep)
	})
	if err != nil {
		t.Fatalf("device sign-in: %v", err)
	}
	if rt, saves := store.get(); rt == "" || saves != 1 {
		t.Fatalf("after the sign-in the store holds %q (%d saves), want one refresh token", rt, saves)
	}
	l.signedIn(t, cfg, store, "device sign-in", errors.New(shown))
}

// signedIn runs a mailbox that logs in with the refresh token a sign-in
// left in store, checks a draft is stored over an XOAUTH2 login, and that
// nothing secret reached the logs or shown (what the sign-in displayed).
func (l *oauthLab) signedIn(t *testing.T, cfg *oauth2.Config, store *memStore, subject string, shown error) {
	t.Helper()
	login := oauth.NewLogin(oauth.XOAUTH2, oauth.Refresh(cfg, store))
	login.Now = l.as.Now
	l.start(t, login)
	l.draftFor(t, 1, subject)
	if !strings.Contains(l.d.Log(), "method=XOAUTH2") {
		t.Error("dovecot logged no XOAUTH2 login")
	}
	l.leaks(t, shown)
}
