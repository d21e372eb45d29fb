package mailbox

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/mail"
	"net/textproto"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-sasl"

	"github.com/fivemin/fivemin/mailbox/oauth"
	"github.com/fivemin/fivemin/triage/address"
	gomail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"
	"go.etcd.io/bbolt"
)

var (
	// ErrNotDraft: the token has no fivemin draft waiting.
	ErrNotDraft = errors.New("no fivemin draft for this token")
	// ErrAlreadySent: the draft was sent before.
	ErrAlreadySent = errors.New("draft already sent")
	// ErrSendUnknown: an earlier Send stopped after starting SMTP and the
	// copy is not in Sent, so whether the client got it is unknown. Send
	// again with force to resend.
	ErrSendUnknown = errors.New("earlier send of this draft was interrupted; it may have gone out")
)

// errAfterData: the message was transmitted but the server's verdict was
// not received (or was a rejection we cannot tell from a lost reply).
var errAfterData = errors.New("smtp: no clear answer after DATA")

// SendResult says what Send did.
type SendResult struct {
	Token      string
	SentUID    uint32 // in Sent, 0 without UIDPLUS
	Recipients []string
}

// Send sends the fivemin draft for token as it is now in Drafts (with the
// rep's edits, if any), over SMTP with go-mail; it then APPENDs the copy
// to Sent with \Seen and removes the draft from Drafts, and reports the
// SentEvent (Via "fivemin").
//
// A draft with text left in brackets is refused (*PlaceholderError,
// naming it): answer placeholders go out only with force, notes to the
// rep never. force also resends after ErrSendUnknown.
//
// The body goes out verbatim (go-mail's SMTP client, raw DATA) rather
// than through mail.EMLToMsgFromReader: re-rendering would change
// boundaries and encodings, and the rep approved exactly these bytes.
// Only the header is edited (see outgoing): dated now, and without Bcc,
// X-Fivemin-* and mail programs' draft-only fields on the wire.
func (m *Mailbox) Send(ctx context.Context, token string, force bool) (SendResult, error) {
	res := SendResult{Token: token}
	rec, err := m.sendable(token)
	if err != nil {
		return res, err
	}
	s, err := m.dial(ctx)
	if err != nil {
		return res, fmt.Errorf("send: %w", err)
	}
	defer s.close()

	if rec.State == DraftSending {
		if done, err := m.resumeSend(ctx, s, token, force, &res); done || err != nil {
			return res, err
		}
	}
	draftUIDs, raw, err := m.readDraft(s, token, force)
	if err != nil {
		return res, err
	}
	from, rcpts, err := envelope(raw)
	if err != nil {
		return res, fmt.Errorf("send %s: %w", token, err)
	}
	res.Recipients = rcpts
	// Dated now, not when drafted; internal fields stay home.
	wire, sentCopy := outgoing(raw, m.now())

	if err := m.transmit(ctx, token, from, rcpts, wire); err != nil {
		return res, err
	}
	data, err := s.appendMsg(s.folders.Sent, sentCopy, imap.FlagSeen)
	if err != nil {
		return res, fmt.Errorf("sent, but saving the copy in %s failed: %w", s.folders.Sent, err)
	}
	res.SentUID = uint32(data.UID)
	if err := m.finishSend(ctx, s, token, sentCopy, res.SentUID); err != nil {
		return res, err
	}
	// Remove the draft last: if this fails the draft stays but is marked sent.
	if err := m.removeDrafts(s, draftUIDs); err != nil {
		return res, fmt.Errorf("sent, but removing the draft failed: %w", err)
	}
	return res, nil
}

// sendable returns token's record if Send may send it: checked before
// dialling, since these answers need no server.
func (m *Mailbox) sendable(token string) (*Record, error) {
	if !ValidToken(token) {
		return nil, fmt.Errorf("send: %q is not a token", token)
	}
	if m.acct.SMTP.Host == "" {
		return nil, fmt.Errorf("send: account %q has no SMTP server configured", m.acct.Name)
	}
	rec, err := m.Lookup(token)
	if err != nil {
		return nil, err
	}
	switch {
	case rec == nil || rec.Outcome != OutcomeDrafted:
		return nil, fmt.Errorf("send %s: %w", token, ErrNotDraft)
	case rec.State == DraftSent:
		return nil, fmt.Errorf("send %s: %w", token, ErrAlreadySent)
	}
	return rec, nil
}

// resumeSend settles an earlier attempt that stopped after SMTP DATA
// (state DraftSending): if its copy is in Sent, the send is finished
// (done). Otherwise whether it went out is unknown, and only force sends
// again.
func (m *Mailbox) resumeSend(ctx context.Context, s *session, token string, force bool, res *SendResult) (done bool, err error) {
	if _, err := s.selectBox(s.folders.Sent, true); err != nil {
		return false, err
	}
	uids, err := s.findToken(token)
	if err != nil {
		return false, err
	}
	if len(uids) > 0 {
		res.SentUID = uint32(uids[len(uids)-1])
		return true, m.finishSend(ctx, s, token, nil, res.SentUID)
	}
	if !force {
		return false, fmt.Errorf("send %s: %w", token, ErrSendUnknown)
	}
	return false, nil
}

// readDraft fetches the newest copy of token's draft from Drafts, with the
// UIDs of all its copies (removed once sent), refusing one with
// placeholders left (see Send).
func (m *Mailbox) readDraft(s *session, token string, force bool) ([]imap.UID, []byte, error) {
	if _, err := s.selectBox(s.folders.Drafts, false); err != nil {
		return nil, nil, err
	}
	uids, err := s.findToken(token)
	if err != nil {
		return nil, nil, err
	}
	if len(uids) == 0 {
		return nil, nil, fmt.Errorf("send %s: %w (not in %s)", token, ErrNotDraft, s.folders.Drafts)
	}
	raw, err := s.fetchRaw(uids[len(uids)-1], m.acct.MaxMessageSize) // the newest copy
	if err != nil {
		return nil, nil, err
	}
	placeholders, notes, err := findPlaceholders(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("send %s: %w", token, err)
	}
	if len(notes) > 0 || len(placeholders) > 0 && !force {
		return nil, nil, fmt.Errorf("send %s: %w", token, &PlaceholderError{Placeholders: placeholders, Notes: notes})
	}
	if len(placeholders) > 0 {
		m.log.Warn("sending a draft with placeholders left, as forced", "token", token, "placeholders", len(placeholders))
	}
	return uids, raw, nil
}

// transmit marks token DraftSending and sends wire over SMTP. The mark
// comes first so that a crash mid-send is seen by the next Send
// (resumeSend); it is undone when nothing can have gone out.
func (m *Mailbox) transmit(ctx context.Context, token, from string, rcpts []string, wire []byte) error {
	if err := m.setState(token, DraftSending); err != nil {
		return err
	}
	if err := m.smtpSend(ctx, from, rcpts, wire); err != nil {
		// Nothing went out unless DATA was accepted; go back to waiting.
		if !errors.Is(err, errAfterData) {
			if serr := m.setState(token, DraftWaiting); serr != nil {
				err = errors.Join(err, serr)
			}
		}
		return fmt.Errorf("send %s: %w", token, err)
	}
	m.log.Info("draft sent", "token", token, "recipients", len(rcpts))
	return nil
}

// removeDrafts flags fivemin's drafts uids \Deleted in Drafts and expunges
// exactly those (UID EXPUNGE, RFC 4315). Without UIDPLUS they stay
// flagged: a plain EXPUNGE would also remove every draft the rep flagged
// \Deleted, and their mail client expunges ours with them.
func (m *Mailbox) removeDrafts(s *session, uids []imap.UID) error {
	if _, err := s.selectBox(s.folders.Drafts, false); err != nil {
		return err
	}
	set := imap.UIDSetNum(uids...)
	s.arm(0)
	defer s.disarm()
	err := s.c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close()
	if err != nil {
		return err
	}
	if !s.uidplus {
		m.log.Debug("sent draft flagged deleted, not expunged: the server lacks UIDPLUS", "uids", len(uids))
		return nil
	}
	return s.c.UIDExpunge(set).Close()
}

func (m *Mailbox) setState(token string, st DraftState) error {
	m.tokMu.Lock()
	defer m.tokMu.Unlock()
	return m.db.Update(func(tx *bbolt.Tx) error {
		r, err := m.st.record(tx, token)
		if err != nil {
			return err
		}
		if r == nil {
			return errNoRecord
		}
		r.State, r.Updated = st, m.now()
		if st == DraftSending {
			r.SentVia = "fivemin"
		}
		return m.st.putRecord(tx, r)
	})
}

// finishSend records the token as sent and reports it once.
func (m *Mailbox) finishSend(ctx context.Context, s *session, token string, raw []byte, uid uint32) error {
	if raw == nil {
		if _, err := s.selectBox(s.folders.Sent, true); err == nil {
			raw, _ = s.fetchRaw(imap.UID(uid), m.acct.MaxMessageSize)
		}
	}
	h, _ := readHeader(raw)
	ev := SentEvent{Account: m.acct.Name, Token: token, QuoteID: strings.TrimSpace(h.Get(HeaderQuoteID)), Via: "fivemin", UID: uid, Raw: raw}
	report, err := m.markSent(token, &ev)
	if err != nil {
		return err
	}
	if report && m.onSent != nil {
		m.onSent(ctx, ev)
	}
	return nil
}

// envelope returns the SMTP sender and recipients (To, Cc and Bcc) of raw.
func envelope(raw []byte) (from string, rcpts []string, err error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return "", nil, fmt.Errorf("parse draft: %w", err)
	}
	// The rep may have edited the draft: read it with the parser triage
	// reads senders with, so an encoded display name can never choose a
	// recipient.
	fa, err := address.Parse(msg.Header.Get("From"))
	if err != nil {
		return "", nil, fmt.Errorf("draft has no usable From: %w", err)
	}
	from = fa.Address
	seen := map[string]bool{}
	for _, field := range []string{"To", "Cc", "Bcc"} {
		if msg.Header.Get(field) == "" {
			continue
		}
		list, err := address.ParseList(msg.Header.Get(field))
		if err != nil {
			return "", nil, fmt.Errorf("draft %s: %w", field, err)
		}
		for _, a := range list {
			k := strings.ToLower(a.Address)
			if !seen[k] {
				seen[k] = true
				rcpts = append(rcpts, a.Address)
			}
		}
	}
	if len(rcpts) == 0 {
		return "", nil, errors.New("draft has no recipients")
	}
	return from, rcpts, nil
}

// smtpSASL lets go-mail's SMTP client speak a go-sasl mechanism.
type smtpSASL struct{ c sasl.Client }

func (a smtpSASL) Start(*smtp.ServerInfo) (string, []byte, error) { return a.c.Start() }

func (a smtpSASL) Next(challenge []byte, more bool) ([]byte, error) {
	if !more {
		return nil, nil
	}
	return a.c.Next(challenge)
}

// smtpSend transmits wire with go-mail's SMTP client: TLS or STARTTLS
// (mandatory), AUTH when a user is set; plaintext only to loopback.
func (m *Mailbox) smtpSend(ctx context.Context, from string, rcpts []string, wire []byte) error {
	e := m.acct.SMTP
	opts, err := smtpOptions(e, m.acct.CommandTimeout)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, m.acct.CommandTimeout)
	defer cancel()
	client, sc, err := smtpDial(ctx, e, opts)
	if err != nil {
		return err
	}
	defer func() { _ = client.CloseWithSMTPClient(sc) }() // the message's fate is known by now
	if err := sc.UpdateDeadline(m.acct.CommandTimeout + time.Duration(len(wire)/10000)*time.Second); err != nil {
		return fmt.Errorf("smtp: %w", err)
	}
	return smtpTransaction(sc, from, rcpts, wire)
}

// smtpOptions configures go-mail's client for e: its TLS mode, and
// password AUTH when a user is set without SASL.
func smtpOptions(e Endpoint, timeout time.Duration) ([]gomail.Option, error) {
	opts := []gomail.Option{
		gomail.WithPort(e.Port),
		gomail.WithTimeout(timeout),
		gomail.WithTLSConfig(e.tlsConfig()),
		gomail.WithHELO(e.helo()),
	}
	switch e.TLS {
	case TLS:
		opts = append(opts, gomail.WithSSL())
	case StartTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	case NoTLS:
		if !IsLoopback(e.Host) {
			return nil, fmt.Errorf("refusing plaintext SMTP to non-loopback host %q", e.Host)
		}
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if e.User != "" && e.SASL == nil {
		auth := gomail.SMTPAuthAutoDiscover
		if e.TLS == NoTLS {
			auth = gomail.SMTPAuthPlainNoEnc // loopback only, checked above
		}
		opts = append(opts, gomail.WithSMTPAuth(auth), gomail.WithUsername(e.User), gomail.WithPassword(e.Password))
	}
	return opts, nil
}

// smtpDial connects and authenticates. With SASL (OAuth), a token the
// server refuses is replaced once, as for IMAP.
func smtpDial(ctx context.Context, e Endpoint, opts []gomail.Option) (*gomail.Client, *smtp.Client, error) {
	for refused := false; ; refused = true {
		o := opts
		if e.SASL != nil {
			c, err := e.SASL.Client(ctx, e.User, refused)
			if errors.Is(err, oauth.ErrRefused) {
				return nil, nil, &AuthError{User: e.User, Err: err}
			}
			if err != nil {
				return nil, nil, fmt.Errorf("get an OAuth token for %q: %w", e.User, err)
			}
			o = append(slices.Clip(opts), gomail.WithSMTPAuthCustom(smtpSASL{c}))
		}
		client, err := gomail.NewClient(e.Host, o...)
		if err != nil {
			return nil, nil, fmt.Errorf("smtp client: %w", err)
		}
		sc, err := client.DialToSMTPClientWithContext(ctx)
		if err == nil {
			return client, sc, nil
		}
		// RFC 4954 §6: 535 is credentials the server refused.
		var te *textproto.Error
		if e.SASL != nil && errors.As(err, &te) && te.Code == 535 {
			if !refused {
				continue
			}
			return nil, nil, &AuthError{User: e.User, Err: err}
		}
		return nil, nil, fmt.Errorf("smtp connect %s: %w", e.Addr(), err)
	}
}

// smtpTransaction sends wire from from to rcpts. An error once DATA's end
// was written wraps errAfterData: the message may have gone out.
func smtpTransaction(sc *smtp.Client, from string, rcpts []string, wire []byte) error {
	// The addresses are addr-specs as written (a quoted local part keeps
	// its quotes): the SMTP path is just the brackets around them.
	if err := sc.Mail("<" + from + ">"); err != nil {
		return fmt.Errorf("smtp MAIL FROM: %w", err)
	}
	for _, r := range rcpts {
		if err := sc.Rcpt("<" + r + ">"); err != nil {
			return fmt.Errorf("smtp RCPT TO: %w", err)
		}
	}
	w, err := sc.Data()
	if err != nil {
		return fmt.Errorf("smtp DATA: %w", err)
	}
	if _, err := w.Write(wire); err != nil {
		return fmt.Errorf("smtp DATA: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("%w: %v", errAfterData, err)
	}
	return nil
}
