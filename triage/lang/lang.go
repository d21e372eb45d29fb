// Package lang tells which language a client wrote in: an ISO 639-1 code
// from the short function words every sentence is full of ("the", "und",
// "vous", "het"), letters only some languages use (ß, ñ, ã, œ, ø) and, for
// other scripts, the script itself (Cyrillic, Greek, kana, Hangul ...).
//
// The tables are small and hand-written, so the binary stays small and a
// decision can be explained: each sentence is scored on its own and the
// language of most of the text wins, so a German email that quotes one
// English line is German.
package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fivemin/fivemin/triage/internal/bloom"
)

// Languages are the codes Detect can return for Latin-script text; other
// scripts add ru, uk, el, ar, he, ja, ko, zh, th, hi.
var Languages = []string{"en", "de", "fr", "es", "nl", "it", "pt", "sv", "da", "nb", "pl", "vi"}

// The languages scored from words, by index into Languages.
const (
	en = iota
	de
	fr
	es
	nl
	it
	pt
	sv
	da
	nb
	pl
	vi
	nLang
)

type scores [nLang]float32

// A word listed for one language only is strong evidence; a word several
// languages share ("de", "la", "in") is weak evidence for each of them.
const (
	uniqueWeight = 2
	sharedWeight = 1
	// minScore is the evidence a sentence needs before it counts: one
	// distinctive word, or two shared ones.
	minScore = 2
)

// wordTable maps a lower-case word to its weight per language.
var wordTable = buildTable()

// tableBloom holds wordTable's words: most words of a text are in no
// list, and it turns them away without hashing them.
var tableBloom = func() *bloom.Filter {
	f := new(bloom.Filter)
	for w := range wordTable {
		f.Add(w)
	}
	return f
}()

// buildTable runs in every fivemin process, so it allocates little: one
// map sized up front and one block of scores, instead of a map grown word
// by word with a list and a scores value per word.
func buildTable() map[string]*scores {
	var lists [nLang][]string
	n := 0
	for l, list := range stopWords {
		lists[l] = strings.Fields(list)
		n += len(lists[l])
	}
	t := make(map[string]*scores, n)
	block := make([]scores, 0, n) // never grows: the pointers into it stay valid
	for l, words := range lists {
		for _, w := range words {
			s := t[w]
			if s == nil {
				block = append(block, scores{})
				s = &block[len(block)-1]
				t[w] = s
			}
			s[l] = 1 // listed, perhaps twice for the same language
		}
	}
	for _, s := range t {
		langs := 0
		for _, v := range s {
			if v != 0 {
				langs++
			}
		}
		weight := float32(sharedWeight)
		if langs == 1 {
			weight = uniqueWeight
		}
		for l, v := range s {
			if v != 0 {
				s[l] = weight
			}
		}
	}
	return t
}

// Detect returns the ISO 639-1 code of the language most of text is
// written in, or "" when the text holds too little evidence (a name, a
// number, "OK"). Each sentence is decided on its own and counts with its
// number of letters.
func Detect(text string) string {
	var t tally
	forSentences(text, t.add)
	return t.winner()
}

// tally is the evidence Detect gathers sentence by sentence.
type tally struct {
	letters [nLang]int     // letters of the sentences each language decided
	other   map[string]int // non-Latin scripts' letters, by code
	whole   scores         // all evidence, for texts no sentence decides
	decided bool
}

func (t *tally) add(s string) {
	sc, letters, script := score(s)
	if script != "" {
		if t.other == nil {
			t.other = map[string]int{}
		}
		t.other[script] += letters
		t.decided = true
		return
	}
	for l := range t.whole {
		t.whole[l] += sc[l]
	}
	if l, ok := best(sc); ok {
		t.letters[l] += letters
		t.decided = true
	}
}

// winner is the language of the most letters; ties go to the stronger
// evidence, then to the smaller script code, so the answer is stable.
func (t *tally) winner() string {
	if !t.decided {
		if l, ok := best(t.whole); ok {
			return Languages[l]
		}
		return ""
	}
	code, most := "", 0
	for l, n := range t.letters {
		if n > most || (n == most && n > 0 && t.whole[l] > t.whole[indexOf(code)]) {
			code, most = Languages[l], n
		}
	}
	for c, n := range t.other {
		if n > most || (n == most && c < code) {
			code, most = c, n
		}
	}
	return code
}

func indexOf(code string) int {
	for i, c := range Languages {
		if c == code {
			return i
		}
	}
	return 0
}

// best is the language with the highest score, if it has enough evidence
// and no other language ties it.
func best(sc scores) (int, bool) {
	top, second := -1, float32(0)
	for l, v := range sc {
		switch {
		case top < 0 || v > sc[top]:
			if top >= 0 {
				second = sc[top]
			}
			top = l
		case v > second:
			second = v
		}
	}
	if top < 0 || sc[top] < minScore || sc[top] == second {
		return 0, false
	}
	return top, true
}

// forSentences calls fn with each sentence of text: text up to ".", "!",
// "?" or a line end. Sentences need not be exact: a split inside an
// abbreviation only makes two shorter pieces of the same language.
func forSentences(text string, fn func(string)) {
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '!', '?', '\n':
			if i > start {
				fn(text[start:i])
			}
			start = i + 1
		}
	}
	if start < len(text) {
		fn(text[start:])
	}
}

// score weighs one sentence's words and letters. When most of its letters
// are in a script other than Latin, script names that language instead.
func score(s string) (sc scores, letters int, script string) {
	var w sentence
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of most mail, is read a byte at a time
			// without decoding a rune.
			i++
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				w.ascii(c)
			} else {
				w.asciiBreak(c, i < len(s))
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			w.letter(r)
		case r == '’' && w.n > 0 && i < len(s):
			w.apostrophe()
		default:
			w.flush()
		}
	}
	w.flush()
	return w.sc, w.letters, w.scripts.decide(w.letters)
}

// sentence is score's state: the evidence so far and the word being read,
// lower case, in buf[:n]. A word longer than buf is cut: no listed word or
// ending is that long. (An index rather than a slice into buf keeps the
// whole state on the stack.)
type sentence struct {
	sc      scores
	letters int
	scripts scriptCount
	buf     [64]byte
	n       int
	prefix  int // bytes of the word before an elision apostrophe
}

// asciiBreak reads an ASCII byte other than a letter: an apostrophe
// inside a word (more: text follows it) or a break between words.
func (w *sentence) asciiBreak(c byte, more bool) {
	if c == '\'' && w.n > 0 && more {
		w.apostrophe()
	} else {
		w.flush()
	}
}

func (w *sentence) ascii(c byte) {
	w.letters++
	w.scripts.latin++
	if w.n < len(w.buf) {
		w.buf[w.n] = c | 0x20
		w.n++
	}
}

func (w *sentence) letter(r rune) {
	w.letters++
	lower := unicode.ToLower(r)
	if !w.scripts.add(r) {
		w.scripts.latin++
		addLetter(&w.sc, lower)
	}
	if w.n+utf8.UTFMax <= len(w.buf) {
		w.n += utf8.EncodeRune(w.buf[w.n:], lower)
	}
}

// apostrophe: French and Italian elide articles and pronouns into the next
// word (l'année, j'aimerais, dell'anno): the prefix counts as a word of its
// own, apostrophe included. Other inner apostrophes stay in the word (don't,
// it's).
func (w *sentence) apostrophe() {
	if w.n == len(w.buf) {
		return
	}
	w.buf[w.n] = '\''
	w.n++
	if w.prefix == 0 && elisions[string(w.buf[:w.n])] {
		w.prefix = w.n
	}
}

// flush scores the word read so far and starts the next.
func (w *sentence) flush() {
	if w.n == 0 {
		return
	}
	word := w.buf[:w.n]
	if w.prefix > 0 {
		addWord(&w.sc, word[:w.prefix])
		word = word[w.prefix:]
	}
	addWord(&w.sc, word)
	addSuffix(&w.sc, word)
	w.n, w.prefix = 0, 0
}

func addWord(sc *scores, w []byte) {
	if !tableBloom.MayHoldBytes(w) {
		return
	}
	if s, ok := wordTable[string(w)]; ok {
		for l, v := range s {
			sc[l] += v
		}
	}
}

// elisions are the word starts French and Italian join to the next word
// with an apostrophe.
var elisions = map[string]bool{
	"l'": true, "d'": true, "j'": true, "n'": true, "c'": true, "s'": true, "m'": true, "t'": true,
	"qu'": true, "jusqu'": true, "lorsqu'": true, "puisqu'": true,
	"dell'": true, "all'": true, "dall'": true, "nell'": true, "sull'": true, "un'": true,
	"quest'": true, "quell'": true,
}

// suffixes are word endings typical of one or two languages; they decide
// short sentences of nouns that hold no function word ("Jahresabrechnung
// Steuererklärung", "déclaration trimestrielle").
var suffixes = []struct {
	end   string
	langs []int
}{
	{"ung", []int{de}}, {"ungen", []int{de}}, {"keit", []int{de}}, {"schaft", []int{de}},
	{"lich", []int{de}}, {"heit", []int{de}},
	{"heid", []int{nl}}, {"lijk", []int{nl}}, {"lijke", []int{nl}}, {"tje", []int{nl}}, {"ing", []int{en, nl}},
	{"eau", []int{fr}}, {"eaux", []int{fr}}, {"ième", []int{fr}}, {"ère", []int{fr}}, {"é", []int{fr}}, {"ée", []int{fr}}, {"ées", []int{fr}},
	{"ción", []int{es}}, {"ciones", []int{es}}, {"dad", []int{es}},
	{"ção", []int{pt}}, {"ções", []int{pt}}, {"dade", []int{pt}},
	{"zione", []int{it}}, {"zioni", []int{it}}, {"tà", []int{it}}, {"ggio", []int{it}},
	{"ness", []int{en}}, {"ship", []int{en}},
}

// suffixWeight is small: an ending hints, a function word decides.
const suffixWeight = 0.75

// suffixesByLast indexes suffixes by their last byte, so a word is only
// compared with the endings it could have.
var suffixesByLast = func() (idx [256][]int) {
	for i, s := range suffixes {
		last := s.end[len(s.end)-1]
		idx[last] = append(idx[last], i)
	}
	return idx
}()

func addSuffix(sc *scores, w []byte) {
	if len(w) < 5 {
		return
	}
	for _, i := range suffixesByLast[w[len(w)-1]] {
		s := suffixes[i]
		if len(w) > len(s.end)+2 && string(w[len(w)-len(s.end):]) == s.end {
			for _, l := range s.langs {
				sc[l] += suffixWeight / float32(len(s.langs))
			}
		}
	}
}

// letterWeights weigh letters outside ASCII: ß is German, ñ Spanish, ã
// Portuguese; é is everybody's and not listed.
var letterWeights = []struct {
	letters string
	weights []langWeight
}{
	{"ß", []langWeight{{de, 3}}},
	{"äöü", []langWeight{{de, 0.5}, {sv, 0.25}}},
	{"ñ¿¡", []langWeight{{es, 3}}},
	{"ãõ", []langWeight{{pt, 3}}},
	{"ç", []langWeight{{fr, 0.5}, {pt, 0.5}}},
	{"œ", []langWeight{{fr, 3}}},
	{"êâîûô", []langWeight{{fr, 0.5}, {pt, 0.25}}},
	{"è", []langWeight{{fr, 0.5}, {it, 0.5}}},
	{"òì", []langWeight{{it, 1}}},
	{"ù", []langWeight{{it, 0.5}, {fr, 0.5}}},
	{"å", []langWeight{{sv, 1}, {da, 1}, {nb, 1}}},
	{"øæ", []langWeight{{da, 1.5}, {nb, 1.5}}},
	{"ąęłśźżćń", []langWeight{{pl, 2}}},
	{"ơưđạảấầẩậắặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹỵ", []langWeight{{vi, 2}}},
}

type langWeight struct {
	lang   int
	weight float32
}

// letterTable indexes letterWeights by letter.
var letterTable = func() map[rune][]langWeight {
	t := map[rune][]langWeight{}
	for _, row := range letterWeights {
		for _, r := range row.letters {
			t[r] = append(t[r], row.weights...)
		}
	}
	return t
}()

// addLetter weighs a lower-case letter outside ASCII.
func addLetter(sc *scores, r rune) {
	for _, lw := range letterTable[r] {
		sc[lw.lang] += lw.weight
	}
}

// The scripts other than Latin that name a language, by index into
// scriptTables and scriptCodes.
const (
	cyrillic = iota
	greek
	arabic
	hebrew
	kana
	hangul
	han
	thai
	devanagari
	nScripts
)

var scriptTables = [nScripts][]*unicode.RangeTable{
	cyrillic: {unicode.Cyrillic}, greek: {unicode.Greek}, arabic: {unicode.Arabic}, hebrew: {unicode.Hebrew},
	kana: {unicode.Hiragana, unicode.Katakana}, hangul: {unicode.Hangul}, han: {unicode.Han},
	thai: {unicode.Thai}, devanagari: {unicode.Devanagari},
}

// scriptCodes are the languages of text mostly in each script: Cyrillic
// with Ukrainian letters is "uk", and kana, with or without Han, "ja".
var scriptCodes = [nScripts]string{
	cyrillic: "ru", greek: "el", arabic: "ar", hebrew: "he",
	kana: "ja", hangul: "ko", han: "zh", thai: "th", devanagari: "hi",
}

// scriptCount counts letters per script other than Latin.
type scriptCount struct {
	latin     int
	n         [nScripts]int
	ukrainian int // Cyrillic letters only Ukrainian uses
}

// add counts r when it is not Latin; false means it is Latin (or a mark).
// Scripts do not overlap, so the order they are tried in does not matter.
func (c *scriptCount) add(r rune) bool {
	if r < 0x250 || r >= 0x1E00 && r <= 0x1EFF { // Latin-1, Extended-A/B and Additional (Vietnamese)
		return false
	}
	for s, tables := range scriptTables {
		for _, t := range tables {
			if unicode.Is(t, r) {
				c.n[s]++
				if s == cyrillic && strings.ContainsRune("іїєґІЇЄҐ", r) {
					c.ukrainian++
				}
				return true
			}
		}
	}
	return false
}

// decide names the script's language when most letters are in it.
func (c *scriptCount) decide(letters int) string {
	if letters == 0 || c.latin*2 >= letters {
		return ""
	}
	if c.n[kana] > 0 && c.n[kana]+c.n[han] > letters/2 {
		return "ja" // Japanese mixes kana with Han characters
	}
	for s, n := range c.n {
		if n <= letters/2 {
			continue
		}
		if s == cyrillic && c.ukrainian > 0 {
			return "uk"
		}
		return scriptCodes[s]
	}
	return ""
}
