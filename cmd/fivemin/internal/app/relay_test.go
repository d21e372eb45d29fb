package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/mailtest"
	"github.com/fivemin/fivemin/quoting/ledger"
	"github.com/fivemin/fivemin/triage"
	"github.com/fivemin/fivemin/triage/address"
)

// TestRelayedClient: which relayed messages take their Reply-To as the
// client. The firm is tidewaterbooks.test; forms.example.net is excluded.
func TestRelayedClient(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.db")
	senders := "[rates]\ndefault = \"85.00\"\n[senders]\nexclude = [\"forms.example.net\"]\n"
	on := handleConfig(t, state, "", senders)
	off := handleConfig(t, state, "", senders+"reply_to_relays = false\n")
	only := handleConfig(t, state, "", senders+"include = [\"parkdesign.test\"]\n")
	if !on.Senders.ReplyToRelays || off.Senders.ReplyToRelays {
		t.Fatalf("reply_to_relays read as %v by default, %v when false", on.Senders.ReplyToRelays, off.Senders.ReplyToRelays)
	}
	const (
		website = "Website <wordpress@tidewaterbooks.test>"
		noreply = "Bookings <noreply@bookingtool.test>"
		portal  = "Portal <tickets@forms.example.net>"
		sub     = "Form <web@mail.tidewaterbooks.test>"
		client  = "Nina Park <nina@parkdesign.test>"
	)
	cases := []struct {
		name, from, replyTo string
		rep                 string // "" = the configured rep
		cfg                 string // on, off, only
		want                string // the client's address; "" = none
	}{
		{"own domain, one client Reply-To", website, client, "", "on", "nina@parkdesign.test"},
		{"own subdomain, one client Reply-To", sub, client, "", "on", "nina@parkdesign.test"},
		{"noreply@ elsewhere, one client Reply-To", noreply, "dan@kimscorner.test", "", "on", "dan@kimscorner.test"},
		{"excluded domain, one client Reply-To", portal, client, "", "on", "nina@parkdesign.test"},
		{"colleague forwarding with Reply-To the client", "Ben <ben@tidewaterbooks.test>", client, "", "on", "nina@parkdesign.test"},
		{"switch off", website, client, "", "off", ""},
		{"switch off, noreply", noreply, client, "", "off", ""},
		{"own domain, no Reply-To", website, "", "", "on", ""},
		{"noreply, no Reply-To", noreply, "", "", "on", ""},
		{"own domain, two Reply-To", website, client + ", ann@baxterjoinery.test", "", "on", ""},
		{"excluded, two Reply-To", portal, client + ", ann@baxterjoinery.test", "", "on", ""},
		{"own domain, Reply-To the firm", website, "office@tidewaterbooks.test", "", "on", ""},
		{"noreply, Reply-To the firm's subdomain", noreply, "desk@mail.tidewaterbooks.test", "", "on", ""},
		{"own domain, Reply-To the rep", website, "Carla <CARLA@tidewaterbooks.test>", "", "on", ""},
		{"noreply, Reply-To the rep's own outside address", noreply, "carla.home@gmail.test", "carla.home@gmail.test", "on", ""},
		{"own domain, Reply-To excluded", website, "alerts@forms.example.net", "", "on", ""},
		{"own domain, Reply-To noreply", website, "no-reply@parkdesign.test", "", "on", ""},
		{"noreply, Reply-To itself", noreply, "noreply@bookingtool.test", "", "on", ""},
		{"include set, Reply-To matches", website, client, "", "only", "nina@parkdesign.test"},
		{"include set, Reply-To outside it", website, "dan@kimscorner.test", "", "only", ""},
		{"From fails only include: no relay", "Dan <dan@kimscorner.test>", client, "", "only", ""},
		{"From is a client already: nothing to relay", "Dan <dan@kimscorner.test>", client, "", "on", ""},
	}
	configs := map[string]*config.Config{"on": on, "off": off, "only": only}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			raw := "From: " + tc.from + "\r\nTo: " + rep + "\r\n"
			if tc.replyTo != "" {
				raw += "Reply-To: " + tc.replyTo + "\r\n"
			}
			raw += "Subject: Enquiry\r\n\r\nMessage:\r\nCould you prepare my tax return?\r\n"
			p := triage.ParseBytes([]byte(raw), triage.DefaultConfig().Limits)
			r := rep
			if tc.rep != "" {
				r = tc.rep
			}
			got := ""
			if c := relayedClient(configs[tc.cfg], r, p); c != nil {
				got = strings.ToLower(c.Address)
			}
			if got != tc.want {
				t.Errorf("client %q, want %q", got, tc.want)
			}
		})
	}
}

// contactForm is what a firm's website sends when a visitor fills in its
// contact form: From the website, the visitor's address in Reply-To.
func contactForm(n int) []byte {
	return []byte("From: Website <wordpress@tidewaterbooks.test>\r\nReply-To: Nina Park <nina@parkdesign.test>\r\nTo: " + rep + "\r\n" +
		"Subject: New enquiry from the contact form\r\nMessage-ID: <form-" + string(rune('0'+n)) + "@tidewaterbooks.test>\r\n" +
		"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain\r\n\r\n" +
		"Name: Nina Park\r\nEmail: nina@parkdesign.test\r\n\r\nMessage:\r\nHello, could you prepare the annual accounts for my design studio this spring?\r\n")
}

// TestContactFormOnDovecot: a contact-form message from the firm's own
// website, delivered to the rep's INBOX on Dovecot, gets a draft addressed
// to the visitor with a note for the rep, and the ledger records the
// visitor as the client; a colleague's "go ahead" in the quote's thread,
// Reply-To the client, is not the client answering. With [senders]
// reply_to_relays off the form is skipped as the firm's own mail.
func TestContactFormOnDovecot(t *testing.T) {
	for _, relays := range []bool{true, false} {
		t.Run(map[bool]string{true: "relays", false: "off"}[relays], func(t *testing.T) {
			d := mailtest.StartDovecot(t)
			d.AddUser(t, rep, "pw-carla")
			cfg := testConfig(t, d.IMAPPort, 587, filepath.Join(t.TempDir(), "state.db"))
			cfg.Senders.ReplyToRelays = relays
			a := startApp(t, d, Static(cfg), nil)
			led := a.opts.Ledger
			mb := a.RunningMailbox(rep)
			form := contactForm(1)
			tok := mailbox.Token(rep, form)
			d.Deliver(t, rep, form)
			if !relays {
				waitFor(t, "the form's outcome", 10*time.Second, func() bool {
					r, _ := mb.Lookup(tok)
					return r != nil && r.Outcome != "" && r.Outcome != mailbox.OutcomePending
				})
				if r, _ := mb.Lookup(tok); r.Outcome != mailbox.OutcomeSkipped || r.Reason != skipOwnDomain {
					t.Errorf("form recorded as %+v, want skipped %s", r, skipOwnDomain)
				}
				if em, err := led.Email(context.Background(), tok); err == nil && em != nil {
					t.Errorf("ledger has the skipped form: %+v", em)
				}
				return
			}
			checkRelayedDraft(t, d, led, mb, tok)
		})
	}
}

// checkRelayedDraft checks the contact form's draft and ledger record, then
// delivers a colleague's answer in its quote's thread.
func checkRelayedDraft(t *testing.T, d *mailtest.Dovecot, led *ledger.Ledger, mb *mailbox.Mailbox, tok string) {
	t.Helper()
	ctx := context.Background()
	waitDrafted(t, mb, tok)
	var draft mailtest.Message
	for _, m := range d.Messages(t, rep, "Drafts") {
		if m.Header.Get(mailbox.HeaderSource) == tok {
			draft = m
		}
	}
	if draft.Raw == nil {
		t.Fatal("no draft in Drafts")
	}
	if to, err := address.ParseList(draft.Header.Get("To")); err != nil || len(to) != 1 || to[0].Address != "nina@parkdesign.test" {
		t.Errorf("draft To %q (%v), want nina@parkdesign.test only", draft.Header.Get("To"), err)
	}
	body := strings.ReplaceAll(string(draft.Raw), "=\r\n", "")
	if !strings.Contains(body, "[Check the recipient: relayed by wordpress@tidewaterbooks.test; replying to the address it gave, nina@parkdesign.test.") {
		t.Errorf("draft lacks the relay note:\n%s", body)
	}
	em, err := led.Email(ctx, tok)
	if err != nil || em == nil || em.Client != "nina@parkdesign.test" {
		t.Fatalf("ledger email %+v, %v; want client nina@parkdesign.test", em, err)
	}
	if em.QuoteID == "" {
		t.Fatal("the form's paid ask got no quote")
	}
	q, err := led.Quote(ctx, em.QuoteID)
	if err != nil || q.Client != "nina@parkdesign.test" {
		t.Fatalf("quote %+v, %v; want client nina@parkdesign.test", q, err)
	}
	// A colleague says "go ahead" in the quote's thread, Reply-To the
	// client: the firm's own talk, not the client accepting.
	colleague := []byte("From: Ben Ross <ben@tidewaterbooks.test>\r\nReply-To: Nina Park <nina@parkdesign.test>\r\nTo: " + rep + "\r\n" +
		"Subject: Re: New enquiry\r\nMessage-ID: <ben-1@tidewaterbooks.test>\r\nIn-Reply-To: <" + q.MessageID + ">\r\n" +
		"Date: Mon, 23 Nov 2026 11:00:00 +0000\r\n\r\nYes, go ahead, please.\r\n")
	ctok := mailbox.Token(rep, colleague)
	d.Deliver(t, rep, colleague)
	waitFor(t, "the colleague's outcome", 10*time.Second, func() bool {
		r, _ := mb.Lookup(ctok)
		return r != nil && r.Outcome != "" && r.Outcome != mailbox.OutcomePending
	})
	if r, _ := mb.Lookup(ctok); r.Outcome != mailbox.OutcomeSkipped || r.Reason != skipOwnDomain {
		t.Errorf("colleague's reply recorded as %+v, want skipped %s", r, skipOwnDomain)
	}
	if q, err := led.Quote(ctx, em.QuoteID); err != nil || q.Status != ledger.Drafted {
		t.Errorf("quote after the colleague's reply %+v, %v; want still drafted", q, err)
	}
}
