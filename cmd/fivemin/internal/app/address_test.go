package app

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/triage/address"
)

// TestHandleReadsTheRealSender: the address in an encoded display name
// never becomes the client, in the draft or in the ledger; a From with no
// readable address is a visible skip, not a failure retried.
func TestHandleReadsTheRealSender(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.db")
	cfg := testConfig(t, 143, 587, state)
	led := openLedger(t, state)
	a, err := New(Options{Config: Static(cfg), Ledger: led, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	mail := func(from string) []byte {
		return []byte("From: " + from + "\r\nTo: " + rep + "\r\nSubject: Year end\r\nMessage-ID: <" + strings.Repeat("x", len(from)%7) +
			"m@client.test>\r\nContent-Type: text/plain\r\n\r\nCould you prepare the year-end accounts for the shop?\r\n")
	}
	ctx := context.Background()

	tok := strings.Repeat("b", 64)
	res, err := a.Handle(ctx, rep, &mailbox.Message{Account: rep, Raw: mail("=?UTF-8?Q?Bob_<victim@other.test>?= <bob@client.test>"),
		Token: tok, InternalDate: time.Now()})
	if err != nil || res.Draft == nil {
		t.Fatalf("Handle = %+v, %v; want a draft", res, err)
	}
	ent, err := message.Read(bytes.NewReader(res.Draft))
	if err != nil {
		t.Fatal(err)
	}
	if to, err := address.ParseList(ent.Header.Get("To")); err != nil || len(to) != 1 || to[0].Address != "bob@client.test" {
		t.Errorf("draft To %q reads as %v, %v; want bob@client.test only", ent.Header.Get("To"), to, err)
	}
	em, err := led.Email(ctx, tok)
	if err != nil {
		t.Fatal(err)
	}
	if em.Client != "bob@client.test" {
		t.Errorf("ledger client = %q, want bob@client.test", em.Client)
	}

	res, err = a.Handle(ctx, rep, &mailbox.Message{Account: rep, Raw: mail("=?UTF-8?Q?victim@other.test?="),
		Token: strings.Repeat("d", 64), InternalDate: time.Now()})
	if err != nil || res.Draft != nil || res.Skip != skipNoSender {
		t.Fatalf("Handle = %+v, %v; want the skip %q", res, err, skipNoSender)
	}
}
