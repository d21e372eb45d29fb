package mailbox

import (
	"bytes"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/fivemin/fivemin/mailbox/mailtest/fakeclock"
	"go.etcd.io/bbolt"
)

// TestDovecotSilentServer puts a proxy between the poller and Dovecot that
// goes silent: connections stay open but nothing passes, and new ones are
// accepted but never greeted. The watchdog must take the idling connection
// (and the INBOX check's) for dead, the dial timeout must end the hanging
// reconnects, and once the path works again the poller must reconnect and
// draft the mail that arrived meanwhile, then keep drafting.
func TestDovecotSilentServer(t *testing.T) {
	t.Parallel()
	d := startDovecot(t)
	p := startSilentProxy(t, d.IMAPAddr())
	acct := dovecotAccount(d, rep)
	acct.CommandTimeout = time.Second
	acct.DialTimeout = time.Second
	acct.KeepAlive = 500 * time.Millisecond // IDLE ends (and DONE must be answered) this often
	acct.MaxBackoff = 200 * time.Millisecond
	h := newTestHandler()
	m := newMailbox(t, Config{Account: acct, DB: tempDB(t), Logger: testLogger(t), Handle: h.handle, Dial: p.dial})
	runMailbox(t, m)
	raw1 := clientMail(1, "before the silence")
	d.Deliver(t, rep, raw1)
	waitFor(t, "first draft", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[Token(rep, raw1)] == 1 })
	sessions := m.Stats().Sessions

	p.silence()
	acceptedBefore := p.accepted.Load()
	raw2 := clientMail(2, "during the silence")
	d.Deliver(t, rep, raw2)
	// Dead connection noticed, and at least two reconnects that hung at
	// the greeting and were given up on.
	waitFor(t, "reconnect attempts while silent", 10*time.Second, func() bool { return p.accepted.Load() >= acceptedBefore+3 })
	if n := draftsByToken(t, d, rep)[Token(rep, raw2)]; n != 0 {
		t.Fatalf("drafted through a silent proxy: %d", n)
	}
	p.speak()
	waitFor(t, "catch-up draft after the silence", 15*time.Second, func() bool { return draftsByToken(t, d, rep)[Token(rep, raw2)] == 1 })
	if got := m.Stats().Sessions; got <= sessions {
		t.Errorf("sessions %d after the silence, want more than %d", got, sessions)
	}
	raw3 := clientMail(3, "after the silence")
	d.Deliver(t, rep, raw3)
	waitFor(t, "draft after the silence", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[Token(rep, raw3)] == 1 })
	for _, raw := range [][]byte{raw1, raw2, raw3} {
		if c := h.count(Token(rep, raw)); c != 1 {
			t.Errorf("handler called %d times for %q", c, raw[:40])
		}
	}
}

// TestDovecotIdleCheck compares the poller with and without the INBOX
// check on Dovecot, which announces new mail over IDLE only after 0.5s:
// with a check every 20ms the check sees each message first; without it
// IDLE announces them and no check is made.
func TestDovecotIdleCheck(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		check     time.Duration
		wantCheck bool
	}{
		{"check every 20ms", 20 * time.Millisecond, true},
		{"check off", -1, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := startDovecot(t)
			acct := dovecotAccount(d, rep)
			acct.IdleCheck = tc.check
			m := newMailbox(t, Config{Account: acct, DB: tempDB(t), Logger: testLogger(t), Handle: newTestHandler().handle})
			var waiting atomic.Bool
			m.hook().onWait = func() { waiting.Store(true) }
			runMailbox(t, m)
			waitFor(t, "poller idling", 10*time.Second, func() bool {
				return waiting.Load() && (!tc.wantCheck || m.Stats().Checks > 0)
			})
			const n = 3
			for i := 1; i <= n; i++ {
				raw := clientMail(i, "idle check")
				waiting.Store(false)
				d.Deliver(t, rep, raw)
				waitFor(t, "draft", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[Token(rep, raw)] == 1 })
				// The counts follow the drafts' records, a moment after
				// the drafts show in Drafts. The next message arrives
				// once the poller waits again: mail that arrives during a
				// round is found by that round and announces nothing.
				waitFor(t, "arrival counted", 5*time.Second, func() bool {
					st := m.Stats()
					return st.CheckWakes+st.IdleWakes >= int64(i) && waiting.Load()
				})
			}
			st := m.Stats()
			t.Logf("stats %+v", st)
			if st.CheckWakes+st.IdleWakes != n {
				t.Errorf("%d arrivals announced by the check and %d by IDLE, want %d in all", st.CheckWakes, st.IdleWakes, n)
			}
			if tc.wantCheck {
				// Dovecot's IDLE waits 500ms: a check every 20ms is first
				// unless the machine stalls for half a second.
				if st.CheckWakes < n-1 || st.CheckSlowed {
					t.Errorf("check first for %d of %d arrivals (slowed %v), want at least %d", st.CheckWakes, n, st.CheckSlowed, n-1)
				}
			} else if st.Checks != 0 || st.CheckWakes != 0 {
				t.Errorf("check off, yet %d checks and %d check wake-ups", st.Checks, st.CheckWakes)
			}
		})
	}
}

// TestMemServerPromptIdleSlowsCheck runs the poller against a server that
// announces new mail over IDLE at once (the in-process server): after a
// few arrivals IDLE announced first, the INBOX check slows down, and mail
// is still drafted.
func TestMemServerPromptIdleSlowsCheck(t *testing.T) {
	t.Parallel()
	s := startMemServerCaps(t, imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapUIDPlus: {}, imap.CapIdle: {}})
	acct := Account{Name: rep, IMAP: Endpoint{Host: "127.0.0.1", Port: 1, TLS: NoTLS, User: rep, Password: "pw"},
		IdleCheck: 150 * time.Millisecond, CommandTimeout: 2 * time.Second, MaxBackoff: 100 * time.Millisecond, WatchInterval: time.Hour}
	m := newMailbox(t, Config{Account: acct, DB: tempDB(t), Logger: testLogger(t), Handle: newTestHandler().handle, Dial: s.dial})
	var waiting atomic.Bool
	m.hook().onWait = func() { waiting.Store(true) }
	runMailbox(t, m)
	waitFor(t, "check running", 10*time.Second, func() bool { return m.Stats().Checks > 0 && waiting.Load() })
	// IDLE wins count only while the check runs at full speed, which a
	// loaded machine may not keep up: deliver until the check slows, with
	// a generous bound. Each message arrives once the previous one is
	// counted and the poller waits again (mail that arrives during a round
	// is found by a round that no wake-up started, and is not counted).
	const maxArrivals = 10 * idlePromptStreak
	n := 0
	for n < maxArrivals && !m.Stats().CheckSlowed {
		n++
		raw := clientMail(n, "prompt idle")
		waiting.Store(false)
		s.deliver(t, raw)
		waitFor(t, "draft", 10*time.Second, func() bool { return s.drafts(t)[Token(rep, raw)] == 1 })
		waitFor(t, "arrival counted and the poller waiting again", 10*time.Second, func() bool {
			st := m.Stats()
			return st.IdleWakes+st.CheckWakes >= int64(n) && waiting.Load()
		})
	}
	st := m.Stats()
	t.Logf("stats after %d arrivals: %+v", n, st)
	if !st.CheckSlowed || st.IdleWakes < idlePromptStreak {
		t.Fatalf("after %d arrivals (%d announced by IDLE first, %d by the check) the check is not slowed", n, st.IdleWakes, st.CheckWakes)
	}
	if got := m.checker.interval(); got != checkSlow {
		t.Errorf("slowed check runs every %v, want %v", got, checkSlow)
	}
}

// TestDovecotFirstSyncInChunks runs a first sync over many chunks and
// memory groups (shrunk for the test), so that groups select Drafts to
// append and the next group must select the INBOX again; the INBOX also
// holds the same message twice. Every unseen client email gets exactly
// one draft, the rest none, and the INBOX stays unread.
func TestDovecotFirstSyncInChunks(t *testing.T) {
	t.Parallel()
	d, h, m := dovecotMailbox(t)
	m.chunkCount, m.chunkBytes = 9, 2500 // groups of about 7 messages, several per chunk
	want := map[string]bool{}
	var skips, seen []string
	now := time.Now()
	for i := 1; i <= 40; i++ {
		subj := "chunked"
		if i%6 == 0 {
			subj += " [skip]" // some groups get fewer drafts than selectDraftsMin
		}
		raw := clientMail(i, subj)
		tok := Token(rep, raw)
		switch {
		case i%10 == 3:
			if err := d.WriteMaildirErr(rep, "INBOX", raw, true, now); err != nil { // seen: not handled
				t.Fatal(err)
			}
			seen = append(seen, tok)
			continue
		case strings.Contains(subj, "[skip]"):
			skips = append(skips, tok)
		default:
			want[tok] = true
		}
		if err := d.WriteMaildirErr(rep, "INBOX", raw, false, now); err != nil {
			t.Fatal(err)
		}
		if i == 20 {
			if err := d.WriteMaildirErr(rep, "INBOX", raw, false, now); err != nil { // delivered twice
				t.Fatal(err)
			}
		}
	}
	runMailbox(t, m)
	waitFor(t, "first sync", 20*time.Second, func() bool { return len(draftsByToken(t, d, rep)) >= len(want) })
	raw := clientMail(99, "after the first sync")
	d.Deliver(t, rep, raw)
	want[Token(rep, raw)] = true
	waitFor(t, "draft after the first sync", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[Token(rep, raw)] == 1 })
	got := draftsByToken(t, d, rep)
	if len(got) != len(want) {
		t.Errorf("%d tokens in Drafts, want %d", len(got), len(want))
	}
	for tok := range want {
		if got[tok] != 1 || h.count(tok) != 1 {
			t.Errorf("token %s: %d drafts, %d handler calls; want 1 and 1", tok[:8], got[tok], h.count(tok))
		}
	}
	for _, tok := range append(skips, seen...) {
		if got[tok] != 0 {
			t.Errorf("token %s drafted", tok[:8])
		}
	}
	for _, tok := range seen {
		if h.count(tok) != 0 {
			t.Errorf("seen message %s handled", tok[:8])
		}
	}
	for _, msg := range d.Messages(t, rep, "INBOX") {
		if msg.HasFlag(imap.FlagSeen) != seenRaw(msg.Raw, seen) {
			t.Errorf("INBOX message %d seen=%v changed by fivemin", msg.UID, msg.HasFlag(imap.FlagSeen))
		}
	}
}

// seenRaw reports whether raw's token is among the seeded seen ones.
func seenRaw(raw []byte, seen []string) bool {
	tok := Token(rep, raw)
	for _, s := range seen {
		if s == tok {
			return true
		}
	}
	return false
}

// TestDovecotLateDuplicateRemoved recreates what a kill -9 during
// pipelined APPENDs can leave: intents whose APPENDs the server had not
// stored yet when the next run looked for them, so the next run appends
// the drafts again, and then the server stores the first copies after all.
// The later look must remove those copies, keep the first one of each, and
// leave a copy the rep edited alone. One token is searched for on its own,
// six in one pass over Drafts.
func TestDovecotLateDuplicateRemoved(t *testing.T) {
	t.Parallel()
	for _, n := range []int{1, 6} {
		t.Run(fmt.Sprintf("%d intents", n), func(t *testing.T) {
			t.Parallel()
			d := startDovecot(t)
			db := tempDB(t)
			// The clock stands still until the late copies are in place:
			// the rechecks come after them however slow the machine.
			clk := fakeclock.New(time.Now())
			m := newMailbox(t, Config{Account: dovecotAccount(d, rep), DB: db, Logger: testLogger(t), Handle: newTestHandler().handle, Now: clk.Now})
			m.recheckAfter = []time.Duration{400 * time.Millisecond, 800 * time.Millisecond}
			var toks []string
			drafts := map[string][]byte{}
			now := time.Now()
			for i := 1; i <= n; i++ {
				src := clientMail(i, "late copy")
				tok := Token(rep, src)
				res, err := buildDraft(&Message{Raw: src, Token: tok})
				if err != nil {
					t.Fatal(err)
				}
				toks, drafts[tok] = append(toks, tok), res.Draft
				// The intent a killed run left behind.
				err = db.Update(func(tx *bbolt.Tx) error {
					return m.st.putRecord(tx, &Record{Token: tok, Outcome: OutcomePending, Draft: res.Draft, Created: now, Updated: now})
				})
				if err != nil {
					t.Fatal(err)
				}
			}
			runMailbox(t, m)
			first := map[string]*Record{}
			waitFor(t, "reconcile appends the drafts again", 10*time.Second, func() bool {
				for _, tok := range toks {
					r, _ := m.Lookup(tok)
					if r == nil || r.Outcome != OutcomeDrafted {
						return false
					}
					first[tok] = r
				}
				return true
			})
			for tok, r := range first {
				if r.Reappended.IsZero() || r.DraftSum != draftSum(drafts[tok]) {
					t.Fatalf("reappended draft not marked for a recheck: %+v", r)
				}
			}
			// The killed run's copies land late (every other one), and
			// the rep edits a copy of the first.
			c := d.Dial(t, rep)
			edited := bytes.Replace(drafts[toks[0]], []byte("five free minutes"), []byte("five free minutes, edited"), 1)
			late := [][]byte{edited}
			for i, tok := range toks {
				if i%2 == 0 {
					late = append(late, drafts[tok])
				}
			}
			for _, raw := range late {
				ac := c.Append("Drafts", int64(len(raw)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagDraft, imap.FlagSeen}})
				_, _ = ac.Write(raw) // Wait reports a failed APPEND
				_ = ac.Close()
				if _, err := ac.Wait(); err != nil {
					t.Fatal(err)
				}
			}
			clk.Advance(time.Second)
			waitFor(t, "the first recheck", 10*time.Second, func() bool {
				for _, tok := range toks {
					if r, _ := m.Lookup(tok); r == nil || r.Rechecks < 1 && !r.Reappended.IsZero() {
						return false
					}
				}
				return true
			})
			clk.Advance(time.Second)
			waitFor(t, "both rechecks", 10*time.Second, func() bool {
				for _, tok := range toks {
					if r, _ := m.Lookup(tok); r == nil || !r.Reappended.IsZero() {
						return false
					}
				}
				return true
			})
			kept := map[string][]imap.UID{}
			changed := 0
			for _, msg := range d.Messages(t, rep, "Drafts") {
				tok := msg.Header.Get(HeaderSource)
				switch {
				case bytes.Equal(msg.Raw, drafts[tok]):
					kept[tok] = append(kept[tok], msg.UID)
				case bytes.Equal(msg.Raw, edited):
					changed++
				default:
					t.Errorf("unexpected draft %d:\n%s", msg.UID, msg.Raw)
				}
			}
			if changed != 1 {
				t.Errorf("%d edited copies left, want 1", changed)
			}
			for _, tok := range toks {
				r, _ := m.Lookup(tok)
				if len(kept[tok]) != 1 || r.DraftUID != uint32(kept[tok][0]) || r.DraftUID != first[tok].DraftUID {
					t.Errorf("token %s: copies %v left, record points to %d, first appended %d", tok[:8], kept[tok], r.DraftUID, first[tok].DraftUID)
				}
			}
		})
	}
}

// TestDovecotPollingWhileWatching polls without IDLE while the Sent and
// Drafts watch selects other folders every few polls: every message is
// drafted once, and polls that saw no EXISTS did not search: the rounds
// that found nothing are the first one, one after each watch (it selects
// other folders, so EXISTS could be missed) and at most one per arrival.
func TestDovecotPollingWhileWatching(t *testing.T) {
	t.Parallel()
	d := startDovecot(t)
	acct := dovecotAccount(d, rep)
	acct.DisableIdle, acct.PollInterval, acct.WatchInterval = true, 20*time.Millisecond, 300*time.Millisecond
	h := newTestHandler()
	var empty, watches atomic.Int64
	m := newMailbox(t, Config{Account: acct, DB: tempDB(t), Logger: testLogger(t), Handle: h.handle})
	m.hook().onRound = func(st SyncStats) {
		if st.Fetched == 0 {
			empty.Add(1)
		}
	}
	m.hook().onWatch = func() { watches.Add(1) }
	runMailbox(t, m)
	const n = 5
	for i := 1; i <= n; i++ {
		raw := clientMail(i, "polled")
		d.Deliver(t, rep, raw)
		waitFor(t, "draft", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[Token(rep, raw)] == 1 })
	}
	polls0 := m.Stats().Polls
	waitFor(t, "50 more polls", 20*time.Second, func() bool { return m.Stats().Polls >= polls0+50 })
	// Read the watches first: a round that follows a watch counted after
	// this read would only raise the bound.
	w := watches.Load()
	if e := empty.Load(); e > 1+w+n+1 {
		t.Errorf("%d empty sync rounds with %d watches, %d arrivals and %d polls: polls without news must not search", e, w, n, m.Stats().Polls)
	}
	if got := draftsByToken(t, d, rep); len(got) != n {
		t.Errorf("drafts %v, want %d", got, n)
	}
}
