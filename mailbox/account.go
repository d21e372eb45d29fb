// Package mailbox connects fivemin to a rep's mail account: it watches the
// INBOX over IMAP (IDLE, or polling when the server lacks it), hands each new
// client email to a handler, puts the returned draft into the Drafts folder
// exactly once, sends drafts over SMTP and notices drafts the rep sent or
// deleted from their own mail client. Its state lives in bbolt buckets
// prefixed "mailbox.".
//
// Libraries, each for one thing: go-imap/v2's client speaks IMAP;
// go-message reads the headers of fetched mail and of drafts (Message-ID,
// References, the X-Fivemin-* token); go-mail's SMTP client sends a stored
// draft's bytes unchanged (the draft itself is composed by quoting, also
// with go-mail); bbolt keeps the state; mailbox/oauth supplies SASL
// clients for OAuth logins, and golang.org/x/oauth2 takes the [oauth.NAME]
// tables of the configuration ([OAuthTable]). Addresses are read with
// triage/address only.
//
// [Server] and [OAuthTable] are the configuration's account and OAuth
// sections: their Check methods fill in the defaults (ports from the TLS
// mode, a provider's endpoints, scopes and servers) and name each problem
// by its key, for the configuration to locate.
package mailbox

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
)

// TLSMode says how a connection is protected.
type TLSMode string

const (
	TLS      TLSMode = "tls"      // implicit TLS (IMAPS 993, SMTPS 465)
	StartTLS TLSMode = "starttls" // plaintext upgraded with STARTTLS (143, 587)
	NoTLS    TLSMode = "none"     // plaintext; refused unless the host is loopback
)

// Endpoint is one server of an account.
type Endpoint struct {
	Host     string
	Port     int
	TLS      TLSMode
	User     string
	Password string // the secret itself, already read from env or file
	// SASL, when set, logs in instead of Password: OAuth 2.0 (an
	// *oauth.Login from mailbox/oauth).
	SASL SASLLogin
	// TLSConfig overrides the TLS settings (e.g. RootCAs in tests). Its
	// ServerName defaults to Host.
	TLSConfig *tls.Config
	// HELO is the name an SMTP endpoint greets the server with (EHLO).
	// Default: the machine's host name, or "localhost" if it has none.
	HELO string
}

// SASLLogin hands out SASL clients to log in with. refused says the
// server turned down the previous client's credentials, so fresh ones are
// wanted (an access token may have been revoked before it expired). An
// error wrapping oauth.ErrRefused means the credentials themselves were
// refused (an AuthError); any other is a passing failure.
type SASLLogin interface {
	Client(ctx context.Context, user string, refused bool) (sasl.Client, error)
}

// helo is the EHLO name for e.
func (e Endpoint) helo() string {
	if e.HELO != "" {
		return e.HELO
	}
	if h, err := os.Hostname(); err == nil && h != "" && !strings.ContainsAny(h, " \t\r\n") {
		return h
	}
	return "localhost"
}

// Addr is host:port.
func (e Endpoint) Addr() string { return net.JoinHostPort(e.Host, fmt.Sprint(e.Port)) }

// tlsConfig returns the TLS settings to use for e.
func (e Endpoint) tlsConfig() *tls.Config {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if e.TLSConfig != nil {
		cfg = e.TLSConfig.Clone()
	}
	if cfg.ServerName == "" {
		cfg.ServerName = e.Host
	}
	return cfg
}

func (e Endpoint) validate(what string) error {
	var errs []error
	if e.Host == "" {
		errs = append(errs, fmt.Errorf("%s: host is empty", what))
	}
	if e.Port <= 0 || e.Port > 65535 {
		errs = append(errs, fmt.Errorf("%s: port %d out of range", what, e.Port))
	}
	switch e.TLS {
	case TLS, StartTLS:
	case NoTLS:
		if e.Host != "" && !IsLoopback(e.Host) {
			errs = append(errs, fmt.Errorf("%s: tls = \"none\" is only allowed to a loopback host, not %q", what, e.Host))
		}
	default:
		errs = append(errs, fmt.Errorf("%s: tls mode %q is not one of tls, starttls, none", what, e.TLS))
	}
	if strings.ContainsAny(e.HELO, " \t\r\n") {
		errs = append(errs, fmt.Errorf("%s: helo contains white space", what))
	}
	if strings.ContainsAny(e.User, "\r\n") {
		errs = append(errs, fmt.Errorf("%s: user contains a line break", what))
	}
	return errors.Join(errs...)
}

// IsLoopback reports whether host is this machine: a loopback IP literal
// (127.0.0.0/8, ::1) or the name "localhost". Other names are not looked
// up: DNS could answer differently at validation and at connection time, and
// plaintext passwords must never leave the machine on its word.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// Folders names the folders fivemin uses ([rep.folders] in the
// configuration). Empty names are discovered through SPECIAL-USE (RFC
// 6154), then common names, and created if missing.
type Folders struct {
	Inbox  string `toml:"inbox"` // default INBOX
	Drafts string `toml:"drafts"`
	Sent   string `toml:"sent"`
}

// FirstRun says which mail already in the INBOX the first run handles.
// The zero value handles only mail arriving after the first start.
type FirstRun struct {
	Unseen bool          // only messages without \Seen
	Since  time.Duration // only messages delivered within this long before the first start
}

// Account is one rep's mailbox and how to reach it.
type Account struct {
	// Name identifies the rep (e.g. their address). It keys the state and
	// enters every token, so it must not change.
	Name     string
	IMAP     Endpoint
	SMTP     Endpoint
	Folders  Folders
	FirstRun FirstRun

	// PollInterval is how often a server without IDLE is checked. Default 30s.
	PollInterval time.Duration
	// DisableIdle polls with NOOP every PollInterval even when the server
	// has IDLE. Dovecot delays IDLE notifications by 0.5s by design; a
	// short PollInterval without IDLE reacts faster, at a cost per poll.
	DisableIdle bool
	// IdleCheck is how often, while the main connection idles, a second
	// connection asks the server to look at the INBOX (NOOP with the INBOX
	// examined), for servers that announce new mail late over IDLE:
	// Dovecot 2.3 waits 0.5s. Zero or negative (the default) leaves IDLE
	// alone: one connection per account, as servers and their connection
	// limits expect. Against Dovecot the bench measured arrival-to-draft
	// p50 62ms and p99 108ms with a 100ms check (50ms: 30 and 59; 200ms:
	// 120 and 207; off: 367 and 527), for about 0.5ms of server CPU per
	// check on a virtual machine, i.e. 0.5% of a core per account. When
	// IDLE proves prompt the check slows to every 30s by itself. Less
	// than 10ms is refused.
	IdleCheck time.Duration
	// KeepAlive is how long one IDLE lasts before a NOOP proves the
	// connection alive. Default 4m (RFC 2177 asks for less than 29m).
	KeepAlive time.Duration
	// CommandTimeout bounds every IMAP command; a server silent for longer
	// is taken for dead and the connection closed. Default 60s.
	CommandTimeout time.Duration
	// DialTimeout bounds connecting and logging in. Default 30s.
	DialTimeout time.Duration
	// MaxMessageSize: larger messages are not downloaded. Default 25 MiB.
	MaxMessageSize int64
	// WatchInterval is how often Sent and Drafts are checked for drafts the
	// rep sent or deleted. Default 1m.
	WatchInterval time.Duration
	// DeleteGrace is how long a draft must be missing from both Drafts and
	// Sent before it counts as deleted (mail clients delete the draft
	// before or after saving the sent copy). Default 2m.
	DeleteGrace time.Duration
	// MaxBackoff caps the wait between reconnection attempts, so it is
	// also about the longest a mailbox takes to notice that its server is
	// back. Default 8s.
	MaxBackoff time.Duration
	// AuthRetry is the wait before logging in again after the server
	// refused the credentials: a wrong password does not mend itself, and
	// servers lock out accounts that keep trying. Default 5m.
	AuthRetry time.Duration
}

func (a *Account) setDefaults() {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&a.PollInterval, 30*time.Second)
	def(&a.KeepAlive, 4*time.Minute)
	def(&a.CommandTimeout, 60*time.Second)
	def(&a.DialTimeout, 30*time.Second)
	def(&a.WatchInterval, time.Minute)
	def(&a.DeleteGrace, 2*time.Minute)
	def(&a.MaxBackoff, 8*time.Second)
	def(&a.AuthRetry, 5*time.Minute)
	if a.MaxMessageSize <= 0 {
		a.MaxMessageSize = 25 << 20
	}
	if a.Folders.Inbox == "" {
		a.Folders.Inbox = "INBOX"
	}
}

// minIdleCheck keeps a typo from turning the check into a busy loop.
const minIdleCheck = 10 * time.Millisecond

// Validate reports every problem with the account at once.
func (a Account) Validate() error {
	var errs []error
	if strings.TrimSpace(a.Name) == "" {
		errs = append(errs, errors.New("account name is empty"))
	}
	if strings.ContainsAny(a.Name, "\x00\r\n") {
		errs = append(errs, errors.New("account name contains a control character"))
	}
	errs = append(errs, a.IMAP.validate("imap"))
	// SMTP is optional: an account may only draft.
	if a.SMTP.Host != "" {
		errs = append(errs, a.SMTP.validate("smtp"))
	}
	if a.IdleCheck > 0 && a.IdleCheck < minIdleCheck {
		errs = append(errs, fmt.Errorf("idle check every %v is below the %v minimum", a.IdleCheck, minIdleCheck))
	}
	if a.FirstRun.Since < 0 {
		errs = append(errs, errors.New("first_run since is negative"))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("account %q: %w", a.Name, err)
	}
	return nil
}
