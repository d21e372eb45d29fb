package mailbox

import (
	"context"
	"errors"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/fivemin/fivemin/mailbox/mailtest"
)

func TestProbeAccountDovecot(t *testing.T) {
	t.Parallel()
	d := mailtest.StartDovecot(t)
	d.AddUser(t, rep, "pw-probe")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	p := ProbeAccount(ctx, dovecotAccount(d, rep))
	if p.IMAP.Err != nil {
		t.Fatalf("probe: %v (%s)", p.IMAP.Err, p.IMAP.Problem)
	}
	if !p.Idle || !p.UIDPlus || !p.SpecialUse || !p.Move {
		t.Errorf("Dovecot's capabilities: IDLE %v UIDPLUS %v SPECIAL-USE %v MOVE %v, want all", p.Idle, p.UIDPlus, p.SpecialUse, p.Move)
	}
	if p.Inbox != (FolderProbe{"INBOX", "configured"}) || !p.Drafts.Found() || !p.Sent.Found() {
		t.Errorf("folders: %+v %+v %+v", p.Inbox, p.Drafts, p.Sent)
	}
	if p.SMTP != nil {
		t.Errorf("SMTP probed for an account without SMTP: %+v", p.SMTP)
	}

	wrong := dovecotAccount(d, rep)
	wrong.IMAP.Password = "not-the-password"
	p = ProbeAccount(ctx, wrong)
	var ae *AuthError
	if p.IMAP.Problem != ProbeAuth || !errors.As(p.IMAP.Err, &ae) {
		t.Errorf("wrong password: problem %q, err %v; want %q and an AuthError", p.IMAP.Problem, p.IMAP.Err, ProbeAuth)
	}
}

// TestProbeAccountFallbacks: a server without SPECIAL-USE or MOVE (go-imap's
// server always announces IDLE) and without Drafts and Sent folders is reported as such, and the probe creates
// nothing.
func TestProbeAccountFallbacks(t *testing.T) {
	t.Parallel()
	s := startMemServerCaps(t, imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapUIDPlus: {}})
	host, port, err := net.SplitHostPort(s.addr)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(port)
	acct := Account{Name: rep, IMAP: Endpoint{Host: host, Port: n, TLS: NoTLS, User: rep, Password: "pw"}}
	p := ProbeAccount(context.Background(), acct)
	if p.IMAP.Err != nil {
		t.Fatalf("probe: %v", p.IMAP.Err)
	}
	if p.SpecialUse || p.Move || !p.UIDPlus {
		t.Errorf("capabilities: UIDPLUS %v SPECIAL-USE %v MOVE %v, want only UIDPLUS", p.UIDPlus, p.SpecialUse, p.Move)
	}
	if p.Drafts != (FolderProbe{Name: "Drafts"}) || p.Sent != (FolderProbe{Name: "Sent"}) {
		t.Errorf("Drafts %+v, Sent %+v: want both missing under their usual names", p.Drafts, p.Sent)
	}
	for _, name := range []string{"Drafts", "Sent"} {
		if _, err := s.user.Status(name, &imap.StatusOptions{NumMessages: true}); err == nil {
			t.Errorf("the probe created %s", name)
		}
	}
}

func TestProbeAccountRefused(t *testing.T) {
	t.Parallel()
	port := mailtest.RefusedPort(t)
	acct := Account{Name: rep, IMAP: Endpoint{Host: "127.0.0.1", Port: port, TLS: NoTLS, User: rep, Password: "pw"},
		SMTP: Endpoint{Host: "127.0.0.1", Port: port, TLS: NoTLS, User: rep, Password: "pw"}}
	p := ProbeAccount(context.Background(), acct)
	if p.IMAP.Problem != ProbeRefused || p.SMTP == nil || p.SMTP.Problem != ProbeRefused {
		t.Errorf("IMAP %q (%v), SMTP %+v: want both %q", p.IMAP.Problem, p.IMAP.Err, p.SMTP, ProbeRefused)
	}
}
