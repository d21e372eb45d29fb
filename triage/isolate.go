package triage

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Isolate returns the client's own new text of a message body: quoted
// history, forwarded messages, signatures and legal disclaimers removed.
func (e *Engine) Isolate(body string) string { return e.isolate(body, false) }

// isolate is Isolate for a message that may carry a calendar invitation:
// with invite set (the message has a text/calendar part), or when the text
// reads as one, the invitation's boilerplate goes first.
func (e *Engine) isolate(body string, invite bool) string {
	lines := strings.Split(normalize(body), "\n")
	if invite || isInvitation(lines) {
		lines = dropEventHeading(stripInvite(lines))
	}
	lines = splitInlineAttributions(lines)
	lines = quoteWrappedLinks(lines)
	lines = cutHistory(lines)
	// Answers typed between quoted lines with no "On … wrote:" above them
	// are answers all the same.
	lines = dropQuoted(dropInlineAnswers(lines))
	lines = e.cutSignature(lines)
	lines = cutListFooter(lines)
	lines = e.dropDisclaimers(lines)
	lines = e.cutSignOff(lines)
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// keptLines is a new list of lines[:i], with room for every line of
// lines: a filter below that drops line i copies what it keeps from there
// on. Until a line is dropped a filter returns a slice of its input, and
// most messages lose none to most filters.
func keptLines(lines []string, i int) []string {
	return append(make([]string, 0, len(lines)), lines[:i]...)
}

// quoteDepth reports how many ">" levels start line.
func quoteDepth(line string) int {
	d := 0
	for _, r := range line {
		switch {
		case r == '>':
			d++
		case r == ' ' && d > 0:
		default:
			return d
		}
	}
	return d
}

// cutHistory removes everything from the start of quoted or forwarded
// history. Interleaved answers below an "On … wrote:" line (inline or
// bottom-posted replies) are kept; the quoted lines between them are
// dropped later.
func cutHistory(lines []string) []string {
	for i := 0; i < len(lines); i++ {
		if quoteDepth(lines[i]) > 0 {
			continue
		}
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		// Every line above i is kept: out is those lines, with no room
		// after them, so that appending to it copies rather than writes
		// over lines.
		out := lines[:i:i]
		low, mayAttrib, mayMark := historyTests(t)
		n := 0
		if mayAttrib {
			n = attribution(lines, i, low)
		}
		if n > 0 {
			if answersBelow(lines[i+n:]) {
				// Keep the client's text below the quote; drop the
				// attribution itself and the short answers to the quoted
				// questions ("Yes, both years.").
				return append(out, dropInlineAnswers(cutHistory(lines[i+n:]))...)
			}
			return out
		}
		marker := mayMark && historyMarkerAt(lines, i, low)
		if marker && quotedBelow(lines, i+1) && answersBelow(lines[i+1:]) {
			// "Begin forwarded message:" over a quoted message, and the
			// client's text under it.
			return append(trimBlankTail(trimTrailingRule(out)), cutHistory(lines[i+1:])...)
		}
		if marker || headerBlockAt(lines, i) {
			if rest, ok := inlineUnderHeaders(lines, i); ok {
				// The client answered between the quoted lines below the
				// header block: keep those answers as after "On … wrote:".
				return append(trimBlankTail(trimTrailingRule(out)), dropInlineAnswers(cutHistory(rest))...)
			}
			return withTaggedAnswers(trimTrailingRule(out), lines[i+1:])
		}
	}
	return lines
}

// answerTag is a bracketed mark a client puts before answers written into
// the quoted original ("my replies are marked [JB] below").
var answerTag = regexp.MustCompile(`\[([^\[\]\n]{1,24})\]`)

// withTaggedAnswers appends to the client's text above, from the history
// below an "-----Original Message-----" or header block, the lines the
// client marked as their own with a bracketed tag that the text above
// names: answers typed into the quoted message, which no ">" sets apart.
// Each comes as its own paragraph without the tag. Without a tag named
// above, nothing is kept: a "[External]" or "[cid:…]" in the history is
// the history's own.
func withTaggedAnswers(above, history []string) []string {
	var tags []string
	for _, l := range above {
		if strings.IndexByte(l, '[') < 0 {
			continue // no tag: most lines, and cheaper to tell than by the expression
		}
		for _, m := range answerTag.FindAllStringSubmatch(l, -1) {
			tags = append(tags, "["+m[1]+"]")
		}
	}
	if len(tags) == 0 && answersNoted(above) {
		tags = initialsTags(history)
	}
	if len(tags) == 0 {
		if capitalAnswersNamed(above) {
			return withCapitalAnswers(above, history)
		}
		return above
	}
	out := trimBlankTail(above)
	for _, l := range history {
		t := strings.TrimSpace(l)
		for _, tag := range tags {
			if rest, ok := strings.CutPrefix(t, tag); ok && strings.TrimSpace(rest) != "" {
				out = append(out, "", strings.TrimSpace(rest))
				break
			}
		}
	}
	return out
}

// answersNote says, without naming a tag, that the client's answers are
// written into the quoted message: "answers below in blue", "see my
// replies inline", "comments in red below", "antworten unten", "réponses
// ci-dessous", "respuestas abajo", "antwoorden hieronder", "risposte sotto".
var answersNote = regexp.MustCompile(`(?i)\b(answers?|answered|replies|replied|responses?|comments?|antworten|réponses|respuestas|antwoorden|risposte)\b[^.?!]{0,16}\b(below|inline|in-line|in line|in (blue|red|green|bold)|unten|ci-dessous|abajo|hieronder|sotto)\b`)

// answersNoteParts: a word answersNote needs in its first half, found
// without the expression, which is slow on every line above a history.
var answersNoteParts = newNeedleSet([]string{
	"answer",   // answer(s), answered
	"repl",     // replies, replied
	"ponse",    // response(s), réponses (ASCII, so any case folds)
	"comment",  // comment(s)
	"antwort",  // antworten
	"antwoord", // antwoorden
	"respuesta",
	"risposte",
})

// answersNoted: the client's text above the history says its answers are
// written into it.
func answersNoted(above []string) bool {
	for _, l := range above {
		if answersNoteParts.inFold(l) && answersNote.MatchString(l) {
			return true
		}
	}
	return false
}

// initialsTag is a client's initials in brackets opening a line: "[PK]".
var initialsTag = regexp.MustCompile(`^\[[A-Z]{2,3}\]`)

// initialsTags returns the initials tag that opens at least two lines of
// the history, when the text above says answers are written into it
// without naming their mark: the client's answers ("[PK] Yes, from 7am").
// One line with a tag is the history's own ("[EXT] Invoice").
func initialsTags(history []string) []string {
	count := map[string]int{}
	for _, l := range history {
		if m := initialsTag.FindString(strings.TrimSpace(l)); m != "" {
			count[m]++
		}
	}
	var out []string
	for tag, n := range count {
		if n >= 2 {
			out = append(out, tag)
		}
	}
	slices.Sort(out)
	return out
}

// capitalsNote names answers typed in capitals ("my answers in caps
// below", "replies in CAPITALS", "antworten in Großbuchstaben", "réponses en
// majuscules", "en mayúsculas", "in hoofdletters", "in maiuscolo").
var capitalsNote = regexp.MustCompile(`(?i)\b(in|en|em)\s+(block\s+)?(caps|capitals|capital letters|upper ?case|großbuchstaben|grossbuchstaben|majuscules?|mayúsculas|maiúsculas|hoofdletters|maiuscol[oe])\b`)

// capitalAnswersNamed: the client's text above the history says its
// answers are written in capitals.
func capitalAnswersNamed(above []string) bool {
	for _, l := range above {
		if mayNameCapitals(l) && capitalsNote.MatchString(l) {
			return true
		}
	}
	return false
}

// mayNameCapitals is false for a line capitalsNote cannot match: being
// case-insensitive, the expression is otherwise run through every line
// above the history. Each of its words holds one of capitalsNoteParts,
// parts without "k" or "s": the only ASCII letters whose case folding
// reaches outside ASCII (K, ſ), so a match holds the part in ASCII.
func mayNameCapitals(l string) bool {
	return capitalsNoteParts.inFold(l)
}

var capitalsNoteParts = newNeedleSet([]string{
	"cap",         // caps, capitals, capital letters
	"upper",       // upper case, uppercase
	"buch",        // großbuchstaben, grossbuchstaben
	"maju",        // majuscule(s)
	"cula",        // mayúsculas, maiúsculas
	"hoofdletter", // hoofdletters
	"maiu",        // maiuscolo, maiuscole
})

// withCapitalAnswers appends to the client's text above the lines of the
// history written wholly in capitals: answers typed into the quoted
// message, which only their case sets apart. Each comes as its own
// paragraph.
func withCapitalAnswers(above, history []string) []string {
	out := trimBlankTail(above)
	for _, l := range history {
		if t := strings.TrimSpace(l); shouted(t) {
			out = append(out, "", t)
		}
	}
	return out
}

// shouted: a line of two or more words whose letters are all capitals
// ("NOT YET, CAN YOU CHASE THEM?"), not a heading's single word or an
// acronym.
func shouted(t string) bool {
	upper, words := 0, 0
	for _, w := range strings.Fields(t) {
		letters := false
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsUpper(r) {
				letters = true
				upper++
			}
		}
		if letters {
			words++
		}
	}
	return words >= 2 && upper >= 6
}

func trimBlankTail(lines []string) []string {
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// quotedBelow: the next non-blank line from lines[i] on is quoted.
func quotedBelow(lines []string, i int) bool {
	for ; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			return quoteDepth(lines[i]) > 0
		}
	}
	return false
}

// splitInlineAttributions puts an attribution that follows reply text on
// the same line ("Sounds good On Tue, … wrote:") on a line of its own.
func splitInlineAttributions(lines []string) []string {
	var out []string
	for i, l := range lines {
		k := -1
		if quoteDepth(l) == 0 {
			k = inlineAttribution(l)
		}
		if k < 0 {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(lines)+1), lines[:i]...)
		}
		out = append(out, strings.TrimRight(l[:k], " -"), l[k:])
	}
	if out == nil {
		return lines
	}
	return out
}

// quoteWrappedLinks marks as quoted the unquoted line a quoted link
// wrapped onto ("> View it (http://example.test/a" / "b=1)"): it is part
// of the quote, not an answer below it.
func quoteWrappedLinks(lines []string) []string {
	for i := 1; i < len(lines); i++ {
		if quoteDepth(lines[i]) > 0 || quoteDepth(lines[i-1]) == 0 || strings.TrimSpace(lines[i]) == "" {
			continue
		}
		if openLink(lines[i-1]) && !strings.Contains(strings.TrimSpace(lines[i]), " ") {
			lines[i] = "> " + lines[i]
		}
	}
	return lines
}

// openLink: the line holds "(http…" or "<http…" that it does not close.
func openLink(l string) bool {
	for _, open := range []string{"(http", "<http"} {
		k := strings.LastIndex(l, open)
		if k >= 0 && !strings.ContainsAny(l[k:], ")>") {
			return true
		}
	}
	return false
}

// trimTrailingRule drops a separator rule ("____", "----") that mail
// programs put above quoted history, with the blank lines around it.
func trimTrailingRule(lines []string) []string {
	j := len(lines)
	for j > 0 && strings.TrimSpace(lines[j-1]) == "" {
		j--
	}
	if j > 0 && isRule(strings.TrimSpace(lines[j-1])) {
		return lines[:j-1]
	}
	return lines
}

func isRule(t string) bool {
	if len(t) < 5 {
		return false
	}
	return strings.Trim(t, "_-=*~ ") == ""
}

// attribution reports how many lines (1–3) an attribution starting at
// lines[i] spans, or 0 when there is none: "On <date>, <name> wrote:" and
// its translations (isolate_tables.go), "---- Name wrote ----", and the
// date-and-address lines some programs write ("26.06.2014, 14:41, "Ann"
// <ann@example.test>:").
//
// low is lines[i] trimmed and lower-cased.
func attribution(lines []string, i int, low string) int {
	first := strings.TrimSpace(strings.Trim(low, "-_ "))
	start := hasAnyPrefix(first, attributionStarts)
	if !start && !attributionVerbSet.in(first) && !dateAddressStart(first) {
		return 0
	}
	joined := first // trimmed already: the first line needs no copy
	for n := 1; n <= 3 && i+n-1 < len(lines); n++ {
		if n > 1 {
			l := attributionText(lines[i+n-1])
			if l == "" || quoteDepth(lines[i+n-1]) > 0 {
				return 0
			}
			joined = strings.TrimSpace(joined + " " + l)
		}
		if len(joined) > 400 {
			return 0
		}
		if dateAddressAttribution(joined, lines, i+n) || attributionAt(joined, start, lines, i, n) {
			return n
		}
	}
	return 0
}

// historyTests says which of cutHistory's two tests, attribution and
// historyMarkerAt, may find something on line t, and gives the line
// lower-cased for them. Both read it so: it is lowered once, and only when
// a quick look at an ASCII line finds what they look for.
func historyTests(t string) (low string, mayAttrib, mayMark bool) {
	ascii := isASCII(t)
	mayAttrib, mayMark = !ascii || attributionMayStart(t), !ascii || markerShaped(t) && historyMarkerSet.inFold(t)
	if mayAttrib || mayMark {
		low = strings.ToLower(t)
	}
	return low, mayAttrib, mayMark
}

// markerShaped is historyMarkerAt's test of shape on an ASCII line t,
// read before t is searched for a marker: a decorated line, one of fewer
// than five words, or one opening with a marker (bareMarker). Most lines
// of a message are sentences of more words, and the search read them all.
func markerShaped(t string) bool {
	return decoratedMarker(t) || !wordsAtLeast(t, 5) || historyMarkerSet.markAt(t, 0, true, nil)
}

// attributionMayStart is attribution's first test on an ASCII line t,
// without lower-casing it: false means attribution(lines, i, ...) is 0.
func attributionMayStart(t string) bool {
	f := strings.TrimSpace(strings.Trim(t, "-_ "))
	return attributionStartSet.hasLower(f) || attributionVerbSet.inFold(f) ||
		len(f) > 0 && (isASCIIDigit(f[0]) || weekdayPrefixSet.hasLower(f))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// attributionAt: lines[i:i+n], joined, end as an attribution that names
// a date or an address, or stands above a quote: "Here is what Ann
// wrote:" or "Am Montag schrieb ich Ihnen:" over the client's own lines is
// the client's text.
func attributionAt(joined string, start bool, lines []string, i, n int) bool {
	dashes := decorated(lines[i])
	return attributionEnds(joined, start, dashes) && (dashes || namesSender(joined) || quotedBelow(lines, i+n))
}

// namesSender: an attribution line that holds an address, a date or a
// year.
func namesSender(joined string) bool {
	return strings.Contains(joined, "@") || hasDateOrTime(joined) || hasYear(joined)
}

// attributionText is a line lower-cased without the dashes some programs
// put around an attribution ("------On … wrote-----").
func attributionText(line string) string {
	return strings.TrimSpace(strings.Trim(strings.ToLower(strings.TrimSpace(line)), "-_ "))
}

func decorated(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, "--") && strings.HasSuffix(t, "--")
}

// attributionEnds: the joined lines end as an attribution does. After an
// opening ("On", "Am", "Le" …) a verb anywhere will do; without one the
// verb must end the line ("Ann wrote:", "… napisał:").
func attributionEnds(joined string, start, dashes bool) bool {
	j := strings.TrimSpace(strings.TrimSuffix(joined, ":"))
	if !strings.HasSuffix(joined, ":") && !dashes {
		return false
	}
	if start && (attributionVerbSet.in(j) || (strings.HasPrefix(j, "on ") && strings.HasSuffix(j, " sent"))) {
		return true
	}
	if verbBeforeDate(j) {
		return true
	}
	// Without an opening the line must name someone: an address, or a
	// few words ("Ann Lee wrote:"), not a sentence that ends in "wrote:".
	if !dashes && !strings.Contains(j, "@") && wordsAtLeast(j, 6) {
		return false
	}
	for _, v := range attributionVerbs {
		if strings.HasSuffix(j, v) && len(j) > len(v) {
			return true
		}
	}
	return false
}

// verbBeforeDate: a name of a few words, the verb and then the date, as
// some mail apps write it ("Sam Reed wrote on 01/12/2026 10:02",
// "Ann Lee a écrit le 3 mars 2026 à 09:14", "Sam Reed <sam@firm.test>
// schrieb am Di., 1. Dez. 2026, 10:02"): the date must follow the verb
// closely, so a sentence that goes on past "wrote" is no attribution.
func verbBeforeDate(j string) bool {
	for _, v := range attributionVerbs {
		k := strings.Index(j, " "+v+" ")
		if k <= 0 || wordsAtLeast(j[:k], nameWords(j[:k])) {
			continue
		}
		rest := j[k+len(v)+2:]
		if !wordsAtLeast(rest, 10) && (hasDateOrTime(rest) || hasYear(rest)) {
			return true
		}
	}
	return false
}

// nameWords is how many words may name the writer in an attribution: a
// name of up to four, and the address beside it ("Sam Reed
// <sam@firm.test>" tokenises as five).
func nameWords(name string) int {
	if strings.Contains(name, "@") {
		return 9
	}
	return 5
}

// dateAddressStart: a line that begins with a date or a weekday and could
// open a date-and-address attribution.
func dateAddressStart(l string) bool {
	return len(l) > 0 && (l[0] >= '0' && l[0] <= '9' || hasAnyPrefix(l, weekdayPrefixes))
}

var weekdayPrefixes = []string{"mon, ", "tue, ", "wed, ", "thu, ", "fri, ", "sat, ", "sun, "}

// dateAddressAttribution: a date or time, an address, then a colon, or a
// closing ">" right above quoted lines ("2026/4/7 Ann <ann@example.test>").
func dateAddressAttribution(joined string, lines []string, next int) bool {
	if !dateAddressStart(joined) || !strings.Contains(joined, "@") || !hasDateOrTime(joined) {
		return false
	}
	if strings.HasSuffix(joined, ":") {
		return true
	}
	if !strings.HasSuffix(joined, ">") {
		return false
	}
	start := next
	for ; next < len(lines) && next < start+6; next++ {
		if strings.TrimSpace(lines[next]) != "" {
			return quoteDepth(lines[next]) > 0
		}
	}
	return false
}

// hasDateOrTime finds "14:41" or "26.06.2014" / "2014-10-17" / "4/7/26".
func hasDateOrTime(s string) bool { return dateOrTime.MatchString(s) }

var dateOrTime = regexp.MustCompile(`\d{1,2}:\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`)

// hasYear finds a four-digit number from 1900 to 2099 standing alone.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigits(s[i+2:i+4]) &&
			(i == 0 || !isASCIIDigit(s[i-1])) && (i+4 == len(s) || !isASCIIDigit(s[i+4])) {
			return true
		}
	}
	return false
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// inlineAttribution finds an attribution that starts after reply text on
// the same line ("Sounds good On Tue, 3 Mar 2026, Ann wrote:") and returns
// where it starts, or -1.
func inlineAttribution(line string) int {
	if !strings.HasSuffix(strings.TrimSpace(line), ":") {
		return -1
	}
	l := strings.ToLower(line)
	if len(l) != len(line) || !attributionVerbSet.in(l) {
		return -1 // lower-casing moved the bytes: indexes into l would not fit line
	}
	if k := strings.Index(l, "--- on "); k > 0 && strings.TrimSpace(line[:k]) != "" && attributionRest(l[k:]) {
		return k
	}
	// The last "on" that opens one: the reply before it may hold an "on"
	// of its own ("…get to us on Saturday?On Thu, 3 Dec …"), and the
	// attribution may be glued to the reply's last sentence.
	for end := len(l); end > 0; {
		k := strings.LastIndex(l[:end], "on ")
		if k <= 0 {
			break
		}
		end = k
		if !strings.ContainsRune(" .?!", rune(l[k-1])) || strings.TrimSpace(line[:k]) == "" {
			continue
		}
		if attributionRest(l[k:]) {
			if l[k-1] == ' ' {
				k--
			}
			return k
		}
	}
	return -1
}

// attributionRest: rest, lower-cased and opened by "on", reads as an
// attribution: a date or time, and an address or a year, in a line's
// length.
func attributionRest(rest string) bool {
	return hasDateOrTime(rest) && strings.Count(rest, " ") <= 25 && (strings.Contains(rest, "@") || hasYear(rest))
}

// dropInlineAnswers removes, below quoted text, the short unquoted
// paragraph that answers a quoted question: it replies to the firm, it
// asks nothing. Only the paragraph right under the question answers it; a
// wrapped line is judged with the rest of its paragraph.
func dropInlineAnswers(lines []string) []string {
	var out []string // nil until a paragraph is dropped: most messages keep every line
	afterQuestion := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		j := i + 1
		switch {
		case quoteDepth(l) > 0:
			if q := strings.TrimSpace(strings.TrimLeft(t, "> ")); q != "" {
				afterQuestion = strings.HasSuffix(q, "?")
			}
		case t == "":
		default:
			for j < len(lines) && quoteDepth(lines[j]) == 0 && strings.TrimSpace(lines[j]) != "" {
				j++
			}
			drop := afterQuestion && isInlineAnswer(lines[i:j])
			afterQuestion = false
			if drop && out == nil {
				out = append(make([]string, 0, len(lines)), lines[:i]...)
			}
			if drop {
				i = j - 1
				continue
			}
		}
		if out != nil {
			out = append(out, lines[i:j]...)
		}
		i = j - 1
	}
	if out == nil {
		return lines
	}
	return out
}

// isInlineAnswer: a paragraph under a quoted question that is short, asks
// nothing with a mark and does not open as a question.
func isInlineAnswer(par []string) bool {
	t := strings.TrimSpace(strings.Join(par, " "))
	return !wordsAtLeast(t, 13) && !strings.Contains(t, "?") && !opensQuestion(t) && !asksYouAfter(t)
}

// asksYouAfter: an answer that goes on, unpunctuated, to a question put
// to the firm ("no closed it in may do you need the last statement",
// "yes the blue one can you send me a proof"): an auxiliary before "you"
// after the answer's first word.
func asksYouAfter(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	for i := 1; i+1 < len(f); i++ {
		if auxWords.has(strings.Trim(f[i], ",.:;!")) && (f[i+1] == "you" || f[i+1] == "u") {
			return true
		}
	}
	return false
}

// opensQuestion: a line that starts as a question ("when do you need the
// receipts by", "can we move it to Wednesday") asks one even when typed
// without its mark under a quoted question; "what about Friday" and
// "will do" answer.
func opensQuestion(t string) bool {
	f := strings.Fields(strings.ToLower(firstWords(t, 2)))
	if len(f) < 2 || !wordsAtLeast(t, 4) {
		return false
	}
	w0 := strings.Trim(f[0], ",.:;!")
	return whWords.has(w0) && f[1] != "about" || auxWords.has(w0) && pronWords.has(f[1])
}

// answersBelow reports whether unquoted text follows quoted lines: the
// client answered inline or below the quote.
func answersBelow(rest []string) bool {
	sawQuote := false
	if len(rest) > 5000 {
		rest = rest[:5000] // bound the look-ahead on huge bodies
	}
	for _, l := range rest {
		if quoteDepth(l) > 0 {
			sawQuote = true
			continue
		}
		t := strings.TrimSpace(l)
		if t == "" || !sawQuote {
			continue
		}
		if isHistoryMarker(t) || isMobileSignature(t) || t == "--" {
			return false
		}
		return true
	}
	return false
}

func isHistoryMarker(t string) bool {
	l := strings.ToLower(t)
	return historyMarkerSet.in(l) && (decoratedMarker(l) || bareMarker(l))
}

// decoratedMarker: dashes, underscores or stars around the marker, or a
// colon after it: "-----Original Message-----", "Begin forwarded message:".
func decoratedMarker(l string) bool {
	return strings.HasPrefix(l, "-") || strings.HasPrefix(l, "_") || strings.HasPrefix(l, "*") ||
		strings.HasSuffix(l, ":") || strings.HasSuffix(l, "-")
}

// bareMarker: a line that is little more than the marker ("Original
// Message", "Original Message processed by …"), not a sentence.
func bareMarker(l string) bool {
	return !wordsAtLeast(l, 5) || (hasAnyPrefix(l, historyMarkers) && !wordsAtLeast(l, 7) && !strings.ContainsAny(l, ".?!"))
}

// historyMarkerAt: lines[i] opens history. A bare marker counts only
// above a header field or a quote: a client may write "Original message"
// as the first line of their own text.
//
// low is lines[i] trimmed and lower-cased.
func historyMarkerAt(lines []string, i int, low string) bool {
	l := low
	if !historyMarkerSet.in(l) {
		return false
	}
	if decoratedMarker(l) {
		return true
	}
	if !bareMarker(l) {
		return false
	}
	for j := i + 1; j < len(lines) && j <= i+3; j++ {
		if t := strings.TrimSpace(lines[j]); t != "" {
			return quoteDepth(lines[j]) > 0 || headerField(t) != "" || isRule(t)
		}
	}
	return true
}

// headerField returns the lower-case field name if t looks like "Name: value".
func headerField(t string) string {
	t = strings.TrimLeft(strings.TrimSpace(t), "*> ")
	i := strings.IndexByte(t, ':')
	if i <= 0 || i > 24 {
		return ""
	}
	return strings.TrimSpace(strings.Trim(strings.ToLower(t[:i]), "* "))
}

// headerBlockAt reports whether lines[i] opens the header block of a
// quoted or forwarded message: From with Date or Sent ("From:/Date:",
// "Von:/Gesendet:", "От:/Отправлено:"), three kinds of field
// (From/To/Subject), or Date with another field when the date has a time
// or the block an address ("Date: … 09:12 +0000 / To: …"); also one line
// holding From and Date both, as HTML mail renders them. "From: Checking /
// To: Savings" in a client's transfer details is none of these.
func headerBlockAt(lines []string, i int) bool {
	k := headerFieldKinds[headerField(lines[i])]
	if k != hdrFrom && k != hdrDate {
		return false
	}
	if k == hdrFrom && containsAny(strings.ToLower(lines[i]), []string{" date:", " sent:"}) {
		return true
	}
	seen, address := headerFieldsBelow(lines, i)
	seen[k] = true
	address = address || strings.Contains(lines[i], "@")
	switch {
	case seen[hdrFrom] && seen[hdrDate], len(seen) >= 3:
		return true
	case k == hdrDate && len(seen) >= 2:
		return address || strings.Contains(lines[i], ":") && hasTime(lines[i][strings.IndexByte(lines[i], ':')+1:])
	}
	return false
}

// headerFieldsBelow collects the kinds of header field in the few lines
// under lines[i], up to the blank line that ends the block, and whether
// they hold an address.
func headerFieldsBelow(lines []string, i int) (map[int]bool, bool) {
	seen := map[int]bool{}
	address := false
	for j := i + 1; j < len(lines) && j <= i+8; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			if j > i+1 {
				break // the block has ended
			}
			continue
		}
		if other := headerFieldKinds[headerField(t)]; other != 0 {
			seen[other] = true
			address = address || strings.Contains(t, "@")
		}
	}
	return seen, address
}

var timeOfDay = regexp.MustCompile(`\d{1,2}:\d{2}`)

func hasTime(s string) bool { return timeOfDay.MatchString(s) }

// dropQuoted removes ">" lines left after cutHistory (inline replies,
// quotes without attribution).
func dropQuoted(lines []string) []string {
	var out []string // nil while every line is kept
	for i, l := range lines {
		switch {
		case quoteDepth(l) > 0:
			if out == nil {
				out = keptLines(lines, i)
			}
		case out != nil:
			out = append(out, l)
		}
	}
	if out == nil {
		return lines
	}
	return out
}

func isMobileSignature(t string) bool {
	return mobileSignatureGate.mayOpen(t) && !wordsAtLeast(t, 11) && mobileSignatureSet.hasLower(t)
}

// hasAnyPrefixLower is hasAnyPrefix(strings.ToLower(s), prefixes) that
// lower-cases an ASCII s as it compares, without a copy.
func hasAnyPrefixLower(s string, prefixes []string) bool {
	if !isASCII(s) {
		return hasAnyPrefix(strings.ToLower(s), prefixes)
	}
	for _, p := range prefixes {
		if len(s) >= len(p) && equalAt(s[:len(p)], p, true) {
			return true
		}
	}
	return false
}

// cutSignature cuts at the "-- " signature separator (RFC 3676 §4.3) and
// at a "-Name" signature near the end, and drops phone signatures.
func (e *Engine) cutSignature(lines []string) []string {
	var out []string // nil while every line is kept
	for i, l := range lines {
		t := strings.TrimRightFunc(l, unicode.IsSpace)
		if t == "--" || t == "-- " || (isDashName(strings.TrimSpace(t)) && !inDashList(lines, i) && shortRest(lines[i+1:])) {
			if out == nil {
				return lines[:i:i]
			}
			break
		}
		if isMobileSignature(strings.TrimSpace(t)) {
			if out == nil {
				out = keptLines(lines, i)
			}
			continue
		}
		if out != nil {
			out = append(out, l)
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// isDashName: "-Ann Lee", "— Ann", "/Ann": a dash or slash right before
// a name of one to three capitalised words, as people sign short mail.
func isDashName(t string) bool {
	rest, ok := "", false
	for _, p := range []string{"-", "–", "—", "/"} {
		if r, found := strings.CutPrefix(t, p); found {
			rest, ok = r, true
			break
		}
	}
	if !ok || rest == "" || (rest[0] == ' ' && (t[0] == '-' || t[0] == '/')) {
		return false // "- Payroll" is a list item; "-Dervla", "— Dervla" sign
	}
	f := strings.Fields(rest)
	if len(f) > 3 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '-' }) >= 0 {
			return false
		}
	}
	return true
}

// inDashList: the line above or below also starts with a dash: a list
// ("-Payroll" / "-Taxes"), not a signature.
func inDashList(lines []string, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "-") {
			return true
		}
	}
	return false
}

// shortRest: what follows a signature line is a signature too: at most
// eight short lines, or a list footer.
func shortRest(rest []string) bool {
	n := 0
	for i, l := range rest {
		t := strings.TrimSpace(l)
		if t == "" || isRule(t) {
			continue
		}
		if listFooterAt(rest, i) {
			return true
		}
		n++
		if n > 8 || !isShortLine(t) {
			return false
		}
	}
	return true
}

// cutListFooter cuts the footer a mailing list or group appends ("To
// unsubscribe …", "You received this message because you are subscribed
// to …", "<list> mailing list"), with the rule above it.
func cutListFooter(lines []string) []string {
	for i := range lines {
		if i > 0 && listFooterAt(lines, i) {
			return trimTrailingRule(lines[:i])
		}
	}
	return lines
}

// listFooterAt: lines[i] opens a list footer. A line that starts with a
// footer phrase, or names a mailing list below a rule.
func listFooterAt(lines []string, i int) bool {
	l := strings.TrimSpace(lines[i])
	if l == "" {
		return false
	}
	if hasAnyPrefixFold(l, listFooters) {
		return true
	}
	if !hasSuffixFold(l, "mailing list") || wordsAtLeast(l, 6) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if t := strings.TrimSpace(lines[j]); t != "" {
			return isRule(t)
		}
	}
	return false
}

// dropDisclaimers removes paragraphs that read as legal footers.
func (e *Engine) dropDisclaimers(lines []string) []string {
	var out []string // nil while every line is kept
	for start := 0; start < len(lines); {
		end := start
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			end++
		}
		para := lines[start:end]
		switch {
		case e.isDisclaimer(para):
			if out == nil {
				out = keptLines(lines, start)
			}
		case out != nil:
			out = append(out, para...)
		}
		if end < len(lines) && out != nil {
			out = append(out, lines[end])
		}
		start = end + 1
	}
	if out == nil {
		return lines
	}
	return out
}

func (e *Engine) isDisclaimer(para []string) bool {
	if len(para) == 0 || joinedLen(para) < 2*12-1 {
		return false // too short for the 12 words below: not joined
	}
	text := strings.Join(para, " ")
	if !wordsAtLeast(text, 12) || !e.lex.disclaimers.mayMatch(text) {
		return false
	}
	ws := scratchWords(text)
	hits := 0
	e.lex.disclaimers.find(*ws, func(int, int, int) bool { hits++; return hits < 2 })
	dropWords(ws)
	upper := strings.ToUpper(firstWords(text, 1))
	return hits >= 2 || (hits >= 1 && (upper == "CONFIDENTIAL" || upper == "DISCLAIMER" || upper == "PRIVILEGED"))
}

// joinedLen is len(strings.Join(lines, " ")).
func joinedLen(lines []string) int {
	n := len(lines) - 1
	for _, l := range lines {
		n += len(l)
	}
	return n
}

// cutSignOff removes the closing block: a sign-off line ("Thanks,",
// "Kind regards") followed only by short lines (name, title, phone), or,
// without a sign-off, a last short paragraph that reads as a name block.
func (e *Engine) cutSignOff(lines []string) []string {
	last := len(lines) - 1
	for last >= 0 && strings.TrimSpace(lines[last]) == "" {
		last--
	}
	if last < 0 {
		return nil
	}
	top := shortTail(lines, last)
	for i := top; i <= last; i++ {
		if t := strings.TrimSpace(lines[i]); e.isSignOffLine(t) || isLocalSignOff(t) {
			return lines[:i]
		}
	}
	if cut, ok := e.closingBlock(lines[:last+1]); ok {
		return lines[:cut]
	}
	// No sign-off: a last paragraph of one to four name-like lines.
	start := last
	for start > 0 && strings.TrimSpace(lines[start-1]) != "" {
		start--
	}
	if textAbove(lines, start) && start >= top && last-start < 4 && e.nameBlock(lines[start:last+1]) {
		return lines[:start]
	}
	return lines[:last+1]
}

// shortTail walks up from lines[last] over up to 8 trailing short lines
// and returns the index of the topmost (last+1: none).
func shortTail(lines []string, last int) int {
	top := last + 1
	nonEmpty := 0
	for i := last; i >= 0 && nonEmpty < 8; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if !isShortLine(t) {
			break
		}
		top = i
		nonEmpty++
	}
	return top
}

// textAbove: a non-blank line comes before lines[i]; a last paragraph
// that is the whole message is never a signature.
func textAbove(lines []string, i int) bool {
	for j := 0; j < i; j++ {
		if strings.TrimSpace(lines[j]) != "" {
			return true
		}
	}
	return false
}

// nameBlock reports lines that all read as a name, title, company or
// contact line and ask nothing: a short last paragraph of sentence words
// ("Let me know", "Same as usual") is the client's text, not a signature.
func (e *Engine) nameBlock(lines []string) bool {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if !isNameLike(t) || !capitalisedLine(t) || strings.HasPrefix(t, "-") || strings.HasPrefix(t, "*") || strings.HasPrefix(t, "•") || e.clause(t).ask {
			return false
		}
	}
	return true
}

// nameConnectors are the lower-case words names and titles contain.
var nameConnectors = map[string]bool{
	"of": true, "and": true, "at": true, "for": true, "de": true, "van": true, "von": true, "der": true, "den": true,
	"da": true, "di": true, "du": true, "la": true, "le": true, "y": true, "e": true, "und": true, "et": true,
}

// capitalisedLine: every word starts with a capital or a digit, or is a
// connector ("Head of Sales"), an address or a phone number.
func capitalisedLine(t string) bool {
	if strings.Contains(t, "@") || strings.Contains(t, "://") || strings.HasPrefix(strings.ToLower(t), "www.") {
		return true
	}
	for f := range strings.FieldsSeq(t) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" || nameConnectors[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && unicode.IsLetter(r) && unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// isShortLine: a line that can belong to a signature block.
func isShortLine(t string) bool {
	if strings.HasSuffix(t, "?") {
		return false
	}
	return !wordsAtLeast(t, 8) && len(t) <= 80
}

// isNameLike: a name, title, company or phone line, not a sentence.
func isNameLike(t string) bool {
	switch lastPunct(t) {
	case '?', '!', ':', ';':
		return false
	case '.':
		// "Jr." and "Inc." end names; other periods end sentences.
		if !abbreviations.has(strings.ToLower(strings.TrimSuffix(lastToken(t), "."))) {
			return false
		}
	}
	return isShortLine(t)
}

// isSignOffLine: a short line that starts with a sign-off phrase, such as
// "Thanks,", "Many thanks, Dervla", "Merci !" or "Mit freundlichen Grüßen".
func (e *Engine) isSignOffLine(t string) bool {
	if wordsAtLeast(t, 7) || strings.HasSuffix(t, "?") {
		return false
	}
	p := scratchWords(t)
	defer dropWords(p)
	ws := *p
	if len(ws) == 0 {
		return false
	}
	end, ok := e.lex.signOffs.hasAt(ws, 0)
	if !ok {
		return false
	}
	// What follows the sign-off may only be a name: "Thanks Carla!", not
	// a short sentence in lower case ("Thanks, go ahead.", "Thanks, no.").
	if len(ws)-end > 2 {
		return false
	}
	return end == len(ws) || !sentenceAfterSignOff(t, t[wordStart(t, end):])
}

// sentenceAfterSignOff reports that rest, what follows a sign-off at the
// start of the line t, is a short sentence, not a name: it is not
// capitalised and t ends with a full stop ("Thanks, not needed.").
func sentenceAfterSignOff(t, rest string) bool {
	return lastPunct(t) == '.' && strings.TrimSpace(rest) != "" && !capitalisedLine(rest)
}

// wordStart returns the byte offset in t of its word number n (from 0),
// or len(t) if t has fewer words.
func wordStart(t string, n int) int {
	off, i := len(t), 0
	scanWordsUntil(t, func(start, _ int) bool {
		if i == n {
			off = start
			return false
		}
		i++
		return true
	})
	return off
}

// isLocalSignOff: a short line that starts with a closing of
// signOffLines ("Med venlig hilsen", "Pozdrawiam,").
func isLocalSignOff(t string) bool {
	if wordsAtLeast(t, 7) || strings.HasSuffix(t, "?") {
		return false
	}
	l := strings.ToLower(t)
	for _, p := range signOffLines {
		if rest, ok := strings.CutPrefix(l, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			orig := rest // in t's own case where lower-casing kept the length
			if len(l) == len(t) {
				orig = t[len(p):]
			}
			if rest == "" || !unicode.IsLetter(r) && !sentenceAfterSignOff(t, orig) {
				return true
			}
		}
	}
	return false
}

// hasAnyPrefixFold is hasAnyPrefix ignoring case, without lower-casing s
// (prefixes are lower case).
func hasAnyPrefixFold(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// firstWordsASCII is firstWords' join of the first n fields of an ASCII
// s, when it is a substring of s (the fields one space apart).
func firstWordsASCII(s string, n int) (string, bool) {
	start, end, k := -1, 0, 0
	for i := 0; i < len(s) && k < n; {
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		if start >= 0 && (i-end != 1 || s[end] != ' ') {
			return "", false
		}
		if start < 0 {
			start = i
		}
		for i < len(s) && !isASCIISpace(s[i]) {
			i++
		}
		end, k = i, k+1
	}
	if start < 0 {
		return "", true
	}
	return s[start:end], true
}

// isASCIISpace is unicode.IsSpace for an ASCII byte.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func containsAny(s string, subs []string) bool {
	for _, p := range subs {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// firstWords returns the first n space-separated words of s. On an ASCII
// line whose first words are one space apart (most lines) it is a slice of
// s: splitting a long line into all its fields only to keep six was a
// large share of the allocations.
func firstWords(s string, n int) string {
	if isASCII(s) {
		if w, ok := firstWordsASCII(s, n); ok {
			return strings.Trim(w, ":,.!")
		}
	}
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Trim(strings.Join(f, " "), ":,.!")
}
