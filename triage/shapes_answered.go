package triage

import (
	"slices"
	"strings"
)

// Questions the client answers in the same mail: "Is the deadline still
// the 31st? Yes, I found it.", "Does it come in A3? Never mind, I've seen
// it does.", and briefs written as questions with their answers ("Budget?
// Around £3k. Who is it for? Mostly locals."). The firm is not asked them.

// sentKey places a sentence: its segment and its index in the segment.
type sentKey struct{ seg, sent int }

// flatSentence is one sentence of the new text, in order.
type flatSentence struct {
	key   sentKey
	text  string
	ws    []string // lower-case words, read by answerKind alone
	item  bool     // from a list item
	alone bool     // the whole of a line that is not a list item
}

// answeredQuestions finds the questions the next sentence answers. A
// sentence opening with an answer ("Yes, …", "No, it was …", "Never mind,
// …", "Turns out …") or ending on one ("…, so no.") answers the question
// before it on its own. A question put as a heading or a topic, then a
// reply that is not an ask, answers it only where the mail does that at
// least twice: one question followed by context is still asked.
//
// split holds each segment's sentences, for the caller to reuse (nil
// when the text has no question and no dash, and nothing was split).
func (e *Engine) answeredQuestions(segs []segment) (answered map[sentKey]bool, split [][]string) {
	if !slices.ContainsFunc(segs, func(sg segment) bool {
		return containsAnyOf(sg.text, "?", "\u2013") || strings.Contains(sg.text, " - ")
	}) {
		return nil, nil // no question and no dash at all: most statements and replies
	}
	flat, split := flatSentences(segs)
	var out map[sentKey]bool
	mark := func(k sentKey) {
		if out == nil {
			out = map[sentKey]bool{}
		}
		out[k] = true
	}
	for _, f := range flat {
		if dashVerdict(f.text) {
			mark(f.key)
		}
	}
	var pairs []sentKey
	for k := 0; k+1 < len(flat); k++ {
		switch q, a := flat[k], flat[k+1]; e.answerKind(q, a) {
		case answerSelf:
			mark(q.key)
		case answerTopic:
			pairs = append(pairs, q.key)
		case answerNone:
			if k+2 < len(flat) && e.withdrawnAfterAside(q, a, flat[k+2]) {
				mark(q.key)
			}
		}
	}
	if len(pairs) >= 2 {
		for _, k := range pairs {
			mark(k)
		}
	}
	return out, split
}

// How sentence a answers question q before it.
const (
	answerNone  = iota
	answerSelf  // the client settles q itself
	answerTopic // a reply under a topic question: answers it if the mail does so twice
)

// answerKind says how a, not itself a question or an ask, answers q.
func (e *Engine) answerKind(q, a flatSentence) int {
	if lastPunct(q.text) != '?' || strings.Contains(a.text, "?") {
		return answerNone
	}
	// Read the two sentences' words only here: most sentences are no
	// question followed by a statement.
	qp, ap := scratchWords(q.text), scratchWords(a.text)
	defer dropWords(qp)
	defer dropWords(ap)
	q.ws, a.ws = *qp, *ap
	if len(q.ws) == 0 || len(a.ws) == 0 {
		return answerNone
	}
	switch {
	case q.key.seg == a.key.seg && selfAnswer(q, a):
		if !e.clause(a.text).ask {
			return answerSelf
		}
	case topicAnswer(q, a) && !e.clause(a.text).ask:
		return answerTopic
	}
	return answerNone
}

// withdrawnAfterAside: "Should the clause say three months or six? We
// said six in the letter. Actually I've checked, so ignore that one.": a
// question taken back two sentences on, past one statement in the same
// paragraph that asks nothing. Only a withdrawal reaches that far; a
// bare yes or no answers the sentence just before it.
func (e *Engine) withdrawnAfterAside(q, aside, w flatSentence) bool {
	if lastPunct(q.text) != '?' || q.key.seg != w.key.seg || strings.Contains(aside.text, "?") || strings.Contains(w.text, "?") {
		return false
	}
	wp := scratchWords(w.text)
	defer dropWords(wp)
	if !withdrawsAsk(*wp) {
		return false
	}
	return !e.clause(aside.text).ask && !e.clause(w.text).ask
}

// flatSentences lists the sentences of segs in order, and by segment.
func flatSentences(segs []segment) ([]flatSentence, [][]string) {
	flat := make([]flatSentence, 0, 2*len(segs))
	split := make([][]string, len(segs))
	// Every segment's sentences in one backing array rather than one
	// each; a segment's slice is capped so that nothing appended to it
	// can reach the next one's.
	all := make([]string, 0, 2*len(segs))
	for i, sg := range segs {
		start := len(all)
		all = appendSentences(all, sg.text)
		ss := all[start:len(all):len(all)]
		split[i] = ss
		for j, s := range ss {
			flat = append(flat, flatSentence{key: sentKey{i, j}, text: s, item: sg.item, alone: len(ss) == 1 && !sg.item})
		}
	}
	return flat, split
}

// topicAnswer: q is a short question not put to the firm, and a replies
// to it as an answer does: a fragment ("Every quarter."), or any
// statement under a heading ("Why now?" on its own line).
func topicAnswer(q, a flatSentence) bool {
	return topicQuestion(q) && (fragmentAnswer(a.ws) || q.alone && headingQuestion(q.ws))
}

// selfAnswer: a, in the same paragraph, answers question q. Under quoted
// questions of the firm's a paragraph may open with the answer to one of
// those (the quote is gone from the new text): a yes or no answers q only
// when q is a yes/no question (no "or") that is not put to the firm.
func selfAnswer(q, a flatSentence) bool {
	if answerCloses(a.ws) || plainAnswer(a.ws) {
		return true
	}
	if !answerOpens(a) || slices.Contains(q.ws, "or") {
		return false
	}
	for _, w := range q.ws {
		if addressesFirm.has(w) {
			return false
		}
	}
	return true
}

// plainAnswer: "Never mind, …", "Turns out …", "Only joking, …": the
// sentence settles or takes back the one before, whoever it was put to.
func plainAnswer(ws []string) bool {
	if len(ws) >= 2 && (ws[0] == "never" && ws[1] == "mind" || ws[0] == "turns" && ws[1] == "out" ||
		(ws[0] == "only" || ws[0] == "just") && jokeWords.has(ws[1])) || jokeWords.has(ws[0]) {
		return true
	}
	return len(ws) >= 3 && ws[0] == "it" && ws[1] == "turns" && ws[2] == "out" || foundItAnswer(ws) || withdrawsAsk(ws)
}

// answerOpens: "Yes, …", "no it was the till", "Never mind, …", "Turns out
// …": the sentence answers the one before. "No rush", "No worries if
// not" and "No idea" do not.
func answerOpens(a flatSentence) bool {
	ws := a.ws
	switch {
	case answerYes.has(ws[0]):
		return len(ws) == 1 || ws[1] != "please"
	case answerNo.has(ws[0]):
		// "No, …", "no it was the till"; not "No rush", nor Spanish
		// "No la encuentro".
		return len(ws) == 1 || punctAfterFirstWord(a.text) || answerNoSubjects.has(ws[1])
	case verdictHedges.has(ws[0]):
		return hedgedVerdict(a)
	}
	return false
}

// hedgedVerdict: "Probably not, but we should be.", "Sadly not, I
// know!", "Apparently so.": a hedge and a bare verdict, then a stop or
// nothing, answer the yes/no question before. "Probably not urgent"
// goes on and is no verdict.
func hedgedVerdict(a flatSentence) bool {
	ws := a.ws
	if len(ws) < 2 || !(ws[1] == "not" || ws[1] == "so" || answerYes.has(ws[1]) || answerNo.has(ws[1])) {
		return false
	}
	if len(ws) == 2 {
		return true
	}
	sp := wordSpans(a.text)
	if len(sp) < 3 {
		return false
	}
	gap := strings.TrimLeft(a.text[sp[1].end:sp[2].start], " ")
	return gap != "" && strings.ContainsAny(gap[:1], ",.;:-!\u2013")
}

// punctAfterFirstWord: the first word is followed by a comma, stop or
// dash ("No, …", "No - …").
func punctAfterFirstWord(s string) bool {
	s = strings.TrimSpace(s)
	i := strings.IndexAny(s, " ,.;:-\u2013")
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(s[i:], " ")
	return rest != "" && strings.ContainsAny(rest[:1], ",.;:-\u2013")
}

// answerCloses: "I checked the threshold and we're under it, so no.": a
// sentence ending on its verdict.
func answerCloses(ws []string) bool {
	n := len(ws)
	return n >= 3 && ws[n-2] == "so" && (answerYes.has(ws[n-1]) || answerNo.has(ws[n-1]) || ws[n-1] == "not")
}

// topicQuestion: a short question that does not address the firm ("Who
// holds the keys?", "Budget?", "Why now?").
func topicQuestion(q flatSentence) bool {
	if len(q.ws) > maxTopicWords {
		return false
	}
	for _, w := range q.ws {
		if addressesFirm.has(w) {
			return false
		}
	}
	return true
}

// maxTopicWords bounds a question put as a topic.
const maxTopicWords = 8

// headingQuestion: a line of a few words without a verb put as a heading
// ("Why now?", "Budget?"); a question with one ("Is the return done?",
// "What's the fee?") asks, whatever statement follows it.
func headingQuestion(ws []string) bool {
	return len(ws) <= maxHeadingQuestionWords && fragmentAnswer(ws)
}

// maxHeadingQuestionWords bounds a heading put as a question: "Why
// now?", "Budget?", "Target audience?"; "What's the fee?" has a verb and
// asks, whatever follows it.
const maxHeadingQuestionWords = 3

// fragmentAnswer: a short reply without a subject or a verb ("Janet and
// Phil.", "Every quarter.", "Around £3,000 all in."): an answer, not news.
func fragmentAnswer(ws []string) bool {
	if len(ws) > maxTopicWords {
		return false
	}
	for _, w := range ws {
		if auxWords.has(w) || subjectPronouns.has(w) || w == "there" || hasContraction(w) {
			return false
		}
	}
	return true
}

// hasContraction: "it's", "we're", "they'd": a subject and a verb in one.
func hasContraction(w string) bool {
	return strings.ContainsAny(w, "'\u2019")
}

// lastDash is where the last " - " or " – " of s starts, or -1. Each is
// searched for only when its first byte of dash stands in s: a search
// from the end of a sentence for a three-byte string hashes it all, and
// most sentences hold no dash.
func lastDash(s string) int {
	i := -1
	if strings.IndexByte(s, '-') >= 0 {
		i = strings.LastIndex(s, " - ")
	}
	if strings.IndexByte(s, 0xE2) >= 0 { // the first byte of "–" in UTF-8
		i = max(i, strings.LastIndex(s, " \u2013 "))
	}
	return i
}

// dashVerdict: "I wondered if it was the bank - it was.", "Mi chiedevo se
// fosse la stampante - lo era, l'abbiamo riparata.": a wonder the client
// settles after a dash with a subject and a verb alone. "Could you check
// the meter - it was reading zero" goes on after the verb and asks.
func dashVerdict(s string) bool {
	if strings.Contains(s, "?") {
		return false
	}
	i := lastDash(s)
	if i < 0 {
		return false
	}
	tail := strings.TrimLeft(s[i+1:], "-\u2013 ")
	verdict, _, _ := strings.Cut(tail, ",")
	ws := lowerSpans(verdict, wordSpans(verdict))
	if len(ws) == 3 && ws[2] == "not" {
		ws = ws[:2]
	}
	return len(ws) == 2 && verdictSubjects.has(ws[0]) && (auxWords.has(ws[1]) || strings.HasSuffix(ws[1], "n't") || verdictVerbs.has(ws[1]))
}

// questionsForOthers: a list's lead says the client will put its
// questions to someone else ("Questions I'm going to ask the landlord on
// Friday:", "I'll ask Tom:"). "Questions I wanted to ask you:" leads asks.
func questionsForOthers(intro string) bool {
	ws := lowerSpans(intro, wordSpans(intro))
	for k, w := range ws {
		if w != "ask" || k+1 >= len(ws) || addressesFirm.has(ws[k+1]) || !willAsk(ws[:k]) {
			continue
		}
		return !slices.ContainsFunc(ws, func(w string) bool { return addressesFirm.has(w) })
	}
	return false
}

// willAsk: the words before "ask" put it in the future ("I'm going to",
// "I'll", "we will", "plan to").
func willAsk(before []string) bool {
	n := len(before)
	switch {
	case n >= 2 && before[n-2] == "going" && before[n-1] == "to", n >= 2 && before[n-2] == "plan" && before[n-1] == "to":
		return true
	case n >= 1:
		return before[n-1] == "will" || before[n-1] == "i'll" || before[n-1] == "we'll" || before[n-1] == "shall"
	}
	return false
}

// reportedColonQuestion: "My daughter asked: 'Do I pay tax on it?'",
// "I've been asking myself: is it time to incorporate?": a question put
// by someone else, or by the client to themselves, quoted after a colon.
// "Quick question: …" and "I wanted to ask: …" ask.
func reportedColonQuestion(text string) bool {
	head, _, ok := strings.Cut(text, ":")
	if !ok {
		return false
	}
	ws := lowerSpans(head, wordSpans(head))
	if len(ws) < 2 || len(ws) > maxReportSubject+3 || !slices.ContainsFunc(ws, func(w string) bool { return reportAskVerbs.has(w) }) {
		return false
	}
	if slices.ContainsFunc(ws, func(w string) bool { return selfObjects.has(w) }) {
		return true
	}
	return !slices.ContainsFunc(ws, func(w string) bool {
		return w == "i" || w == "we" || w == "i've" || w == "we've" || addressesFirm.has(w)
	})
}
