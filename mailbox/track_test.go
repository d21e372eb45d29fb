package mailbox

import (
	"slices"
	"testing"
	"time"
)

// A draft as fivemin writes it: the keys its reply is found by.
const trackDraft = "From: Rep <rep@example.com>\r\n" +
	"To: \"Nora Client\" <Nora@Client.test>\r\n" +
	"Cc: partner@client.test\r\n" +
	"Subject: Re: Payroll for March [Q-7K3M9QX2ABCD]\r\n" +
	"Message-ID: <draft-1@fivemin.test>\r\n" +
	"In-Reply-To: <orig-1@client.test>\r\n" +
	"References: <older@client.test> <orig-1@client.test>\r\n" +
	HeaderSource + ": 0123456789abcdef0123\r\n" +
	HeaderQuoteID + ": Q-7K3M9QX2ABCD\r\n" +
	"\r\nHello Nora.\r\n"

func TestReplyKeys(t *testing.T) {
	k := replyKeys([]byte(trackDraft))
	if k == nil || k.MessageID != "draft-1@fivemin.test" || k.InReplyTo != "orig-1@client.test" || k.QuoteID != "Q-7K3M9QX2ABCD" ||
		!slices.Equal(k.To, []string{"nora@client.test"}) {
		t.Fatalf("keys %+v", k)
	}
	// A draft without the quote header still has the subject's tag.
	k = replyKeys([]byte("To: a@b.test\r\nSubject: Re: hello [q-abc123]\r\nIn-Reply-To: <x@b.test>\r\n\r\nhi\r\n"))
	if k == nil || k.QuoteID != "Q-ABC123" || k.InReplyTo != "x@b.test" {
		t.Fatalf("keys without the quote header %+v", k)
	}
	if k := replyKeys([]byte("To: a@b.test\r\n\r\nno ids at all\r\n")); k != nil {
		t.Errorf("keys of a draft with nothing to match: %+v", k)
	}
}

// TestMatchSent: the ways a mail program's copy in Sent can look, and
// whether it is the draft's reply.
func TestMatchSent(t *testing.T) {
	k := replyKeys([]byte(trackDraft))
	cases := []struct {
		name, header string
		want         int
	}{
		{"same Message-ID, headers stripped", "Message-ID: <draft-1@fivemin.test>\r\nTo: other@else.test\r\n", matchMessageID},
		{"re-composed: new ID, same thread and tag", "Message-ID: <new-9@mua.test>\r\nTo: nora@client.test\r\nIn-Reply-To: <orig-1@client.test>\r\nSubject: Re: Payroll for March [Q-7K3M9QX2ABCD]\r\n", matchThreadTag},
		{"thread only, client on Cc", "Message-ID: <new-9@mua.test>\r\nTo: partner@client.test\r\nCc: Nora <NORA@client.test>\r\nReferences: <orig-1@client.test>\r\nSubject: Re: Payroll\r\n", matchThread},
		{"tag only, lower case", "Message-ID: <new-9@mua.test>\r\nTo: nora@client.test\r\nSubject: payroll [q-7k3m9qx2abcd]\r\n", matchTag},
		{"same client, another matter", "Message-ID: <new-9@mua.test>\r\nTo: nora@client.test\r\nSubject: Lunch on Friday?\r\n", matchNone},
		{"thread and tag, but to a colleague", "Message-ID: <new-9@mua.test>\r\nTo: boss@example.com\r\nIn-Reply-To: <orig-1@client.test>\r\nSubject: Fwd: Payroll [Q-7K3M9QX2ABCD]\r\n", matchNone},
		{"another quote's tag", "Message-ID: <new-9@mua.test>\r\nTo: nora@client.test\r\nSubject: Re: [Q-ZZZZ]\r\n", matchNone},
		{"unparsable To still read in part", "Message-ID: <new-9@mua.test>\r\nTo: <<broken, nora@client.test\r\nIn-Reply-To: <orig-1@client.test>\r\n", matchThread},
	}
	for _, tc := range cases {
		h, err := readHeader([]byte(tc.header + "\r\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := matchSent(readSent(h), k); got != tc.want {
			t.Errorf("%s: match %d, want %d", tc.name, got, tc.want)
		}
	}
	if matchSent(sentMsg{messageID: "draft-1@fivemin.test"}, nil) != matchNone {
		t.Error("a record without keys matched")
	}
}

func TestBestMatchPrefersStrongerThenNewer(t *testing.T) {
	old := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	a := &Record{Token: "a", Drafted: old, Keys: &ReplyKeys{InReplyTo: "m1@c.test", QuoteID: "Q-1", To: []string{"c@c.test"}}}
	b := &Record{Token: "b", Drafted: old.Add(time.Hour), Keys: &ReplyKeys{QuoteID: "Q-1", To: []string{"c@c.test"}}}
	c := &Record{Token: "c", Drafted: old.Add(2 * time.Hour), Keys: &ReplyKeys{QuoteID: "Q-1", To: []string{"c@c.test"}}}
	s := sentMsg{cites: []string{"m1@c.test"}, tags: []string{"Q-1"}, rcpts: []string{"c@c.test"}}
	if got := bestMatch(s, []*Record{b, a, c}); got != a {
		t.Errorf("thread and tag should beat tag alone: got %+v", got)
	}
	s.cites = nil
	if got := bestMatch(s, []*Record{b, c, a}); got != c {
		t.Errorf("equal matches go to the newest draft: got %+v", got)
	}
	if got := bestMatch(sentMsg{rcpts: []string{"c@c.test"}}, []*Record{a, b, c}); got != nil {
		t.Errorf("no keys in common matched %+v", got)
	}
}

func TestSentTime(t *testing.T) {
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	drafted := now.Add(-3 * time.Hour)
	date := func(s string) []byte { return []byte("Date: " + s + "\r\n\r\n") }
	cases := []struct {
		name     string
		internal time.Time
		hdr      []byte
		want     time.Time
	}{
		{"INTERNALDATE first", now.Add(-time.Hour), date("Mon, 02 Mar 2026 10:30:00 +0000"), now.Add(-time.Hour)},
		{"Date when no INTERNALDATE", time.Time{}, date("Mon, 02 Mar 2026 10:30:00 +0000"), now.Add(-90 * time.Minute)},
		{"INTERNALDATE before the draft: Date", drafted.Add(-time.Hour), date("Mon, 02 Mar 2026 10:30:00 +0000"), now.Add(-90 * time.Minute)},
		{"both unbelievable: now", now.Add(48 * time.Hour), date("Mon, 02 Mar 2020 10:30:00 +0000"), now},
		{"a little ahead: now", now.Add(time.Minute), nil, now},
		{"bad Date: now", time.Time{}, date("yesterday"), now},
	}
	for _, tc := range cases {
		h, _ := readHeader(append(tc.hdr, "\r\n"...))
		if got := sentTime(tc.internal, h, drafted, now); !got.Equal(tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestMessageIDsAndTags(t *testing.T) {
	if got := messageIDs(" <a@x>\r\n\t<b@y> junk <c@z>"); !slices.Equal(got, []string{"a@x", "b@y", "c@z"}) {
		t.Errorf("messageIDs %q", got)
	}
	if got := messageIDs("bare@x"); !slices.Equal(got, []string{"bare@x"}) {
		t.Errorf("bare id %q", got)
	}
	if got := quoteTags("Re: [Q-AB12] and [q-cd34] not [Q-] nor [Q-no spaces] [x]"); !slices.Equal(got, []string{"Q-AB12", "Q-CD34"}) {
		t.Errorf("quoteTags %q", got)
	}
}
