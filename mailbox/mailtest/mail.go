package mailtest

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"net/textproto"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Deliver hands raw to Dovecot over LMTP for rcpt, as a real MTA would.
func (d *Dovecot) Deliver(t TB, rcpt string, raw []byte) {
	t.Helper()
	if err := d.DeliverErr(rcpt, raw); err != nil {
		t.Fatalf("mailtest: deliver to %s: %v", rcpt, err)
	}
}

// DeliverErr is Deliver returning its error, for use outside the test
// goroutine (benchmarks, helpers).
func (d *Dovecot) DeliverErr(rcpt string, raw []byte) error {
	c, err := net.DialTimeout("tcp", d.LMTPAddr(), 5*time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(30 * time.Second))
	tp := textproto.NewConn(c)
	step := func(code int, format string, args ...any) error {
		if format != "" {
			if err := tp.PrintfLine(format, args...); err != nil {
				return err
			}
		}
		_, _, err := tp.ReadResponse(code)
		return err
	}
	if err := step(220, ""); err != nil {
		return fmt.Errorf("greeting: %w", err)
	}
	if err := step(250, "LHLO mailtest"); err != nil {
		return fmt.Errorf("LHLO: %w", err)
	}
	if err := step(250, "MAIL FROM:<sender@mailtest.invalid>"); err != nil {
		return fmt.Errorf("MAIL: %w", err)
	}
	if err := step(250, "RCPT TO:<%s>", rcpt); err != nil {
		return fmt.Errorf("RCPT: %w", err)
	}
	if err := step(354, "DATA"); err != nil {
		return fmt.Errorf("DATA: %w", err)
	}
	w := tp.DotWriter()
	if _, err := w.Write(raw); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if _, _, err := tp.ReadResponse(250); err != nil { // one reply per recipient
		return fmt.Errorf("after DATA: %w", err)
	}
	_ = tp.PrintfLine("QUIT") // the message is accepted already
	return nil
}

var maildirSeq atomic.Int64

// WriteMaildir stores raw directly in a user's Maildir folder (mailbox ""
// or "INBOX" is the inbox), bypassing Dovecot: the fast way to seed many
// messages. Dovecot assigns UIDs when it next looks at the folder.
func (d *Dovecot) WriteMaildir(t TB, user, mailbox string, raw []byte, seen bool) {
	t.Helper()
	if err := d.WriteMaildirErr(user, mailbox, raw, seen, time.Now()); err != nil {
		t.Fatal(err)
	}
}

// WriteMaildirErr is WriteMaildir with an explicit delivery time (the
// message's INTERNALDATE, from the file's mtime) returning its error.
func (d *Dovecot) WriteMaildirErr(user, mailbox string, raw []byte, seen bool, when time.Time) error {
	root := filepath.Join(d.Dir, "mail", user, "Maildir")
	dir := root
	if mailbox != "" && !strings.EqualFold(mailbox, "INBOX") {
		dir = filepath.Join(root, "."+strings.ReplaceAll(mailbox, "/", "."))
	}
	for _, sub := range []string{"", "tmp", "new", "cur"} {
		p := filepath.Join(dir, sub)
		if err := os.MkdirAll(p, 0o700); err != nil {
			return err
		}
		_ = os.Chown(p, d.uid, d.gid) // fails only when not root, where it is not needed
	}
	for p := dir; strings.HasPrefix(p, d.Dir) && p != d.Dir; p = filepath.Dir(p) {
		_ = os.Chown(p, d.uid, d.gid)
	}
	// Maildir wants CRLF-free files; Dovecot adds CRs when serving.
	body := bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n"))
	// S= is the file's size, W= its size with CRLF line ends (RFC822.SIZE).
	crlf := len(body) + bytes.Count(body, []byte("\n"))
	name := fmt.Sprintf("%d.M%dP%d.mailtest,S=%d,W=%d", when.Unix(), maildirSeq.Add(1), os.Getpid(), len(body), crlf)
	tmp := filepath.Join(dir, "tmp", name)
	if err := os.WriteFile(tmp, body, 0o600); err != nil {
		return err
	}
	_ = os.Chown(tmp, d.uid, d.gid)
	_ = os.Chtimes(tmp, when, when) // the date is a hint
	final := filepath.Join(dir, "new", name)
	if seen {
		final = filepath.Join(dir, "cur", name+":2,S")
	}
	return os.Rename(tmp, final)
}

// Dial returns a logged-in IMAP client for user (plaintext, loopback),
// closed when the test ends.
func (d *Dovecot) Dial(t TB, user string) *imapclient.Client {
	t.Helper()
	c, err := d.DialErr(user)
	if err != nil {
		t.Fatalf("mailtest: dial %s: %v", user, err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// DialErr is Dial returning its error; the caller closes the client.
func (d *Dovecot) DialErr(user string) (*imapclient.Client, error) {
	c, err := imapclient.DialInsecure(d.IMAPAddr(), nil)
	if err != nil {
		return nil, err
	}
	if err := c.Login(user, d.Password(user)).Wait(); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// Message is one message as stored on the server.
type Message struct {
	UID    imap.UID
	Flags  []imap.Flag
	Raw    []byte
	Header textproto.MIMEHeader
}

// HasFlag reports whether the message carries flag.
func (m Message) HasFlag(flag imap.Flag) bool {
	for _, f := range m.Flags {
		if strings.EqualFold(string(f), string(flag)) {
			return true
		}
	}
	return false
}

// Messages returns every message in a user's mailbox, in UID order.
func (d *Dovecot) Messages(t TB, user, mailbox string) []Message {
	t.Helper()
	msgs, err := d.MessagesErr(user, mailbox)
	if err != nil {
		t.Fatalf("mailtest: list %s %s: %v", user, mailbox, err)
	}
	return msgs
}

// MessagesErr is Messages returning its error.
func (d *Dovecot) MessagesErr(user, mailbox string) ([]Message, error) {
	c, err := d.DialErr(user)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	return ListMessages(c, mailbox)
}

// ListMessages fetches every message of mailbox over c, in UID order.
func ListMessages(c *imapclient.Client, mailbox string) ([]Message, error) {
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return nil, err
	}
	if sel.NumMessages == 0 {
		return nil, nil
	}
	section := &imap.FetchItemBodySection{Peek: true}
	var all imap.SeqSet
	all.AddRange(1, 0)
	bufs, err := c.Fetch(all, &imap.FetchOptions{UID: true, Flags: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		return nil, err
	}
	var out []Message
	for _, b := range bufs {
		raw := b.FindBodySection(section)
		h, _ := textproto.NewReader(bufio.NewReader(bytes.NewReader(raw))).ReadMIMEHeader()
		out = append(out, Message{UID: b.UID, Flags: b.Flags, Raw: raw, Header: h})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].UID < out[j].UID })
	return out, nil
}

// Expunge deletes the message with uid from a user's mailbox.
func (d *Dovecot) Expunge(t TB, user, mailbox string, uid imap.UID) {
	t.Helper()
	c, err := d.DialErr(user)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Select(mailbox, nil).Wait(); err != nil {
		t.Fatal(err)
	}
	set := imap.UIDSetNum(uid)
	if err := c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.UIDExpunge(set).Close(); err != nil {
		t.Fatal(err)
	}
	_ = c.Logout().Wait()
}

// UIDValidity returns a mailbox's UIDVALIDITY.
func (d *Dovecot) UIDValidity(t TB, user, mailbox string) uint32 {
	t.Helper()
	c, err := d.DialErr(user)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	st, err := c.Status(mailbox, &imap.StatusOptions{UIDValidity: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	return st.UIDValidity
}

// ResetUIDValidity gives a mailbox a new UIDVALIDITY and renumbers its
// messages, as a server does after losing its index. It stops the server
// while it rewrites the folder's state, then starts it again.
func (d *Dovecot) ResetUIDValidity(t TB, user, mailbox string) {
	t.Helper()
	old := d.UIDValidity(t, user, mailbox)
	d.Stop()
	dir := filepath.Join(d.Dir, "mail", user, "Maildir")
	if mailbox != "" && !strings.EqualFold(mailbox, "INBOX") {
		dir = filepath.Join(dir, "."+mailbox)
	}
	// Without dovecot-uidlist and the indexes Dovecot starts a new UID
	// space; the uidvalidity file makes it pick a value above the old one.
	for _, f := range []string{"dovecot-uidlist", "dovecot.index", "dovecot.index.log", "dovecot.index.cache", "dovecot.index.log.2"} {
		_ = os.Remove(filepath.Join(dir, f))
	}
	d.Start()
	if nv := d.UIDValidity(t, user, mailbox); nv == old {
		t.Fatalf("mailtest: UIDVALIDITY of %s stayed %d", mailbox, old)
	}
}
