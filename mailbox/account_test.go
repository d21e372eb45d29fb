package mailbox

import (
	"os"
	"strings"
	"testing"
)

func TestAccountValidateTLSModes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		host    string
		mode    TLSMode
		wantErr string
	}{
		{"none to loopback IP", "127.0.0.1", NoTLS, ""},
		{"none to IPv6 loopback", "::1", NoTLS, ""},
		{"none to localhost", "localhost", NoTLS, ""},
		{"none to remote IP refused", "192.0.2.10", NoTLS, "only allowed to a loopback host"},
		{"none to remote name refused", "imap.example.invalid", NoTLS, "only allowed to a loopback host"},
		{"tls to remote", "192.0.2.10", TLS, ""},
		{"starttls to remote", "192.0.2.10", StartTLS, ""},
		{"unknown mode", "192.0.2.10", "ssl", "is not one of"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := Account{Name: "rep@example.com", IMAP: Endpoint{Host: tc.host, Port: 143, TLS: tc.mode, User: "rep"}}
			err := a.Validate()
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
			}
			// New refuses it too, before any connection is attempted.
			if _, err := New(Config{Account: a, DB: tempDB(t), Handle: buildDraftHandle}); err == nil {
				t.Fatal("New accepted the account")
			}
		})
	}
}

func TestTokenAndDraftChecks(t *testing.T) {
	t.Parallel()
	raw := clientMail(1, "hello")
	tok := Token("rep@example.com", raw)
	if !ValidToken(tok) || len(tok) != 64 {
		t.Fatalf("token %q", tok)
	}
	// Same Message-ID, different bytes: same token. Other account: other token.
	relayed := append([]byte("Received: by relay\r\n"), raw...)
	if Token("rep@example.com", relayed) != tok {
		t.Error("token changed when a Received line was added")
	}
	if Token("other@example.com", raw) == tok {
		t.Error("token does not depend on the account")
	}
	noID := []byte("From: a@b.c\r\nSubject: x\r\n\r\nbody\r\n")
	if Token("r", noID) == Token("r", append(noID, 'x')) {
		t.Error("messages without Message-ID must hash their bytes")
	}
	good := []byte("From: rep@example.com\r\n" + HeaderSource + ": " + tok + "\r\n\r\nhi\r\n")
	tests := []struct {
		name  string
		draft []byte
		ok    bool
	}{
		{"matching header", good, true},
		{"missing header", []byte("From: rep@example.com\r\n\r\nhi\r\n"), false},
		{"other token", []byte("From: rep@example.com\r\n" + HeaderSource + ": " + strings.Repeat("a", 64) + "\r\n\r\nhi\r\n"), false},
		{"empty", nil, false},
	}
	for _, tc := range tests {
		if err := checkDraft(tok, tc.draft, 1<<20); (err == nil) != tc.ok {
			t.Errorf("%s: err %v", tc.name, err)
		}
	}
	for _, s := range []string{"", "abc", "ABCDEF0123456789", "0123456789abcdef\r\n", strings.Repeat("g", 20)} {
		if ValidToken(s) {
			t.Errorf("ValidToken(%q) = true", s)
		}
	}
	h, _ := readHeader([]byte("From: a\r\nX-FiveMin-Source: x\r\n\r\n"))
	if !isOwn(h) {
		t.Error("X-FiveMin-Source (any case) must mark fivemin's own mail")
	}
}

// TestHELOName: SMTP greets with the configured name, else the machine's
// host name (never "localhost" when the machine has a name).
func TestHELOName(t *testing.T) {
	host, err := os.Hostname()
	if err != nil || host == "" {
		t.Fatalf("no host name: %v", err)
	}
	if got := (Endpoint{}).helo(); got != host {
		t.Errorf("default HELO %q, want the host name %q", got, host)
	}
	if got := (Endpoint{HELO: "mail.firm.example"}).helo(); got != "mail.firm.example" {
		t.Errorf("configured HELO %q", got)
	}
	e := Endpoint{Host: "smtp.firm.example", Port: 587, TLS: StartTLS, HELO: "two words"}
	if err := e.validate("smtp"); err == nil || !strings.Contains(err.Error(), "helo") {
		t.Errorf("a HELO with a space passed validation: %v", err)
	}
}
