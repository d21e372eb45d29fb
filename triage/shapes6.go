package triage

// Shapes of asks and non-asks added for the dev6 and messy5 sets: a
// question mark with no space after it, and the eco and promotion lines of
// a client's own footer.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// gluedQuestion: the "?" at s[i] (its run of terminators ending at j) is
// typed with no space before the next sentence ("is it paid?if not can
// you…"). A link's query ("form?id=42") is not: the token before has a
// slash, or the one after has "=", "&" or "/".
func gluedQuestion(s string, start, i, j int) bool {
	if !strings.Contains(s[i:j], "?") {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[j:])
	if !unicode.IsLetter(prev) || !unicode.IsLetter(next) {
		return false
	}
	if strings.ContainsRune(lastToken(s[start:i]), '/') {
		return false
	}
	after := s[j:]
	if k := strings.IndexByte(after, ' '); k >= 0 {
		after = after[:k]
	}
	return !strings.ContainsAny(after, "=&/")
}

// footerPlea: a line of the client's own footer that addresses every
// reader, not the firm: the plea to spare paper ("Please consider the
// environment before printing this email") and the promotion of the
// client's business ("Follow us on Instagram", "Sign up to our
// newsletter for 10% off!"). ws are the clause's lower-case words.
func footerPlea(ws []string) bool {
	return printPlea(ws) || followUs(ws) || ownNewsletter(ws)
}

// printPlea: printing named next to the environment, the planet or trees.
func printPlea(ws []string) bool {
	var printing, nature bool
	for _, w := range ws {
		switch {
		case strings.HasPrefix(w, "print"):
			printing = true
		case ecoWords[w]:
			nature = true
		}
	}
	return printing && nature
}

var ecoWords = set("environment environmental planet trees tree")

// followUs: "Follow us on …", "Like us on Facebook", "Connect with us on
// LinkedIn", "Find us on Instagram".
func followUs(ws []string) bool {
	if len(ws) < 3 || !followVerbs[ws[0]] {
		return false
	}
	rest := ws[1:]
	if rest[0] == "with" {
		rest = rest[1:]
	}
	return len(rest) >= 2 && rest[0] == "us" && rest[1] == "on"
}

var followVerbs = set("follow like find connect")

// ownNewsletter: an imperative to sign up to or join "our newsletter" or
// "our mailing list": the client's promotion to its own customers. "Please
// sign up our new starter for the pension" names no newsletter.
func ownNewsletter(ws []string) bool {
	if len(ws) < 3 || !subscribeVerbs[ws[0]] {
		return false
	}
	for k := 1; k+1 < len(ws); k++ {
		if ws[k] == "our" && (ws[k+1] == "newsletter" || ws[k+1] == "newsletters" ||
			(ws[k+1] == "mailing" && k+2 < len(ws) && ws[k+2] == "list")) {
			return true
		}
	}
	return false
}

var subscribeVerbs = set("sign subscribe join register")
