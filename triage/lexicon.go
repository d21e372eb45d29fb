package triage

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/fivemin/fivemin/triage/internal/bloom"
)

// A lexicon finds phrases in a sentence's word tokens. A phrase is words
// separated by spaces, where a word may be
//
//	literal    "reconcile"
//	prefix*    "reconcil*" (any word starting with reconcil)
//	{class}    "{det}" (a word of a closed class, see wordClasses)
//	...        up to three words of anything
//	$          the end of the text
//	^          the start of the text
//
// Phrases are matched on lower-case tokens, so "Set up" and "set up" agree.
//
// The phrases are compiled into indexes by their first token, so finding
// them costs one map look-up and a short walk of a trie per word rather
// than a try of every phrase: a literal or a word of a closed class is
// looked up whole, a prefix by the word's first bytes; only phrases opening
// with "...", "^" or "$" are tried at every word.
type lexicon struct {
	// byWord files the phrases a word opens under the word: the index of
	// its entry in opened. A small value keeps the map's slots small, so a
	// look-up reads less memory than with the entries in the map.
	byWord wordIndex
	opened []wordPhrases
	// byWordBloom holds byWord's words: most words of a sentence open no
	// phrase, and it turns them away without hashing them.
	byWordBloom bloom.Filter
	prefixes    prefixTrie // a first token's prefix → phrase indexes
	wild        []int      // phrases opening with "...", "^" or "$"
	// gapped are the phrases of wild that open with "...": the only ones
	// that can match from a word after the first ("^" needs the start of
	// the text, "$" its end).
	gapped  []int
	phrases [][]ptok
	arena   []ptok // where phrases' tokens are kept (see keep)
	longest int    // the most words a phrase can match
	// plain marks the phrases whose words after the first are all words
	// or classes (no "...", "^" or "$"): they match in one loop.
	plain []bool
	// hints[i] is what phrase i needs of the word after its first when
	// its first token stands for one word (see litHint): a phrase opening
	// with a class ("{pron} mind") is a candidate at every word of the
	// class, and most are turned away by the next word alone.
	hints []litHint
	// reach[i] is a word phrase i needs after its first gap (see gapReach):
	// a phrase with a gap is tried whole, every length of the gap in
	// turn, and most are turned away by the word's absence alone.
	reach []gapReach

	// prefilter holds the words (and prefixes) of the phrases, and
	// required each phrase's ones: a phrase cannot match in a text that
	// lacks one of its words, whatever the text's words are. nil when some
	// phrase has no word or the lexicon was built word by word (add).
	prefilter *needleSet
	required  [][prefilterWords]int32 // phrase → indexes of its words in the prefilter
	nRequired int
}

// wordPhrases are the phrases a word may open: those whose first token is
// the word itself, and those whose first token is a class holding it.
type wordPhrases struct {
	literal, class []int
	// hint[k] is what phrase literal[k] needs of the next word.
	hint []litHint
}

// A litHint is kept beside the index of a phrase that opens with a literal
// word: what the phrase needs of the word after its first, so that most
// candidates are turned away by the text's next word alone, without
// reading the phrase's own tokens (a phrase and its tokens lie elsewhere
// in memory, and fetching them was most of the cost of trying one).
type litHint struct {
	kind hintKind
	n    uint8 // hintWord: the length of the second word
	b    byte  // hintWord: its first byte
}

type hintKind uint8

const (
	hintNone hintKind = iota // nothing known: read the phrase
	hintOne                  // a phrase of one word: its first word is the match
	hintWord                 // the second token is a literal word n bytes long starting with b
	// hintFirstWord: a phrase "^ word …", whose word is n bytes long and
	// starts with b. Phrases opening with "^" are tried at the first word
	// of every text, and most are turned away by that word alone.
	hintFirstWord
)

// hintFor is the hint of phrase p (plain: see lexicon.plain).
func hintFor(p []ptok, plain bool) litHint {
	switch {
	case len(p) == 1 && plain:
		return litHint{kind: hintOne}
	case len(p) >= 2 && literalToken(p[1]) && len(p[1].word) <= 255:
		return litHint{kind: hintWord, n: uint8(len(p[1].word)), b: p[1].word[0]}
	}
	return litHint{}
}

// phraseHint is the hint of phrase p for matchCandidate: none when p
// opens with "...", "^" or "$", whose second token need not be the next
// word.
func phraseHint(p []ptok, plain bool) litHint {
	switch {
	case len(p) >= 2 && p[0].start && literalToken(p[1]) && len(p[1].word) <= 255:
		return litHint{kind: hintFirstWord, n: uint8(len(p[1].word)), b: p[1].word[0]}
	case len(p) == 0 || p[0].gap || p[0].start || p[0].end:
		return litHint{}
	}
	return hintFor(p, plain)
}

// admits reports whether a phrase with hint h may match at ws[i], as far
// as the hint tells: false turns the phrase away without reading it.
func (h litHint) admits(ws []string, i int) bool {
	switch h.kind {
	case hintWord:
		i++ // the word after the first
	case hintFirstWord:
		// "^" takes no word: the phrase's word is ws[i] itself.
	default:
		return true
	}
	return i < len(ws) && len(ws[i]) == int(h.n) && ws[i][0] == h.b
}

// A gapReach is a literal word that a phrase with a gap ("...") holds
// after the gap, and where it must stand: lo to hi words after the word
// the phrase is tried at (each word or class before it takes one word,
// each gap up to three, "^" and "$" none). A match needs that word in
// that span, so a phrase without it is turned away by a few compares
// rather than tried at every length of its gaps. The word is the
// phrase's token k, kept as its index so that a phrase costs three bytes
// more, not a string; k == 0: none (the first token is never the one).
type gapReach struct{ k, lo, hi uint8 }

// reachFor is the gapReach of phrase p: its first literal word after its
// first gap.
func reachFor(p []ptok) gapReach {
	lo, hi, gapped := 0, 0, false
	for k, t := range p {
		switch {
		case t.gap:
			hi += 3
			gapped = true
			continue
		case t.start || t.end:
			continue
		case gapped && literalToken(t) && k <= 255 && hi <= 255:
			return gapReach{k: uint8(k), lo: uint8(lo), hi: uint8(hi)}
		}
		lo++
		hi++
	}
	return gapReach{}
}

// admits reports whether the word of r (in phrase p) stands where a match
// of p at ws[i] needs it: false turns the phrase away.
func (r gapReach) admits(p []ptok, ws []string, i int) bool {
	if r.k == 0 {
		return true
	}
	w := p[r.k].word
	for j := i + int(r.lo); j <= i+int(r.hi) && j < len(ws); j++ {
		if ws[j] == w {
			return true
		}
	}
	return false
}

// literalToken: t matches one word, spelt out.
func literalToken(t ptok) bool {
	return t.word != "" && t.class == nil && !t.prefix && !t.gap && !t.end && !t.start
}

// rejects: a phrase opening with a literal word, whose hint is h, cannot
// match at ws[i], for the word after ws[i] is not its second (literalEnd
// returns -1 then). Small enough to be inlined in find's and hasAt's
// loops: a common word opens dozens of phrases, and most are turned away
// here without a call.
func (h litHint) rejects(ws []string, i int) bool {
	return h.kind == hintWord && (i+1 >= len(ws) || len(ws[i+1]) != int(h.n) || ws[i+1][0] != h.b)
}

// literalEnd is matchCandidate for phrase literal[k] of wp at ws[i], the
// word that opens it, with the phrase's hint tried first.
func (l *lexicon) literalEnd(wp *wordPhrases, k int, ws []string, i int) int {
	switch h := wp.hint[k]; h.kind {
	case hintOne:
		return i + 1
	case hintWord:
		if i+1 >= len(ws) {
			return -1
		}
		if w := ws[i+1]; len(w) != int(h.n) || w[0] != h.b {
			return -1
		}
	}
	return l.matchCandidate(wp.literal[k], ws, i)
}

// prefixTrie finds the phrases whose first token is a prefix of a word by
// walking the word's bytes once. Most words leave it at their first byte,
// so the root's edges are a table rather than a list.
type prefixTrie struct {
	nodes []trieNode
	root  [256]int32 // the node after each first byte, 0: none
}

type trieNode struct {
	next    []trieEdge
	phrases []int // phrases whose prefix ends here
}

type trieEdge struct {
	b    byte
	node int
}

func (t *prefixTrie) add(prefix string, phrase int) {
	if len(t.nodes) == 0 {
		t.nodes = append(t.nodes, trieNode{})
	}
	n := 0
	for i := 0; i < len(prefix); i++ {
		n = t.child(n, prefix[i], true)
		if i == 0 {
			t.root[prefix[0]] = int32(n)
		}
	}
	t.nodes[n].phrases = append(t.nodes[n].phrases, phrase)
}

// child returns the node after byte b from node n, or -1; with create, it
// makes it.
func (t *prefixTrie) child(n int, b byte, create bool) int {
	for _, e := range t.nodes[n].next {
		if e.b == b {
			return e.node
		}
	}
	if !create {
		return -1
	}
	t.nodes = append(t.nodes, trieNode{})
	c := len(t.nodes) - 1
	t.nodes[n].next = append(t.nodes[n].next, trieEdge{b, c})
	return c
}

// appendMatches appends the phrases whose prefix w starts with.
func (t *prefixTrie) appendMatches(out []int, w string) []int {
	if len(t.nodes) == 0 || len(w) == 0 {
		return out
	}
	n := int(t.root[w[0]])
	if n == 0 {
		return out
	}
	out = append(out, t.nodes[n].phrases...)
	for i := 1; i < len(w); i++ {
		if n = t.child(n, w[i], false); n < 0 {
			break
		}
		out = append(out, t.nodes[n].phrases...)
	}
	return out
}

type ptok struct {
	word   string
	prefix bool
	class  *wordSet
	gap    bool
	end    bool // "$": the end of the text
	start  bool // "^": the start of the text
}

// wordClasses are the closed classes phrases can name.
var wordClasses = map[string]*wordSet{
	"det":  set("the a an all our my your their his her its these those this that every each both some any"),
	"pron": set("i you we they he she it u someone somebody anyone one"),
	"me":   set("me us"),
	// ownwould: the client's own conditional, "what we'd need is…".
	"ownwould": set("i'd we'd"),
	// provider: a person or firm a client asks to be pointed to
	// (shapes_recommend_provider.go).
	// crew: the firm's people as a group, "would your office be able to…".
	"crew": set("team office staff people crew engineers firm practice"),
	"provider": set("someone somebody anyone anybody person firm company supplier contractor subcontractor " +
		"specialist consultant tradesman tradesperson plumber electrician surveyor solicitor lawyer notary " +
		"accountant bookkeeper builder roofer decorator painter gardener locksmith mechanic carpenter joiner " +
		"installer engineer architect designer developer photographer translator broker valuer cleaner " +
		"caterer printer glazier plasterer tiler landscaper removals courier agent"),
	"aux": set("is are was were am do does did has have had can could will would should shall may might must r " +
		"isn't aren't wasn't weren't don't doesn't didn't hasn't haven't can't couldn't won't wouldn't shouldn't"),
	// genuine: what a client asks about a message or an offer they doubt,
	// "is this legit?", "is it a scam?".
	"genuine": set("legit legitimate genuine real authentic safe scam fake phishing spam hoax"),
	"wh":      set("what what's whats when when's whens where where's wheres which who who's whos whom whose why how how's hows"),
	// done: participles that report a finished act, so "whether it
	// cleared" asks for a status, not for work.
	// benefit: what a client would find a thing they ask for ("I'd find
	// it useful to have…", "we'd find it easier if you…").
	"benefit": set("useful helpful handy invaluable easier simpler quicker"),
	// visitwhen: what may follow "send someone over|round|out" when a
	// person is sent ("… to look at it", "… today", "… on Monday"); a
	// thing after it is sent to the someone ("send someone over the
	// password").
	// contactfact: who someone is or how to reach them, a fact the firm
	// has to hand: "I need the name of…", "we need their phone number".
	// Not "address", which is as often a thing to update or list.
	"contactfact": set("name names email phone mobile contact"),
	"visitwhen": set("to today tomorrow tonight asap later soon this next on first monday tuesday wednesday " +
		"thursday friday saturday sunday"),
	// consult: ways the firm would check back with the client before
	// going on; "no need to ring me first" waives that step, not the work.
	"consult": set("ask asking check checking ring ringing call calling phone phoning email emailing e-mail text texting " +
		"contact contacting speak speaking talk talking consult consulting clear run running get getting"),
	// insures: what holds an insurance cover, the subject of "does our …
	// cover X?" (rule words): asking what it covers is reading its wording.
	// A guarantee or warranty covers faults the same way.
	"insures": set("policy policies insurance indemnity section sections insurer insurers liability wording extension " +
		"guarantee guarantees warranty warranties"),
	// additive: "also", "too" and their kin in the other languages, which
	// clients slip into a request frame ("gostaríamos ainda que…", "vi
	// behöver också att ni…"): a frame names the slot as {additive}.
	"additive": set("also too additionally ook eveneens auch außerdem ausserdem ebenfalls zudem aussi également " +
		"también además anche inoltre pure ainda também igualmente også ligeledes desuden också även dessutom " +
		"też także ponadto"),
	// fixverb: hands-on jobs a trade prices from its list ("how much to
	// replace the hinges?"), unlike figures worked out for the client.
	"fixverb": set("replace fix repair mend service fit install clean unblock swap"),
	"weekday": set("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"),
	// ordinal: a day of the month ("the 14th").
	"ordinal": set("1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th 13th 14th 15th 16th 17th 18th 19th 20th 21st 22nd 23rd 24th 25th 26th 27th 28th 29th 30th 31st"),
	// lifespan: the stretches of time whose passing a client wonders at
	// ("where did the summer go?"); a lost key or file is asked after.
	"lifespan": set("time year years summer winter spring autumn week weeks weekend month months day days holiday holidays christmas term"),
	"month":    set("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"),
	// workpart: participles of work asked for ("need the policy rewritten").
	"workpart": set("prepared done redone rewritten written updated reviewed fixed corrected sorted filed reconciled " +
		"booked cleaned checked redesigned printed drafted set installed moved migrated calculated completed finished"),
	"done": set("cleared arrived processed posted received gone sent filed paid approved issued shipped delivered " +
		"signed accepted submitted mailed done completed finished deposited booked settled lodged registered " +
		"refunded credited renewed scheduled confirmed ingediend betaald verstuurd enviado presentado pagado envoyé " +
		"payé déposé eingereicht bezahlt übermittelt"),
}

func newLexicon(phrases []string) *lexicon {
	// Sized up front: every run of the CLI builds these tables once, and
	// growing them phrase by phrase was most of that start-up.
	tokens := 0
	for _, p := range phrases {
		tokens += strings.Count(p, " ") + 1 // p's tokens, but for words split at hyphens
	}
	l := &lexicon{
		phrases: make([][]ptok, 0, len(phrases)),
		arena:   make([]ptok, 0, tokens),
		plain:   make([]bool, 0, len(phrases)),
		hints:   make([]litHint, 0, len(phrases)),
		reach:   make([]gapReach, 0, len(phrases)),
	}
	l.byWord.reserve(len(phrases))
	for _, p := range phrases {
		l.add(p)
	}
	l.compilePrefilter()
	l.compact()
	return l
}

// compact moves the phrase lists filed under each word and each prefix
// into a few shared arrays once the lexicon is built. Filed phrase by
// phrase they were thousands of small slices, two thirds of the objects
// the engine keeps alive, which every garbage collection marks again
// while triage runs. Each list is capped at its end, so a phrase added
// later (add) copies it rather than writing over the next one.
func (l *lexicon) compact() {
	nLit, nClass, nNext, nTrie := 0, 0, 0, 0
	for _, wp := range l.opened {
		nLit += len(wp.literal)
		nClass += len(wp.class)
	}
	for _, n := range l.prefixes.nodes {
		nNext += len(n.next)
		nTrie += len(n.phrases)
	}
	lit, class, trie := make([]int, 0, nLit), make([]int, 0, nClass), make([]int, 0, nTrie)
	hints, next := make([]litHint, 0, nLit), make([]trieEdge, 0, nNext)
	for i := range l.opened {
		wp := &l.opened[i]
		lit, wp.literal = appendShared(lit, wp.literal)
		hints, wp.hint = appendShared(hints, wp.hint)
		class, wp.class = appendShared(class, wp.class)
	}
	for i := range l.prefixes.nodes {
		n := &l.prefixes.nodes[i]
		next, n.next = appendShared(next, n.next)
		trie, n.phrases = appendShared(trie, n.phrases)
	}
}

// appendShared appends s to the shared array dst and returns dst and the
// copy of s in it, capped at its length (nil for an empty s).
func appendShared[T any](dst, s []T) ([]T, []T) {
	if len(s) == 0 {
		return dst, nil
	}
	start := len(dst)
	dst = append(dst, s...)
	return dst, dst[start:len(dst):len(dst)]
}

// compilePrefilter gathers words each phrase requires (its two longest
// literal words or prefixes, not classes: short words like "to" would
// make the text's scan slow and rule little out); it leaves the lexicon
// without a prefilter if a phrase requires none.
func (l *lexicon) compilePrefilter() {
	ids := map[string]int32{}
	var words []string
	// One array per phrase, not a slice each: every run of the CLI
	// compiles these for thousands of phrases.
	required := make([][prefilterWords]int32, 0, len(l.phrases))
	for _, p := range l.phrases {
		var longest [prefilterWords]string
		n := longestWords(p, &longest)
		if n == 0 {
			return
		}
		var req [prefilterWords]int32
		for k := range req {
			w := longest[min(k, n-1)] // a phrase of fewer words repeats its last
			id, ok := ids[w]
			if !ok {
				id = int32(len(words))
				ids[w] = id
				words = append(words, w)
			}
			req[k] = id
		}
		required = append(required, req)
	}
	if len(required) == 0 {
		return
	}
	l.prefilter, l.required, l.nRequired = newNeedleSet(words), required, len(words)
	// A phrase's word is a whole word of the text, or a prefix of one:
	// it starts where a word does.
	l.prefilter.wordStarts = true
}

// prefilterWords is how many words of each phrase the prefilter requires.
const prefilterWords = 2

// longestWords puts the longest literal words or prefixes of p in out,
// longest first (the earlier of equals first), and returns how many.
func longestWords(p []ptok, out *[prefilterWords]string) int {
	n := 0
	for _, t := range p {
		if t.class != nil || t.word == "" || slices.Contains(out[:n], t.word) {
			// A repeat of a word that was dropped for longer ones would be
			// dropped again: only the kept ones need checking.
			continue
		}
		i := n // after every kept word at least as long
		for i > 0 && len(out[i-1]) < len(t.word) {
			i--
		}
		if i == len(out) {
			continue
		}
		if n < len(out) {
			n++
		}
		copy(out[i+1:n], out[i:n-1])
		out[i] = t.word
	}
	return n
}

// mayMatch reports whether a phrase may match in the words of text s:
// false only when s, read as its words are lower-cased, lacks a word of
// every phrase. Text with other than ASCII is not filtered: lower
// case outside ASCII can change a byte into a letter the words hold.
func (l *lexicon) mayMatch(s string) bool {
	if l.prefilter == nil || !isASCII(s) {
		return true
	}
	var small [256]bool
	found := small[:]
	if l.nRequired > len(small) {
		found = make([]bool, l.nRequired)
	}
	if !l.prefilter.scan(s, true, found) {
		return false
	}
	for _, req := range l.required {
		all := true
		for _, id := range req {
			if !found[id] {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// add compiles one phrase and returns its index.
func (l *lexicon) add(p string) int {
	lower := strings.ToLower(normalize(p))
	var tmp [16]ptok
	toks := tmp[:0]
	var buf [8]string
	for w := range strings.FieldsSeq(lower) {
		switch {
		case w == "...":
			toks = append(toks, ptok{gap: true})
		case w == "$":
			toks = append(toks, ptok{end: true})
		case w == "^":
			toks = append(toks, ptok{start: true})
		case strings.HasPrefix(w, "{") && strings.HasSuffix(w, "}"):
			toks = append(toks, ptok{class: wordClasses[w[1:len(w)-1]]})
		case strings.HasSuffix(w, "*") && len(w) > 1:
			toks = append(toks, ptok{word: w[:len(w)-1], prefix: true})
		default:
			// A phrase word is tokenised like text, so "1099-nec" is two words.
			for _, t := range appendWords(buf[:0], w) {
				toks = append(toks, ptok{word: t})
			}
		}
	}
	phrase := l.keep(toks) // toks stays on the stack
	i := len(l.phrases)
	l.phrases = append(l.phrases, phrase)
	l.plain = append(l.plain, len(phrase) > 0 && plainTokens(phrase[1:]))
	l.hints = append(l.hints, phraseHint(phrase, l.plain[i]))
	l.reach = append(l.reach, reachFor(phrase))
	l.longest = max(l.longest, phraseWords(phrase))
	if len(phrase) == 0 {
		return i
	}
	l.index(phrase[0], i)
	return i
}

// keep copies a phrase's tokens into the lexicon's arena and returns the
// copy. The phrases share a few large arrays rather than one small one
// each: the CLI compiles thousands of phrases at every start. A copy is
// capped at its end, so later phrases never write into it.
func (l *lexicon) keep(toks []ptok) []ptok {
	if cap(l.arena)-len(l.arena) < len(toks) {
		l.arena = make([]ptok, 0, max(len(toks), arenaChunk))
	}
	first := len(l.arena)
	l.arena = append(l.arena, toks...)
	return l.arena[first:len(l.arena):len(l.arena)]
}

// arenaChunk is the size of the arena's arrays after the first, which
// newLexicon sizes for its phrases.
const arenaChunk = 256

// maxWords is the most words a phrase can match: a gap counts three.
func (l *lexicon) maxWords() int { return l.longest }

// phraseWords is the most words phrase p can match.
func phraseWords(p []ptok) int {
	k := 0
	for _, t := range p {
		switch {
		case t.gap:
			k += 3
		case !t.start && !t.end:
			k++
		}
	}
	return k
}

// index files phrase i under its first token t.
func (l *lexicon) index(t ptok, i int) {
	switch {
	case t.class != nil:
		for w := range t.class.all {
			wp := l.entry(w)
			wp.class = append(wp.class, i)
		}
	case t.prefix:
		l.prefixes.add(t.word, i)
	case t.word != "":
		wp := l.entry(t.word)
		wp.literal = append(wp.literal, i)
		wp.hint = append(wp.hint, hintFor(l.phrases[i], l.plain[i]))
	default:
		l.wild = append(l.wild, i)
		if t.gap {
			l.gapped = append(l.gapped, i)
		}
	}
}

// entry returns the phrases filed under w, filing an empty entry first
// if there is none. The pointer holds until the next entry is filed.
func (l *lexicon) entry(w string) *wordPhrases {
	if k, ok := l.byWord.get(w); ok {
		return &l.opened[k]
	}
	l.byWord.put(w, int32(len(l.opened)))
	l.byWordBloom.Add(w)
	l.opened = append(l.opened, wordPhrases{})
	return &l.opened[len(l.opened)-1]
}

// noPhrases is what a word that opens no phrase opens.
var noPhrases wordPhrases

// opens returns the phrases word w opens by itself or by its class; the
// caller must not change them.
func (l *lexicon) opens(w string) *wordPhrases {
	if !l.byWordBloom.MayHold(w) {
		return &noPhrases
	}
	if k, ok := l.byWord.get(w); ok {
		return &l.opened[k]
	}
	return &noPhrases
}

// candidates returns the phrases that may start at word w, the i-th of
// the text, other than those opening with w itself (class: those opening
// with a class holding w), in the order they were added, so that matches
// come out in a fixed order (callers keep the first or the last of a
// tie). Past the first word, a phrase opening with "^" or "$" cannot
// match and is left out. buf is scratch space.
func (l *lexicon) candidates(w string, i int, class []int, buf []int) []int {
	out := l.prefixes.appendMatches(buf[:0], w)
	if i > 0 {
		out = append(out, l.gapped...)
	} else {
		out = l.appendWild(out, w)
	}
	if len(out) == 0 {
		return class
	}
	out = append(out, class...)
	slices.Sort(out)
	return out
}

// appendWild appends the phrases of wild that may match from w, the
// text's first word: a phrase "^ word …" only if w may be its word (see
// hintFirstWord).
func (l *lexicon) appendWild(out []int, w string) []int {
	for _, pi := range l.wild {
		if h := l.hints[pi]; h.kind != hintFirstWord || len(w) == int(h.n) && w[0] == h.b {
			out = append(out, pi)
		}
	}
	return out
}

func (t ptok) matches(w string) bool {
	switch {
	case t.class != nil:
		return t.class.has(w)
	case t.prefix:
		return strings.HasPrefix(w, t.word)
	default:
		return t.word == w
	}
}

// matchAt returns the end of phrase p matched at ws[i:], or -1.
func (l *lexicon) matchAt(p []ptok, ws []string, i int) int {
	if len(p) == 0 {
		return i
	}
	t := p[0]
	if t.start {
		if i != 0 {
			return -1
		}
		return l.matchAt(p[1:], ws, i)
	}
	if t.end {
		if i == len(ws) {
			return i
		}
		return -1
	}
	if t.gap {
		// Try the shortest gap first so the match stays tight.
		for g := 0; g <= 3 && i+g <= len(ws); g++ {
			if end := l.matchAt(p[1:], ws, i+g); end >= 0 {
				return end
			}
		}
		return -1
	}
	if i >= len(ws) || !t.matches(ws[i]) {
		return -1
	}
	return l.matchAt(p[1:], ws, i+1)
}

// plainTokens: no token of p is "...", "^" or "$".
func plainTokens(p []ptok) bool {
	for _, t := range p {
		if t.gap || t.start || t.end {
			return false
		}
	}
	return true
}

// matchCandidate is matchAt for phrase pi, a candidate at ws[i] that the
// indexes found: a phrase opening with a word, a class or a prefix was
// found by ws[i] itself, so only its other words are compared, and those
// of a plain phrase in one loop.
func (l *lexicon) matchCandidate(pi int, ws []string, i int) int {
	if !l.hints[pi].admits(ws, i) {
		return -1
	}
	p := l.phrases[pi]
	if t := p[0]; t.gap || t.start || t.end {
		if !l.reach[pi].admits(p, ws, i) {
			return -1
		}
		return l.matchAt(p, ws, i)
	}
	rest, j := p[1:], i+1
	if !l.plain[pi] {
		if !l.reach[pi].admits(p, ws, i) {
			return -1
		}
		return l.matchAt(rest, ws, j)
	}
	if j+len(rest) > len(ws) {
		return -1
	}
	for k := range rest {
		if !rest[k].matches(ws[j+k]) {
			return -1
		}
	}
	return j + len(rest)
}

// find calls fn for every phrase matched in ws, in order of start position.
// fn returns false to stop.
func (l *lexicon) find(ws []string, fn func(phrase, start, end int) bool) {
	var buf [32]int
	for i, w := range ws {
		if !l.byWordBloom.MayHold(w) && l.onlyClassAt(w, i) {
			continue // w opens no phrase: most words of most lexicons
		}
		wp := l.opens(w)
		for k, pi := range wp.literal {
			if wp.hint[k].rejects(ws, i) {
				continue // literalEnd's -1, without its call
			}
			if end := l.literalEnd(wp, k, ws, i); end >= 0 {
				if !fn(pi, i, end) {
					return
				}
			}
		}
		cands := wp.class
		if !l.onlyClassAt(w, i) {
			cands = l.candidates(w, i, wp.class, buf[:0])
		}
		for _, pi := range cands {
			if end := l.matchCandidate(pi, ws, i); end >= 0 {
				if !fn(pi, i, end) {
					return
				}
			}
		}
	}
}

// onlyClassAt: the candidates at word w, the i-th, are the class phrases
// w opens, for want of a phrase opening with "..." or with a prefix of w
// (past the first word, "^" and "$" phrases are never candidates). Most
// lexicons have neither kind, and find is called on every sentence for
// several dozen of them: this test spares the call to candidates.
func (l *lexicon) onlyClassAt(w string, i int) bool {
	return i > 0 && len(l.gapped) == 0 && (len(l.prefixes.nodes) == 0 || l.prefixes.root[w[0]] == 0)
}

// noOtherCandidates: no phrase opening with a prefix of w, "...", "^" or
// "$" can match from w, the i-th word; candidates then returns only the
// class phrases it is given.
func (l *lexicon) noOtherCandidates(w string, i int) bool {
	if len(l.prefixes.nodes) != 0 && w != "" && l.prefixes.root[w[0]] != 0 {
		return false
	}
	if i > 0 {
		return len(l.gapped) == 0
	}
	return len(l.wild) == 0
}

// mayOpen reports whether a phrase may start at word w: false means
// hasAt is false at w whatever follows, so a caller can test a text's
// first word before tokenising and lower-casing the rest.
func (l *lexicon) mayOpen(w string) bool {
	wp := l.opens(w)
	var buf [32]int
	return len(wp.literal) > 0 || len(l.candidates(w, 0, wp.class, buf[:0])) > 0
}

// has reports whether any phrase matches anywhere in ws.
func (l *lexicon) has(ws []string) bool {
	found := false
	l.find(ws, func(int, int, int) bool { found = true; return false })
	return found
}

// hasAt reports whether a phrase matches starting exactly at ws[i], and
// returns the end of the longest such match.
func (l *lexicon) hasAt(ws []string, i int) (int, bool) {
	if i >= len(ws) {
		return 0, false
	}
	best := -1
	try := func(pi int) {
		if end := l.matchCandidate(pi, ws, i); end > best {
			best = end
		}
	}
	wp := l.opens(ws[i])
	for k := range wp.literal {
		if !wp.hint[k].rejects(ws, i) {
			best = max(best, l.literalEnd(wp, k, ws, i))
		}
	}
	if len(wp.class) == 0 && l.noOtherCandidates(ws[i], i) {
		// candidates would be empty: spare its call and the buffer's
		// clearing, which most calls (a text's first word against a
		// lexicon of words) paid for nothing.
		return best, best >= 0
	}
	var buf [32]int
	for _, pi := range l.candidates(ws[i], i, wp.class, buf[:0]) {
		try(pi)
	}
	return best, best >= 0
}

// internLower returns w in lower case. An ASCII word of the vocabulary
// (every word the built-in lists name) comes back as the vocabulary's own
// string, so lower-casing "Please" or "Could" allocates nothing; other
// words are lower-cased as usual.
func internLower(w string) string {
	var buf [24]byte
	if len(w) > len(buf) {
		return strings.ToLower(w)
	}
	h := internHashSeed
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
		h = internHashStep(h, c)
	}
	if s, ok := vocabularyTable().find(buf[:len(w)], h); ok {
		return s
	}
	return string(buf[:len(w)])
}

// vocabulary holds every word of the built-in lexicons, word classes and
// signals, each mapped to itself. Built once, for vocabularyTable.
func vocabulary() map[string]string {
	m := make(map[string]string, 3000) // above the built-in vocabulary's 2,188 words: a map that grows rehashes everything
	addAll := func(phrases []string) {
		for _, p := range phrases {
			for w := range strings.FieldsFuncSeq(strings.ToLower(p), func(r rune) bool { return !isWordRune(r) && !isApostrophe(r) }) {
				m[w] = w
			}
		}
	}
	b := builtin()
	addAll(b.Words.all())
	addAll(listsOf(b.Reply))
	for _, s := range b.Signals {
		addAll(strings.Split(s.Match, "|"))
	}
	for _, c := range wordClasses {
		for w := range c.all {
			m[w] = w
		}
	}
	return m
}
