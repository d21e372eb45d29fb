package mailbox

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"go.etcd.io/bbolt"
)

func offlineMailbox(t *testing.T) *Mailbox {
	t.Helper()
	m := newMailbox(t, Config{Account: Account{Name: rep, IMAP: Endpoint{Host: "127.0.0.1", Port: 1, TLS: NoTLS}}, DB: tempDB(t), Handle: buildDraftHandle})
	return m
}

// TestNextRecheckReportsUnreadableRecord: a record that cannot be read is
// an error, not a silently skipped duplicate check.
func TestNextRecheckReportsUnreadableRecord(t *testing.T) {
	m := offlineMailbox(t)
	tok := strings.Repeat("ab", 32)
	err := m.db.Update(func(tx *bbolt.Tx) error {
		if err := m.st.bucket(tx, bucketTokens).Put([]byte(tok), []byte("{not json")); err != nil {
			return err
		}
		return m.st.bucket(tx, bucketRecheck).Put([]byte(tok), nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := m.nextRecheck(); err == nil {
		t.Fatal("nextRecheck hid an unreadable record")
	}
}

// TestAttentionBounded: the "needs attention" list keeps the newest
// maxAttention entries; drafting a listed message takes it off.
func TestAttentionBounded(t *testing.T) {
	m := offlineMailbox(t)
	base := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	const n = maxAttention + 5
	err := m.db.Update(func(tx *bbolt.Tx) error {
		for i := 0; i < n; i++ {
			r := &Record{Token: fmt.Sprintf("%064x", i), Outcome: OutcomeSkipped, Reason: "not-client", SourceUID: uint32(i + 1), Updated: base.Add(time.Duration(i) * time.Minute)}
			if err := m.st.putRecord(tx, r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	att, err := m.Attention()
	if err != nil {
		t.Fatal(err)
	}
	if len(att) != maxAttention {
		t.Fatalf("%d entries, want %d", len(att), maxAttention)
	}
	if att[0].Token != fmt.Sprintf("%064x", n-1) || att[len(att)-1].Token != fmt.Sprintf("%064x", n-maxAttention) {
		t.Errorf("kept %s..%s, want the newest first and the oldest dropped", att[0].Token[60:], att[len(att)-1].Token[60:])
	}
	err = m.db.Update(func(tx *bbolt.Tx) error {
		return m.st.putRecord(tx, &Record{Token: att[0].Token, Outcome: OutcomeDrafted, Updated: base.Add(time.Hour * 24)})
	})
	if err != nil {
		t.Fatal(err)
	}
	if att2, _ := m.Attention(); len(att2) != maxAttention-1 || att2[0].Token == att[0].Token {
		t.Errorf("a drafted message stayed listed")
	}
}

// TestStoredTextIsBoundedAndPrintable: what a record keeps of a message's
// header is decoded, free of control characters and capped.
func TestStoredTextIsBoundedAndPrintable(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"plain", "Dana Kim <dana@client.test>", "Dana Kim <dana@client.test>"},
		{"encoded word", "=?UTF-8?Q?Jos=C3=A9?= <jose@client.test>", "José <jose@client.test>"},
		{"escape sequence", "Eve\x1b[31m <eve@x.test>", "Eve[31m <eve@x.test>"},
		{"encoded line break", "=?UTF-8?Q?a=0D=0ABcc:_x?= <a@x.test>", "aBcc: x <a@x.test>"},
		{"invalid UTF-8", "caf\xe9", "caf\uFFFD"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := decodeHeader(tc.in); got != tc.want {
				t.Errorf("decodeHeader(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	long := strings.Repeat("é", 500)
	got := capText(long, maxHeaderText)
	if len(got) > maxHeaderText || !utf8.ValidString(got) || !strings.HasSuffix(got, "…") {
		t.Errorf("capText: %d bytes, valid %v", len(got), utf8.ValidString(got))
	}
	if capText("short", maxHeaderText) != "short" {
		t.Error("capText changed a short text")
	}
}
