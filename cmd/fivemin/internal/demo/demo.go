// Package demo runs in-process mail servers for `fivemin demo`: an IMAP
// server (go-imap's imapmemserver) holding one rep's mailbox, seeded with
// sample client emails, and an SMTP server (go-smtp) that accepts what the
// rep sends. Both listen on loopback only. go-smtp serves only this demo;
// the service itself is a client of real servers.
package demo

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"net"
	"path"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

//go:embed samples/*.eml
var samples embed.FS

// The demo firm's rep and the password of their (in-memory) mailbox.
const (
	RepName    = "Carla Nunes"
	RepAddress = "carla@tidewaterbooks.test"
	Password   = "demo-password"
)

// Servers are the running in-process IMAP and SMTP servers.
type Servers struct {
	IMAPAddr *net.TCPAddr
	SMTPAddr *net.TCPAddr

	user *imapmemserver.User
	imap *imapserver.Server
	smtp *smtp.Server

	mu   sync.Mutex
	sent []Sent
}

// Sent is a message the SMTP server accepted.
type Sent struct {
	From string
	To   []string
	Data []byte
}

// Start starts both servers on loopback ports chosen by the system.
func Start() (*Servers, error) {
	s := &Servers{}
	mem := imapmemserver.New()
	s.user = imapmemserver.NewUser(RepAddress, Password)
	for _, name := range []string{"INBOX", "Drafts", "Sent"} {
		if err := s.user.Create(name, nil); err != nil {
			return nil, fmt.Errorf("demo mailbox %s: %w", name, err)
		}
	}
	mem.AddUser(s.user)
	s.imap = imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps: imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}, imap.CapUIDPlus: {}, imap.CapIdle: {}, imap.CapMove: {}},
		// Plaintext login is fine: the listener is loopback only.
		InsecureAuth: true,
		Logger:       discard{},
	})
	iln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("demo IMAP listener: %w", err)
	}
	go func() { _ = s.imap.Serve(iln) }() // ends at Close
	s.IMAPAddr = iln.Addr().(*net.TCPAddr)

	s.smtp = smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		return &smtpSession{s: s}, nil
	}))
	s.smtp.Domain = "localhost"
	s.smtp.AllowInsecureAuth = true
	s.smtp.ReadTimeout = 30 * time.Second
	s.smtp.WriteTimeout = 30 * time.Second
	sln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		s.imap.Close()
		return nil, fmt.Errorf("demo SMTP listener: %w", err)
	}
	go func() { _ = s.smtp.Serve(sln) }() // ends at Close
	s.SMTPAddr = sln.Addr().(*net.TCPAddr)
	return s, nil
}

// Close stops both servers.
func (s *Servers) Close() error {
	return errors.Join(s.imap.Close(), s.smtp.Close())
}

// Samples returns the embedded sample client emails, in file order.
func Samples() ([][]byte, error) {
	names, err := samples.ReadDir("samples")
	if err != nil {
		return nil, err
	}
	var out [][]byte
	sort.Slice(names, func(i, j int) bool { return names[i].Name() < names[j].Name() })
	for _, n := range names {
		b, err := samples.ReadFile(path.Join("samples", n.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// Deliver puts raw into the rep's INBOX, as a mail server delivering it.
func (s *Servers) Deliver(raw []byte) error {
	_, err := s.user.Append("INBOX", literal{bytes.NewReader(raw)}, &imap.AppendOptions{Time: time.Now()})
	return err
}

// Sent returns what the SMTP server accepted so far.
func (s *Servers) Sent() []Sent {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Sent(nil), s.sent...)
}

// Folder reads every message of one of the rep's folders, as a mail
// program would, without changing flags.
func (s *Servers) Folder(ctx context.Context, name string) ([][]byte, error) {
	c, err := imapclient.DialInsecure(s.IMAPAddr.String(), nil)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	if err := c.Login(RepAddress, Password).Wait(); err != nil {
		return nil, err
	}
	sel, err := c.Select(name, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return nil, err
	}
	if sel.NumMessages == 0 {
		return nil, nil
	}
	section := &imap.FetchItemBodySection{Peek: true}
	var all imap.SeqSet
	all.AddRange(1, sel.NumMessages)
	bufs, err := c.Fetch(all, &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		return nil, err
	}
	var out [][]byte
	for _, b := range bufs {
		out = append(out, b.FindBodySection(section))
	}
	return out, ctx.Err()
}

// ConfigTOML is the demo firm's configuration for these servers. Passwords
// come from the environment variable FIVEMIN_DEMO_PASSWORD, as a real
// configuration's would.
func (s *Servers) ConfigTOML(statePath string) string {
	return ConfigTOML(s.IMAPAddr.Port, s.SMTPAddr.Port, statePath)
}

// ConfigTOML is the demo firm's configuration with the given loopback
// ports and state file.
func ConfigTOML(imapPort, smtpPort int, statePath string) string {
	r := strings.NewReplacer(
		"{{IMAP_PORT}}", fmt.Sprint(imapPort),
		"{{SMTP_PORT}}", fmt.Sprint(smtpPort),
		"{{STATE}}", fmt.Sprintf("%q", statePath),
	)
	return r.Replace(configTemplate)
}

// PasswordEnv is the variable ConfigTOML reads the password from.
const PasswordEnv = "FIVEMIN_DEMO_PASSWORD"

const configTemplate = `# The demo firm. Plaintext mail is allowed here only because both servers
# are on the loopback interface.
[firm]
name = "Tidewater Books"
domain = "tidewaterbooks.test"
currency = "USD"
locale = "en-US"
free_minutes = 5
timezone = "America/New_York"

[state]
path = {{STATE}}

[rates]
default = "85.00"
round_minutes = 15
block_minutes = 30

[rates.category]
tax = "120.00"

[quote]
validity_days = 30
follow_up_business_days = 3

# Accounts with $200 of accepted work in 90 days are high revenue; under $50
# with little free time taken, low producers.
[clients]
revenue_high = "200.00"
revenue_low = "50.00"

[tiers.A]
free_minutes = 10
template = "warm"

[tiers.E]
rate_multiplier = "1.25"
template = "upfront"

[[rep]]
name = "Carla Nunes"
address = "carla@tidewaterbooks.test"
signature = """
Carla Nunes
Tidewater Books · 555-0100"""
first_run = "all"

[rep.imap]
host = "127.0.0.1"
port = {{IMAP_PORT}}
tls = "none"
password_env = "FIVEMIN_DEMO_PASSWORD"

[rep.smtp]
host = "127.0.0.1"
port = {{SMTP_PORT}}
tls = "none"
password_env = "FIVEMIN_DEMO_PASSWORD"
`

type discard struct{}

func (discard) Printf(string, ...any) {}

// literal adapts bytes to imap.LiteralReader.
type literal struct{ *bytes.Reader }

func (l literal) Size() int64 { return int64(l.Len()) }

// smtpSession accepts mail from the demo rep after AUTH PLAIN.
type smtpSession struct {
	s      *Servers
	authed bool
	from   string
	to     []string
}

func (x *smtpSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (x *smtpSession) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != RepAddress || pass != Password {
			return errors.New("invalid credentials")
		}
		x.authed = true
		return nil
	}), nil
}

func (x *smtpSession) Mail(from string, _ *smtp.MailOptions) error {
	if !x.authed {
		return smtp.ErrAuthRequired
	}
	x.from = from
	return nil
}

func (x *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	x.to = append(x.to, to)
	return nil
}

func (x *smtpSession) Data(r io.Reader) error {
	b, err := io.ReadAll(io.LimitReader(r, 25<<20))
	if err != nil {
		return err
	}
	x.s.mu.Lock()
	x.s.sent = append(x.s.sent, Sent{From: x.from, To: x.to, Data: b})
	x.s.mu.Unlock()
	return nil
}

func (x *smtpSession) Reset()        { x.from, x.to = "", nil }
func (x *smtpSession) Logout() error { return nil }
