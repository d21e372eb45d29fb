package mailbox

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// Seeds shared by the fuzz targets: raw messages as servers hand them
// over, well and badly formed. More inputs live in testdata/fuzz/.
var fuzzSeeds = []string{
	"From: a@b.c\r\nMessage-ID: <x@y>\r\n\r\nbody\r\n",
	"Message-ID:\r\n <folded@id>\r\nSubject: hi\r\n\r\n",
	"Message-Id: <a@b>\nSubject: bare LF\n\nbody\n",
	"Subject: no message id\r\n\r\nbody",
	"no header at all",
	"",
	"\r\n\r\nbody only",
	"X-Fivemin-Source: 0123456789abcdef0123456789abcdef\r\nFrom: rep@example.com\r\n\r\nhi\r\n",
	"x-fivemin-quote-id: Q-1\r\n\r\n",
	"From: a\r\n Bcc: folded into From\r\nBcc: x@y.z,\r\n\tz@y.z\r\nTo: c@d.e\r\n\r\nBcc: in the body\r\n",
	"Message-ID: <\x00nul@id>\r\n\r\n",
	"Message-ID: <a@b>\r\nMessage-ID: <second@b>\r\n\r\n",
	"From a@b Mon Jan  1 00:00:00 2026\r\nSubject: mbox From line\r\n\r\n",
	"Subject: " + strings.Repeat("long ", 200) + "\r\n\r\n",
	"Subject: =?utf-8?q?line=0D=0Abreak?=\r\nMessage-ID: <q@p>\r\n\r\n",
}

// FuzzToken feeds raw messages to the header reading behind Token and the
// draft checks. Whatever the bytes: no panic, a 64-digit hex token that
// depends on the account and only on the message, stable when a relay
// adds a header field, and checkDraft accepting only a draft that names
// the token.
func FuzzToken(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add("rep@example.com", []byte(s))
	}
	f.Fuzz(func(t *testing.T, account string, raw []byte) {
		tok := Token(account, raw)
		if !ValidToken(tok) || len(tok) != 64 {
			t.Fatalf("token %q is not 64 hex digits", tok)
		}
		if again := Token(account, bytes.Clone(raw)); again != tok {
			t.Fatalf("token not deterministic: %s then %s", tok, again)
		}
		if Token(account+"x", raw) == tok {
			t.Fatal("token does not depend on the account")
		}
		h, _ := readHeader(raw)
		if normalizeMessageID(h.Get("Message-Id")) != "" && len(raw) > 0 && raw[0] != ' ' && raw[0] != '\t' {
			relayed := append([]byte("Received: by relay.example\r\n"), raw...)
			if Token(account, relayed) != tok {
				t.Fatal("token changed when a relay added a header field")
			}
		}
		own := false
		for fl := h.Fields(); fl.Next(); {
			if strings.HasPrefix(strings.ToLower(fl.Key()), headerPrefix) {
				own = true
			}
		}
		if isOwn(h) != own {
			t.Fatalf("isOwn %v, header fields say %v", isOwn(h), own)
		}
		if err := checkDraft(tok, raw, 1<<20); err == nil {
			if got := strings.TrimSpace(h.Get(HeaderSource)); got != tok {
				t.Fatalf("checkDraft accepted a draft whose %s is %q, not the token", HeaderSource, got)
			}
		}
	})
}

// FuzzOutgoing checks the header edit Send applies before transmitting:
// no Bcc or X-Fivemin field is left in the header, there is exactly one
// Date field, and the body is untouched.
func FuzzOutgoing(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	now := time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, raw []byte) {
		wire, _ := outgoing(raw, now)
		// The body starts with the blank line ending the header, at
		// whichever of CRLF CRLF or LF LF comes first.
		var body []byte
		crlf, lf := bytes.Index(raw, []byte("\r\n\r\n")), bytes.Index(raw, []byte("\n\n"))
		switch {
		case crlf >= 0 && (lf < 0 || crlf < lf):
			body = raw[crlf+2:]
		case lf >= 0:
			body = raw[lf+1:]
		}
		if !bytes.HasSuffix(wire, body) {
			t.Fatal("body changed")
		}
		head := wire[:len(wire)-len(body)]
		dates := 0
		for _, line := range bytes.Split(head, []byte("\n")) {
			l := bytes.ToLower(line)
			if bytes.HasPrefix(l, []byte("bcc:")) || bytes.HasPrefix(l, []byte(headerPrefix)) {
				t.Fatalf("internal field left in %q", head)
			}
			if bytes.HasPrefix(l, []byte("date:")) {
				dates++
			}
		}
		if dates != 1 {
			t.Fatalf("%d Date fields in %q", dates, head)
		}
	})
}
