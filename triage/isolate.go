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

// attributionStarts and attributionVerbs recognise "On <date>, <name>
// wrote:" and its translations, which mail programs put above quotes.
var (
	attributionStarts = []string{"on ", "le ", "el ", "am ", "op ", "il ", "em ", "w dniu ", "den ", "the "}
	attributionVerbs  = []string{"wrote", "a écrit", "escribió", "escribio", "schrieb", "schreef", "ha scritto", "escreveu", "napisał", "skrev"}
)

// attribution reports how many lines (1–3) an attribution starting at
// lines[i] spans, or 0 when there is none.
func attribution(lines []string, i int) int {
	first := strings.ToLower(strings.TrimSpace(lines[i]))
	if !hasAnyPrefix(first, attributionStarts) && !strings.Contains(first, "wrote:") {
		return 0
	}
	joined := ""
	for n := 1; n <= 3 && i+n-1 < len(lines); n++ {
		l := strings.ToLower(strings.TrimSpace(lines[i+n-1]))
		if n > 1 && (l == "" || quoteDepth(lines[i+n-1]) > 0) {
			return 0
		}
		joined += " " + l
		if len(joined) > 400 {
			return 0
		}
		if strings.HasSuffix(joined, ":") && containsAny(joined, attributionVerbs) {
			return n
		}
	}
	return 0
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

// historyMarkers are lines that open an original or forwarded message.
var historyMarkers = []string{
	"original message", "forwarded message", "begin forwarded message", "forwarded by",
	"ursprüngliche nachricht", "original-nachricht", "weitergeleitete nachricht", "anfang der weitergeleiteten",
	"message d'origine", "message transféré", "message réexpédié", "début du message",
	"mensaje original", "mensaje reenviado", "inicio del mensaje", "messaggio originale", "messaggio inoltrato",
}

func isHistoryMarker(t string) bool {
	l := strings.ToLower(t)
	if !containsAny(l, historyMarkers) {
		return false
	}
	// A marker line is mostly the marker: dashes around it or a colon
	// after it, not a sentence that happens to mention one.
	return strings.HasPrefix(l, "-") || strings.HasPrefix(l, "_") || strings.HasPrefix(l, "*") ||
		strings.HasSuffix(l, ":") || strings.HasSuffix(l, "-") || wordCount(l) <= 4
}

// headerFields are the field names of the "From: … Sent: … To: …" block
// mail programs write above a quoted or forwarded message.
var (
	fromFields   = []string{"from", "de", "von", "da", "van", "od"}
	headerFields = []string{"sent", "date", "to", "subject", "cc", "envoyé", "à", "objet", "enviado", "enviada", "fecha",
		"para", "asunto", "gesendet", "datum", "an", "betreff", "inviato", "oggetto", "a"}
)

// headerField returns the lower-case field name if t looks like "Name: value".
func headerField(t string) string {
	t = strings.TrimLeft(t, "*> ")
	i := strings.IndexByte(t, ':')
	if i <= 0 || i > 20 {
		return ""
	}
	return strings.TrimSpace(strings.Trim(strings.ToLower(t[:i]), "* "))
}

// headerBlockAt reports whether lines[i] is a From: line followed by at
// least two more header fields within the next few lines.
func headerBlockAt(lines []string, i int) bool {
	if !inList(headerField(lines[i]), fromFields) {
		return false
	}
	n := 0
	for j := i + 1; j < len(lines) && j <= i+6; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			continue
		}
		if inList(headerField(t), headerFields) {
			n++
		}
	}
	return n >= 2
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

// mobileSignatures start the one-line signatures phones and webmail add.
var mobileSignatures = []string{
	"sent from my", "sent from yahoo", "sent from mail for", "sent from outlook", "sent from gmail", "sent from samsung",
	"sent via", "sent with", "get outlook for", "envoyé de mon", "envoyé depuis", "enviado desde", "von meinem",
	"gesendet von", "inviato da",
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
