package mailbox

import (
	"context"
	"crypto/tls"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/fivemin/fivemin/mailbox/mailtest"
)

const rep = "rep@example.com"

func startDovecot(t *testing.T) *mailtest.Dovecot {
	d := mailtest.StartDovecot(t)
	d.AddUser(t, rep, "s3cret")
	return d
}

// TestDovecotNewMailToDraft covers the first run policy, drafts for new
// mail announced over IDLE, and a restart that must not duplicate, over
// each TLS mode.
func TestDovecotNewMailToDraft(t *testing.T) {
	t.Parallel()
	for _, mode := range []TLSMode{StartTLS, TLS, NoTLS} {
		t.Run(string(mode), func(t *testing.T) {
			t.Parallel()
			d := startDovecot(t)
			acct := dovecotAccount(d, rep)
			acct.IMAP.TLS = mode
			if mode == TLS {
				acct.IMAP.Port = d.IMAPSPort
			}
			// Before the first start: one unseen, one seen, one to skip.
			d.Deliver(t, rep, clientMail(1, "unseen before start"))
			d.WriteMaildir(t, rep, "INBOX", clientMail(2, "seen before start"), true)
			d.Deliver(t, rep, clientMail(3, "newsletter [skip]"))

			db := tempDB(t)
			h := newTestHandler()
			m := newMailbox(t, Config{Account: acct, DB: db, Logger: testLogger(t), Handle: h.handle})
			stop := runMailbox(t, m)
			tok1 := Token(rep, clientMail(1, "unseen before start"))
			tok2 := Token(rep, clientMail(2, "seen before start"))
			tok3 := Token(rep, clientMail(3, "newsletter [skip]"))
			waitFor(t, "draft for the unseen message", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[tok1] == 1 })
			waitFor(t, "skip recorded", 10*time.Second, func() bool {
				r, _ := m.Lookup(tok3)
				return r != nil && r.Outcome == OutcomeSkipped && r.Reason == "test-skip"
			})
			if r, _ := m.Lookup(tok2); r != nil || h.count(tok2) != 0 {
				t.Errorf("seen message handled before start: %+v", r)
			}

			// IDLE wake-up: new mail after the first sync.
			tok4 := deliverClient(t, d, 4, "after start")
			waitFor(t, "draft for new mail", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[tok4] == 1 })

			// Draft flags, and the client's mail left unread for the rep.
			for _, msg := range d.Messages(t, rep, "Drafts") {
				if !msg.HasFlag(imap.FlagDraft) || !msg.HasFlag(imap.FlagSeen) {
					t.Errorf("draft %d flags %v, want \\Draft and \\Seen", msg.UID, msg.Flags)
				}
			}
			for _, msg := range d.Messages(t, rep, "INBOX") {
				if strings.Contains(msg.Header.Get("Subject"), "seen before start") {
					continue
				}
				if msg.HasFlag(imap.FlagSeen) {
					t.Errorf("source %q marked \\Seen by fivemin", msg.Header.Get("Subject"))
				}
			}
			r4, _ := m.Lookup(tok4)
			if r4 == nil || r4.Outcome != OutcomeDrafted || r4.DraftUID == 0 {
				t.Fatalf("record for new mail: %+v", r4)
			}

			// Restart on the same state: nothing is drafted twice.
			stop()
			m2 := newMailbox(t, Config{Account: acct, DB: db, Logger: testLogger(t), Handle: h.handle})
			runMailbox(t, m2)
			tok5 := deliverClient(t, d, 5, "after restart")
			waitFor(t, "draft after restart", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[tok5] == 1 })
			got := draftsByToken(t, d, rep)
			want := map[string]int{tok1: 1, tok4: 1, tok5: 1}
			if len(got) != len(want) {
				t.Errorf("drafts %v, want %v", got, want)
			}
			for tok, n := range want {
				if got[tok] != n || h.count(tok) != 1 {
					t.Errorf("token %s: %d drafts, %d handler calls; want 1 and 1", tok[:8], got[tok], h.count(tok))
				}
			}
		})
	}
}

// TestDovecotServerRestartMidIdle stops the server while the poller idles,
// adds mail while it is down, and expects the poller to reconnect and
// catch up, then keep idling.
func TestDovecotServerRestartMidIdle(t *testing.T) {
	t.Parallel()
	d, _, m := dovecotMailbox(t)
	runMailbox(t, m)
	tok1 := deliverClient(t, d, 1, "before outage")
	waitFor(t, "first draft", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[tok1] == 1 })

	d.Stop()
	d.WriteMaildir(t, rep, "INBOX", clientMail(2, "during outage"), false)
	time.Sleep(300 * time.Millisecond) // a few failed reconnects
	d.Start()
	tok2 := Token(rep, clientMail(2, "during outage"))
	waitFor(t, "catch-up draft", 15*time.Second, func() bool { return draftsByToken(t, d, rep)[tok2] == 1 })
	tok3 := deliverClient(t, d, 3, "after outage")
	waitFor(t, "draft after reconnect", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[tok3] == 1 })
	if got := draftsByToken(t, d, rep); len(got) != 3 {
		t.Errorf("drafts %v, want 3 distinct", got)
	}
}

// TestDovecotUIDValidityChange renumbers the INBOX under a running poller:
// old messages come back with new UIDs and must not be drafted again.
func TestDovecotUIDValidityChange(t *testing.T) {
	t.Parallel()
	d, h, m := dovecotMailbox(t)
	runMailbox(t, m)
	var toks []string
	for i := 1; i <= 3; i++ {
		toks = append(toks, deliverClient(t, d, i, "before reset"))
	}
	waitFor(t, "three drafts", 10*time.Second, func() bool { return len(draftsByToken(t, d, rep)) == 3 })
	d.ResetUIDValidity(t, rep, "INBOX")
	toks = append(toks, deliverClient(t, d, 4, "after reset"))
	waitFor(t, "draft after reset", 15*time.Second, func() bool { return draftsByToken(t, d, rep)[toks[3]] == 1 })
	got := draftsByToken(t, d, rep)
	for _, tok := range toks {
		if got[tok] != 1 || h.count(tok) != 1 {
			t.Errorf("token %s: %d drafts, %d handler calls", tok[:8], got[tok], h.count(tok))
		}
	}
	if len(got) != 4 {
		t.Errorf("drafts %v", got)
	}
}

// TestDovecotDeletedBeforeFetch expunges a message between the SEARCH that
// found it and the FETCH: it is passed over and the rest still drafted.
func TestDovecotDeletedBeforeFetch(t *testing.T) {
	t.Parallel()
	d, h, m := dovecotMailbox(t)
	var once sync.Once
	var hookErr error
	m.hook().afterSearch = func(uids []uint32) {
		once.Do(func() {
			c, err := d.DialErr(rep)
			if err != nil {
				hookErr = err
				return
			}
			defer c.Close()
			if _, err := c.Select("INBOX", nil).Wait(); err != nil {
				hookErr = err
				return
			}
			set := imap.UIDSetNum(imap.UID(uids[0]))
			if err := c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
				hookErr = err
				return
			}
			hookErr = c.UIDExpunge(set).Close()
		})
	}
	// First run handles unseen mail: both messages are found by one SEARCH.
	d.Deliver(t, rep, clientMail(1, "deleted soon"))
	d.Deliver(t, rep, clientMail(2, "kept"))
	runMailbox(t, m)
	tok1, tok2 := Token(rep, clientMail(1, "deleted soon")), Token(rep, clientMail(2, "kept"))
	waitFor(t, "draft for the kept message", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[tok2] == 1 })
	if hookErr != nil {
		t.Fatal(hookErr)
	}
	if got := draftsByToken(t, d, rep); got[tok1] != 0 || h.count(tok1) != 0 {
		t.Errorf("expunged message was handled: drafts %v", got)
	}
	// And the poller keeps working afterwards.
	tok3 := deliverClient(t, d, 3, "later")
	waitFor(t, "later draft", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[tok3] == 1 })
}

// TestDovecotSendAndWatch sends one draft with Send through a real
// Postfix, "sends" another from the rep's own client (copy in Sent, draft
// removed) and deletes a third: each is reported exactly once.
func TestDovecotSendAndWatch(t *testing.T) {
	t.Parallel()
	d := startDovecot(t)
	p := mailtest.StartPostfix(t, d)
	for i := 1; i <= 3; i++ {
		d.AddUser(t, "client"+string(rune('0'+i))+"@client.test", "pw")
	}
	acct := dovecotAccount(d, rep)
	acct.SMTP = Endpoint{Host: "127.0.0.1", Port: p.Port, TLS: StartTLS, User: rep, Password: d.Password(rep),
		TLSConfig: &tls.Config{RootCAs: p.CertPool}}
	acct.WatchInterval = 200 * time.Millisecond
	acct.DeleteGrace = 400 * time.Millisecond

	var mu sync.Mutex
	sent := map[string][]SentEvent{}
	deleted := map[string]int{}
	m, err := New(Config{Account: acct, DB: tempDB(t), Logger: testLogger(t), Handle: newTestHandler().handle,
		OnSent: func(_ context.Context, e SentEvent) {
			mu.Lock()
			defer mu.Unlock()
			sent[e.Token] = append(sent[e.Token], e)
		},
		OnDeleted: func(_ context.Context, e DeletedEvent) {
			mu.Lock()
			defer mu.Unlock()
			deleted[e.Token]++
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	runMailbox(t, m)
	var toks []string
	for i := 1; i <= 3; i++ {
		toks = append(toks, deliverClient(t, d, i, "please reply"))
	}
	waitFor(t, "three drafts", 10*time.Second, func() bool { return len(draftsByToken(t, d, rep)) == 3 })

	ctx := context.Background()
	ob, err := m.Outbox(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ob) != 3 {
		t.Fatalf("outbox has %d items, want 3: %+v", len(ob), ob)
	}
	for _, it := range ob {
		if !strings.HasPrefix(it.Subject, "Re: please reply") || it.QuoteID == "" || it.Recorded == nil {
			t.Errorf("outbox item %+v", it)
		}
	}

	// 1. Send through fivemin.
	res, err := m.Send(ctx, toks[0], false)
	if err != nil {
		t.Fatalf("send: %v\npostfix log:\n%s", err, p.Log())
	}
	if len(res.Recipients) != 1 || res.Recipients[0] != "client1@client.test" {
		t.Errorf("recipients %v", res.Recipients)
	}
	if _, err := m.Send(ctx, toks[0], false); !errors.Is(err, ErrAlreadySent) {
		t.Errorf("second send: %v, want ErrAlreadySent", err)
	}
	waitFor(t, "client receives the reply", 10*time.Second, func() bool {
		for _, msg := range d.Messages(t, "client1@client.test", "INBOX") {
			// X-Fivemin-Source stays home: the Message-ID identifies it.
			if msg.Header.Get("Message-Id") == "<"+toks[0][:20]+"@fivemin.test>" && msg.Header.Get(HeaderSource) == "" {
				return true
			}
		}
		return false
	})
	sentBox := d.Messages(t, rep, "Sent")
	if len(sentBox) != 1 || sentBox[0].Header.Get(HeaderSource) != toks[0] || !sentBox[0].HasFlag(imap.FlagSeen) {
		t.Errorf("Sent folder after Send: %+v", sentBox)
	}

	// 2. The rep sends the second draft from their own mail client.
	var draft2 mailtest.Message
	for _, msg := range d.Messages(t, rep, "Drafts") {
		if msg.Header.Get(HeaderSource) == toks[1] {
			draft2 = msg
		}
	}
	c := d.Dial(t, rep)
	edited := []byte(strings.Replace(string(draft2.Raw), "five free minutes", "five free minutes (edited)", 1))
	ac := c.Append("Sent", int64(len(edited)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagSeen}})
	_, _ = ac.Write(edited) // Wait reports a failed APPEND
	_ = ac.Close()
	if _, err := ac.Wait(); err != nil {
		t.Fatal(err)
	}
	d.Expunge(t, rep, "Drafts", draft2.UID)

	// 3. The rep deletes the third draft.
	for _, msg := range d.Messages(t, rep, "Drafts") {
		if msg.Header.Get(HeaderSource) == toks[2] {
			d.Expunge(t, rep, "Drafts", msg.UID)
		}
	}
	waitFor(t, "sent and deleted reports", 10*time.Second, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(sent[toks[1]]) > 0 && deleted[toks[2]] > 0
	})
	time.Sleep(3 * acct.WatchInterval) // more rounds must not report again
	mu.Lock()
	defer mu.Unlock()
	if evs := sent[toks[0]]; len(evs) != 1 || evs[0].Via != "fivemin" || len(evs[0].Raw) == 0 {
		t.Errorf("fivemin send reported %d times: %+v", len(evs), evs)
	}
	if evs := sent[toks[1]]; len(evs) != 1 || evs[0].Via != "client" || !strings.Contains(string(evs[0].Raw), "(edited)") {
		t.Errorf("client send reported %d times: %+v", len(evs), evs)
	}
	if deleted[toks[2]] != 1 || deleted[toks[0]] != 0 || deleted[toks[1]] != 0 {
		t.Errorf("deleted reports %v", deleted)
	}
	if ob, err := m.Outbox(ctx); err != nil || len(ob) != 0 {
		t.Errorf("outbox after all: %+v, %v", ob, err)
	}
}
