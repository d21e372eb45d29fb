package mailtest

import (
	"bytes"
	"context"
	"crypto/x509"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Postfix is a private Postfix instance listening for SMTP submissions on a
// loopback port. It offers STARTTLS (certificate trusted by CertPool) and
// AUTH PLAIN/LOGIN checked against the Dovecot's users, and delivers every
// recipient, whatever the domain, into that Dovecot over LMTP.
type Postfix struct {
	Dir      string
	Host     string
	Port     int
	CertPool *x509.CertPool

	t     TB
	token string
	cmd   *exec.Cmd
	done  chan struct{}
	out   *logBuffer
}

// Addr is host:port of the SMTP listener.
func (p *Postfix) Addr() string { return net.JoinHostPort(p.Host, strconv.Itoa(p.Port)) }

// Log returns Postfix's log so far.
func (p *Postfix) Log() string { return p.out.String() }

const postfixMain = `# written by mailtest
compatibility_level = 3.6
queue_directory = {{dir}}/queue
data_directory = {{dir}}/data
meta_directory = /etc/postfix
shlib_directory = /usr/lib/postfix
daemon_directory = /usr/lib/postfix/sbin
mail_owner = postfix
setgid_group = postdrop
maillog_file = /dev/stdout
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = mailtest-{{token}}.invalid
mydestination =
relayhost =
alias_maps =
alias_database =
local_recipient_maps =
smtpd_banner = $myhostname ESMTP mailtest-{{token}}
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_sasl_authenticated, permit_mynetworks, reject
smtp_dns_support_level = disabled
# every recipient goes to the test Dovecot
transport_maps = static:lmtp:inet:127.0.0.1:{{lmtp}}
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.0.1:{{auth}}
smtpd_tls_security_level = may
smtpd_tls_cert_file = {{cert}}
smtpd_tls_key_file = {{key}}
smtpd_tls_auth_only = no
`

const postfixMaster = `{{addr}} inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
`

// StartPostfix starts a private Postfix delivering into d and stops it when
// the test ends. Postfix's master must run as root.
func StartPostfix(t TB, d *Dovecot) *Postfix {
	t.Helper()
	bin, err := lookBin("postfix")
	if err != nil {
		Need(t, "postfix is not installed (apt-get install postfix)")
	}
	if os.Geteuid() != 0 {
		Need(t, "postfix needs root to start its master process")
	}
	dir, err := os.MkdirTemp("", "mailtest-postfix-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	_ = os.Chmod(dir, 0o755) // only needed as root
	for _, sub := range []string{"queue", "data"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := exec.Command("chown", "postfix", filepath.Join(dir, "data")).Run(); err != nil {
		t.Fatalf("mailtest: chown postfix data dir: %v", err)
	}
	p := &Postfix{Dir: dir, Host: "127.0.0.1", CertPool: d.CertPool, t: t, token: randHex(8)}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		ports, err := freePorts(1)
		if err != nil {
			t.Fatal(err)
		}
		p.Port = ports[0]
		r := strings.NewReplacer("{{dir}}", dir, "{{token}}", p.token,
			"{{lmtp}}", strconv.Itoa(d.LMTPPort), "{{auth}}", strconv.Itoa(d.AuthPort),
			"{{cert}}", d.certFile, "{{key}}", d.keyFile, "{{addr}}", p.Addr())
		if err := os.WriteFile(filepath.Join(dir, "main.cf"), []byte(r.Replace(postfixMain)), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "master.cf"), []byte(r.Replace(postfixMaster)), 0o644); err != nil {
			t.Fatal(err)
		}
		if lastErr = p.start(bin); lastErr == nil {
			t.Cleanup(p.stop)
			return p
		}
	}
	t.Fatalf("mailtest: postfix did not start: %v", lastErr)
	return nil
}

func (p *Postfix) start(bin string) error {
	cmd := exec.Command(bin, "-c", p.Dir, "start-fg")
	p.out = &logBuffer{}
	cmd.Stdout, cmd.Stderr = p.out, p.out
	// Own process group, so stopping kills the whole tree we started.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	// No WaitDelay: "postfix start-fg" returns once master runs in its own
	// session, and only the output pipe, which master keeps, tells that it
	// is still up (done closes when every holder has exited). stop kills
	// master through its pid file and bounds every wait instead.
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start postfix: %w", err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	p.cmd, p.done = cmd, done
	// Generous: postfix-script checks the whole installation first, which
	// takes seconds on a loaded machine.
	deadline := time.Now().Add(45 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-done:
			return fmt.Errorf("postfix exited: %s", p.out.String())
		default:
		}
		if greeting(p.Addr(), "mailtest-"+p.token) {
			return nil
		}
		time.Sleep(30 * time.Millisecond)
	}
	p.stop()
	return fmt.Errorf("postfix did not answer on port %d: %s", p.Port, p.out.String())
}

func (p *Postfix) stop() {
	if p.cmd == nil {
		return
	}
	bin, _ := lookBin("postfix")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	stop := exec.CommandContext(ctx, bin, "-c", p.Dir, "stop")
	stop.WaitDelay = time.Second
	_ = stop.Run() // the kills below follow if it did not work
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		// master runs in a session of its own (setsid), out of the
		// process group we started: kill it through its pid file too.
		_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		_ = p.cmd.Process.Kill()
		if pid := p.masterPID(); pid > 0 {
			_ = syscall.Kill(-pid, syscall.SIGKILL)
			_ = syscall.Kill(pid, syscall.SIGKILL)
		}
		select {
		case <-p.done:
		case <-time.After(10 * time.Second):
			p.t.Errorf("mailtest: postfix (pid %d) survived SIGKILL; left behind", p.cmd.Process.Pid)
		}
	}
	p.cmd = nil
}

// masterPID reads master's pid file, or returns 0.
func (p *Postfix) masterPID() int {
	b, err := os.ReadFile(filepath.Join(p.Dir, "queue", "pid", "master.pid"))
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 1 {
		return 0
	}
	return pid
}

// logBuffer collects a server's output; written and read concurrently.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
