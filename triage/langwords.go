package triage

// Per-language cue lists. Each words_<code>.go file (ISO 639-1 code) holds
// one language's lists as plain data and adds them from its init function
// with addLanguage: its words and signals go to the registry's Lexicon for
// that language (registry.go), and the lists the shape rules read
// (shapes.go) are kept here.
//
// Every language's words are matched on every message: mail mixes
// languages and a short ask is too short to detect its language reliably;
// a language only adds cues, it never changes another's. Its signals are
// gated by the message's language (Engine.forLanguage): they count in
// mail of that language or a sibling, and in mail whose language is not
// known.

import (
	"slices"
	"strings"
	"sync"
)

// langCues is one language's additions.
type langCues struct {
	// Words add to the configurable lists: request frames ("könnten Sie"),
	// imperative verbs, accept/decline/hedge words of a reply, and
	// out-of-office wording.
	Words Words
	// Signals weigh an ask: work verbs lean paid, information verbs
	// (confirm, send, tell) lean quick, rule words (entitled, allowed)
	// make checking what a rule allows research.
	Signals []Signal
	// RuleWords name what a rule allows (entitled, allowable, compliant,
	// covered): an ask about them is research, and a check of them is
	// not a status (shapes.go).
	RuleWords []string
	// CheckVerbs ask the firm to check ("prüfen", "vérifier"), CheckLinks
	// join them to what is checked ("ob", "si"), and Happened report a
	// finished act ("eingegangen", "reçu"): together they tell a check of
	// whether something happened (a status) from research (shapes.go).
	CheckVerbs, CheckLinks, Happened []string
	// AutoSubjects open the subject of an automatic reply.
	AutoSubjects []string
	// QuestionOpeners open a question that needs neither inversion nor
	// a question mark in the language: German and Polish put the verb
	// (or "czy") first ("habt ihr …", "czy macie …"), French, Spanish
	// and Italian ask "tu peux me dire si …", "me confirmas …", "potete
	// confermare …" as a statement. A clause they open is read as a
	// question (isForeignQuestion), as English "can you tell me …" is.
	QuestionOpeners []string
	// QuestionLeads announce the question that follows them on the same
	// line ("kurze Frage: habt ihr …", "petite question : tu peux me dire
	// …"): a question opener right after one still opens the question.
	QuestionLeads []string
	// VerbFirstOpeners open a yes/no question with the verb ("habt ihr
	// …", "macie …"). The same order opens a condition before a comma
	// ("Haben Sie Fragen, rufen Sie an"), so they open a question only in
	// a clause without one.
	VerbFirstOpeners []string
}

// questionOpeners are every language's QuestionOpeners, questionLeads
// their QuestionLeads.
var questionOpeners, questionLeads, verbFirstOpeners []string

// verbFirstLex finds verb-first openers, compiled once after every init
// has run.
var verbFirstLex = sync.OnceValue(func() *lexicon { return newLexicon(verbFirstOpeners) })

// questionLeadLex finds question leads, compiled once after every init
// has run.
var questionLeadLex = sync.OnceValue(func() *lexicon { return newLexicon(questionLeads) })

// questionOpenerLex finds question openers, compiled once after every
// init has run.
var questionOpenerLex = sync.OnceValue(func() *lexicon { return newLexicon(questionOpeners) })

// isForeignQuestion: the words ws of text open with a question opener of
// some language (langCues.QuestionOpeners), or with a verb-first opener
// in a clause without a comma, either straight away or after a question
// lead.
func isForeignQuestion(text string, ws []string) bool {
	at := 0
	if n, ok := questionLeadLex().hasAt(ws, 0); ok {
		at = n
	}
	if _, ok := questionOpenerLex().hasAt(ws, at); ok {
		return true
	}
	_, ok := verbFirstLex().hasAt(ws, at)
	return ok && !strings.Contains(text, ",")
}

// ruleWordWeight is how far a rule word pulls an ask towards paid
// research.
const ruleWordWeight = 2.5

// ruleWords are every language's RuleWords.
var ruleWords []string

// ruleSignals are the matches of the rule-word signals, one per language:
// the engine weighs them without the agent factor (classify.go).
var ruleSignals = map[string]bool{}

// languages holds the additions by language code, for tests and the
// registry; init functions fill it.
var languages = map[string]langCues{}

// addLanguage adds one language's cues to the built-in lists.
func addLanguage(code string, c langCues) {
	if _, dup := languages[code]; dup {
		panic("triage: language cues added twice: " + code)
	}
	languages[code] = c
	signals := c.Signals
	if len(c.RuleWords) > 0 {
		rule := Signal{Match: strings.Join(c.RuleWords, "|"), Kind: "paid", Weight: ruleWordWeight, Act: "research"}
		signals = append(slices.Clip(signals), rule)
		ruleSignals[rule.Match] = true
		ruleWords = append(ruleWords, c.RuleWords...)
	}
	registerLexicon(code, Lexicon{Words: c.Words, Signals: signals})
	autoSubjects = append(slices.Clip(autoSubjects), c.AutoSubjects...)
	questionOpeners = append(questionOpeners, c.QuestionOpeners...)
	questionLeads = append(questionLeads, c.QuestionLeads...)
	verbFirstOpeners = append(verbFirstOpeners, c.VerbFirstOpeners...)
	for _, l := range []struct {
		to   *wordSet
		from []string
	}{{checkVerbs, c.CheckVerbs}, {checkLinks, c.CheckLinks}, {happenedWords, c.Happened}} {
		for _, w := range l.from {
			l.to.add(w)
		}
	}
}

// ruleLex finds rule words, compiled once after every init has run.
var ruleLex = sync.OnceValue(func() *lexicon { return newLexicon(ruleWords) })

// rulePredicateLex finds the rule words that say what a rule allows
// ("entitled", "deductible"), leaving out those that only name rules
// (ruleTopics): "whether the rules changed" is news, not research.
var rulePredicateLex = sync.OnceValue(func() *lexicon {
	var preds []string
	for _, w := range ruleWords {
		if !ruleTopics[w] {
			preds = append(preds, w)
		}
	}
	return newLexicon(preds)
})
