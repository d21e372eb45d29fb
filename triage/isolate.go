package triage

import (
	"strings"
	"unicode"
)

// Isolate returns the client's own new text of a message body: quoted
// history, forwarded messages, signatures and legal disclaimers removed.
func (e *Engine) Isolate(body string) string {
	lines := strings.Split(normalize(body), "\n")
	lines = cutHistory(lines)
	lines = dropQuoted(lines)
	lines = e.cutSignature(lines)
	lines = e.dropDisclaimers(lines)
	lines = e.cutSignOff(lines)
	return strings.TrimSpace(strings.Join(lines, "\n"))
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
	out := lines[:0:0]
	for i := 0; i < len(lines); i++ {
		if quoteDepth(lines[i]) > 0 {
			out = append(out, lines[i])
			continue
		}
		t := strings.TrimSpace(lines[i])
		if t == "" {
			out = append(out, lines[i])
			continue
		}
		if n := attribution(lines, i); n > 0 {
			if answersBelow(lines[i+n:]) {
				// Keep the client's text below the quote; drop the
				// attribution itself and the short answers to the quoted
				// questions ("Business, it's my card.").
				return append(out, dropInlineAnswers(cutHistory(lines[i+n:]))...)
			}
			return out
		}
		if isHistoryMarker(t) || headerBlockAt(lines, i) {
			return trimTrailingRule(out)
		}
		out = append(out, lines[i])
	}
	return out
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
func attribution(lines []string, i int) int {
	first := attributionText(lines[i])
	start := hasAnyPrefix(first, attributionStarts)
	if !start && !containsAny(first, attributionVerbs) && !dateAddressStart(first) {
		return 0
	}
	joined := ""
	for n := 1; n <= 3 && i+n-1 < len(lines); n++ {
		l := attributionText(lines[i+n-1])
		if n > 1 && (l == "" || quoteDepth(lines[i+n-1]) > 0) {
			return 0
		}
		joined = strings.TrimSpace(joined + " " + l)
		if len(joined) > 400 {
			return 0
		}
		if attributionEnds(joined, start, decorated(lines[i])) || dateAddressAttribution(joined, lines, i+n) {
			return n
		}
	}
	return 0
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
	if start && (containsAny(j, attributionVerbs) || (strings.HasPrefix(j, "on ") && strings.HasSuffix(j, " sent"))) {
		return true
	}
	for _, v := range attributionVerbs {
		if strings.HasSuffix(j, v) && len(j) > len(v) {
			return true
		}
	}
	return false
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
func hasDateOrTime(s string) bool {
	digits, sep := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			if sep >= 1 && digits >= 1 && i > 0 && (s[i-1] == ':' || s[i-1] == '.' || s[i-1] == '/' || s[i-1] == '-') {
				return true
			}
		case (c == ':' || c == '.' || c == '/' || c == '-') && digits > 0:
			sep++
			digits = 0
		default:
			digits, sep = 0, 0
		}
	}
	return false
}

// inlineAttribution finds an attribution that starts after reply text on
// the same line ("Sounds good On Tue, 3 Mar 2026, Ann wrote:") and returns
// where it starts, or -1.
func inlineAttribution(line string) int {
	l := strings.ToLower(line)
	if !strings.HasSuffix(strings.TrimSpace(l), ":") || !containsAny(l, attributionVerbs) {
		return -1
	}
	for _, sep := range []string{"--- on ", " on "} {
		k := strings.Index(l, sep)
		if k <= 0 || strings.TrimSpace(line[:k]) == "" {
			continue
		}
		rest := l[k:]
		if hasDateOrTime(rest) && strings.Count(rest, " ") <= 25 {
			return k
		}
	}
	return -1
}

// dropInlineAnswers removes, below quoted text, the short unquoted lines
// that answer a quoted question: they reply to the firm, they ask nothing.
func dropInlineAnswers(lines []string) []string {
	out := lines[:0:0]
	afterQuestion := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case quoteDepth(l) > 0:
			q := strings.TrimSpace(strings.TrimLeft(t, "> "))
			if q != "" {
				afterQuestion = strings.HasSuffix(q, "?")
			}
			out = append(out, l)
		case t == "":
			out = append(out, l)
		case afterQuestion && wordCount(t) <= 12 && !strings.Contains(t, "?"):
			// an answer: dropped
		default:
			afterQuestion = false
			out = append(out, l)
		}
	}
	return out
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
	if !containsAny(l, historyMarkers) {
		return false
	}
	// A marker line is mostly the marker: dashes around it or a colon
	// after it, not a sentence that happens to mention one.
	return strings.HasPrefix(l, "-") || strings.HasPrefix(l, "_") || strings.HasPrefix(l, "*") ||
		strings.HasSuffix(l, ":") || strings.HasSuffix(l, "-") || wordCount(l) <= 4 ||
		(hasAnyPrefix(l, historyMarkers) && wordCount(l) <= 6 && !strings.ContainsAny(l, ".?!"))
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
// quoted or forwarded message: a From, Sent or Date field followed within
// a few lines by a field of another kind ("From:/Date:", "Date:/To:",
// "Von:/Gesendet:/An:", "От:/Отправлено:/Кому:"), or one line holding
// From and Date both, as HTML mail renders them.
func headerBlockAt(lines []string, i int) bool {
	k := headerFieldKinds[headerField(lines[i])]
	if k != hdrFrom && k != hdrDate {
		return false
	}
	if k == hdrFrom && containsAny(strings.ToLower(lines[i]), []string{" date:", " sent:"}) {
		return true
	}
	for j := i + 1; j < len(lines) && j <= i+8; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			if j > i+1 {
				break // the block has ended
			}
			continue
		}
		if other := headerFieldKinds[headerField(t)]; other != 0 && other != k {
			return true
		}
	}
	return false
}

// dropQuoted removes ">" lines left after cutHistory (inline replies,
// quotes without attribution).
func dropQuoted(lines []string) []string {
	out := lines[:0:0]
	for _, l := range lines {
		if quoteDepth(l) == 0 {
			out = append(out, l)
		}
	}
	return out
}

func isMobileSignature(t string) bool {
	return wordCount(t) <= 10 && hasAnyPrefix(strings.ToLower(t), mobileSignatures)
}

// cutSignature cuts at the "-- " signature separator (RFC 3676 §4.3) and
// drops phone signatures.
func (e *Engine) cutSignature(lines []string) []string {
	out := lines[:0:0]
	for _, l := range lines {
		t := strings.TrimRightFunc(l, unicode.IsSpace)
		if t == "--" || t == "-- " {
			break
		}
		if isMobileSignature(strings.TrimSpace(t)) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// dropDisclaimers removes paragraphs that read as legal footers.
func (e *Engine) dropDisclaimers(lines []string) []string {
	out := lines[:0:0]
	for start := 0; start < len(lines); {
		end := start
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			end++
		}
		para := lines[start:end]
		if !e.isDisclaimer(para) {
			out = append(out, para...)
		}
		if end < len(lines) {
			out = append(out, lines[end])
		}
		start = end + 1
	}
	return out
}

func (e *Engine) isDisclaimer(para []string) bool {
	if len(para) == 0 {
		return false
	}
	text := strings.Join(para, " ")
	if wordCount(text) < 12 {
		return false
	}
	ws := words(text)
	hits := 0
	e.lex.disclaimers.find(ws, func(int, int, int) bool { hits++; return hits < 2 })
	upper := strings.ToUpper(firstWords(text, 1))
	return hits >= 2 || (hits >= 1 && (upper == "CONFIDENTIAL" || upper == "DISCLAIMER" || upper == "PRIVILEGED"))
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
		if e.isSignOffLine(strings.TrimSpace(lines[i])) {
			return lines[:i]
		}
	}
	// No sign-off: a last paragraph of one to four name-like lines.
	start := last
	for start > 0 && strings.TrimSpace(lines[start-1]) != "" {
		start--
	}
	if start > 0 && start >= top && last-start < 4 && e.nameBlock(lines[start:last+1]) {
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

// nameBlock reports lines that are all name-like and ask nothing.
func (e *Engine) nameBlock(lines []string) bool {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if !isNameLike(t) || e.clause(t).ask {
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
	return wordCount(t) <= 7 && len(t) <= 80
}

// isNameLike: a name, title, company or phone line, not a sentence.
func isNameLike(t string) bool {
	switch lastPunct(t) {
	case '?', '!', ':', ';':
		return false
	case '.':
		// "Jr." and "Inc." end names; other periods end sentences.
		if !abbreviations[strings.ToLower(strings.TrimSuffix(lastToken(t), "."))] {
			return false
		}
	}
	return isShortLine(t)
}

// isSignOffLine: a short line that starts with a sign-off phrase, such as
// "Thanks,", "Thanks so much, Dana", "Merci !" or "Mit freundlichen Grüßen".
func (e *Engine) isSignOffLine(t string) bool {
	if wordCount(t) > 6 || strings.HasSuffix(t, "?") {
		return false
	}
	ws := words(t)
	if len(ws) == 0 {
		return false
	}
	end, ok := e.lex.signOffs.hasAt(ws, 0)
	if !ok {
		return false
	}
	// What follows the sign-off may only be a name: "Thanks Carla!".
	return len(ws)-end <= 2
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, p := range subs {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func inList(s string, list []string) bool {
	for _, p := range list {
		if s == p {
			return true
		}
	}
	return false
}

// firstWords returns the first n space-separated words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Trim(strings.Join(f, " "), ":,.!")
}
