package triage

import (
	"bytes"
	"net/mail"
	"strings"
	"testing"
	"unicode/utf8"
)

func addCorpusSeeds(f *testing.F) {
	for _, m := range corpusMessages(f) {
		f.Add(m)
	}
	f.Add([]byte(""))
	f.Add([]byte("\r\n\r\n"))
	f.Add(invitation(teamsBlock, "REQUEST"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x--"))
}

// FuzzAnalyze: no input panics or hangs, and every ask is the client's own
// words from the isolated text.
func FuzzAnalyze(f *testing.F) {
	addCorpusSeeds(f)
	e := New(DefaultConfig())
	f.Fuzz(func(t *testing.T, raw []byte) {
		r := e.AnalyzeBytes(raw)
		if len(r.Questions) > maxQuestions {
			t.Fatalf("%d questions", len(r.Questions))
		}
		flat := collapseSpace(r.NewText)
		for _, q := range r.Questions {
			text := q.Text
			if cut, ok := strings.CutSuffix(text, " …"); ok && len(cut) <= maxAskText {
				text = cut // a long ask, cut
			}
			if text == "" || !strings.Contains(flat, text) {
				t.Fatalf("question %q is not in the new text %q", q.Text, flat)
			}
			if q.Minutes <= 0 || (q.Kind != Quick && q.Kind != Paid) {
				t.Fatalf("bad classification %+v", q)
			}
		}
		if r.Skip && r.NeedsQuote {
			t.Fatal("a skipped message needs a quote")
		}
		for _, a := range append(append([]*mail.Address{r.From}, r.To...), r.Cc...) {
			if a != nil && (a.Address == "" || strings.ContainsAny(a.Name+a.Address, "\r\n")) {
				t.Fatalf("address %q <%q> is empty or keeps a line break", a.Name, a.Address)
			}
		}
		if len(r.NewText) > DefaultMaxAskBytes {
			t.Fatalf("new text of %d bytes", len(r.NewText))
		}
		if strings.ContainsAny(r.Subject, "\r\n") {
			t.Fatalf("subject keeps a line break: %q", r.Subject)
		}
		if !utf8.ValidString(r.Body) {
			t.Fatal("body is not valid UTF-8")
		}
	})
}

// FuzzIsolate: isolating keeps only lines of the input, in order (or the
// start of a line, when an attribution follows reply text on it).
func FuzzIsolate(f *testing.F) {
	for _, m := range corpusMessages(f) {
		if i := bytes.Index(m, []byte("\n\n")); i >= 0 {
			f.Add(string(m[i+2:]))
		}
	}
	for _, s := range isolateSeeds {
		f.Add(s)
	}
	f.Add(teamsBlock)
	f.Add(googleInvite)
	f.Add("Accept Tentative Decline\nBEGIN:VCALENDAR\nMETHOD:REQUEST\nEND:VCALENDAR\nCan you come?")
	e := New(DefaultConfig())
	f.Fuzz(func(t *testing.T, body string) {
		got := e.Isolate(body)
		if got == "" {
			return
		}
		in := strings.Split(normalize(body), "\n")
		j := 0
		for _, line := range strings.Split(got, "\n") {
			for j < len(in) && !strings.HasPrefix(strings.TrimSpace(in[j]), strings.TrimSpace(line)) {
				j++
			}
			if j == len(in) {
				t.Fatalf("output line %q is not an input line in order", line)
			}
			j++
		}
	})
}

// FuzzSplit: sentences and segments lose no text and add none. A split
// may fall inside a token where a "?" is glued to the next sentence
// ("paid?if not…", gluedQuestion), so the text is compared without its
// spaces rather than word by word.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Did you get it? Also, when is it due?", "Dr. Haines starts. e.g. this... and that!", "1. one\n2. two\n\n- three",
		"¿Ya está? Sí. 3.5% of $1,400.50 at 10.30 a.m. on 09.08.2026", "a. b. c. d.", "... ?? !! ..",
	} {
		f.Add(s)
	}
	e := New(DefaultConfig()) // one engine: building it per input made each run take 40 ms
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := strings.Join(sentences(s), " ")
		if a, b := strings.Fields(got), strings.Fields(s); strings.Join(a, "") != strings.Join(b, "") {
			t.Fatalf("sentences changed the text:\n in %q\nout %q", s, got)
		}
		for _, sg := range segments(s) {
			if strings.TrimSpace(sg.text) == "" {
				t.Fatalf("empty segment from %q", s)
			}
		}
		e.Questions(s)
	})
}

// FuzzReadReply: no text panics the reply reader; every reading has a
// reason; and whatever a client wrote, a counter-offer asked after it
// leaves the answer to a person.
func FuzzReadReply(f *testing.F) {
	for _, s := range []string{
		"No problem, go ahead.", "Please don't go ahead yet.", "Yes to the letter, no to the audit.",
		"If you can do it for $300, go ahead.", "we don't have time to do it ourselves", "Not now, thanks",
		"ok", "", "go ahead and cancel it", "do not start", "...", "¿Sí? No.", "don't", "no, no",
	} {
		f.Add(s)
	}
	e := New(DefaultConfig())
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		r := e.ReadReply(s)
		if r.Reason == "" || (r.Decision != Accepted && r.Decision != Declined && r.Decision != Unclear) {
			t.Fatalf("ReadReply(%q) = %+v", s, r)
		}
		if c := e.ReadReply(s + "\n\nCould you do it for $100 less?"); c.Decision != Unclear {
			t.Fatalf("with a counter-offer after %q: %+v, want unclear", s, c)
		}
	})
}
