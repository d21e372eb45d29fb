package mailbox

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/fivemin/fivemin/mailbox/mailtest"
)

// BenchmarkDovecotIdlePoll measures what a mailbox on a quiet INBOX costs
// per look, at two INBOX sizes (the figure must not grow with the INBOX):
//
//   - poll: one poll as Run makes it on a server without IDLE (NOOP, and a
//     sync round only if the server announced mail);
//   - round: one empty sync round (UID SEARCH of what is past the last
//     handled UID), as after every IDLE wake-up.
//
// Besides ns/op it reports the Dovecot CPU (imap and imap-login, the TLS
// proxy) and the bytes per operation:
//
//	CI=true go test -run '^$' -bench DovecotIdlePoll ./mailbox
func BenchmarkDovecotIdlePoll(b *testing.B) {
	d := mailtest.StartDovecot(b)
	for _, size := range []int{100, 10000} {
		user := fmt.Sprintf("idle%d@example.com", size)
		d.AddUser(b, user, "pw")
		now := time.Now()
		for i := 0; i < size; i++ {
			if err := d.WriteMaildirErr(user, "INBOX", clientMail(i, "seeded"), false, now); err != nil {
				b.Fatal(err)
			}
		}
		acct := dovecotAccount(d, user)
		acct.FirstRun = FirstRun{} // the INBOX counts as handled
		m, err := New(Config{Account: acct, DB: tempDB(b), Handle: buildDraftHandle})
		if err != nil {
			b.Fatal(err)
		}
		ctx := context.Background()
		s, err := m.dial(ctx)
		if err != nil {
			b.Fatal(err)
		}
		// The first round selects and indexes the INBOX and sets the
		// baseline: nothing is fetched.
		if st, err := m.syncInbox(ctx, s); err != nil || st.Fetched != 0 {
			s.close()
			b.Fatalf("first round: %+v, %v", st, err)
		}
		for _, kind := range []string{"poll", "round"} {
			b.Run(fmt.Sprintf("%s/inbox=%d", kind, size), func(b *testing.B) {
				benchIdle(b, d, m, s, kind)
			})
		}
		s.close()
	}
}

// benchIdle runs b.N idle polls or empty rounds on s and reports their
// server CPU and bytes; finding mail fails the benchmark, since the figure
// is for a quiet INBOX.
func benchIdle(b *testing.B, d *mailtest.Dovecot, m *Mailbox, s *session, kind string) {
	ctx := context.Background()
	s0, err := d.CPUTime("imap", "imap-login")
	if err != nil {
		b.Fatal(err)
	}
	w0 := s.conn.in.Load() + s.conn.out.Load()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if kind == "poll" {
			if err := s.noop(); err != nil {
				b.Fatal(err)
			}
			if s.pending() {
				b.Fatal("an idle poll saw new mail")
			}
			continue
		}
		st, err := m.syncInbox(ctx, s)
		if err != nil {
			b.Fatal(err)
		}
		if st.Fetched != 0 {
			b.Fatalf("an empty round fetched %d messages", st.Fetched)
		}
	}
	b.StopTimer()
	s1, err := d.CPUTime("imap", "imap-login")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(s1-s0)/float64(time.Microsecond)/float64(b.N), "server-µs/op")
	b.ReportMetric(float64(s.conn.in.Load()+s.conn.out.Load()-w0)/float64(b.N), "bytes/op")
}
