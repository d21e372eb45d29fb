package triage

// Shapes at clause breaks: a question mark with no space after it, a
// bare condition, a question or a second job after a comma, answers that
// ask nothing, and the eco and promotion lines of a client's own footer.

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
// client's business ("Follow us on Mastodon", "Sign up to our
// newsletter for 10% off!"), and a notification's note that its mailbox is
// not read (unmonitoredNotice). ws are the clause's lower-case words.
func footerPlea(ws []string) bool {
	return printPlea(ws) || followUs(ws) || ownNewsletter(ws) || urgentRedirect(ws) || unmonitoredNotice(ws)
}

// printPlea: printing named next to the environment, the planet or trees.
func printPlea(ws []string) bool {
	var printing, nature, before, mail bool
	for i, w := range ws {
		switch {
		case strings.HasPrefix(w, "print"):
			printing = true
			// "think before you print this email": the plea without
			// naming nature.
			before = before || i > 0 && ws[i-1] == "before" || i > 1 && ws[i-2] == "before"
		case ecoWords.has(w):
			nature = true
		case mailNouns.has(w):
			mail = true
		}
	}
	return printing && (nature || before && mail)
}

var ecoWords = set("environment environmental planet trees tree")

// followUs: "Follow us on …", "Like us on Facebook", "Connect with us on
// LinkedIn", "Find us on Instagram".
func followUs(ws []string) bool {
	if len(ws) < 3 || !followVerbs.has(ws[0]) {
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
	if len(ws) < 3 || !subscribeVerbs.has(ws[0]) {
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

// bareConditionAsk: "if not can you chase it tuesday", "if so could you book
// it": a condition on the answer before, typed without its comma, opening
// an ask. The ask is quoted with its condition.
func (e *Engine) bareConditionAsk(ws []string) bool {
	return len(ws) >= 4 && ws[0] == "if" && bareConditions.has(ws[1]) && e.opensAsk(stripLead(ws, 2))
}

var bareConditions = set("not so yes no")

// conditionAskAt returns where a request to the firm starts after a
// condition typed without its comma ("if it needs an answer could you
// write one for me"): "could you", "can you", "would you" within
// maxConditionWords of "if"; 0 when there is none. The ask is quoted with
// its condition.
func conditionAskAt(ws []string) int {
	if len(ws) < 5 || ws[0] != "if" {
		return 0
	}
	for k := 3; k <= maxConditionWords && k+2 < len(ws); k++ {
		if politeToFirm(ws, k) {
			return k
		}
	}
	return 0
}

// maxConditionWords bounds the condition conditionAskAt looks past.
const maxConditionWords = 10

// invertedWh: after a comma, a wh-word with an auxiliary and a subject
// pronoun after it ("one more thing, when do i send…", "…, where should
// we post it") is a question's word order; a relative clause has none
// ("…, when I was away", "…, which was late").
//
// The wh-word may take a word of degree ("…, how soon could you get
// here", "how long will it take"), and the subject may be an indefinite
// pronoun or its texted form ("…, when can someone come out", "when can
// u come").
func invertedWh(c []string) bool {
	if len(c) < 4 || !whWords.has(c[0]) {
		return false
	}
	if c[0] == "how" && whDegree.has(c[1]) {
		c = c[1:] // "how soon" is the wh-phrase
	}
	return len(c) >= 4 && auxWords.has(c[1]) && (subjectPronouns.has(c[2]) || indefiniteSubjects.has(c[2]))
}

// whToFirm: an inverted wh-question with a modal whose subject is the
// reader or someone of the firm ("how soon could you get here", "when
// can someone come out"): after a long statement it opens the ask, as
// "could you" does.
func whToFirm(c []string) bool {
	if !invertedWh(c) {
		return false
	}
	i := 2
	if c[0] == "how" && whDegree.has(c[1]) {
		i = 3
	}
	// A modal asks the reader to act; "how do you compete with …?" is
	// the generic "you" of a remark.
	return whFirmSubjects.has(c[i]) && whFirmModals.has(c[i-1])
}

var (
	whFirmSubjects     = set("you u someone somebody anyone anybody")
	whFirmModals       = set("can could will would")
	subjectPronouns    = set("i we you they he she it")
	indefiniteSubjects = set("someone somebody anyone anybody u")
	// whDegree follow "how" in a question of degree: "how soon", "how long".
	whDegree = set("soon long quickly fast often much many early late")
)

// answerOnly: "yes, the blue folder please", "no, the old address
// please": the client answers the firm's question; what follows the yes or
// no asks for nothing once "please" is set aside ("yes please send it"
// still asks).
func (e *Engine) answerOnly(c clause) bool {
	lw := c.lw
	if c.question || len(lw) < 2 || !answerWords.has(lw[0]) {
		return false
	}
	rest := make([]string, 0, len(lw)-1)
	for _, w := range lw[1:] {
		if w != "please" && w != "pls" && w != "plz" {
			rest = append(rest, w)
		}
	}
	return !e.opensAsk(stripLead(rest, 0))
}

var answerWords = set("yes yeah yep yup no nope")

// reasonTail: in a run-on, "because" (or "cos") before a subject gives the
// reason for the ask before it ("did the rent go out because the landlord
// says…"): the client's statement, not part of the ask. "because if we
// do can you…") opens a condition instead, and "because of" and a noun
// ("…closed on the 28th because of the bank holiday?") is part of what
// is asked.
func reasonTail(lw []string, j int) bool {
	return reasonWords.has(lw[j]) && j+1 < len(lw) && lw[j+1] != "if" && lw[j+1] != "of"
}

var reasonWords = set("because cos coz cause bc")

// newsTail: in a run-on, "also" before the client's own perfect or
// progressive ("did the refund come through also we've moved office",
// "…also i'm off next week") opens news of theirs, not more of the ask.
func newsTail(lw []string, j int) bool {
	return lw[j] == "also" && j+1 < len(lw) && newsSubjects.has(lw[j+1])
}

var newsSubjects = set("we've i've weve ive we're i'm im")

// leadBeforeWh: the opener before an inverted wh-question ("one more q,
// when do i…") is not quoted with it; a condition ("if it's late, when do
// i…") is part of the question.
func leadBeforeWh(ws, c []string) bool {
	return invertedWh(c) && !conditionWords.has(ws[0])
}

// questionAfterBreak: the interrogative c after the clause break before
// word k opens a question. After a comma a wh-word usually opens a
// relative clause ("…, which came last Thursday"): only a question mark,
// a strong break (dash, colon) or a question's word order make it one.
func questionAfterBreak(text string, spans []span, k int, c []string, question bool) bool {
	return question || !whWords.has(c[0]) || strongBreak(text, spans, k) || invertedWh(c)
}

// secondQuestion: the question after "and" asks its own thing. One whose
// subject points back ("…, and does it take long?") asks about the
// same thing, unless it puts work to the firm ("…, and is it something
// you can fix?", "…, and is that a job you could take on?").
func secondQuestion(right []string) bool {
	return !anaphoricSubject(right) || firmToAct(right) || costQuestion(right)
}

// firmToAct: "you" with a modal after it ("you can", "you could",
// "you'd be able") names the firm as the one to act.
func firmToAct(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if secondPerson.has(ws[i]) && (auxWords.has(ws[i+1]) || ws[i+1] == "would") {
			return true
		}
	}
	return false
}

// commaJoined: ", and" sets the second request apart ("Could you explain
// the process, and draft a reply for me?"): two jobs even of one kind.
func commaJoined(sp *sentenceSplit, k int) bool {
	return sp.lw[k] == "and" && precededBy(sp.s, sp.spans[k].start, ",")
}
