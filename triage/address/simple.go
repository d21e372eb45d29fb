package address

import (
	"net/mail"
	"strings"
)

// Most fields are a plain address or a few "Name <address>" entries with
// plain ASCII words for names. parseSimple reads those directly, the way
// net/mail and the checks of ParseList read them, without net/mail's
// parser and its allocations; anything else (quotes, comments, encoded
// words, groups, empty entries, other than ASCII) is left to ParseList's
// full path.

// parseSimple returns the addresses of a field made only of simple entries
// separated by commas, and false for any other field.
func parseSimple(raw string) ([]*mail.Address, bool) {
	n := strings.Count(raw, ",") + 1
	var out []*mail.Address
	if n == 1 {
		out = make([]*mail.Address, 0, 1)
	}
	for entry := range strings.SplitSeq(raw, ",") {
		a, ok := simpleEntry(entry)
		if !ok {
			return nil, false
		}
		out = append(out, a)
	}
	return out, true
}

// simpleEntry reads one entry: "local@domain" or "Words <local@domain>",
// white space around, the words plain ASCII atoms (net/mail joins them
// with one space).
func simpleEntry(s string) (*mail.Address, bool) {
	s = strings.Trim(s, " \t")
	if s == "" {
		return nil, false
	}
	if s[len(s)-1] != '>' {
		if !simpleAddress(s) {
			return nil, false
		}
		return &mail.Address{Address: s}, true
	}
	lt := strings.IndexByte(s, '<')
	if lt < 0 {
		return nil, false
	}
	addr := s[lt+1 : len(s)-1]
	if !simpleAddress(addr) {
		return nil, false
	}
	name, ok := simpleName(s[:lt])
	if !ok {
		return nil, false
	}
	return &mail.Address{Name: name, Address: addr}, true
}

// simpleName is the display name of the words of s as net/mail's phrase
// reading gives it: the words joined by one space. ok is false when a word
// holds other than letters, digits, hyphens, apostrophes or underscores.
func simpleName(s string) (string, bool) {
	words := 0
	single := true // the words are already one space apart
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			if inWord && (c == '\t' || i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\t')) {
				single = false
			}
			inWord = false
		case nameByte(c):
			if !inWord {
				words++
			}
			inWord = true
		default:
			return "", false
		}
	}
	s = strings.Trim(s, " \t")
	if words <= 1 || single {
		return s, true
	}
	return strings.Join(strings.Fields(s), " "), true
}

func nameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '\'' || c == '_'
}

// simpleAddress: s is an ASCII address of letters, digits and a few
// punctuation marks that ParseList's checks accept as it is written (a
// dot-atom local part, a domain of labels).
func simpleAddress(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' ||
			c == '_' || c == '+' || c == '@' && i == at) {
			return false
		}
	}
	return valid(s)
}
