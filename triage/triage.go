// Package triage reads one client email and says what the client asked:
// it splits the client's new text into questions and requests, sorts each
// into quick (fits the free minutes) or paid (production work, quoted
// first) with minutes estimated, skips mail that must never get a draft,
// and reads a reply's answer to a quote.
//
// Libraries: go-message reads the message (MIME, charsets, transfer
// encodings), golang.org/x/net/html tokenises HTML parts, and
// triage/address reads addresses; nothing here writes mail.
package triage

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/fivemin/fivemin/triage/lang"
)

// Engine triages messages with one configuration. It is safe for
// concurrent use; build a new one when the configuration changes.
type Engine struct {
	cfg     Config
	lex     lexicons
	signals []Signal
	sig     *sigPhrases // the signal phrases this engine matches (see sigPhrases)
	// sigSkip, when set, marks the signals of languages other than
	// English and the message's own: a view's (see forLanguage).
	sigSkip []bool
	// views are this engine with the signals gated by the message's
	// language, by code (forLanguage); root is the engine they were
	// made from (itself for one built by New).
	views   map[string]*Engine
	root    *Engine
	ruleSig []bool         // signals[i] is a language's rule words (langwords.go)
	reply   *replyLexicons // reply cues with the firm's [triage.words] additions

	actMinutes, catMinutes map[string]int // base estimates: built in, then configured

	// sigWeight is each signal's weight in an ask's score (hand-set or
	// learned, see Config.Weights); formWeight each form's.
	sigWeight  []float64
	formWeight [numForms]float64

	// observe, when set, sees every ask as it is classified: training
	// (train.go) reads the asks' features through it. Only an engine of
	// its own, never a shared one, has it set.
	observe func(clause, Question)
}

type lexicons struct {
	greetings, signOffs, pleasantries, offers, notAsks, requestFrames, requestVerbs *lexicon
	accept, decline, hedge, outOfOffice, disclaimers                                *lexicon
}

// New builds an engine from cfg, which must be valid (see Config.Validate).
func New(cfg Config) *Engine {
	e := &Engine{cfg: cfg}
	w := cfg.Words
	b := builtin()
	d := b.Words
	e.lex = lexicons{
		greetings:     newLexicon(concat(d.Greetings, w.Greetings)),
		signOffs:      newLexicon(concat(d.SignOffs, w.SignOffs)),
		pleasantries:  newLexicon(concat(d.Pleasantries, w.Pleasantries)),
		offers:        newLexicon(concat(d.Offers, w.Offers)),
		notAsks:       newLexicon(concat(d.NotAsks, w.NotAsks)),
		requestFrames: newLexicon(concat(d.RequestFrames, w.RequestFrames)),
		requestVerbs:  newLexicon(concat(d.RequestVerbs, w.RequestVerbs)),
		accept:        newLexicon(concat(d.Accept, w.Accept)),
		decline:       newLexicon(concat(d.Decline, w.Decline)),
		hedge:         newLexicon(concat(d.Hedge, w.Hedge)),
		outOfOffice:   newLexicon(concat(d.OutOfOffice, w.OutOfOffice)),
		disclaimers:   newLexicon(concat(d.Disclaimers, w.Disclaimers)),
	}
	e.reply = replyLexiconsFor(w)
	e.actMinutes = mergeMinutes(defaultActMinutes, cfg.Minutes.Act)
	e.catMinutes = mergeMinutes(defaultCategoryMinutes, cfg.Minutes.Category)
	sigs := cfg.Signals
	builtinN := 0
	if !cfg.ReplaceDefaultSignals {
		sigs = concatSignals(b.Signals, cfg.Signals)
		builtinN = len(b.Signals)
	}
	for _, s := range sigs {
		if s.Weight == 0 {
			s.Weight = 1
		}
		e.signals = append(e.signals, s)
		e.ruleSig = append(e.ruleSig, ruleSignals[s.Match])
	}
	e.sig = &sigPhrases{build: func() (*lexicon, []int) { return e.signalLexicon(nil) }}
	e.setWeights(cfg.Weights, builtinN)
	e.root = e
	e.buildViews(builtinSignalLangs()[:builtinN])
	return e
}

// signalLexicon compiles the phrases of the signals that skip does not
// mark (all of them when skip is nil), with each phrase's signal index.
func (e *Engine) signalLexicon(skip []bool) (*lexicon, []int) {
	// Sized up front, as newLexicon sizes its tables: the CLI builds two
	// of these (every language's and English's) at every start.
	alts, tokens := 0, 0
	for idx, s := range e.signals {
		if skip == nil || !skip[idx] {
			alts += strings.Count(s.Match, "|") + 1
			tokens += strings.Count(s.Match, " ") + strings.Count(s.Match, "|") + 1
		}
	}
	l := &lexicon{
		phrases: make([][]ptok, 0, alts),
		arena:   make([]ptok, 0, tokens),
		plain:   make([]bool, 0, alts),
		hints:   make([]litHint, 0, alts),
	}
	l.byWord.reserve(alts)
	of := make([]int, 0, alts)
	for idx, s := range e.signals {
		if skip != nil && skip[idx] {
			continue
		}
		for alt := range strings.SplitSeq(s.Match, "|") {
			if strings.TrimSpace(alt) != "" {
				l.add(alt)
				of = append(of, idx)
			}
		}
	}
	l.compact()
	return l, of
}

// sigPhrases is a signal lexicon compiled on first use: a run that meets
// only English mail never needs every language's phrases, and the CLI
// triaging one file pays for no lexicon it does not read. The views of
// one engine share the every-language one; Analyze may run from several
// goroutines, hence the Once.
type sigPhrases struct {
	once  sync.Once
	build func() (*lexicon, []int)
	lex   *lexicon
	of    []int // phrase index in lex → index in Engine.signals
}

// get returns the lexicon and each phrase's signal index, building them
// on the first call.
func (p *sigPhrases) get() (*lexicon, []int) {
	p.once.Do(func() {
		p.lex, p.of = p.build()
		p.build = nil
	})
	return p.lex, p.of
}

// buildViews makes the engine's language views: langs[i] is the language
// of built-in signal i (the configured ones after them hold for every
// language). A message in English is read with the English signals
// alone, in another language with English's and its own: another
// language's words that look like English ones ("taxes", "promotion")
// then count only in mail of that language, and English mail is matched
// against half the phrases. Mail whose language is not known (too short
// to tell) keeps every language's signals.
func (e *Engine) buildViews(langs []string) {
	e.views = map[string]*Engine{}
	skipFor := func(l string) []bool {
		skip := make([]bool, len(e.signals))
		for i, sl := range langs {
			skip[i] = sl != "en" && sl != l && (siblingLanguages[sl] == "" || siblingLanguages[sl] != siblingLanguages[l])
		}
		return skip
	}
	en := *e
	en.sigSkip = nil
	enSkip := skipFor("en")
	en.sig = &sigPhrases{build: func() (*lexicon, []int) { return e.signalLexicon(enSkip) }}
	e.views["en"] = &en
	for _, l := range langs {
		if _, done := e.views[l]; !done {
			v := *e
			v.sigSkip = skipFor(l)
			e.views[l] = &v
		}
	}
}

// siblingLanguages groups languages whose lists share stems: Spanish,
// Italian and Portuguese spell many work verbs alike ("verificar*",
// "personalizad*", "mandar*"), and such a stem is listed once, in one of
// them, for all three.
var siblingLanguages = map[string]string{"es": "es-it-pt", "it": "es-it-pt", "pt": "es-it-pt", "da": "da-sv", "sv": "da-sv"}

// forLanguage is the engine that reads asks in language code (see
// buildViews): a language without signals of its own is read with
// English's alone, an unknown one ("") with every language's.
func (e *Engine) forLanguage(code string) *Engine {
	if code == "" || e.views == nil {
		return e
	}
	if v, ok := e.views[code]; ok {
		return v
	}
	return e.views["en"]
}

func mergeMinutes(builtIn, configured map[string]int) map[string]int {
	out := make(map[string]int, len(builtIn)+len(configured))
	for k, v := range builtIn {
		out[k] = v
	}
	for k, v := range configured {
		out[strings.ToLower(k)] = v
	}
	return out
}

func concat(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

func concatSignals(a, b []Signal) []Signal {
	out := make([]Signal, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

// Analyze triages one message read from r. It never fails: a message that
// cannot be fully parsed is triaged as far as possible, with warnings.
func (e *Engine) Analyze(r io.Reader) *Result {
	p := Parse(r, e.cfg.Limits)
	return e.AnalyzeParsed(p)
}

// AnalyzeBytes triages a message held in memory. The result keeps nothing
// of b: the caller may reuse it.
func (e *Engine) AnalyzeBytes(b []byte) *Result {
	return e.AnalyzeParsed(ParseBytes(b, e.cfg.Limits))
}

// AnalyzeParsed triages an already parsed message.
func (e *Engine) AnalyzeParsed(p *Parsed) *Result {
	res := &Result{
		MessageID:   p.MessageID,
		InReplyTo:   p.InReplyTo,
		References:  p.References,
		From:        p.From,
		ReplyTo:     p.ReplyTo,
		To:          p.To,
		Cc:          p.Cc,
		Subject:     p.Subject,
		Date:        p.Date,
		FreeMinutes: e.cfg.FreeMinutes,
		Body:        p.Text,
		Warnings:    p.Warnings,
	}
	reason := e.screen(p, res)
	if res.Skip {
		return res
	}
	if limit := e.cfg.Limits.maxAsk(); len(res.NewText) > limit {
		// Splitting and classification read the first limit bytes only: a
		// pasted export is not thousands of asks, and their work stays
		// bounded on any message.
		res.NewText = cutText(res.NewText, limit)
		res.Warnings = append(res.Warnings, fmt.Sprintf("new text longer than %d bytes: only the first %d read for asks", limit, len(res.NewText)))
	}
	res.Language = detectLanguage(res.NewText, p.Subject)
	if e.looksAutomatic(p, res.NewText) || e.fromNoReply(p, res.NewText) || e.unreadNotice(p, res.NewText) || e.systemNotice(p, res.NewText) {
		res.Skip, res.SkipReason = true, SkipAuto
		return res
	}
	if e.subscriberMail(p, res.NewText) {
		res.Skip, res.SkipReason = true, SkipBulk
		return res
	}
	// A quote's tag in the subject makes an answer too: some mail
	// programs (and clients writing afresh) send no In-Reply-To.
	isReply := len(p.InReplyTo) > 0 || len(p.References) > 0 || hasQuoteTag(p.Subject)
	if isReply {
		rd := e.readReplyWithSubject(e.replyText(p.Text, res.NewText, p.Subject), p.Subject)
		res.ReplyDecision, res.ReplyReason, res.ReplyCapMinutes = rd.Decision, rd.Reason, rd.CapMinutes
		res.replyCapMoney = rd.CapMoney
		e.settleCapFromHistory(res, p.Text)
	}
	if e.foreignQuote(res.NewText) {
		// A supplier's quote: no draft, whatever it asks ("shall I go
		// ahead?"). A reply's decision above still reaches its quote.
		res.Skip, res.SkipReason = true, SkipForeignQuote
		return res
	}
	res.Questions = e.asksOf(p, reason, res.NewText, res.Language, isReply)
	e.applyAllowance(res)
	if len(res.Questions) == 0 {
		res.Skip, res.SkipReason = true, SkipNoQuestions
	}
	return res
}

// screen isolates the new text into res and applies the header rules. It
// skips res when the headers decide (a bounce, an auto-reply, bulk mail),
// or when list mail or a soft automatic mark (softAutoMark) holds no text
// a person wrote to the firm; it returns the header reason that still
// bears on finding the asks (SkipBulk for a list post read anyway).
func (e *Engine) screen(p *Parsed, res *Result) SkipReason {
	reason := e.headerSkip(p)
	soft := reason == SkipAuto && softAutoMark(p)
	res.NewText = e.isolate(p.Text, p.Invite)
	if htmlInstead(res.NewText, p) {
		res.NewText = e.isolate(renderHTML(p.htmlAlt), p.Invite)
	}
	byHeaders := reason != SkipNone && !soft && (reason != SkipBulk || !mayBePersonal(p))
	if byHeaders || reason == SkipBulk && !e.personalListMail(res.NewText, p) || soft && !e.typedToRecipient(res.NewText, p) {
		// Skipped, but new_text and language still say what the sender
		// wrote: an operator sees that the away message was German.
		res.Skip, res.SkipReason = true, reason
		res.Language = detectLanguage(res.NewText, p.Subject)
		return reason
	}
	if soft {
		// A person typed it: read like mail with no mark.
		return SkipNone
	}
	return reason
}

// asksOf finds the asks in a message's new text. A discussion-list post
// that got this far puts a request to the firm's person by name; its
// questions to the group are for the members (groupTalkOut). A fresh
// message with no ask in its text may hold it in its subject alone
// (subjectAsks). Signals of other languages than the message's are left
// out (forLanguage).
func (e *Engine) asksOf(p *Parsed, reason SkipReason, text, language string, isReply bool) []Question {
	e = e.forLanguage(language)
	if reason == SkipBulk && discussionList(p) {
		return groupTalkOut(e.Questions(apartGroupQuestions(text)))
	}
	if rest, ok := e.subjectEcho(text, p.Subject); ok {
		// The subject repeated on top only names the topic; when nothing
		// else asks, the repeat was the ask after all.
		if qs := e.Questions(rest); len(qs) > 0 {
			return qs
		}
	}
	qs := e.Questions(text)
	if len(qs) == 0 && reason == SkipNone && !isReply && !p.Invite {
		// An invitation's subject is the event's title, not an ask.
		qs = e.subjectAsks(p.Subject, text)
	}
	if len(qs) == 0 && reason == SkipNone {
		qs = e.shortAsks(text)
	}
	if len(qs) == 0 && reason == SkipNone && isReply {
		qs = e.chaserAsk(text)
	}
	return qs
}

// applyAllowance spends the free minutes on the quick asks in order and
// decides what the draft bills. An ask's kind never changes: a quick ask
// the allowance does not cover stays quick (Overflow). Quick asks are
// answered free unless together they run past the allowance by more than
// OverflowMinutes and more than one is left over: then, as the firm's
// QuickOverflow policy says, the ones left over are billed together (one
// line, or a call) or still answered free. A single quick ask is never
// billed. Paid asks are always billed.
func (e *Engine) applyAllowance(res *Result) {
	left := res.FreeMinutes
	total, spent := 0, false
	var over []int
	for i := range res.Questions {
		q := &res.Questions[i]
		q.Overflow, q.Billed = false, q.Kind == Paid
		if q.Kind != Quick {
			continue
		}
		total += q.Minutes
		// Once one quick ask does not fit, the rest are "the remaining
		// questions": the draft answers the first ones, in order.
		if spent || q.Minutes > left {
			spent = true
			q.Overflow = true
			over = append(over, i)
			continue
		}
		left -= q.Minutes
	}
	res.QuickOverflow = ""
	policy := e.cfg.QuickOverflow
	if policy != OverflowCall && policy != OverflowNone {
		policy = OverflowLine
	}
	if policy != OverflowNone && len(over) >= 2 && total > res.FreeMinutes+e.cfg.OverflowMinutes {
		res.QuickOverflow = policy
		for _, i := range over {
			res.Questions[i].Billed = true
		}
	}
	res.NeedsQuote = false
	for _, q := range res.Questions {
		if q.Kind == Paid {
			res.NeedsQuote = true
		}
	}
}

// hasQuoteTag reports whether subject carries a quote tag: "[Q-…]" with
// letters, digits or dashes, spaces inside the brackets allowed, any case
// (the ledger's QuoteIDsInSubject reads the same).
func hasQuoteTag(subject string) bool {
	for i := 0; i < len(subject); i++ {
		if subject[i] != '[' {
			continue
		}
		end := strings.IndexByte(subject[i+1:], ']')
		if end < 0 {
			return false
		}
		id := strings.ToUpper(strings.TrimSpace(subject[i+1 : i+1+end]))
		if rest, ok := strings.CutPrefix(id, "Q-"); ok && rest != "" && strings.Trim(rest, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == "" {
			return true
		}
	}
	return false
}

// detectLanguage is the language of the client's new text, or of the
// subject when the new text says too little ("OK", a name).
func detectLanguage(newText, subject string) string {
	if l := lang.Detect(newText); l != "" {
		return l
	}
	return lang.Detect(subject)
}

// cutText returns s cut to at most n < len(s) bytes: after its last line
// end, else at its last space, else at a character boundary.
func cutText(s string, n int) string {
	if i := strings.LastIndexByte(s[:n], '\n'); i > n/2 {
		return s[:i]
	}
	if i := strings.LastIndexByte(s[:n], ' '); i > n/2 {
		return s[:i]
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
