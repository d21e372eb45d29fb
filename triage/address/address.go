// Package address reads email addresses from header fields, the one way
// every part of fivemin agrees on: the address is taken from the raw field
// as RFC 5322 parses it, and RFC 2047 encoded words are decoded only in the
// display name, afterwards. Decoding first and parsing second lets a
// display name such as =?UTF-8?Q?Bob_<victim@other.test>?= choose the
// address, which is how drafts once went to the wrong person.
//
// The parsing is net/mail's, with a fallback scanner for fields it refuses;
// go-message's charset package decodes the encoded words in any charset.
package address

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/mail"
	"net/netip"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // decode display names in any charset
)

// Limits. RFC 5321 §4.5.3.1.3 allows 256 octets for a path with its angle
// brackets, so an address longer than MaxAddress is not one.
const (
	MaxAddress = 254
	// MaxName bounds a display name: longer ones are cut (a name is for
	// greeting a person, not for carrying data).
	MaxName = 200
	// maxField bounds the work on one field; what follows is ignored.
	maxField = 64 << 10
	// maxList bounds the mailboxes returned from one field.
	maxList = 1000
)

// ErrNoAddress is returned when a field holds no readable address.
var ErrNoAddress = errors.New("no readable address")

// WordDecoder decodes RFC 2047 encoded words in any charset go-message
// knows. A word is decoded whole into memory: mime copies a reader that
// cannot write itself out through a new 32 KB buffer, for every word.
var WordDecoder = &mime.WordDecoder{CharsetReader: func(cs string, r io.Reader) (io.Reader, error) {
	dec, err := message.CharsetReader(strings.ToLower(cs), r)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(dec)
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(b), nil
}}

// encodedWord matches an RFC 2047 encoded word (§2: charset, encoding and
// text, no white space), generously: its text may hold characters the RFC
// forbids there (such as <, > and @), because senders put them there and
// a parser must never take an address from inside one.
var encodedWord = regexp.MustCompile(`=\?[^?\s]+\?[^?\s]+\?[^\s]*?\?=`)

// EncodedWords returns the [start, end) byte spans of the encoded words in
// raw: the parts of a field where no address may come from.
func EncodedWords(raw string) [][]int {
	return encodedWord.FindAllStringIndex(raw, -1)
}

// Parse returns the first mailbox of a raw From, Sender or Reply-To field
// value (undecoded; folding is allowed). See ParseList.
func Parse(raw string) (*mail.Address, error) {
	l, err := ParseList(raw)
	if err != nil {
		return nil, err
	}
	return l[0], nil
}

// ParseList returns the mailboxes of a raw address-list field value (From,
// To, Cc, Bcc, Reply-To) as it appears in the message: not decoded, folded
// or not. Groups are flattened to their members.
//
// Address is the addr-spec exactly as written in the field (a quoted local
// part keeps its quotes, so it can be written back as is), never from
// inside an encoded word, at most MaxAddress bytes. Name is the display name
// (or a comment, in the old "addr (Name)" form) with encoded words decoded,
// control characters removed and white space collapsed, at most MaxName
// bytes: it never contains CR or LF.
//
// The field is parsed per RFC 5322 with net/mail first; a field that does
// not parse (unencoded specials in a name, a missing quote, "Smith, Bob
// <bob@x>") is scanned for angle-addrs, then bare addr-specs, outside
// quotes, comments and encoded words. An error means no address at all.
func ParseList(raw string) ([]*mail.Address, error) {
	raw = prepare(raw)
	if strings.TrimSpace(raw) == "" {
		return nil, fmt.Errorf("%w: empty field", ErrNoAddress)
	}
	if l, ok := parseSimple(raw); ok {
		return finish(l), nil
	}
	return parseFull(raw)
}

// parseFull is ParseList of a prepared, non-blank field, whatever its form.
func parseFull(raw string) ([]*mail.Address, error) {
	words := EncodedWords(raw)
	// blank is raw with every encoded word blanked: an address must be
	// found in it, verbatim.
	blank := []byte(raw)
	for _, w := range words {
		for i := w[0]; i < w[1]; i++ {
			blank[i] = 0
		}
	}
	l, perr := parseStrict(raw, words)
	if perr == nil && verified(l, string(blank)) {
		return finish(l), nil
	}
	l = scan(raw, words, string(blank))
	if len(l) == 0 {
		if perr == nil {
			perr = errors.New("address not found outside the display name")
		}
		return nil, fmt.Errorf("%w: %v", ErrNoAddress, perr)
	}
	return finish(l), nil
}

// prepare unfolds the field and bounds it: CR and LF become spaces, and a
// value longer than maxField is cut after its last comma before the limit
// (so no address is cut in two).
func prepare(raw string) string {
	if len(raw) > maxField {
		raw = raw[:maxField]
		if i := strings.LastIndexByte(raw, ','); i > 0 {
			raw = raw[:i]
		}
	}
	if strings.ContainsAny(raw, "\r\n") {
		raw = strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(raw)
	}
	return raw
}

// parseStrict parses raw with net/mail, each encoded word replaced by a
// plain atom first so that specials inside one cannot change the parse,
// and decoded into the names afterwards.
func parseStrict(raw string, words [][]int) ([]*mail.Address, error) {
	marker := "fiveminew"
	for strings.Contains(raw, marker) {
		marker += "x"
	}
	var masked strings.Builder
	decoded := make([]string, len(words))
	last := 0
	for i, w := range words {
		masked.WriteString(raw[last:w[0]])
		masked.WriteString(marker + strconv.Itoa(i) + "z")
		last = w[1]
		d, err := WordDecoder.Decode(raw[w[0]:w[1]])
		if err != nil {
			d = raw[w[0]:w[1]] // undecodable: shown as written
		}
		decoded[i] = d
	}
	masked.WriteString(raw[last:])
	l, err := (&mail.AddressParser{}).ParseList(masked.String())
	if err != nil {
		return nil, err
	}
	if len(l) == 0 {
		return nil, errors.New("empty address list")
	}
	for _, a := range l {
		a.Address = wireForm(a.Address)
		if len(words) > 0 {
			a.Name = unmask(a.Name, marker, decoded)
		}
	}
	return l, nil
}

// unmask puts the decoded words back into a name. RFC 2047 §6.2: white
// space between two adjacent encoded words is not displayed.
func unmask(name, marker string, decoded []string) string {
	if !strings.Contains(name, marker) {
		return name
	}
	var b strings.Builder
	prevWord := false
	for i := 0; i < len(name); {
		if strings.HasPrefix(name[i:], marker) {
			j := i + len(marker)
			k := j
			for k < len(name) && name[k] >= '0' && name[k] <= '9' {
				k++
			}
			n, err := strconv.Atoi(name[j:k])
			if err == nil && k < len(name) && name[k] == 'z' && n < len(decoded) {
				if prevWord {
					s := b.String()
					b.Reset()
					b.WriteString(strings.TrimRight(s, " \t"))
				}
				b.WriteString(decoded[n])
				i, prevWord = k+1, true
				continue
			}
		}
		if name[i] != ' ' && name[i] != '\t' {
			prevWord = false
		}
		b.WriteByte(name[i])
		i++
	}
	return b.String()
}

// wireForm writes a net/mail address (whose local part is unquoted) back
// as an addr-spec: `john doe@x` → `"john doe"@x`.
func wireForm(a string) string {
	at := strings.LastIndexByte(a, '@')
	if at < 0 {
		return a
	}
	local := a[:at]
	if dotAtom(local) {
		return a
	}
	return quoteLocal(local) + a[at:]
}

// quoteLocal writes a quoted-string (RFC 5322 §3.2.4).
func quoteLocal(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' || s[i] == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	b.WriteByte('"')
	return b.String()
}

// verified says whether every address is plausible and written verbatim in
// blank (the field with its encoded words blanked out).
func verified(l []*mail.Address, blank string) bool {
	for _, a := range l {
		if !valid(a.Address) || !strings.Contains(blank, a.Address) {
			return false
		}
	}
	return true
}

// valid checks an addr-spec strictly: a dot-atom or quoted local part, a
// domain of labels (UTF-8 allowed, RFC 6532) or a domain literal, within
// the RFC 5321 lengths.
func valid(a string) bool {
	if len(a) > MaxAddress || !utf8.ValidString(a) {
		return false
	}
	at := strings.LastIndexByte(a, '@')
	if at <= 0 || at == len(a)-1 {
		return false
	}
	local, domain := a[:at], a[at+1:]
	return (dotAtom(local) || quotedLocal(local)) && validDomain(domain)
}

// validDomain checks the part after the @: an address literal or dot-separated
// labels.
func validDomain(domain string) bool {
	if strings.HasPrefix(domain, "[") {
		return addressLiteral(domain)
	}
	for label := range strings.SplitSeq(domain, ".") {
		if !validLabel(label) {
			return false
		}
	}
	return true
}

// addressLiteral checks a domain literal (RFC 5321 §4.1.3): an IP address,
// as net/mail (and so go-mail) accepts it, without an IPv6 zone.
func addressLiteral(domain string) bool {
	lit, ok := strings.CutSuffix(strings.TrimPrefix(domain, "["), "]")
	if v6, isV6 := strings.CutPrefix(lit, "IPv6:"); isV6 {
		lit = v6
	}
	_, err := netip.ParseAddr(lit)
	return ok && err == nil && !strings.Contains(lit, "%")
}

// validLabel checks one domain label: 1 to 63 bytes of letters, digits and
// inner hyphens (any script's letters, RFC 6532).
func validLabel(label string) bool {
	if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
		return false
	}
	for _, r := range label {
		if !labelRune(r) {
			return false
		}
	}
	return true
}

func labelRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// dotAtom reports whether s is an RFC 5322 dot-atom (UTF-8 allowed, RFC
// 6532 §3.2).
func dotAtom(s string) bool {
	if s == "" || len(s) > 64 || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for _, r := range s {
		if !atext(r) && r != '.' {
			return false
		}
	}
	return true
}

func atext(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return true
	case r >= utf8.RuneSelf:
		return r != utf8.RuneError && !unicode.IsControl(r) && !unicode.IsSpace(r) && r != '\u2028' && r != '\u2029'
	}
	return strings.ContainsRune("!#$%&'*+-/=?^_`{|}~", r)
}

// quotedLocal reports whether s is a quoted-string local part without
// control characters.
func quotedLocal(s string) bool {
	if len(s) < 3 || len(s) > 66 || s[0] != '"' || s[len(s)-1] != '"' {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		c := s[i]
		switch {
		case c == '\\':
			i++
			if i == len(s)-1 {
				return false
			}
		case c == '"', c < ' ' && c != '\t', c == 0x7f:
			return false
		}
	}
	return true
}

// finish cleans the names and bounds the list.
func finish(l []*mail.Address) []*mail.Address {
	if len(l) > maxList {
		l = l[:maxList]
	}
	for _, a := range l {
		a.Name = cutName(Sanitize(a.Name))
	}
	return l
}

func cutName(s string) string {
	if len(s) <= MaxName {
		return s
	}
	cut := MaxName
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strings.TrimSpace(s[:cut])
}

// Sanitize removes control characters (CR, LF, NUL...) that decoded
// RFC 2047 words may carry, invalid UTF-8 and the Unicode line and
// paragraph separators, so the value can never start a new header when it
// is written back out; runs of white space become one space.
func Sanitize(s string) string {
	unsafe := func(r rune) bool {
		return unicode.IsControl(r) || r == utf8.RuneError || r == '\u2028' || r == '\u2029'
	}
	if !strings.ContainsFunc(s, unsafe) && !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if unsafe(r) || unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// Normalize returns the lower-cased address of s, which may carry a display
// name; s itself, trimmed and lower-cased, when it holds no readable
// address.
func Normalize(s string) string {
	if a, err := Parse(s); err == nil {
		return strings.ToLower(a.Address)
	}
	return strings.ToLower(strings.TrimSpace(s))
}

// Format writes a as a header value, `"Name" <addr>` (the name quoted or
// encoded as RFC 5322 and RFC 2047 require), with the address as written:
// net/mail's Address.String would quote an already quoted local part
// again.
func Format(a *mail.Address) string {
	if a.Name == "" {
		return "<" + a.Address + ">"
	}
	s := (&mail.Address{Name: Sanitize(a.Name), Address: "x@x"}).String()
	return strings.TrimSuffix(s, "<x@x>") + "<" + a.Address + ">"
}
