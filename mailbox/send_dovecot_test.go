package mailbox

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/fivemin/fivemin/mailbox/mailtest"
)

// sendDraft is a fivemin draft to client@client.test, dated when drafted,
// with body as its text.
func sendDraft(tok, body string) []byte {
	return []byte(fmt.Sprintf("From: Rep <rep@example.com>\r\nTo: Client <client@client.test>\r\nBcc: archive@example.com\r\n"+
		"Subject: Re: Payroll [%s]\r\nMessage-ID: <%s@fivemin.test>\r\nDate: Mon, 23 Nov 2026 10:05:00 +0000\r\n"+
		"%s: %s\r\n%s: %s\r\n\r\n%s\r\n", testQuoteID(tok), tok[:20], HeaderSource, tok, HeaderQuoteID, testQuoteID(tok), body))
}

// TestDovecotSendChecksAndCleans sends through a real Postfix into
// Dovecot: a draft with placeholders is refused, naming them, and goes out
// with force; a note for the rep is never sent; what the client receives
// is dated at sending and carries no X-Fivemin field or Bcc, while the
// rep's Sent copy keeps the fields tracking needs.
//
// Not parallel: it runs before the package's parallel Dovecot tests, so
// its Postfix does not start while they load the machine.
func TestDovecotSendChecksAndCleans(t *testing.T) {
	d := startDovecot(t)
	p := mailtest.StartPostfix(t, d)
	d.AddUser(t, "client@client.test", "pw")
	d.AddUser(t, "archive@example.com", "pw")
	acct := dovecotAccount(d, rep)
	acct.SMTP = Endpoint{Host: "127.0.0.1", Port: p.Port, TLS: StartTLS, User: rep, Password: d.Password(rep),
		TLSConfig: &tls.Config{RootCAs: p.CertPool}}
	sendAt := time.Date(2026, 12, 1, 15, 4, 5, 0, time.UTC) // the clock when the rep sends
	m := newMailbox(t, Config{Account: acct, DB: tempDB(t), Logger: testLogger(t), Handle: newTestHandler().handle,
		Now: func() time.Time { return sendAt }})
	ctx := context.Background()
	tokA, tokB, tokC := strings.Repeat("a1", 16), strings.Repeat("b2", 16), strings.Repeat("c3", 16)
	for tok, body := range map[string]string{
		tokA: "Is it filed? [Yes/No.]\r\nThe totals are below.",
		tokB: "Is it filed? [Yes/No.]",
		tokC: "It will take two hours [check this estimate].",
	} {
		if _, err := m.AppendDraft(ctx, tok, sendDraft(tok, body)); err != nil {
			t.Fatal(err)
		}
	}

	// A: refused while the placeholder is there, naming it.
	_, err := m.Send(ctx, tokA, false)
	var pe *PlaceholderError
	if !errors.As(err, &pe) || !errors.Is(err, ErrPlaceholders) || len(pe.Placeholders) != 1 || pe.Placeholders[0] != "[Yes/No.]" {
		t.Fatalf("send with a placeholder: %v", err)
	}
	if r, _ := m.Lookup(tokA); r == nil || r.State != DraftWaiting {
		t.Errorf("refused draft's record %+v, want still waiting", r)
	}
	// The rep fills it in: their mail program saves a new copy.
	c := d.Dial(t, rep)
	defer c.Close()
	edited := []byte(strings.Replace(string(sendDraft(tokA, "Is it filed? Yes, on Monday.\r\nThe totals are below.")), "\r\n\r\n",
		"\r\nX-Mozilla-Draft-Info: internal/draft; vcard=0\r\n\r\n", 1))
	ac := c.Append("Drafts", int64(len(edited)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagDraft}})
	if _, err := ac.Write(edited); err != nil {
		t.Fatal(err)
	}
	if err := ac.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := ac.Wait(); err != nil {
		t.Fatal(err)
	}
	for _, msg := range d.Messages(t, rep, "Drafts") {
		if msg.Header.Get(HeaderSource) == tokA && !strings.Contains(string(msg.Raw), "Yes, on Monday") {
			d.Expunge(t, rep, "Drafts", msg.UID)
		}
	}
	res, err := m.Send(ctx, tokA, false)
	if err != nil {
		t.Fatalf("send the filled-in draft: %v\npostfix log:\n%s", err, p.Log())
	}
	if strings.Join(res.Recipients, ",") != "client@client.test,archive@example.com" {
		t.Errorf("recipients %v", res.Recipients)
	}

	// B: sent with force, placeholder and all.
	if _, err := m.Send(ctx, tokB, true); err != nil {
		t.Fatalf("forced send: %v", err)
	}
	// C: a note for the rep is never sent, force or not.
	if _, err := m.Send(ctx, tokC, true); !errors.As(err, &pe) || len(pe.Notes) != 1 || pe.Notes[0] != "[check this estimate]" {
		t.Fatalf("forced send with a note: %v", err)
	}

	var got []mailtest.Message
	waitFor(t, "two messages at the client", 15*time.Second, func() bool {
		got = d.Messages(t, "client@client.test", "INBOX")
		return len(got) >= 2
	})
	bodies := ""
	for _, msg := range got {
		raw := string(msg.Raw)
		bodies += raw
		for _, bad := range []string{HeaderSource, HeaderQuoteID, "Bcc:", "X-Mozilla-Draft-Info", "archive@example.com"} {
			if strings.Contains(strings.ToLower(raw), strings.ToLower(bad)) {
				t.Errorf("the client received %q:\n%s", bad, raw)
			}
		}
		if date, err := mail.ParseDate(msg.Header.Get("Date")); err != nil || !date.Equal(sendAt) || len(msg.Header.Values("Date")) != 1 {
			t.Errorf("Date %q (%v), want the time of sending %v", msg.Header.Values("Date"), err, sendAt)
		}
		if !strings.Contains(msg.Header.Get("Subject"), "[Q-") {
			t.Errorf("the quote tag is missing from %q", msg.Header.Get("Subject"))
		}
	}
	if !strings.Contains(bodies, "Yes, on Monday") || !strings.Contains(bodies, "[Yes/No.]") || strings.Contains(bodies, "check this estimate") {
		t.Errorf("the client got the wrong drafts:\n%s", bodies)
	}
	// The Bcc recipient got it too, without seeing the Bcc line.
	waitFor(t, "the Bcc copy", 15*time.Second, func() bool { return len(d.Messages(t, "archive@example.com", "INBOX")) >= 1 })

	// The rep's Sent copies: dated the same, fivemin's fields kept.
	sent := d.Messages(t, rep, "Sent")
	if len(sent) != 2 {
		t.Fatalf("%d messages in Sent, want 2", len(sent))
	}
	for _, msg := range sent {
		date, _ := mail.ParseDate(msg.Header.Get("Date"))
		if !date.Equal(sendAt) || msg.Header.Get(HeaderSource) == "" || msg.Header.Get("Bcc") == "" || msg.Header.Get("X-Mozilla-Draft-Info") != "" {
			t.Errorf("Sent copy header %v", msg.Header)
		}
	}
	if r, _ := m.Lookup(tokC); r == nil || r.State != DraftWaiting {
		t.Errorf("the draft with a note: record %+v, want still waiting", r)
	}
}
