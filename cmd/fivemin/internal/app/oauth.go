package app

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/oauth"
)

// oauthLogins keeps one *oauth.Login per OAuth setting and mailbox user,
// so that a reload that changes neither keeps the Login (and its token),
// and comparing the old and new accounts sees no change.
type oauthLogins struct {
	mu sync.Mutex
	m  map[string]*oauth.Login
}

// oauthEndpoint gives e the SASL login of the [oauth.NAME] table name.
func (a *App) oauthEndpoint(cfg *config.Config, e *mailbox.Endpoint, rep, name string) error {
	if name == "" {
		return nil
	}
	o, ok := cfg.OAuth[name]
	if !ok {
		return fmt.Errorf("no [oauth.%s] table", name) // checked at load
	}
	fetch, err := o.Fetch(o.ClientSecret.Reveal(), e.User, oauth.NewTokens(a.db).Store(rep, name))
	if err != nil {
		return fmt.Errorf("[oauth.%s]: %w", name, err)
	}
	// The key holds a digest of the secret, not the secret.
	sum := sha256.Sum256([]byte(o.ClientSecret.Reveal()))
	key := strings.Join([]string{rep, e.User, o.Grant, o.TokenURL, o.ClientID, hex.EncodeToString(sum[:]), strings.Join(o.Scopes, " "), string(o.SASLMechanism())}, "\x00")
	a.logins.mu.Lock()
	defer a.logins.mu.Unlock()
	if a.logins.m == nil {
		a.logins.m = map[string]*oauth.Login{}
	}
	l := a.logins.m[key]
	if l == nil {
		l = oauth.NewLogin(o.SASLMechanism(), fetch)
		a.logins.m[key] = l
	}
	e.SASL = l
	return nil
}

// smtpOAuth is oauthEndpoint for the optional [rep.smtp].
func (a *App) smtpOAuth(cfg *config.Config, e *mailbox.Endpoint, rep string, s *config.Server) error {
	if s == nil {
		return nil
	}
	return a.oauthEndpoint(cfg, e, rep, s.OAuth)
}
