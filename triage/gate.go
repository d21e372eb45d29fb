package triage

import (
	"strings"
	"unicode/utf8"
)

// A prefixGate holds the first bytes of a list of lower-case prefixes, so
// that hasAnyPrefixLower's walk through the list is skipped for a line
// none of them can open: most lines.
type prefixGate struct {
	first [utf8.RuneSelf]bool
	all   bool // some prefix is empty or opens with a byte beyond ASCII
}

func newPrefixGate(prefixes []string) *prefixGate {
	g := &prefixGate{}
	for _, p := range prefixes {
		if p == "" || p[0] >= utf8.RuneSelf {
			g.all = true
			continue
		}
		g.first[p[0]] = true
		g.first[lowerASCII(p[0])] = true
	}
	return g
}

// mayOpen is false only when hasAnyPrefixLower(s, prefixes) is false. An
// ASCII first byte stays itself, lower-cased, whichever way s is
// lower-cased; a first byte beyond ASCII may lower-case to anything.
func (g *prefixGate) mayOpen(s string) bool {
	if g.all {
		return true
	}
	if s == "" {
		return false
	}
	c := s[0]
	return c >= utf8.RuneSelf || g.first[lowerASCII(c)]
}

var mobileSignatureGate = newPrefixGate(mobileSignatures)

// A prefixSet answers hasAnyPrefixLower for a fixed list of lower-case
// prefixes with the list filed by first and second byte (a needleSet): a
// line is compared with the few prefixes that share its first two bytes
// rather than with every prefix in turn. The lists are tried on every
// line of a message (phone signatures, attribution openings).
type prefixSet struct {
	set  *needleSet
	list []string
}

func newPrefixSet(prefixes []string) *prefixSet {
	return &prefixSet{set: newNeedleSet(prefixes), list: prefixes}
}

// hasLower is hasAnyPrefixLower(s, the list).
func (p *prefixSet) hasLower(s string) bool {
	switch {
	case !isASCII(s):
		return hasAnyPrefix(strings.ToLower(s), p.list)
	case p.set.empty:
		return true
	}
	return s != "" && p.set.markAt(s, 0, true, nil)
}

var (
	mobileSignatureSet  = newPrefixSet(mobileSignatures)
	attributionStartSet = newPrefixSet(attributionStarts)
	weekdayPrefixSet    = newPrefixSet(weekdayPrefixes)
)
