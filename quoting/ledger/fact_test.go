package ledger

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"time"
)

func sampleFacts() []fact {
	return []fact{
		{kind: kindEmail, at: t0.UnixNano(), hash: idHash("tok"), flags: flagDrafted, usage: 2, rep: 1, client: 2, org: 3, questions: 4, freeMin: 5, delay: 42},
		{kind: kindEmail, at: t0.UnixNano() + 1, hash: idHash("tok2"), flags: flagDrafted | flagSent, usage: 1, rep: 1, client: 2, org: 3, questions: 1, delay: 3, response: 1<<32 - 1},
		{kind: kindEmail, at: -1, hash: 0, flags: flagSkipped, rep: 1 << 31, client: 7, org: 9, questions: 65535, freeMin: 1<<32 - 1},
		{kind: kindQuote, at: t0.UnixNano(), hash: idHash("Q-1"), status: codeAccepted, tier: 5, flags: flagUnclear, rep: 1, client: 2, org: 3, billed: 120, total: 50000, cur: [3]byte{'U', 'S', 'D'}},
		{kind: kindQuote, at: 1 << 62, hash: 1<<64 - 1, status: codeWithdrawn, rep: 4, client: 5, org: 6, total: 1<<63 - 1, cur: [3]byte{'J', 'P', 'Y'}},
	}
}

func TestFactRoundTrip(t *testing.T) {
	for _, f := range sampleFacts() {
		k, v := f.key(), f.value()
		var got fact
		if err := decodeFact(k, v, &got); err != nil {
			t.Fatalf("decode %+v: %v", f, err)
		}
		if got != f {
			t.Fatalf("round trip:\n got %+v\nwant %+v", got, f)
		}
	}
	// Keys sort by time, negative times included.
	times := []time.Time{time.Unix(-100, 0), time.Unix(0, 0), t0, t0.Add(time.Nanosecond), t0.AddDate(100, 0, 0)}
	for i := 1; i < len(times); i++ {
		a, b := timeKey(times[i-1]), timeKey(times[i])
		if bytes.Compare(a[:], b[:]) >= 0 {
			t.Fatalf("timeKey(%v) >= timeKey(%v)", times[i-1], times[i])
		}
	}
}

func TestFactDecodeRejects(t *testing.T) {
	e, q, es := sampleFacts()[0], sampleFacts()[3], sampleFacts()[1]
	ek, ev := e.key(), e.value()
	esk, esv := es.key(), es.value()
	qk, qv := q.key(), q.value()
	mod := func(b []byte, i int, x byte) []byte { c := bytes.Clone(b); c[i] = x; return c }
	cases := []struct {
		name string
		k, v []byte
	}{
		{"short key", ek[:16], ev},
		{"empty value", ek, nil},
		{"kind mismatch", ek, qv},
		{"short email", ek, ev[:25]},
		{"sent flag without response", ek, mod(ev, 1, flagDrafted|flagSent)},
		{"response without sent flag", esk, mod(esv, 1, flagDrafted)},
		{"short sent email", esk, esv[:29]},
		{"long quote", qk, append(bytes.Clone(qv), 0)},
		{"unknown kind", mod(ek, 8, 9), mod(ev, 0, 9)},
		{"email flag bits", ek, mod(ev, 1, 0x80)},
		{"email usage", ek, mod(ev, 2, 5)},
		{"email reserved", ek, mod(ev, 3, 1)},
		{"delay without draft", ek, mod(ev, 1, 0)},
		{"quote status 0", qk, mod(qv, 1, 0)},
		{"quote status 7", qk, mod(qv, 1, 7)},
		{"quote tier", qk, mod(qv, 2, 6)},
		{"quote flags", qk, mod(qv, 3, 2)},
		{"quote reserved", qk, mod(qv, 31, 1)},
		{"negative total", qk, mod(qv, 20, 0x80)},
		{"lower-case currency", qk, mod(qv, 28, 'u')},
		{"missing rep", ek, func() []byte { c := bytes.Clone(ev); binary.BigEndian.PutUint32(c[4:], 0); return c }()},
	}
	for _, tc := range cases {
		var f fact
		if err := decodeFact(tc.k, tc.v, &f); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: got %v, want ErrCorrupt", tc.name, err)
		}
	}
}

// FuzzDecodeFact: the decoder never panics, and whatever it accepts
// re-encodes to the same bytes (no bit is ignored).
func FuzzDecodeFact(f *testing.F) {
	for _, fa := range sampleFacts() {
		f.Add(fa.key(), fa.value())
	}
	f.Add([]byte{}, []byte{})
	f.Add(make([]byte, factKeyLen), []byte{kindEmail})
	f.Fuzz(func(t *testing.T, k, v []byte) {
		var fa fact
		if err := decodeFact(k, v, &fa); err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error not ErrCorrupt: %v", err)
			}
			return
		}
		if !bytes.Equal(fa.key(), k) || !bytes.Equal(fa.value(), v) {
			t.Fatalf("accepted %x/%x but re-encodes to %x/%x", k, v, fa.key(), fa.value())
		}
	})
}

// FuzzQuoteIDsInSubject: every ID found is valid and appears in the
// subject (case aside); nothing panics.
func FuzzQuoteIDsInSubject(f *testing.F) {
	for _, s := range []string{"Re: [Q-7K3M9QX2ABCD]", "[[Q-1]] [Q-", "[q-a-b] [Q-ÄÖ]", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		up := strings.ToUpper(s)
		for _, id := range QuoteIDsInSubject(s) {
			if _, err := NormalizeQuoteID(id); err != nil {
				t.Fatalf("found invalid ID %q: %v", id, err)
			}
			if !strings.Contains(up, id) {
				t.Fatalf("found %q, not in %q", id, s)
			}
		}
	})
}

// FuzzClassifyEdit: similarity stays in range, is symmetric, and a text
// compared with itself is as-is.
func FuzzClassifyEdit(f *testing.F) {
	f.Add("Hi Bob, yes.", "Hi Bob, yes!")
	f.Add(draftText, "")
	f.Add("a b a", "b a b")
	f.Fuzz(func(t *testing.T, a, b string) {
		c, s := ClassifyEdit(a, b)
		if s < 0 || s > 1000 || (c == AsIs) != (s == 1000) {
			t.Fatalf("ClassifyEdit(%q, %q) = %s %d", a, b, c, s)
		}
		if s2 := Similarity(b, a); s2 != s {
			t.Fatalf("not symmetric: %d vs %d", s, s2)
		}
		if c, _ := ClassifyEdit(a, a); c != AsIs {
			t.Fatalf("a text against itself: %s", c)
		}
	})
}
