package mailtest

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"net/smtp"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

func TestDovecotDeliverAndList(t *testing.T) {
	t.Parallel()
	d := StartDovecot(t)
	d.AddUser(t, "rep@example.com", "secret")
	tests := []struct {
		name string
		put  func(raw []byte)
	}{
		{"lmtp", func(raw []byte) { d.Deliver(t, "rep@example.com", raw) }},
		{"maildir", func(raw []byte) { d.WriteMaildir(t, "rep@example.com", "INBOX", raw, false) }},
	}
	for i, tc := range tests {
		raw := []byte("From: a@client.test\r\nSubject: " + tc.name + "\r\nMessage-ID: <" + tc.name + "@x>\r\n\r\nhello\r\n")
		tc.put(raw)
		msgs := d.Messages(t, "rep@example.com", "INBOX")
		if len(msgs) != i+1 {
			t.Fatalf("%s: %d messages, want %d", tc.name, len(msgs), i+1)
		}
		if got := msgs[i].Header.Get("Subject"); got != tc.name {
			t.Errorf("%s: subject %q", tc.name, got)
		}
		if !bytes.Contains(msgs[i].Raw, []byte("hello")) {
			t.Errorf("%s: body missing: %q", tc.name, msgs[i].Raw)
		}
	}
	old := d.UIDValidity(t, "rep@example.com", "INBOX")
	d.ResetUIDValidity(t, "rep@example.com", "INBOX")
	if nv := d.UIDValidity(t, "rep@example.com", "INBOX"); nv == old {
		t.Errorf("UIDVALIDITY unchanged")
	}
	if n := len(d.Messages(t, "rep@example.com", "INBOX")); n != 2 {
		t.Errorf("after reset: %d messages", n)
	}
}

func TestPostfixDeliversIntoDovecot(t *testing.T) {
	t.Parallel()
	d := StartDovecot(t)
	p := StartPostfix(t, d)
	d.AddUser(t, "rep@example.com", "secret")
	d.AddUser(t, "client@client.test", "pw")
	c, err := smtp.Dial(p.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.StartTLS(&tls.Config{ServerName: "127.0.0.1", RootCAs: p.CertPool}); err != nil {
		t.Fatal(err)
	}
	if err := c.Auth(smtp.PlainAuth("", "rep@example.com", "secret", "127.0.0.1")); err != nil {
		t.Fatal(err)
	}
	raw := "From: rep@example.com\r\nTo: client@client.test\r\nSubject: via postfix\r\n\r\nhi\r\n"
	if err := smtpSend(c, "rep@example.com", "client@client.test", raw); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		msgs := d.Messages(t, "client@client.test", "INBOX")
		if len(msgs) == 1 && msgs[0].Header.Get("Subject") == "via postfix" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not delivered; postfix log:\n%s", p.Log())
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Stopping ends master too, although it runs in a session of its own.
	master := p.masterPID()
	if master == 0 {
		t.Fatal("no master pid file")
	}
	p.stop()
	deadline = time.Now().Add(10 * time.Second)
	for syscall.Kill(master, 0) == nil {
		if time.Now().After(deadline) {
			t.Fatalf("postfix master %d still runs after stop", master)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func smtpSend(c *smtp.Client, from, to, raw string) error {
	if err := c.Mail(from); err != nil {
		return err
	}
	if err := c.Rcpt(to); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write([]byte(raw)); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
}

// TestAddUserUsableAtOnce adds users one after another to a running
// Dovecot and uses each at once, over LMTP and IMAP: Dovecot reads its
// passwd-file at most once a second, so without AddUser's wait a user
// added in the second of an earlier lookup is unknown ("550 User doesn't
// exist"), which once made a bench run fail or log in seconds late.
func TestAddUserUsableAtOnce(t *testing.T) {
	t.Parallel()
	d := StartDovecot(t)
	for i, user := range []string{"a@example.com", "b@example.com", "c@example.com"} {
		d.AddUser(t, user, "pw")
		raw := []byte("From: x@client.test\r\nSubject: user " + user + "\r\n\r\nhi\r\n")
		if err := d.DeliverErr(user, raw); err != nil {
			t.Fatalf("user %d (%s) unknown right after AddUser: %v", i, user, err)
		}
		c, err := d.DialErr(user)
		if err != nil {
			t.Fatalf("login as %s right after AddUser: %v", user, err)
		}
		c.Close()
	}
}

// TestCPUTime checks the bench's view of the server's CPU: it grows with
// work the server does, and an instance's figures are its own.
func TestCPUTime(t *testing.T) {
	t.Parallel()
	d := StartDovecot(t)
	d.AddUser(t, "rep@example.com", "pw")
	c := d.Dial(t, "rep@example.com")
	before, err := d.CPUTime("imap")
	if err != nil {
		t.Fatal(err)
	}
	totalBefore, err := d.TotalCPUTime()
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 300; i++ {
		if _, err := c.Status("INBOX", &imap.StatusOptions{NumMessages: true}).Wait(); err != nil {
			t.Fatal(err)
		}
	}
	after, err := d.CPUTime("imap")
	if err != nil {
		t.Fatal(err)
	}
	totalAfter, _ := d.TotalCPUTime()
	if after <= before || totalAfter < totalBefore+(after-before)/2 {
		t.Errorf("imap CPU %v → %v, instance %v → %v: want both to grow", before, after, totalBefore, totalAfter)
	}
	if other, _ := d.CPUTime("no-such-process"); other != 0 {
		t.Errorf("CPU of a process name that does not exist: %v", other)
	}
}

// TestDovecotSizedForConnections: an instance sized for many connections
// (imap-login in performance mode, raised limits) starts, takes users
// added in bulk and serves more connections at once than imap-login's
// default one-process-per-connection mode would allow processes for; its
// effective settings are the ones asked for.
func TestDovecotSizedForConnections(t *testing.T) {
	t.Parallel()
	const conns = 120 // above default_process_limit (100)
	d := StartDovecotWith(t, DovecotOptions{Connections: conns})
	// Twelve users: Dovecot allows 10 connections per user and address.
	users := map[string]string{}
	var names []string
	for i := 0; i < 12; i++ {
		u := fmt.Sprintf("u%d@example.com", i)
		users[u] = fmt.Sprintf("pw-%d", i)
		names = append(names, u)
	}
	d.AddUsers(t, users)
	for u, pw := range users {
		if got := d.Password(u); got != pw {
			t.Errorf("password of %s: %q, want %q", u, got, pw)
		}
	}
	var open []*imapclient.Client
	defer func() {
		for _, c := range open {
			c.Close()
		}
	}()
	for i := 0; i < 105; i++ {
		u := names[i%len(names)]
		// Over STARTTLS: in the default mode each TLS connection keeps
		// its own login process as a proxy.
		c, err := imapclient.DialStartTLS(d.IMAPAddr(), &imapclient.Options{TLSConfig: &tls.Config{RootCAs: d.CertPool}})
		if err != nil {
			t.Fatalf("connection %d: %v", i+1, err)
		}
		open = append(open, c)
		if err := c.Login(u, d.Password(u)).Wait(); err != nil {
			t.Fatalf("connection %d as %s: %v", i+1, u, err)
		}
	}
	out, err := d.Doveadm("config", "-h", "service/imap-login/service_count")
	if err != nil || strings.TrimSpace(string(out)) != "0" {
		t.Errorf("imap-login service_count: %q, %v; want 0 (performance mode)", out, err)
	}
	out, err = d.Doveadm("config", "-h", "service/imap/process_limit")
	if n, _ := strconv.Atoi(strings.TrimSpace(string(out))); err != nil || n < conns {
		t.Errorf("imap process_limit: %q, %v; want at least %d", out, err, conns)
	}
}

// TestRestartIgnoresStaleLocks: a uidlist lock file left by a killed
// process, naming a process ID that a live process now has (as PIDs wrap
// on a busy test machine), does not make the restarted server wait two
// minutes before the INBOX can be read.
func TestRestartIgnoresStaleLocks(t *testing.T) {
	t.Parallel()
	d := StartDovecot(t)
	d.AddUser(t, "rep@example.com", "secret")
	d.WriteMaildir(t, "rep@example.com", "INBOX", []byte("From: a@client.test\r\nSubject: one\r\n\r\nhello\r\n"), false)
	if n := len(d.Messages(t, "rep@example.com", "INBOX")); n != 1 {
		t.Fatalf("%d messages before the restart, want 1", n)
	}
	d.Stop()
	d.WriteMaildir(t, "rep@example.com", "INBOX", []byte("From: a@client.test\r\nSubject: two\r\n\r\nhello\r\n"), false)
	host, err := os.Hostname()
	if err != nil {
		t.Fatal(err)
	}
	lock := filepath.Join(d.Dir, "mail", "rep@example.com", "Maildir", "dovecot-uidlist.lock")
	// Our own PID: alive, as a reused PID would be.
	if err := os.WriteFile(lock, []byte(fmt.Sprintf("%d:%s", os.Getpid(), host)), 0o600); err != nil {
		t.Fatal(err)
	}
	d.Start()
	type result struct {
		n   int
		err error
	}
	done := make(chan result, 1)
	go func() {
		msgs, err := d.MessagesErr("rep@example.com", "INBOX")
		done <- result{len(msgs), err}
	}()
	select {
	case r := <-done:
		if r.err != nil || r.n != 2 {
			t.Errorf("after the restart: %d messages, %v; want 2", r.n, r.err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("reading the INBOX after the restart waited on the stale lock")
	}
}
