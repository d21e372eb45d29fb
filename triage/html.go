package triage

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLToText renders an HTML body as plain text for triage: entities
// decoded, block elements on their own lines, list items marked, and
// blockquotes prefixed with "> " so quoted history looks as it does in
// plain-text mail.
func HTMLToText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	r := htmlRenderer{}
	r.b.Grow(len(s) / 2)
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			// io.EOF or a tokenizer error: either way, what we have is
			// the best text there is.
			return r.finish()
		case html.TextToken:
			if r.skip > 0 {
				continue
			}
			r.text(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			r.start(a, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			r.end(atom.Lookup(name))
		}
	}
}

type htmlRenderer struct {
	b       strings.Builder
	skip    int   // inside head, style, script, title
	quote   int   // blockquote depth
	pre     int   // inside pre
	lists   []int // per open list: -1 for ul, else the next ol number
	lineLen int   // bytes written on the current line, prefix excluded
	blank   int   // newlines pending before the next text
	blankQ  int   // quote depth when the pending newlines were asked for
	space   bool  // a collapsed space is pending
}

func (r *htmlRenderer) start(a atom.Atom, selfClosing bool) {
	switch a {
	case atom.Head, atom.Style, atom.Script, atom.Title, atom.Template, atom.Noscript:
		if !selfClosing {
			r.skip++
		}
	case atom.Br:
		r.br()
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table:
		r.newline(2)
	case atom.Div, atom.Tr, atom.Hr, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Center, atom.Address, atom.Dl, atom.Dt, atom.Dd:
		r.newline(1)
	case atom.Blockquote:
		r.newline(2)
		r.quote++
	case atom.Pre:
		r.newline(1)
		r.pre++
	case atom.Ul:
		r.newline(1)
		r.lists = append(r.lists, -1)
	case atom.Ol:
		r.newline(1)
		r.lists = append(r.lists, 1)
	case atom.Li:
		r.newline(1)
		marker := "- "
		if n := len(r.lists); n > 0 && r.lists[n-1] > 0 {
			marker = strconv.Itoa(r.lists[n-1]) + ". "
			r.lists[n-1]++
		}
		r.write(marker)
		r.space = false
	case atom.Td, atom.Th:
		r.space = true
	}
}

func (r *htmlRenderer) end(a atom.Atom) {
	switch a {
	case atom.Head, atom.Style, atom.Script, atom.Title, atom.Template, atom.Noscript:
		if r.skip > 0 {
			r.skip--
		}
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table:
		r.newline(2)
	case atom.Div, atom.Tr, atom.Li, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Center, atom.Address, atom.Dl, atom.Dt, atom.Dd:
		r.newline(1)
	case atom.Blockquote:
		r.newline(2)
		if r.quote > 0 {
			r.quote--
		}
	case atom.Pre:
		r.newline(1)
		if r.pre > 0 {
			r.pre--
		}
	case atom.Ul, atom.Ol:
		r.newline(1)
		if n := len(r.lists); n > 0 {
			r.lists = r.lists[:n-1]
		}
	}
}

// text writes a text token's words (the tokenizer's bytes, valid until
// its next token: no string is made of them).
func (r *htmlRenderer) text(t []byte) {
	if len(t) == 0 {
		return
	}
	if r.pre > 0 {
		for i := 0; ; i++ {
			if i > 0 {
				r.br()
			}
			line, rest, more := bytes.Cut(t, []byte("\n"))
			r.writeBytes(line)
			if !more {
				return
			}
			t = rest
		}
	}
	if first, _ := utf8.DecodeRune(t); isHTMLSpace(first) {
		r.space = true
	}
	last, _ := utf8.DecodeLastRune(t)
	for len(t) > 0 {
		c, n := utf8.DecodeRune(t)
		if isHTMLSpace(c) {
			t = t[n:]
			continue
		}
		end := n
		for end < len(t) {
			c, n = utf8.DecodeRune(t[end:])
			if isHTMLSpace(c) {
				break
			}
			end += n
		}
		if r.space && r.lineLen > 0 && r.blank == 0 {
			r.b.WriteByte(' ')
			r.lineLen++
		}
		r.writeBytes(t[:end])
		r.space = true
		t = t[end:]
	}
	r.space = isHTMLSpace(last)
}

// isHTMLSpace includes NO-BREAK SPACE: for triage it is just a space.
func isHTMLSpace(c rune) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0'
}

func (r *htmlRenderer) write(s string) {
	if s == "" {
		return
	}
	r.startWrite()
	r.b.WriteString(s)
	r.lineLen += len(s)
}

func (r *htmlRenderer) writeBytes(s []byte) {
	if len(s) == 0 {
		return
	}
	r.startWrite()
	r.b.Write(s)
	r.lineLen += len(s)
}

// startWrite puts out the pending line breaks and the line's quote prefix.
func (r *htmlRenderer) startWrite() {
	if r.blank > 0 && r.b.Len() > 0 {
		for i := 0; i < r.blank; i++ {
			r.b.WriteByte('\n')
			if i < r.blank-1 {
				// An empty line between levels belongs to the outer one.
				r.prefixN(min(r.blankQ, r.quote))
			}
		}
	}
	r.blank = 0
	if r.lineLen == 0 {
		r.prefix()
	}
}

func (r *htmlRenderer) prefix() { r.prefixN(r.quote) }

func (r *htmlRenderer) prefixN(n int) {
	for i := 0; i < n; i++ {
		r.b.WriteString("> ")
	}
}

// setBlank asks for n pending newlines, remembering the quote depth.
func (r *htmlRenderer) setBlank(n int) {
	if r.blank == 0 {
		r.blankQ = r.quote
	}
	r.blank = n
}

// newline asks for n line breaks before the next text (1: new line, 2: a
// blank line between); several requests in a row do not add up.
func (r *htmlRenderer) newline(n int) {
	if r.b.Len() > 0 && n > r.blank && (r.lineLen > 0 || n == 2) {
		r.setBlank(n)
	}
	r.lineLen = 0
	r.space = false
}

// br ends the line; a <br> on an empty line is an empty line, which is how
// Gmail and Outlook mark paragraph gaps.
func (r *htmlRenderer) br() {
	switch {
	case r.b.Len() == 0:
	case r.lineLen > 0:
		r.setBlank(max(r.blank, 1))
	default:
		r.setBlank(min(2, r.blank+1))
	}
	r.lineLen = 0
	r.space = false
}

func (r *htmlRenderer) finish() string {
	return strings.TrimSpace(r.b.String())
}
