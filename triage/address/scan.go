package address

import (
	"net/mail"
	"strings"
)

// The fallback for fields net/mail refuses. It splits the field into
// entries at commas and semicolons outside quotes, comments and angle
// brackets, drops group names ("Clients:"), and takes from each entry its
// last angle-addr, or else its last bare addr-spec, provided the address
// is valid and written verbatim outside every encoded word. A quote or
// parenthesis that is never closed is read as an ordinary character.

type segKind int

const (
	segText    segKind = iota // raw text between the other kinds
	segQuoted                 // a quoted-string's content, unescaped
	segComment                // a comment's content
	segAngle                  // what is between < and >
	segWord                   // an encoded word, as written
)

type seg struct {
	kind segKind
	s    string
}

// scanner holds one scan's state: the entries found so far and the
// segments of the entry being read.
type scanner struct {
	raw, blank string
	words      [][]int // encoded words' [start, end) in raw
	wi         int     // the next word in words
	out        []*mail.Address
	cur        []seg
	text       strings.Builder
	carry      string // name of an entry without an address: "Smith" of "Smith, Bob <bob@x>"
	// An unclosed quote means no later quote closes either; unclosed
	// comments are tried a few times only: the scan stays linear.
	quoteFailed  bool
	commentFails int
}

func scan(raw string, words [][]int, blank string) []*mail.Address {
	s := &scanner{raw: raw, words: words, blank: blank}
	for i := 0; i < len(raw) && len(s.out) < maxList; {
		i = s.step(i)
	}
	s.endEntry()
	return s.out
}

// step reads what starts at raw[i] and returns the index after it.
func (s *scanner) step(i int) int {
	if j, ok := s.word(i); ok {
		return j
	}
	j, ok := i, false
	switch c := s.raw[i]; c {
	case '"':
		j, ok = s.quote(i)
	case '(':
		j, ok = s.comment(i)
	case '<':
		j, ok = s.angle(i)
	case ',', ';':
		s.endEntry()
		return i + 1
	case ':':
		if groupName(s.cur, s.text.String()) {
			// "Clients: a@x, b@y;": the group's name is not a person's.
			s.cur = nil
			s.text.Reset()
			s.carry = ""
			return i + 1
		}
	}
	if ok {
		return j
	}
	s.text.WriteByte(s.raw[i])
	return i + 1
}

// word takes the encoded word starting at raw[i], if one does.
func (s *scanner) word(i int) (int, bool) {
	for s.wi < len(s.words) && s.words[s.wi][0] < i {
		s.wi++ // a word inside a quote or comment already read
	}
	if s.wi == len(s.words) || s.words[s.wi][0] != i {
		return i, false
	}
	end := s.words[s.wi][1]
	s.wi++
	s.add(segWord, s.raw[i:end])
	return end, true
}

// quote takes the quoted-string starting at raw[i], if it closes.
func (s *scanner) quote(i int) (int, bool) {
	if s.quoteFailed {
		return i, false
	}
	v, j, ok := quoted(s.raw, i)
	if !ok {
		s.quoteFailed = true
		return i, false
	}
	s.add(segQuoted, v)
	return j, true
}

// comment takes the comment starting at raw[i], if it closes.
func (s *scanner) comment(i int) (int, bool) {
	if s.commentFails >= 8 {
		return i, false
	}
	v, j, ok := comment(s.raw, i)
	if !ok {
		s.commentFails++
		return i, false
	}
	s.add(segComment, v)
	return j, true
}

// angle takes the angle brackets starting at raw[i], if a > closes them
// before another < opens.
func (s *scanner) angle(i int) (int, bool) {
	j := strings.IndexAny(s.raw[i+1:], "<>")
	if j < 0 || s.raw[i+1+j] != '>' {
		return i, false
	}
	s.add(segAngle, s.raw[i+1:i+1+j])
	return i + j + 2, true
}

func (s *scanner) add(kind segKind, v string) {
	s.flushText()
	s.cur = append(s.cur, seg{kind, v})
}

func (s *scanner) flushText() {
	if s.text.Len() > 0 {
		s.cur = append(s.cur, seg{segText, s.text.String()})
		s.text.Reset()
	}
}

// endEntry closes the entry being read: its address goes out with its
// name, or its name waits for the next entry's address.
func (s *scanner) endEntry() {
	s.flushText()
	if len(s.cur) == 0 {
		return
	}
	a, name := entry(s.cur, s.blank)
	s.cur = nil
	if a == nil {
		s.carry = joinName(s.carry, name, ", ")
		return
	}
	s.out = append(s.out, &mail.Address{Name: joinName(s.carry, name, ", "), Address: a.Address})
	s.carry = ""
}

// groupName reports whether a colon after cur and text ends a group's
// display name: no address or angle bracket came before it.
func groupName(cur []seg, text string) bool {
	if strings.ContainsAny(text, "@<>") {
		return false
	}
	for _, s := range cur {
		if s.kind == segAngle || s.kind == segText && strings.Contains(s.s, "@") {
			return false
		}
	}
	return true
}

// entry finds the address of one entry and its display name.
func entry(segs []seg, blank string) (*mail.Address, string) {
	for k := len(segs) - 1; k >= 0; k-- {
		if segs[k].kind != segAngle {
			continue
		}
		if a := angleAddr(segs[k].s); a != "" && strings.Contains(blank, a) {
			return &mail.Address{Address: a}, phrase(segs[:k], "")
		}
	}
	// No angle-addr: a bare addr-spec, the name from a comment (the old
	// "bob@x (Bob)" form) or from the words around it.
	for k := len(segs) - 1; k >= 0; k-- {
		if segs[k].kind != segText {
			continue
		}
		f := strings.Fields(segs[k].s)
		for n := len(f) - 1; n >= 0; n-- {
			if valid(f[n]) && strings.Contains(blank, f[n]) {
				var comments []string
				for _, s := range segs {
					if s.kind == segComment {
						comments = append(comments, s.s)
					}
				}
				if len(comments) > 0 {
					return &mail.Address{Address: f[n]}, strings.Join(comments, " ")
				}
				return &mail.Address{Address: f[n]}, phrase(segs, f[n])
			}
		}
	}
	return nil, phrase(segs, "")
}

// angleAddr returns the addr-spec between angle brackets, without an
// obsolete route ("<@relay.test:bob@x>", RFC 5322 §4.4), or "".
func angleAddr(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "@") {
		if i := strings.LastIndexByte(s, ':'); i > 0 {
			s = s[i+1:]
		}
	}
	if !valid(s) {
		return ""
	}
	return s
}

// phrase is the display name the segments spell, without the address
// skip: quoted strings unquoted, encoded words decoded (with the space
// between two adjacent ones dropped, RFC 2047 §6.2), comments left out.
func phrase(segs []seg, skip string) string {
	var b strings.Builder
	prevWord := false
	for _, s := range segs {
		var part string
		switch s.kind {
		case segText:
			part = s.s
			if skip != "" {
				part = strings.Replace(part, skip, " ", 1)
			}
			if prevWord && strings.TrimSpace(part) == "" {
				continue // white space between two encoded words
			}
			prevWord = false
		case segQuoted:
			part, prevWord = " "+s.s+" ", false
		case segWord:
			d, err := WordDecoder.Decode(s.s)
			if err != nil {
				d = s.s
			}
			if !prevWord {
				d = " " + d
			}
			part, prevWord = d, true
		default:
			continue
		}
		b.WriteString(part)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func joinName(a, b, sep string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + sep + b
}

// quoted reads the quoted-string starting at raw[i] == '"': its content
// unescaped and the index after it; ok is false when it never closes.
func quoted(raw string, i int) (string, int, bool) {
	var b strings.Builder
	for j := i + 1; j < len(raw); j++ {
		switch raw[j] {
		case '\\':
			if j+1 < len(raw) {
				j++
				b.WriteByte(raw[j])
			}
		case '"':
			return b.String(), j + 1, true
		default:
			b.WriteByte(raw[j])
		}
	}
	return "", i, false
}

// comment reads the (possibly nested) comment starting at raw[i] == '('.
func comment(raw string, i int) (string, int, bool) {
	var b strings.Builder
	depth := 0
	for j := i; j < len(raw); j++ {
		switch raw[j] {
		case '\\':
			if j+1 < len(raw) {
				j++
				b.WriteByte(raw[j])
			}
			continue
		case '(':
			depth++
			if depth == 1 {
				continue
			}
		case ')':
			depth--
			if depth == 0 {
				return b.String(), j + 1, true
			}
		}
		b.WriteByte(raw[j])
	}
	return "", i, false
}
