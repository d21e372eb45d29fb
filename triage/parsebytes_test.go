package triage

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// parseShapes are messages of the shapes Parse and ParseBytes take
// different ways through: bodies straight from memory or decoded, broken
// headers, limits reached.
func parseShapes() map[string]string {
	long := strings.Repeat("Could you look over the second draft of the lease? ", 60)
	b64 := base64.StdEncoding.EncodeToString([]byte(long))
	return map[string]string{
		"plain utf-8":  msg("From: a@example.test\nSubject: lease\nContent-Type: text/plain; charset=utf-8\n", "Could you send the signed copy?\r\n"),
		"plain bare":   msg("From: a@example.test\n", "No content type at all, is that fine?\r\n"),
		"plain latin1": msg("From: a@example.test\nContent-Type: text/plain; charset=iso-8859-1\n", "Caf\xe9 menu: can you print it?\r\n"),
		"mislabelled":  msg("From: a@example.test\nContent-Type: text/plain; charset=utf-8\n", "Caf\xe9 menu, mislabelled.\r\n"),
		"qp":           msg("From: a@example.test\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n", "Soft =\r\nbreak and caf=C3=A9.\r\n"),
		"qp broken":    msg("From: a@example.test\nContent-Transfer-Encoding: quoted-printable\n", "Bad escape =ZZ here.\r\n"),
		"base64 long":  msg("From: a@example.test\nContent-Transfer-Encoding: base64\n", b64+"\r\n"),
		// The error names a byte offset counted from the start of the
		// decoder's read: the same only if the reads are the same sizes.
		"base64 corrupt late": msg("From: a@example.test\nContent-Transfer-Encoding: base64\n", b64[:len(b64)-40]+"!!"+b64[len(b64)-38:]+"\r\n"),
		"unknown encoding":    msg("From: a@example.test\nContent-Transfer-Encoding: x-rot13\n", "Pna lbh uryc?\r\n"),
		"unknown charset":     msg("From: a@example.test\nContent-Type: text/plain; charset=x-nowhere\n", "Still text?\r\n"),
		"html only":           msg("From: a@example.test\nContent-Type: text/html\n", "<p>Can you &amp; Sam <b>meet</b>?</p><blockquote>older</blockquote>"),
		"alternative": msg("From: a@example.test\nContent-Type: multipart/alternative; boundary=x\n",
			"--x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nPlain =\r\ncopy?\r\n--x\r\nContent-Type: text/html\r\n\r\n<p>HTML copy?</p>\r\n--x--\r\n"),
		"two html parts": msg("From: a@example.test\nContent-Type: multipart/mixed; boundary=x\n",
			"--x\r\nContent-Type: text/html\r\n\r\n<p>First?</p>\r\n--x\r\nContent-Type: text/html\r\n\r\n<p>Second?</p>\r\n--x--\r\n"),
		"mixed attachment": msg("From: a@example.test\nContent-Type: multipart/mixed; boundary=x\n",
			"--x\r\nContent-Type: text/plain\r\n\r\nSee attached?\r\n--x\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=a.txt\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nnot read=\r\n\r\n--x\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n--x--\r\n"),
		"unterminated part": msg("From: a@example.test\nContent-Type: multipart/mixed; boundary=x\n", "--x\r\nContent-Type: text/plain\r\n\r\nno closing boundary"),
		"empty boundary":    msg("From: a@example.test\nContent-Type: multipart/mixed\n", "--\r\nbody"),
		"bad content type":  msg("From: a@example.test\nContent-Type: text/plain; charset\n", "params broken?\r\n"),
		"flowed":            msg("From: a@example.test\nContent-Type: text/plain; format=flowed; delsp=yes\n", "A long line \r\nthat flows.\r\n"),
		"header broken":     " starts with a space\r\nFrom: a@example.test\r\n\r\nbody after a broken header\r\n",
		"header too big":    "X-Big: " + strings.Repeat("y", 1<<20) + "\r\n\r\nbody\r\n",
		"header only":       "Subject: nothing else\r\n",
		"lf line ends":      "From: a@example.test\nSubject: lf\n\nCan you use plain LF?\n",
		"empty":             "",
		"text over limit":   msg("From: a@example.test\n", long+long+long),
	}
}

// TestParseBytesSameAsParse: ParseBytes, which takes bodies from memory,
// gives exactly what Parse gives reading the same bytes, within any limits.
func TestParseBytesSameAsParse(t *testing.T) {
	limits := []Limits{DefaultConfig().Limits, {MaxBytes: 700, MaxDepth: 2, MaxParts: 2, MaxTextBytes: 200},
		{MaxBytes: math.MaxInt64, MaxDepth: 5, MaxParts: 50}}
	check := func(t *testing.T, raw []byte) {
		t.Helper()
		for _, lim := range limits {
			want := Parse(bytes.NewReader(raw), lim)
			if got := ParseBytes(raw, lim); !reflect.DeepEqual(got, want) {
				t.Errorf("limits %+v:\nParseBytes %+v\n     Parse %+v", lim, got, want)
			}
		}
	}
	for name, raw := range parseShapes() {
		t.Run(name, func(t *testing.T) { check(t, []byte(raw)) })
	}
	for i, raw := range corpusMessages(t) {
		if t.Failed() {
			break
		}
		check(t, raw)
		if i == 0 && !reflect.DeepEqual(Parse(bytes.NewReader(raw), limits[0]), Parse(bytes.NewReader(raw), limits[0])) {
			t.Fatal("Parse is not deterministic: the comparison says nothing")
		}
	}
}

// FuzzParseBytes: ParseBytes and Parse agree on any input.
func FuzzParseBytes(f *testing.F) {
	addCorpusSeeds(f)
	for _, raw := range parseShapes() {
		if len(raw) < 1<<16 {
			f.Add([]byte(raw))
		}
	}
	small := Limits{MaxBytes: 900, MaxDepth: 3, MaxParts: 4, MaxTextBytes: 300}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, lim := range []Limits{DefaultConfig().Limits, small} {
			want := Parse(bytes.NewReader(raw), lim)
			if got := ParseBytes(raw, lim); !reflect.DeepEqual(got, want) {
				t.Fatalf("limits %+v:\nParseBytes %+v\n     Parse %+v", lim, got, want)
			}
		}
	})
}

// chunkReader serves data in the sizes of its pattern, then err, and
// records the size of every read it was asked for.
type chunkReader struct {
	data    []byte
	pattern []int
	err     error
	asked   []int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.asked = append(r.asked, len(p))
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := min(len(p), len(r.data), r.pattern[len(r.asked)%len(r.pattern)])
	copy(p, r.data[:n])
	r.data = r.data[n:]
	if len(r.data) == 0 && len(r.asked)%2 == 0 {
		return n, r.err // sometimes the last bytes come with the error
	}
	return n, nil
}

// TestReadAllLimited: the same bytes, error and read sizes as io.ReadAll
// through io.LimitReader, for short and long bodies, below and over the
// limit, ending cleanly or with an error.
func TestReadAllLimited(t *testing.T) {
	broken := errors.New("broken")
	data := bytes.Repeat([]byte("0123456789abcdef"), 5000)
	for _, size := range []int{0, 1, 300, 511, 512, 513, 2000, 30000, len(data)} {
		for _, limit := range []int64{0, 1, 200, 512, 4097, 1 << 20} {
			for _, end := range []error{io.EOF, broken} {
				for _, pattern := range [][]int{{1 << 30}, {7, 1000, 3}} {
					ref := &chunkReader{data: data[:size], pattern: pattern, err: end}
					want, wantErr := io.ReadAll(io.LimitReader(ref, limit))
					got := &chunkReader{data: data[:size], pattern: pattern, err: end}
					b, err := readAllLimited(got, limit, []byte("kept")[:0])
					if !bytes.Equal(b, want) || err != wantErr || !slices.Equal(got.asked, ref.asked) {
						t.Fatalf("size %d limit %d end %v pattern %v: got %d bytes, %v, reads %v; io.ReadAll %d bytes, %v, reads %v",
							size, limit, end, pattern, len(b), err, got.asked, len(want), wantErr, ref.asked)
					}
				}
			}
		}
	}
}

// TestAnalyzeBytesKeepsNothing: the result does not share memory with the
// input, so a caller may reuse its buffer (fivemin triage does).
func TestAnalyzeBytesKeepsNothing(t *testing.T) {
	e := New(DefaultConfig())
	shapes := parseShapes()
	for _, raw := range append(corpusMessages(t), []byte(shapes["plain utf-8"]), []byte(shapes["header broken"]), []byte(shapes["html only"])) {
		want := e.AnalyzeBytes(bytes.Clone(raw))
		buf := bytes.Clone(raw)
		got := e.AnalyzeBytes(buf)
		for i := range buf {
			buf[i] = 'X'
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("the result changed when its input was overwritten:\n got %+v\nwant %+v", got, want)
		}
	}
}
