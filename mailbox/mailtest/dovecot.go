// Package mailtest starts throwaway real mail servers for tests: a private
// Dovecot (IMAP, IMAPS, LMTP, SASL auth) and a private Postfix (SMTP with
// STARTTLS and AUTH, delivering into that Dovecot over LMTP), each on free
// loopback ports in its own temporary directory.
//
// Servers that are not installed make the test skip with a clear message,
// except when CI=true, where they make it fail. Tests seed and inspect the
// mailboxes with go-imap/v2's client (Dial, Messages) or by writing Maildir
// files; AuthServer is an httptest OAuth 2.0 authorisation server for
// Dovecot's token introspection.
package mailtest

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// TB is the part of testing.TB the harness uses, so that commands (the
// bench) can start servers too. *testing.T and *testing.B satisfy it.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Skipf(format string, args ...any)
	Cleanup(func())
}

// Dovecot is a private Dovecot instance. Its fields are read-only.
type Dovecot struct {
	Dir       string // instance directory (config, logs, mail)
	Host      string // always 127.0.0.1
	IMAPPort  int    // plaintext IMAP with STARTTLS
	IMAPSPort int    // implicit TLS
	LMTPPort  int
	AuthPort  int // SASL for Postfix (smtpd_sasl_type = dovecot)
	// CertPool trusts the instance's self-signed certificate (valid for
	// 127.0.0.1 and localhost); Postfix uses the same certificate.
	CertPool *x509.CertPool

	t        TB
	conf     string
	certFile string
	keyFile  string
	uid, gid int
	userName string
	group    string
	token    string // unique login greeting, proves we reached our instance
	started  bool
	fsync    string
	oauth2   string // introspection URL, or ""
	conns    int    // DovecotOptions.Connections

	mu    sync.Mutex
	cmd   *exec.Cmd
	done  chan struct{}
	users map[string]string
}

// Need skips the test (or fails it when CI=true) with why.
func Need(t TB, why string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("mailtest: %s (CI=true, so this is a failure, not a skip)", why)
	}
	t.Skipf("mailtest: %s; install it to run this test", why)
}

func lookBin(name string) (string, error) {
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	for _, dir := range []string{"/usr/sbin", "/usr/local/sbin", "/sbin"} {
		p := filepath.Join(dir, name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		}
	}
	return "", fmt.Errorf("%s not found in PATH or /usr/sbin", name)
}

// DovecotOptions tunes an instance.
type DovecotOptions struct {
	// NoFsync sets mail_fsync = never: Dovecot then stops paying a disk
	// flush per saved message (12 ms on some CI disks), which otherwise
	// dominates throughput figures.
	NoFsync bool
	// OAuth2, when set, lets users log in with OAuth 2.0 bearer tokens
	// (XOAUTH2 and OAUTHBEARER) that Dovecot's oauth2 passdb checks by RFC
	// 7662 introspection at this URL (an AuthServer's IntrospectURL);
	// passwords keep working for PLAIN and LOGIN.
	OAuth2 string
	// Connections, when set, sizes the instance for
	// that many IMAP connections at once: the imap service's process
	// limit (1,024 by default), the client limits of the services every
	// process talks to (1,000), and imap-login in its performance mode (a
	// few processes serving many clients, where the default starts one
	// process per connection, at most 100, each a TLS proxy for its
	// connection's lifetime).
	Connections int
}

// StartDovecot starts a private Dovecot and stops it when the test ends.
func StartDovecot(t TB) *Dovecot {
	t.Helper()
	return StartDovecotWith(t, DovecotOptions{})
}

// StartDovecotWith is StartDovecot with options.
func StartDovecotWith(t TB, opts DovecotOptions) *Dovecot {
	t.Helper()
	bin, err := lookBin("dovecot")
	if err != nil {
		Need(t, "dovecot is not installed (apt-get install dovecot-imapd dovecot-lmtpd)")
	}
	if out, err := exec.Command(bin, "--version").Output(); err == nil && strings.HasPrefix(string(out), "2.4") {
		t.Fatalf("mailtest: Dovecot %s uses the 2.4 config syntax; this harness writes 2.3 config", strings.TrimSpace(string(out)))
	}
	d := &Dovecot{t: t, Host: "127.0.0.1", users: map[string]string{}, fsync: "optimized"}
	if opts.NoFsync {
		d.fsync = "never"
	}
	d.oauth2 = opts.OAuth2
	d.conns = opts.Connections
	d.userName, d.group, d.uid, d.gid = runAs(t)

	// t.TempDir's parent is 0700 root: Dovecot running as nobody could not
	// reach it, so make our own directory under the system temp dir.
	dir, err := os.MkdirTemp("", "mailtest-dovecot-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	d.Dir = dir
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	d.certFile, d.keyFile, d.CertPool = writeCert(t, dir)
	d.conf = filepath.Join(dir, "dovecot.conf")
	if err := os.WriteFile(filepath.Join(dir, "passwd"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	d.token = randHex(8)

	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		ports, err := freePorts(4)
		if err != nil {
			t.Fatal(err)
		}
		d.IMAPPort, d.IMAPSPort, d.LMTPPort, d.AuthPort = ports[0], ports[1], ports[2], ports[3]
		if lastErr = d.start(bin); lastErr == nil {
			t.Cleanup(d.stop)
			return d
		}
	}
	t.Fatalf("mailtest: dovecot did not start: %v", lastErr)
	return nil
}

// runAs returns the account Dovecot runs as: as root, nobody (the login
// process refuses to run as root); otherwise the current user.
func runAs(t TB) (name, group string, uid, gid int) {
	u, err := user.Current()
	if os.Geteuid() == 0 {
		if u, err = user.Lookup("nobody"); err != nil {
			t.Fatalf("mailtest: running as root needs a 'nobody' user: %v", err)
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	g, err := user.LookupGroupId(u.Gid)
	if err != nil {
		t.Fatal(err)
	}
	uid, _ = strconv.Atoi(u.Uid)
	gid, _ = strconv.Atoi(u.Gid)
	return u.Username, g.Name, uid, gid
}

const dovecotConf = `# written by mailtest
protocols = imap lmtp
listen = 127.0.0.1
base_dir = {{dir}}/run
state_dir = {{dir}}/state
instance_name = mailtest-{{token}}
log_path = {{dir}}/dovecot.log
login_greeting = mailtest-{{token}} ready
ssl = yes
ssl_cert = <{{cert}}
ssl_key = <{{key}}
disable_plaintext_auth = no
auth_mechanisms = {{mechs}}
# Tests log in with wrong passwords on purpose: answer at once.
auth_failure_delay = 0
default_internal_user = {{user}}
default_internal_group = {{group}}
default_login_user = {{user}}
first_valid_uid = {{uid}}
last_valid_uid = {{uid}}
first_valid_gid = 0
mail_uid = {{uid}}
mail_gid = {{gid}}
{{oauth2passdb}}passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {{dir}}/passwd
{{passwdmechs}}}
userdb {
  driver = static
  args = uid={{uid}} gid={{gid}} home={{dir}}/mail/%u
}
mail_location = maildir:~/Maildir
mail_fsync = {{fsync}}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \Sent
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = {{imap}}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = {{imaps}}
    ssl = yes
  }
  chroot =
{{imaplogin}}}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = {{lmtp}}
  }
}
service auth {
  inet_listener auth {
    address = 127.0.0.1
    port = {{auth}}
  }
}
service anvil {
  chroot =
  # No growing per-IP delay after failed logins: tests fail logins on
  # purpose and must not wait up to 15s for each.
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
{{scale}}`

func (d *Dovecot) start(bin string) error {
	r := strings.NewReplacer(
		"{{dir}}", d.Dir, "{{token}}", d.token, "{{fsync}}", d.fsync, "{{cert}}", d.certFile, "{{key}}", d.keyFile,
		"{{user}}", d.userName, "{{group}}", d.group,
		"{{uid}}", strconv.Itoa(d.uid), "{{gid}}", strconv.Itoa(d.gid),
		"{{imap}}", strconv.Itoa(d.IMAPPort), "{{imaps}}", strconv.Itoa(d.IMAPSPort),
		"{{lmtp}}", strconv.Itoa(d.LMTPPort), "{{auth}}", strconv.Itoa(d.AuthPort),
	)
	conf := r.Replace(dovecotConf)
	mechs, oauthPassdb, passwdMechs := "plain login", "", ""
	if d.oauth2 != "" {
		// The oauth2 passdb answers only for the token mechanisms, the
		// passwd-file for passwords and for lookups without a login
		// ("none": LMTP's user lookup through the static userdb), as
		// Dovecot 2.3's PasswordDatabase.oauth2 page sets them up.
		file := filepath.Join(d.Dir, "oauth2.conf.ext")
		ext := "introspection_mode = post\nintrospection_url = " + d.oauth2 +
			"\nforce_introspection = yes\nusername_attribute = username\nactive_attribute = active\nactive_value = true\n"
		if err := os.WriteFile(file, []byte(ext), 0o644); err != nil {
			return err
		}
		if os.Geteuid() == 0 {
			if err := os.Chown(file, d.uid, d.gid); err != nil {
				return err
			}
		}
		mechs = "plain login xoauth2 oauthbearer"
		oauthPassdb = "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = " + file + "\n}\n"
		passwdMechs = "  mechanisms = plain login none\n"
	}
	loginConf, scaleConf := scaleConf(d.conns)
	conf = strings.NewReplacer("{{mechs}}", mechs, "{{oauth2passdb}}", oauthPassdb, "{{passwdmechs}}", passwdMechs,
		"{{imaplogin}}", loginConf, "{{scale}}", scaleConf).Replace(conf)
	if err := os.WriteFile(d.conf, []byte(conf), 0o644); err != nil {
		return err
	}
	if !d.started {
		if err := chownTree(d.Dir, d.uid, d.gid); err != nil {
			return err
		}
	} else if os.Geteuid() == 0 {
		_ = os.Chown(d.conf, d.uid, d.gid) // best effort, as chownTree's
	}
	cmd := exec.Command(bin, "-F", "-c", d.conf)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	// Own process group, so stopping can end every process it forked.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	// A child that outlives the master must not keep Wait waiting for
	// the output pipe.
	cmd.WaitDelay = 2 * time.Second
	if os.Geteuid() == 0 {
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: uint32(d.uid), Gid: uint32(d.gid)}
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start dovecot: %w", err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-done:
			log, _ := os.ReadFile(filepath.Join(d.Dir, "dovecot.log"))
			return fmt.Errorf("dovecot exited: %s %s", out.String(), log)
		default:
		}
		if greeting(d.addr(d.IMAPPort), "mailtest-"+d.token) {
			d.mu.Lock()
			d.cmd, d.done = cmd, done
			d.started = true
			d.mu.Unlock()
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	_ = cmd.Process.Kill()
	waitBounded(done, 10*time.Second)
	return fmt.Errorf("dovecot did not answer on port %d", d.IMAPPort)
}

// scaleConf returns the settings for conns IMAP connections at once:
// lines for the imap-login service and top-level ones (none for 0).
func scaleConf(conns int) (login, top string) {
	if conns <= 0 {
		return "", ""
	}
	// Room for the LMTP, auth, log and anvil clients besides the imap
	// processes, and for a test's own extra connections.
	limit := conns + conns/4 + 100
	login = fmt.Sprintf("  service_count = 0\n  process_min_avail = 2\n  client_limit = %d\n  vsz_limit = 1G\n", limit)
	top = fmt.Sprintf("default_client_limit = %d\nservice imap {\n  process_limit = %d\n}\n", 2*limit, limit)
	return login, top
}

// greeting reports whether addr answers with a first line containing want.
func greeting(addr, want string) bool {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return false
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(2 * time.Second))
	line, err := bufio.NewReader(c).ReadString('\n')
	return err == nil && strings.Contains(line, want)
}

func (d *Dovecot) stop() { d.halt(syscall.SIGTERM) }

// halt sends sig to the master and, if it is not gone within a few
// seconds (it waits for clients' processes), kills the whole group.
func (d *Dovecot) halt(sig syscall.Signal) {
	d.mu.Lock()
	cmd, done := d.cmd, d.done
	d.cmd = nil
	d.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = syscall.Kill(-cmd.Process.Pid, sig)
	select {
	case <-done:
	case <-time.After(3 * time.Second):
	}
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	_ = cmd.Process.Kill()
	if !waitBounded(done, 10*time.Second) {
		d.t.Errorf("mailtest: dovecot (pid %d) survived SIGKILL; left behind", cmd.Process.Pid)
	}
}

// waitBounded waits for done up to d and says whether it closed.
func waitBounded(done <-chan struct{}, d time.Duration) bool {
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}

// Stop kills the server and every process it forked at once, dropping
// client connections as a crash or a reboot would; Start starts it again on
// the same ports with the same mail. Used to test reconnecting.
func (d *Dovecot) Stop() { d.halt(syscall.SIGKILL) }

// Start restarts a stopped server on the same ports.
func (d *Dovecot) Start() {
	d.t.Helper()
	d.removeDotlocks()
	bin, _ := lookBin("dovecot")
	var err error
	for attempt := 0; attempt < 50; attempt++ {
		if err = d.start(bin); err == nil {
			return
		}
		time.Sleep(100 * time.Millisecond) // the old sockets may linger briefly
	}
	d.t.Fatalf("mailtest: restart dovecot: %v", err)
}

// removeDotlocks deletes the lock files that processes killed by Stop
// left in the mail directories. Dovecot takes a lock file whose process
// is gone as stale at once, but one whose process ID now belongs to
// another process only after two minutes; on a test machine running many
// servers, process IDs (pid_max 32768 here) wrap within seconds, so a
// restarted server could wait that long for a lock nobody holds, as it
// would after a reboot, which is not what these tests are about.
func (d *Dovecot) removeDotlocks() {
	_ = filepath.WalkDir(filepath.Join(d.Dir, "mail"), func(path string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(e.Name(), ".lock") {
			_ = os.Remove(path) // a lock file that is gone is what we want
		}
		return nil // a directory that cannot be read has no lock of ours
	})
}

func (d *Dovecot) addr(port int) string { return net.JoinHostPort(d.Host, strconv.Itoa(port)) }

// IMAPAddr is host:port of the plaintext/STARTTLS IMAP listener.
func (d *Dovecot) IMAPAddr() string { return d.addr(d.IMAPPort) }

// Log returns the instance's log so far.
func (d *Dovecot) Log() string {
	b, _ := os.ReadFile(filepath.Join(d.Dir, "dovecot.log"))
	return string(b)
}

// LMTPAddr is host:port of the LMTP listener.
func (d *Dovecot) LMTPAddr() string { return d.addr(d.LMTPPort) }

// AddUser creates a mail user with the given address and password
// (Dovecot re-reads the passwd-file when it changes).
func (d *Dovecot) AddUser(t TB, addr, password string) {
	t.Helper()
	if strings.ContainsAny(addr+password, ":\r\n") {
		t.Fatalf("mailtest: user or password contains ':' or a newline")
	}
	d.mu.Lock()
	running := d.started
	defer func() {
		d.mu.Unlock()
		// Dovecot's auth process stats the passwd-file at most once per
		// second of its clock (db-passwd-file.c: last_sync_time ==
		// ioloop_time), so a lookup later in the second of an earlier one
		// still sees the old users: a login then fails ("unknown user")
		// and LMTP answers 550. Let that second end before anyone uses the
		// new user.
		if running {
			now := time.Now()
			time.Sleep(now.Truncate(time.Second).Add(time.Second + 20*time.Millisecond).Sub(now))
		}
	}()
	d.users[addr] = password
	var b strings.Builder
	for u, p := range d.users {
		fmt.Fprintf(&b, "%s:{PLAIN}%s::::::\n", u, p)
	}
	p := filepath.Join(d.Dir, "passwd")
	tmp := p + ".tmp"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	// Dovecot notices a changed passwd-file by its mtime, which has a
	// one-second resolution on some filesystems: make it differ.
	if st, err := os.Stat(p); err == nil {
		mt := st.ModTime().Add(time.Second)
		if now := time.Now(); now.After(mt) {
			mt = now
		}
		_ = os.Chtimes(tmp, mt, mt) // only ordering hints
	}
	if err := os.Rename(tmp, p); err != nil {
		t.Fatal(err)
	}
	_ = os.Chown(p, d.uid, d.gid) // best effort, as in WriteMaildir
}

// AddUsers creates many mail users at once (address → password), with
// one rewrite of the passwd-file and one wait for Dovecot to notice it,
// where AddUser waits up to a second for each.
func (d *Dovecot) AddUsers(t TB, users map[string]string) {
	t.Helper()
	for addr, password := range users {
		if strings.ContainsAny(addr+password, ":\r\n") {
			t.Fatalf("mailtest: user or password contains ':' or a newline")
		}
	}
	d.mu.Lock()
	for addr, password := range users {
		d.users[addr] = password
	}
	d.mu.Unlock()
	// AddUser rewrites the file with every user, the new ones included.
	for addr, password := range users {
		d.AddUser(t, addr, password)
		return
	}
}

// Doveadm runs doveadm with args against the instance (doveadm -c
// CONF args...) and returns what it printed.
func (d *Dovecot) Doveadm(args ...string) ([]byte, error) {
	bin, err := lookBin("doveadm")
	if err != nil {
		return nil, err
	}
	out, err := exec.Command(bin, append([]string{"-c", d.conf}, args...)...).CombinedOutput()
	if err != nil {
		return out, fmt.Errorf("doveadm %s: %w: %s", strings.Join(args, " "), err, out)
	}
	return out, nil
}

// Password returns a user's password.
func (d *Dovecot) Password(addr string) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.users[addr]
}

func freePorts(n int) ([]int, error) {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	var ports []int
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

func chownTree(dir string, uid, gid int) error {
	if os.Geteuid() != 0 {
		return nil
	}
	return filepath.Walk(dir, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return nil // a file vanished under us
		}
		return os.Lchown(p, uid, gid)
	})
}

func randHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// CPUTime returns the CPU time (user plus system) used so far by the
// instance's live processes whose command name is one of comm ("imap",
// "imap-login", "lmtp", ...; none = every process), read from /proc. The
// bench charges server work to a client's commands with it; processes that
// have exited are no longer counted, so take differences over periods in
// which the processes of interest stay up (or use TotalCPUTime).
func (d *Dovecot) CPUTime(comm ...string) (time.Duration, error) {
	live, _, err := d.cpu(comm)
	return live, err
}

// TotalCPUTime returns the CPU time used so far by the whole instance:
// its live processes plus the exited ones the master has reaped.
func (d *Dovecot) TotalCPUTime() (time.Duration, error) {
	live, reaped, err := d.cpu(nil)
	return live + reaped, err
}

func (d *Dovecot) cpu(comm []string) (live, reaped time.Duration, err error) {
	d.mu.Lock()
	cmd := d.cmd
	d.mu.Unlock()
	if cmd == nil {
		return 0, 0, fmt.Errorf("mailtest: dovecot is not running")
	}
	master := cmd.Process.Pid // started with Setpgid: the group is the master's pid
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return 0, 0, err
	}
	var liveNanos, reapedTicks int64
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue // gone meanwhile
		}
		name, f, ok := parseStat(string(b))
		// f[0] is stat field 3 (state); proc(5): pgrp is field 5, utime,
		// stime, cutime and cstime are fields 14 to 17, in clock ticks.
		if !ok || len(f) < 15 || f[2] != strconv.Itoa(master) {
			continue
		}
		tick := func(i int) int64 { v, _ := strconv.ParseInt(f[i], 10, 64); return v }
		if pid == master {
			reapedTicks += tick(13) + tick(14)
		}
		if len(comm) > 0 && !slices.Contains(comm, name) {
			continue
		}
		// schedstat's first field is the time on a CPU in nanoseconds:
		// precise, where stat rounds to 10 ms ticks.
		if b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "schedstat")); err == nil {
			if fs := strings.Fields(string(b)); len(fs) > 0 {
				if ns, err := strconv.ParseInt(fs[0], 10, 64); err == nil {
					liveNanos += ns
					continue
				}
			}
		}
		liveNanos += tick(11) + tick(12)*int64(time.Second/clockTicks)
	}
	return time.Duration(liveNanos), time.Duration(reapedTicks) * time.Second / clockTicks, nil
}

// clockTicks is sysconf(_SC_CLK_TCK), 100 on every Linux architecture Go
// supports.
const clockTicks = 100

// parseStat splits /proc/PID/stat into the command name and the fields
// after it; the name is in parentheses and may itself contain spaces or
// parentheses.
func parseStat(s string) (name string, fields []string, ok bool) {
	open, end := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
	if open < 0 || end < open {
		return "", nil, false
	}
	return s[open+1 : end], strings.Fields(s[end+1:]), true
}

// DovecotVersion returns what `dovecot --version` prints ("2.3.19.1
// (9b53102964)"), or "" when Dovecot is not installed.
func DovecotVersion() string {
	bin, err := lookBin("dovecot")
	if err != nil {
		return ""
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
