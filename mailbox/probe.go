package mailbox

import (
	"cmp"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/textproto"
	"strings"
	"syscall"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/fivemin/fivemin/mailbox/oauth"
)

// Probe is what `fivemin check` learns about one account: whether its
// servers can be reached and logged in to, which IMAP capabilities fivemin
// relies on the server has, and where its folders are. Probing changes
// nothing on the server: no folder is created, no message sent.
type Probe struct {
	IMAP ServerProbe
	// SMTP is nil when the account has no SMTP server.
	SMTP *ServerProbe

	// Capabilities, meaningful only when IMAP.Err is nil. IMAP4rev2
	// implies the first three.
	Idle, UIDPlus, SpecialUse, Move bool

	Inbox, Drafts, Sent FolderProbe
}

// ServerProbe is the outcome of connecting and logging in to one server.
type ServerProbe struct {
	Addr string
	TLS  TLSMode
	User string
	// Problem sorts Err into what a person can act on; ProbeOK when Err is nil.
	Problem ProbeProblem
	Err     error
}

// ProbeProblem is the kind of failure a probe met.
type ProbeProblem string

const (
	ProbeOK          ProbeProblem = ""
	ProbeRefused     ProbeProblem = "connection refused" // nothing listens on the port
	ProbeUnreachable ProbeProblem = "unreachable"        // no route, unknown host name
	ProbeTimeout     ProbeProblem = "timed out"          // a firewall dropping packets, or a wrong port
	ProbeTLS         ProbeProblem = "TLS failed"         // certificate or protocol mismatch
	ProbeAuth        ProbeProblem = "login refused"      // the server refused the credentials
	ProbeOAuth       ProbeProblem = "no OAuth token"     // the token endpoint refused or was unreachable
	ProbeOther       ProbeProblem = "failed"             // anything else: the error says what
	ProbeFolders     ProbeProblem = "folder list failed" // logged in, but LIST failed
)

// FolderProbe says where a folder was found.
type FolderProbe struct {
	Name string
	// How: "configured", "special-use", "name" (a usual name), or "" when
	// the folder does not exist (the service creates it on first start).
	How string
}

// Found reports whether the folder exists.
func (f FolderProbe) Found() bool { return f.How != "" }

// ProbeAccount connects to a's IMAP server (and SMTP server, if any) as the
// service would, logs in, and reports what it found. It never returns an
// error: failures are in the Probe, sorted for people.
func ProbeAccount(ctx context.Context, a Account) Probe {
	a.setDefaults()
	if a.DialTimeout > 15*time.Second {
		a.DialTimeout = 15 * time.Second // a check should answer quickly
	}
	if a.CommandTimeout > 15*time.Second {
		a.CommandTimeout = 15 * time.Second
	}
	var p Probe
	p.IMAP = ServerProbe{Addr: a.IMAP.Addr(), TLS: a.IMAP.TLS, User: a.IMAP.User}
	if a.SMTP.Host != "" {
		sp := probeSMTP(ctx, a.SMTP, a.CommandTimeout)
		p.SMTP = &sp
	}
	if err := a.IMAP.validate("imap"); err != nil {
		p.IMAP.Problem, p.IMAP.Err = ProbeOther, err
		return p
	}
	if a.IMAP.SASL != nil {
		// Get the token first, so that a refused client secret or refresh
		// token is told apart from the server refusing the token.
		if _, err := a.IMAP.SASL.Client(ctx, a.IMAP.User, false); err != nil {
			p.IMAP.Problem, p.IMAP.Err = ProbeOAuth, err
			return p
		}
	}
	m := &Mailbox{acct: a, log: slog.New(slog.DiscardHandler)}
	s, err := m.connect(ctx, a.DialTimeout, a.CommandTimeout)
	if err != nil {
		p.IMAP.Problem, p.IMAP.Err = classify(err), err
		return p
	}
	defer s.close()
	caps := s.c.Caps()
	rev2 := caps.Has(imap.CapIMAP4rev2)
	p.Idle = rev2 || caps.Has(imap.CapIdle)
	p.UIDPlus = rev2 || caps.Has(imap.CapUIDPlus)
	p.SpecialUse = rev2 || caps.Has(imap.CapSpecialUse)
	p.Move = rev2 || caps.Has(imap.CapMove)
	if err := probeFolders(s, a.Folders, p.SpecialUse, &p); err != nil {
		p.IMAP.Problem, p.IMAP.Err = ProbeFolders, err
	}
	return p
}

// probeFolders finds the folders the way discoverFolders does, without
// creating the missing ones.
func probeFolders(s *session, want Folders, specialUse bool, p *Probe) error {
	list, err := s.listFolders(specialUse)
	if err != nil {
		return err
	}
	p.Inbox = chooseFolder(list, cmp.Or(want.Inbox, "INBOX"), "", nil)
	p.Drafts = chooseFolder(list, want.Drafts, imap.MailboxAttrDrafts, draftNames)
	p.Sent = chooseFolder(list, want.Sent, imap.MailboxAttrSent, sentNames)
	return nil
}

// probeSMTP connects, says EHLO, upgrades to TLS and authenticates, then
// quits without sending anything.
func probeSMTP(ctx context.Context, e Endpoint, timeout time.Duration) ServerProbe {
	sp := ServerProbe{Addr: e.Addr(), TLS: e.TLS, User: e.User}
	fail := func(err error) ServerProbe {
		sp.Problem, sp.Err = classify(err), err
		return sp
	}
	if err := e.validate("smtp"); err != nil {
		sp.Problem, sp.Err = ProbeOther, err
		return sp
	}
	opts, err := smtpOptions(e, timeout)
	if err != nil {
		sp.Problem, sp.Err = ProbeOther, err
		return sp
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	// The same dial as sending, with its one fresh OAuth token after a 535.
	client, sc, err := smtpDial(ctx, e, opts)
	if err != nil {
		var te *textproto.Error
		if errors.As(err, &te) && te.Code == 535 {
			err = &AuthError{User: e.User, Err: err} // a refused password
		}
		return fail(err)
	}
	if err := client.CloseWithSMTPClient(sc); err != nil {
		return fail(fmt.Errorf("smtp QUIT: %w", err))
	}
	return sp
}

// classify sorts a connection or login error for people.
func classify(err error) ProbeProblem {
	var ae *AuthError
	var dnsErr *net.DNSError
	var unknownCA x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var certInvalid x509.CertificateInvalidError
	var verifyErr *tls.CertificateVerificationError
	var recErr tls.RecordHeaderError
	var alert tls.AlertError
	var ne net.Error
	switch {
	case errors.Is(err, oauth.ErrRefused):
		return ProbeOAuth
	case errors.As(err, &ae):
		return ProbeAuth
	case errors.Is(err, syscall.ECONNREFUSED):
		return ProbeRefused
	case errors.As(err, &dnsErr), errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return ProbeUnreachable
	case errors.As(err, &unknownCA), errors.As(err, &hostErr), errors.As(err, &certInvalid),
		errors.As(err, &verifyErr), errors.As(err, &recErr), errors.As(err, &alert),
		strings.Contains(err.Error(), "TLS handshake"), strings.Contains(err.Error(), "STARTTLS"),
		strings.Contains(err.Error(), "tls:"):
		return ProbeTLS
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return ProbeTimeout
	}
	return ProbeOther
}
