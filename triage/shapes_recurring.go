package triage

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Shapes from the category probes (testdata/PROBES.md, probes_test.go):
// failure shapes that recurred on sets written apart from the code.

// purposeLinks join what the client needs an answer for to the need.
var purposeLinks = set("for to so")

// backRefNouns name, after "the", the answer of the ask before in general
// words ("I need the figure for the bank"): a thing already asked for.
var backRefNouns = set("figure figures number numbers amount total date details info information answer")

// purposeOnly: "I need it for a grant form", "we need them to show the
// bank", "I need the figure for the board": why the client wants the
// answer of the ask before, not an ask of its own. A need naming a new
// thing ("I need the P45 for Dan") still asks.
func purposeOnly(ws []string) bool {
	i := 0
	for i < len(ws) && (deadlineSubjects.has(ws[i]) || fillers.has(ws[i])) {
		i++
	}
	if i == 0 || i >= len(ws) || !deadlineWants.has(ws[i]) {
		return false
	}
	i++
	switch {
	case i < len(ws) && anaphora.has(ws[i]):
		i++
	case i+1 < len(ws) && ws[i] == "the" && backRefNouns.has(ws[i+1]):
		i += 2
	default:
		return false
	}
	if i+1 >= len(ws) || !purposeLinks.has(ws[i]) {
		return false
	}
	// "we need the figures for the grant prepared by Monday": wanted made
	// or made ready, the thing is work asked for, not the use of an answer.
	return !slices.ContainsFunc(ws[i:], func(w string) bool { return workParts.has(w) || w == "ready" })
}

// copyVerbs deliver a copy of something that exists ("send me the form",
// "email the statement"): in a series of requests for facts, each is an
// ask of its own, as "tell me…" is.
var copyVerbs = set("send email e-mail forward resend")

// copyOpen: the words open "send me…", "email the…": a copy asked for
// in a series that leads with a fact ("confirm the dates, send me the
// form and tell me…"). Only splitFacts and factSeries read it, where the
// series already opens with a fact, so "draft the letter and send me a
// copy" (a job and its result) stays whole.
func copyOpen(ws []string) bool {
	return len(ws) >= 3 && copyVerbs.has(ws[0]) && (meWords.has(ws[1]) || detWords.has(ws[1]))
}

// mailNouns name the mail itself, as a footer does ("before you print this
// email").
var mailNouns = set("email e-mail mail message")

// urgentWords mark a redirect for urgent matters.
var urgentWords = set("urgent urgently emergency emergencies")

// redirectVerbs send the reader elsewhere.
var redirectVerbs = set("contact call ring phone email e-mail text")

// urgentRedirect: "For urgent matters please contact the office on …", "If
// it's urgent, call Mark on …": a line of a footer or an out-of-office
// that sends every reader elsewhere; it asks the firm for nothing. It
// opens with "for", "if" or "in" and names urgency before the contact
// verb. Put to the firm ("if it's urgent, can you ring me?") it asks.
func urgentRedirect(ws []string) bool {
	if len(ws) < 4 || ws[0] != "for" && ws[0] != "if" && ws[0] != "in" {
		return false
	}
	urgent := false
	for _, w := range ws[1:] {
		switch {
		case secondPerson.has(w):
			return false
		case urgentWords.has(w):
			urgent = true
		case redirectVerbs.has(w):
			return urgent
		}
	}
	return false
}

// statementRunOn: "the back door alarm keeps going off at night, can u
// come and look at it" - texting style (a lower-case start, no full stop
// or question mark): a statement of more than 8 words that is no
// condition, then a request put to the firm after a comma (F2). The
// statement is context; the ask starts at the request. After a condition
// ("if the parcel is not there by noon, can you chase it") the comma
// joins the condition to its ask; a written sentence, or a part of one
// split off by the other rules, keeps to those rules.
func statementRunOn(text string, spans []span, ws []string, k int) bool {
	if k <= 8 || strings.ContainsAny(text, ".?!") || !strings.Contains(text[spans[k-1].end:spans[k].start], ",") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	lead := stripLead(ws, 0)
	return unicode.IsLower(r) && len(lead) > 0 && !conditionWords.has(ws[0]) && !conditionWords.has(lead[0])
}

// nameLeadAsk: "jen can u check the rota…", "Tom, could you send…": one
// word before a request put to the firm, with nothing to join them, is
// who the client addresses (F1). A question word or an auxiliary there
// ("why can you not…", "when could you…") belongs to the ask.
func nameLeadAsk(ws []string) bool {
	return len(ws) > 4 && politeToFirm(ws, 1) && !auxWords.has(ws[0]) && !whWords.has(ws[0]) && !conditionWords.has(ws[0]) &&
		!indirectWords.has(ws[0]) && !requestConjunctions.has(ws[0])
}

// pointsToList: a line ending in a word that points at what comes next
// ("Can you let me have the following?", "Please send the items
// below.") introduces the list under it as a colon does (F9).
func pointsToList(t string) bool {
	t = strings.TrimRight(t, "?.! ")
	i := strings.LastIndexByte(t, ' ')
	return i >= 0 && listPointers.has(strings.ToLower(t[i+1:]))
}

var listPointers = set("following below")
