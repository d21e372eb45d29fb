package triage

import (
	"bufio"
	"bytes"
	"io"
	"testing"

	"github.com/emersion/go-message/textproto"
)

// readHeaderPlain is what headerFromBytes must equal: textproto.ReadHeader
// and the offset of the body it leaves behind.
func readHeaderPlain(data []byte) (textproto.Header, int, error) {
	src := bytes.NewReader(data)
	br := bufio.NewReaderSize(src, 4096)
	h, err := textproto.ReadHeader(br)
	return h, len(data) - src.Len() - br.Buffered(), err
}

// sameHeader compares two headers field by field: raw bytes, key and
// value in order, and every key's values as Values gives them.
func sameHeader(t *testing.T, got, want textproto.Header) {
	t.Helper()
	g, w := got.Fields(), want.Fields()
	for w.Next() {
		if !g.Next() {
			t.Fatalf("field %q missing", w.Key())
		}
		gr, _ := g.Raw()
		wr, _ := w.Raw()
		if g.Key() != w.Key() || g.Value() != w.Value() || !bytes.Equal(gr, wr) {
			t.Fatalf("field %q: %q (raw %q), want %q: %q (raw %q)", g.Key(), g.Value(), gr, w.Key(), w.Value(), wr)
		}
		gv, wv := got.Values(w.Key()), want.Values(w.Key())
		if len(gv) != len(wv) {
			t.Fatalf("values of %q: %q, want %q", w.Key(), gv, wv)
		}
		for i := range gv {
			if gv[i] != wv[i] {
				t.Fatalf("values of %q: %q, want %q", w.Key(), gv, wv)
			}
		}
	}
	if g.Next() {
		t.Fatalf("extra field %q", g.Key())
	}
}

// checkHeaderFromBytes: where headerFromBytes reads a block, it reads it
// as ReadHeader does and ends where ReadHeader ends.
func checkHeaderFromBytes(t *testing.T, data []byte) bool {
	t.Helper()
	got, body, ok := headerFromBytes(data)
	if !ok {
		return false
	}
	want, wantBody, err := readHeaderPlain(data)
	if err != nil {
		t.Fatalf("headerFromBytes read a block ReadHeader refuses (%v): %q", err, data)
	}
	if body != wantBody {
		t.Fatalf("body at %d, want %d: %q", body, wantBody, data)
	}
	sameHeader(t, got, want)
	return true
}

func TestHeaderFromBytes(t *testing.T) {
	tests := []struct {
		name string
		data string
		ok   bool // read here rather than left to ReadHeader
	}{
		{"lf", "From: a@b.test\nSubject: hi\n\nbody\n", true},
		{"crlf", "From: a@b.test\r\nSubject: hi\r\n\r\nbody\r\n", true},
		{"folded", "Subject: a long\n  subject\tline\nTo: x@y.test\n\nbody", true},
		{"repeated key", "Received: one\nReceived: two\nreceived: three\n\n", true},
		{"key case", "content-TYPE: text/plain\nX-weird-KEY :  spaced  \n\n", true},
		{"empty value", "Subject:\nCc: \n\nbody", true},
		{"blank line is cr", "Subject: x\n\r\nbody", true},
		{"no body", "Subject: x\n\n", true},
		{"first line folded", " Subject: x\n\nbody", false},
		{"no colon", "Subject x\n\nbody", false},
		{"empty key", ": value\n\nbody", false},
		{"bad key byte", "Sub ject: x\n\nbody", false},
		{"no blank line", "Subject: x\nFrom: a@b.test", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkHeaderFromBytes(t, []byte(tt.data)); got != tt.ok {
				t.Errorf("read here: %v, want %v", got, tt.ok)
			}
		})
	}
}

// TestParseBytesHeaderSameAsParse: a message parsed from memory (header
// read by headerFromBytes) and from a reader (ReadHeader) come out alike.
func TestParseBytesHeaderSameAsParse(t *testing.T) {
	msg := []byte("From: Ann Example <ann@client.test>\nTo: desk@firm.test,\n bob@firm.test\n" +
		"Subject: =?utf-8?q?Quick_question?=\nMessage-ID: <1@client.test>\n" +
		"Content-Type: text/plain; charset=utf-8\n\nCould you send the invoice again?\n")
	lim := DefaultConfig().Limits
	a, b := ParseBytes(msg, lim), Parse(io.MultiReader(bytes.NewReader(msg)), lim)
	sameHeader(t, a.Header.Header, b.Header.Header)
	if a.Subject != b.Subject || a.Text != b.Text || len(a.To) != 2 || len(b.To) != 2 || a.MessageID != b.MessageID {
		t.Errorf("ParseBytes %+v, Parse %+v", a, b)
	}
}

func FuzzHeaderFromBytes(f *testing.F) {
	for _, s := range []string{
		"From: a@b.test\nSubject: hi\n\nbody\n",
		"Subject: a\r\n b\r\n\r\n",
		"X: \n\t\n\n",
		"A:b\nB :c\r\n\r\nd",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkHeaderFromBytes(t, data)
	})
}
