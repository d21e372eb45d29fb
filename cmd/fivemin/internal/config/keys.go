package config

import (
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// keyIndex knows the line of every table header and key in a TOML file.
//
// BurntSushi/toml reports lines for syntax and type errors, but keeps key
// positions private and records them without array indices (every [[rep]]
// shares "rep.imap.host"). So once the library has accepted a file, this
// small scanner walks it again and notes where each key is, with
// array-of-tables indices: "rep[1].imap.host" → 14. Validation then names a
// key and gets its line; a key left out of the file gets its table's line.
type keyIndex struct {
	lines map[string]int // path with indices → line of its first definition
	lower map[string]int // the same, lower case: the decoder matches keys case-insensitively
	order []keyLoc       // every header and key, in file order
}

// keyLoc is one header or key as written in the file.
type keyLoc struct {
	plain string // dotted path without indices, as toml.Key.String writes it
	path  string // with array indices
	line  int
}

// seg is one piece of a key path.
type seg struct {
	name string
	idx  int // index in an array, -1 for none
}

func joinPath(path []seg) string {
	var b strings.Builder
	for i, s := range path {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(toml.Key{s.name}.String())
		if s.idx >= 0 {
			b.WriteString("[" + strconv.Itoa(s.idx) + "]")
		}
	}
	return b.String()
}

func plainPath(path []seg) string {
	k := make(toml.Key, len(path))
	for i, s := range path {
		k[i] = s.name
	}
	return k.String()
}

// line returns the line of key, or of the nearest table above it that is
// in the file, or 0.
func (ix *keyIndex) line(key string) int {
	if ix == nil {
		return 0
	}
	for k := key; k != ""; k = parentKey(k) {
		if l, ok := ix.lines[k]; ok {
			return l
		}
		if l, ok := ix.lower[strings.ToLower(k)]; ok {
			return l
		}
	}
	return 0
}

// parentKey drops the last piece of a key path: "rep[1].imap" → "rep[1]" →
// "rep" → "". Quoted pieces may hold dots and brackets.
func parentKey(key string) string {
	cut, quoted := 0, false
	for i := 0; i < len(key); i++ {
		switch c := key[i]; {
		case c == '\\' && quoted:
			i++
		case c == '"':
			quoted = !quoted
		case (c == '.' || c == '[') && !quoted:
			cut = i
		}
	}
	return key[:cut]
}

// occurrence returns the n-th (from 0) header or key whose path without
// indices is plain: the decoder names unknown keys without indices, in file
// order.
func (ix *keyIndex) occurrence(plain string, n int) (keyLoc, bool) {
	for _, l := range ix.order {
		if l.plain == plain {
			if n == 0 {
				return l, true
			}
			n--
		}
	}
	return keyLoc{}, false
}

func (ix *keyIndex) define(path []seg, line int) {
	p := joinPath(path)
	if _, ok := ix.lines[p]; !ok {
		ix.lines[p] = line
	}
	if _, ok := ix.lower[strings.ToLower(p)]; !ok {
		ix.lower[strings.ToLower(p)] = line
	}
}

func (ix *keyIndex) add(path []seg, line int) {
	ix.define(path, line)
	ix.order = append(ix.order, keyLoc{plain: plainPath(path), path: joinPath(path), line: line})
}

// indexKeys indexes the keys of a file the TOML library accepted. Should the
// scanner still trip on something, the keys after it just have no line.
func indexKeys(src []byte) *keyIndex {
	ix := &keyIndex{lines: map[string]int{}, lower: map[string]int{}}
	func() {
		defer func() { _ = recover() }()
		scanInto(ix, src)
	}()
	return ix
}

func scanInto(ix *keyIndex, src []byte) {
	s := &scanner{src: src, line: 1, arrays: map[string]int{}, idx: ix}
	s.document()
}

// scanner walks TOML (1.0 and 1.1) just far enough to see keys: it skips
// strings, arrays and inline tables without interpreting values.
type scanner struct {
	src    []byte
	pos    int
	line   int
	cur    []seg          // the table the keys go into
	arrays map[string]int // array of tables (path with indices) → elements so far
	idx    *keyIndex
}

func (s *scanner) eof() bool { return s.pos >= len(s.src) }

func (s *scanner) peek(off int) byte {
	if s.pos+off < len(s.src) {
		return s.src[s.pos+off]
	}
	return 0
}

// advance moves one byte on, counting lines.
func (s *scanner) advance() {
	if s.src[s.pos] == '\n' {
		s.line++
	}
	s.pos++
}

func (s *scanner) skipSpace() {
	for !s.eof() && (s.src[s.pos] == ' ' || s.src[s.pos] == '\t') {
		s.pos++
	}
}

// skipBlank skips spaces, line ends and comments.
func (s *scanner) skipBlank() {
	for !s.eof() {
		switch s.src[s.pos] {
		case ' ', '\t', '\r', '\n':
			s.advance()
		case '#':
			for !s.eof() && s.src[s.pos] != '\n' {
				s.pos++
			}
		default:
			return
		}
	}
}

func (s *scanner) document() {
	for {
		s.skipBlank()
		if s.eof() {
			return
		}
		start := s.pos
		if s.src[s.pos] == '[' {
			s.header()
		} else {
			s.keyValue(s.cur)
		}
		if s.pos == start {
			s.advance() // not TOML; never loop forever
		}
	}
}

// header reads [table] or [[array of tables]].
func (s *scanner) header() {
	line := s.line
	array := s.peek(1) == '['
	if array {
		s.pos += 2
	} else {
		s.pos++
	}
	keys := s.key()
	s.skipSpace()
	if s.peek(0) == ']' {
		s.pos++
		if array && s.peek(0) == ']' {
			s.pos++
		}
	}
	if len(keys) == 0 {
		return
	}
	path := make([]seg, 0, len(keys))
	for i, k := range keys {
		path = append(path, seg{name: k, idx: -1})
		p := joinPath(path)
		if array && i == len(keys)-1 {
			n := s.arrays[p]
			s.arrays[p] = n + 1
			path[i].idx = n
		} else if n, ok := s.arrays[p]; ok {
			// [rep.imap] after [[rep]] means the last rep.
			path[i].idx = n - 1
		}
	}
	s.cur = path
	s.idx.add(path, line)
}

// keyValue reads key = value into the table at base.
func (s *scanner) keyValue(base []seg) {
	line := s.line
	keys := s.key()
	if len(keys) == 0 {
		return
	}
	s.skipSpace()
	if s.peek(0) == '=' {
		s.pos++
	}
	path := append([]seg(nil), base...)
	for _, k := range keys {
		path = append(path, seg{name: k, idx: -1})
	}
	// The dotted key a.b.c = 1 defines tables a and a.b on this line too.
	for i := len(base) + 1; i < len(path); i++ {
		s.idx.define(path[:i], line)
	}
	s.idx.add(path, line)
	s.skipSpace()
	s.value(path)
}

// key reads a dotted key of bare and quoted pieces.
func (s *scanner) key() []string {
	var keys []string
	for {
		s.skipSpace()
		if s.eof() {
			return keys
		}
		c := s.src[s.pos]
		switch {
		case c == '"' || c == '\'':
			keys = append(keys, s.str())
		case isBare(c):
			start := s.pos
			for !s.eof() && isBare(s.src[s.pos]) {
				s.pos++
			}
			keys = append(keys, string(s.src[start:s.pos]))
		default:
			return keys
		}
		s.skipSpace()
		if s.peek(0) != '.' {
			return keys
		}
		s.pos++
	}
}

func isBare(c byte) bool {
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
}

// value skips one value; keys inside inline tables are recorded under path.
func (s *scanner) value(path []seg) {
	if s.eof() {
		return
	}
	switch c := s.src[s.pos]; c {
	case '"', '\'':
		s.str()
	case '[':
		s.array(path)
	case '{':
		s.inlineTable(path)
	default:
		// Numbers, booleans, dates: up to the next delimiter. A date may
		// hold a space ("1979-05-27 07:32:00Z"), so spaces do not end it.
		for !s.eof() {
			switch s.src[s.pos] {
			case ',', ']', '}', '#', '\n', '\r':
				return
			}
			s.pos++
		}
	}
}

func (s *scanner) array(path []seg) {
	s.pos++ // [
	for i := 0; ; i++ {
		s.skipBlank()
		if s.eof() {
			return
		}
		if s.src[s.pos] == ']' {
			s.pos++
			return
		}
		start := s.pos
		elem := append([]seg(nil), path...)
		if last := len(elem) - 1; last >= 0 && elem[last].idx < 0 {
			elem[last].idx = i // client = [{...}, {...}] → client[0], client[1]
		}
		s.value(elem)
		s.skipBlank()
		if s.peek(0) == ',' {
			s.pos++
		}
		if s.pos == start {
			s.advance()
		}
	}
}

func (s *scanner) inlineTable(path []seg) {
	s.pos++ // {
	for {
		s.skipBlank() // TOML 1.1 allows line breaks and comments here
		if s.eof() {
			return
		}
		if s.src[s.pos] == '}' {
			s.pos++
			return
		}
		start := s.pos
		s.keyValue(path)
		s.skipBlank()
		if s.peek(0) == ',' {
			s.pos++
		}
		if s.pos == start {
			s.advance()
		}
	}
}

// str reads a basic, literal or multi-line string and returns its text
// (escapes decoded for one-line basic strings, which is all keys can be).
func (s *scanner) str() string {
	q := s.src[s.pos]
	if s.peek(1) == q && s.peek(2) == q {
		s.pos += 3
		start := s.pos
		for !s.eof() {
			c := s.src[s.pos]
			if c == '\\' && q == '"' {
				s.advance()
				if !s.eof() {
					s.advance()
				}
				continue
			}
			if c == q && s.peek(1) == q && s.peek(2) == q {
				end := s.pos
				s.pos += 3
				// Up to two more quotes belong to the content: """a"""".
				for n := 0; n < 2 && s.peek(0) == q; n++ {
					s.pos++
				}
				return string(s.src[start:end])
			}
			s.advance()
		}
		return string(s.src[start:])
	}
	s.pos++
	var b strings.Builder
	for !s.eof() {
		c := s.src[s.pos]
		switch {
		case c == q:
			s.pos++
			return b.String()
		case c == '\n':
			return b.String()
		case c == '\\' && q == '"':
			s.pos++
			b.WriteString(s.escape())
		default:
			b.WriteByte(c)
			s.pos++
		}
	}
	return b.String()
}

// escape decodes the escape after a backslash in a basic string.
func (s *scanner) escape() string {
	if s.eof() {
		return ""
	}
	c := s.src[s.pos]
	s.pos++
	switch c {
	case 'b':
		return "\b"
	case 't':
		return "\t"
	case 'n':
		return "\n"
	case 'f':
		return "\f"
	case 'r':
		return "\r"
	case 'e':
		return "\x1b"
	case 'x', 'u', 'U':
		n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
		end := min(s.pos+n, len(s.src))
		hex := string(s.src[s.pos:end])
		s.pos = end
		v, err := strconv.ParseUint(hex, 16, 32)
		if err != nil {
			return ""
		}
		return string(rune(v))
	}
	return string(c)
}
