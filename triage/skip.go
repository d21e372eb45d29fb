package triage

import (
	"net/mail"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/emersion/go-message"
)

// headerSkip decides from the headers alone whether a message must get no
// draft: our own mail and loops, bounces, auto-replies and bulk mail
// (RFC 3834 §5 and common practice).
func (e *Engine) headerSkip(p *Parsed) SkipReason {
	if hasFiveminHeader(p) {
		return SkipOwn // one of our own drafts or sent replies
	}
	if p.From != nil && e.isOwnAddress(p.From.Address) {
		return SkipOwn
	}
	if bounceHeaders(p) {
		return SkipBounce
	}
	h := p.Header
	prec := precedence(h)
	if autoHeaders(p, prec) {
		return SkipAuto
	}
	// Bulk: mailing lists and newsletters.
	if h.Get("List-Id") != "" || h.Get("List-Post") != "" || h.Get("List-Unsubscribe") != "" && !bareUnsubscribe(p, prec) {
		return SkipBulk
	}
	switch prec {
	case "bulk", "list", "junk":
		if precedenceOnly(p) {
			// No unsubscribe and no list: no bulk sender's mail (they
			// must offer one), but a client's server or a signing
			// tool that stamps all it sends.
			return SkipNone
		}
		return SkipBulk
	}
	// An empty Return-Path is the null sender of notifications (RFC 5321
	// §4.5.5); auto-replies with it were caught above. A bounce comes
	// from a system (bounceHeaders), not from a person's own mailbox:
	// some clients' servers send all their mail with the null sender, and
	// such mail is read like any other (looksAutomatic, no asks).
	if rp := strings.TrimSpace(h.Get("Return-Path")); rp == "<>" && !personalAddress(p) {
		return SkipBounce
	}
	return SkipNone
}

// bounceHeaders reports bounces: delivery reports, the mailer daemon,
// failed recipients.
func bounceHeaders(p *Parsed) bool {
	if p.ContentType == "multipart/report" || p.Header.Get("X-Failed-Recipients") != "" {
		return true
	}
	if p.From == nil {
		return false
	}
	local := strings.ToLower(p.From.Address)
	if i := strings.LastIndexByte(local, '@'); i >= 0 {
		local = local[:i]
	}
	if local == "mailer-daemon" {
		return true
	}
	// A small firm's admin may write from postmaster@ as from any
	// mailbox; a bounce from it says so in its subject (Exchange:
	// "Undeliverable: …") or comes from the null sender.
	return local == "postmaster" && (bounceSubject.MatchString(p.Subject) || strings.TrimSpace(p.Header.Get("Return-Path")) == "<>")
}

// bounceSubject finds the words of a delivery failure's subject.
var bounceSubject = regexp.MustCompile(`(?i)undeliver|undelivered|delivery|returned mail|failure|failed|not delivered|unzustellbar|non remis|no entregado|non recapitato|onbestelbaar`)

// maxRelayLabelWords is the most words a line introducing a relayed
// message holds ("Hannah Lowe (Lowe Catering) has sent you a message:").
const maxRelayLabelWords = 12

// relayWords name what a notification passes on from a person: their
// message, note, comment, a voicemail's transcription, a ticket reply.
var relayWords = set("message messages note notes comment comments transcription transcript replied reply enquiry inquiry " +
	"nachricht mitteilung notiz kommentar mensaje mensagem messaggio bericht opmerking commentaire nota notitie")

// relaysMessage reports a notification that passes on what a person typed:
// a short line of its own ending in a colon that names a message
// ("Message:", "Note from sender:", "Transcription:", "Ana Ruiz replied
// to ticket #12:") and words after it. A contact form, a voicemail, a
// platform's "X sent you a message" carry a client's ask that way;
// whether it asks is for the text to say.
//
// A website's form may put the text on the label's own line ("Message:
// Could you …", "Comments: Can someone call me …"): with sameLine, the
// label is what comes before a line's first colon, and the words after it
// count too.
func relaysMessage(text string, sameLine bool) bool {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		line = strings.TrimSpace(line)
		label, after, ok := strings.Cut(line, ":")
		if !ok || !sameLine && after != "" {
			continue
		}
		ws := strings.Fields(strings.ToLower(label))
		if len(ws) == 0 || len(ws) > maxRelayLabelWords || !slices.ContainsFunc(ws, func(w string) bool { return relayWords.has(w) }) {
			continue
		}
		if rest := after + " " + strings.Join(lines[i+1:], " "); wordsAtLeast(rest, 4) {
			return true
		}
	}
	return false
}

// answersElsewhere reports mail whose Reply-To names an address other
// than its sender's: a website's form sent from its own mailbox with the
// visitor to answer, not a system's notice to its user (a CRM's "new
// lead" mail is answered in the CRM, and sets none).
func answersElsewhere(p *Parsed) bool {
	if p.From == nil || len(p.ReplyTo) == 0 {
		return false
	}
	return slices.ContainsFunc(p.ReplyTo, func(a *mail.Address) bool { return !strings.EqualFold(a.Address, p.From.Address) })
}

// precedenceOnly reports mail whose only bulk mark is Precedence (bulk,
// junk, list) sent or answered at a person's own mailbox: no List-Id,
// List-Post or List-Unsubscribe. Bulk senders must offer an unsubscribe;
// a mail server that stamps Precedence on all it sends, or a signing tool
// passing on a client's note, does not.
func precedenceOnly(p *Parsed) bool {
	h := p.Header
	if h.Get("List-Id") != "" || h.Get("List-Post") != "" || h.Get("List-Unsubscribe") != "" || h.Get("List-Unsubscribe-Post") != "" {
		return false
	}
	return personalAddress(p)
}

// personalAddress reports mail sent from, or answered at, an address made
// of its display name's first or last name (namesPerson): a person's own
// mailbox, not a system's or a desk's.
func personalAddress(p *Parsed) bool {
	if p.From != nil && namesPerson(p.From.Name, p.From.Address) {
		return true
	}
	return slices.ContainsFunc(p.ReplyTo, func(a *mail.Address) bool { return namesPerson(a.Name, a.Address) })
}

// autoHeaders reports auto-replies; prec is the lower-cased Precedence.
func autoHeaders(p *Parsed, prec string) bool {
	h := p.Header
	// RFC 3834: Auto-Submitted other than "no" is automatic. But
	// "auto-generated" is no reply: mailbox rules that forward a person's
	// mail, a website's contact form and platforms that pass on a client's
	// message stamp it too. Sent from or answered at a person's own
	// mailbox, such mail is read: the text decides (personalAddress).
	if v := strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted"))); v != "" && !strings.HasPrefix(v, "no") {
		return !strings.HasPrefix(v, "auto-generated") || !personalAddress(p) && !relaysMessage(p.Text, answersElsewhere(p))
	}
	if h.Get("X-Autoreply") != "" || h.Get("X-Autorespond") != "" || h.Get("X-Autoresponder") != "" {
		return true
	}
	// X-Loop is not among them either: forwarders (procmail, aliases,
	// help desks) add it to the mail they pass on, a person's included.
	// With it, one out-of-office cue in the text makes an auto-reply
	// (looksAutomatic).
	// X-Auto-Response-Suppress is not among them: it asks that no
	// auto-reply be sent back, and Outlook and help desks set it ("All")
	// on ordinary mail a person writes, so it tells nothing of who wrote
	// it. An auto-reply that carries it alone is known by its text.
	return prec == "auto_reply"
}

// softAutoMark reports an automatic mark that a person's typed text may
// outweigh: Auto-Submitted: auto-generated from a system's mailbox that
// is no newsletter's or no-reply role (an ERP's or a scheduler's erp@,
// system@, through which staff also type mail), or X-Autoreply and its
// kin without Auto-Submitted, which no standard defines and some mail
// apps leave set after the away reply is off. Mail with a bulk mark is
// left to the bulk rules.
func softAutoMark(p *Parsed) bool {
	h := p.Header
	prec := precedence(h)
	if prec != "" || h.Get("List-Id") != "" || h.Get("List-Post") != "" || h.Get("List-Unsubscribe") != "" {
		return false
	}
	if v := strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted"))); v != "" && !strings.HasPrefix(v, "no") {
		if !strings.HasPrefix(v, "auto-generated") || p.From == nil {
			return false
		}
		local, _, _ := strings.Cut(strings.ToLower(p.From.Address), "@")
		return !roleLocals.has(local)
	}
	return h.Get("X-Autoreply") != "" || h.Get("X-Autorespond") != "" || h.Get("X-Autoresponder") != ""
}

// typedToRecipient reports a new text a person typed to the firm's
// person: it greets or addresses a recipient by name and asks. Neither a
// system's template nor an auto-reply knows its reader's name, so under a
// soft automatic mark (softAutoMark) such a text is read for its asks.
func (e *Engine) typedToRecipient(text string, p *Parsed) bool {
	return strings.Contains(text, "?") && (e.greetsRecipient(text, p) || namesRecipientAsking(text, p))
}

// fiveminHeaderPrefix opens the header fields fivemin writes.
var fiveminHeaderPrefix = []string{"x-fivemin-"}

func hasFiveminHeader(p *Parsed) bool {
	fields := p.Header.Fields()
	for fields.Next() {
		if hasAnyPrefixLower(fields.Key(), fiveminHeaderPrefix) {
			return true
		}
	}
	return false
}

// isOwnAddress reports mail from the firm's own domains (or subdomains).
func (e *Engine) isOwnAddress(addr string) bool {
	i := strings.LastIndexByte(addr, '@')
	if i < 0 {
		return false
	}
	domain := strings.ToLower(addr[i+1:])
	for _, d := range e.cfg.OwnDomains {
		d = strings.ToLower(strings.TrimPrefix(d, "@"))
		if d != "" && (domain == d || strings.HasSuffix(domain, "."+d)) {
			return true
		}
	}
	return false
}

// autoSubjects open the subjects of out-of-office and other automatic
// replies in the languages clients write in.
var autoSubjects = []string{
	"out of office", "out of the office", "automatic reply", "auto reply", "auto-reply", "autoreply", "auto",
	"abwesenheitsnotiz", "automatische antwort", "réponse automatique", "absence du bureau", "absent du bureau",
	"respuesta automática", "fuera de la oficina", "risposta automatica",
	// Read receipts: "Read: Invoice 4411" (with "was read on" in the body).
	"read", "gelesen", "lu", "leído", "letto", "gelezen", "lido",
}

// leaveSubjects open out-of-office subjects that carry a date or a reason
// after them ("Away until 2 June - Re: ..."); they still need a cue in
// the body.
var leaveSubjects = []string{"away until", "out until", "on leave until", "on annual leave", "annual leave", "out of office until"}

// looksAutomatic recognises auto-replies that carry none of the headers:
// an auto-reply subject ("Out of Office: …") with out-of-office wording,
// or a body made of such wording alone. The body test needs three cues, so
// a client who mentions being away ("I'm out of the office next week, can
// you…") is still answered.
func (e *Engine) looksAutomatic(p *Parsed, newText string) bool {
	if wordsAtLeast(newText, maxAutoWords+1) {
		// An auto-reply is short; counting stops at the limit, which
		// costs less than scanning a long text for the phrases.
		return false
	}
	need := autoSubjectCues(strings.ToLower(p.Subject))
	if p.Header.Get("X-Loop") != "" {
		need = 1
	}
	if need == bodyOnlyCues && !e.lex.outOfOffice.mayMatch(newText) {
		// No out-of-office phrase: "thank you for your message" alone
		// is one cue of the three needed.
		return false
	}
	if (need > 1 || strings.Contains(newText, "?")) && e.greetsRecipient(newText, p) {
		// "Hi Jo, thanks for your email. I'm away from tomorrow with
		// limited access to email, but could you …": an auto-reply's
		// template does not know its reader's first name; a person does.
		// Under an auto-reply's subject too, when the text asks: an
		// assistant minding an absent client's mailbox writes there.
		return false
	}
	if namesRecipientAsking(newText, p) {
		// "Jo - before I go, could you …?" under an auto-reply's
		// subject: the client edited the template to ask the firm.
		return false
	}
	sw := scratchWords(newText)
	defer dropWords(sw)
	ws := *sw
	hits, lastEnd := 0, 0
	e.lex.outOfOffice.find(ws, func(_, start, end int) bool {
		if start >= lastEnd { // overlapping phrases are one cue
			hits++
			lastEnd = end
		}
		return true
	})
	if thanksForMessage(ws) {
		hits++
	}
	return hits >= need
}

// fromNoReply reports a system's notification: sent from a no-reply
// address (noreply@, do-not-reply@, calendar-noreply@), with no Reply-To
// that reaches anyone else, and not typed to the firm's person by name. A
// draft to it would reach no one. A person who writes from such a mailbox
// while theirs is down greets the reader ("Hi Rowan, this is coming from
// our no-reply account…") and is read as ever.
func (e *Engine) fromNoReply(p *Parsed, newText string) bool {
	if p.From == nil || !noReplyAddress(p.From.Address) {
		return false
	}
	if slices.ContainsFunc(p.ReplyTo, func(a *mail.Address) bool { return !noReplyAddress(a.Address) }) {
		return false // a Reply-To reaches someone
	}
	// A payment's or a form's note passed on under a label ("Note from
	// sender: …") is a person's text, as under Auto-Submitted.
	return !e.greetsRecipient(newText, p) && !namesRecipientAsking(newText, p) && !relaysMessage(newText, false)
}

// unreadNotice reports a system's notice from an ordinary address (an
// accounts or signing system sending as accounts@ or in a person's name)
// whose text says replies to it are not read: a draft would reach no one,
// as from a no-reply address (fromNoReply). A person saying the same of
// an old mailbox speaks for themself ("I", "my"), asks, or puts a
// "please" of their own (pleaseToReader), and is read.
func (e *Engine) unreadNotice(p *Parsed, newText string) bool {
	if !shortStatement(newText) || !unmonitoredReplies.mayMatch(newText) {
		return false
	}
	sw := scratchWords(newText)
	defer dropWords(sw)
	return unmonitoredReplies.has(*sw) && e.impersonal(p, newText, *sw)
}

// subscriberMail reports a newsletter or campaign sent without List
// headers (a supplier's offers from a salesperson's mailbox, an
// association's bulletin): a fresh message, not a reply or forward, whose
// own footer or last paragraph tells its reader why they get it or how to
// stop it (subscriberFooters), and whose text neither greets the firm's
// person by name, speaks for one person ("I", "my") nor is signed with
// the sender's name. A client who writes in their firm's template greets
// the reader or signs for themself, and is read.
func (e *Engine) subscriberMail(p *Parsed, newText string) bool {
	if len(p.InReplyTo) > 0 || len(p.References) > 0 || replySubject.MatchString(p.Subject) {
		return false
	}
	tail := ownFooter(p.Text, newText)
	if wordsAtLeast(tail, maxFooterTailWords+1) || !subscriberFooters.mayMatch(tail) || !subscriberFooters.has(words(tail)) {
		return false
	}
	sw := scratchWords(newText)
	defer dropWords(sw)
	if slices.ContainsFunc(*sw, singularSelf.has) {
		return false
	}
	return !e.greetsRecipient(newText, p) && !namesRecipientAsking(newText, p) && !relaysMessage(newText, false) && !signedBySender(p)
}

// maxSignatureLineWords is the most words of a line that signs a message
// with its sender's name ("Marta", "Marta Quist", "Marta Quist, Partner").
const maxSignatureLineWords = 4

// signedBySender reports mail from a person's own mailbox (namesPerson)
// whose body has a short line that opens with the sender's first name: a
// person signing their own mail, which a campaign's template sent under a
// salesperson's name seldom does.
func signedBySender(p *Parsed) bool {
	if p.From == nil || !namesPerson(p.From.Name, p.From.Address) {
		return false // a firm's name ("Holzhandel Brenner") heads its own campaigns
	}
	first := strings.ToLower(firstName(p.From))
	if len([]rune(first)) < 2 || notNames.has(first) || roleLocals.has(first) {
		return false
	}
	for line := range strings.SplitSeq(p.Text, "\n") {
		if ws := words(line); len(ws) > 0 && len(ws) <= maxSignatureLineWords && ws[0] == first {
			return true
		}
	}
	return false
}

// ownFooter is the last paragraph of newText and whatever the isolation
// cut below it from body (a list footer, a sign-off, a disclaimer).
func ownFooter(body, newText string) string {
	newText = strings.TrimSpace(newText)
	last := newText
	if i := strings.LastIndex(newText, "\n\n"); i >= 0 {
		last = newText[i+2:]
	}
	if i := strings.LastIndex(body, last); i >= 0 && last != "" {
		return body[i:]
	}
	return last
}

// noReplyLocals are the local parts, whole or as a part of a longer one,
// of addresses that take no mail.
var noReplyLocals = []string{"noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply"}

// noReplyAddress reports an address whose local part says it takes no
// mail.
func noReplyAddress(addr string) bool {
	local, _, _ := strings.Cut(strings.ToLower(addr), "@")
	return slices.ContainsFunc(noReplyLocals, func(n string) bool { return strings.Contains(local, n) })
}

// bodyOnlyCues is how many out-of-office cues a text needs to be an
// auto-reply when its subject does not say so.
const bodyOnlyCues = 3

// maxAutoWords is the most words an auto-reply's text has.
const maxAutoWords = 200

// autoSubjectCues is how many out-of-office cues the text of a message
// with this subject (lower-cased) needs to be an auto-reply. An auto-reply
// answers a message and most carry its subject: "Automatic reply: VAT",
// "Away until 2 June - Re: Q1 figures" need one cue. A bare "Out of
// office" is also what a person may title mail about their leave ("I'm
// out Thursday, can you call me Wednesday?"): two cues. A leave phrase
// without the replied-to subject ("Annual leave next week - payroll",
// "Away until 2 June - quick question") is a person's subject: the text
// alone decides.
func autoSubjectCues(subj string) int {
	for _, s := range autoSubjects {
		rest, ok := strings.CutPrefix(subj, s)
		if !ok {
			continue
		}
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return 2
		}
		if strings.HasPrefix(rest, ":") {
			return 1
		}
	}
	if hasAnyPrefix(subj, leaveSubjects) && repliedSubject.MatchString(subj) {
		return 1
	}
	return bodyOnlyCues
}

// repliedSubject finds a replied-to subject inside an auto-reply's own
// ("… - Re: Q1 figures", "(AW: Angebot)").
var repliedSubject = regexp.MustCompile(`(?i)(?:^|[\s(\[-])(?:re|aw|fw|fwd|wg|sv|rv|tr|antw|r|res)\s*:`)

// thanksForMessage reports "Thank you for your message/email.", which
// opens most auto-replies.
func thanksForMessage(ws []string) bool {
	if len(ws) <= 4 || (ws[0] != "thank" && ws[0] != "thanks") {
		return false
	}
	for _, w := range ws[1:5] {
		if messageWords.has(w) {
			return true
		}
	}
	return false
}

// directListMail reports list mail that may still be a person's mail to
// the recipients: not from a bulk sender (bulkSender), and not posted to
// the list's own address but written to the people in To and Cc. An organisation's
// group address (office@, accounts@ on Google Groups) relays its staff's
// mail to a supplier that way. Whether it is a person's mail is then for
// the text to say (greetsRecipient).
func directListMail(p *Parsed) bool {
	h := p.Header
	if bulkSender(h) || len(p.To)+len(p.Cc) == 0 {
		return false
	}
	list := listAddresses(h.Get("List-Id"), h.Get("List-Post"))
	toList := slices.ContainsFunc(slices.Concat(p.To, p.Cc), func(a *mail.Address) bool {
		return list[strings.ToLower(a.Address)]
	})
	return len(list) > 0 && !toList
}

// listAddresses are the addresses a list is posted to: List-Post's mailto
// (RFC 2369) and the address a List-Id names (RFC 2919; list managers
// write office@example.com's as "<office.example.com>").
func listAddresses(listID, listPost string) map[string]bool {
	m := map[string]bool{}
	if i, j := strings.LastIndexByte(listID, '<'), strings.LastIndexByte(listID, '>'); i >= 0 && j > i {
		if local, domain, ok := strings.Cut(listID[i+1:j], "."); ok && local != "" && strings.Contains(domain, ".") {
			m[strings.ToLower(local+"@"+domain)] = true
		}
	}
	if _, rest, ok := strings.Cut(strings.ToLower(listPost), "<mailto:"); ok {
		if addr, _, ok := strings.Cut(rest, ">"); ok {
			addr, _, _ = strings.Cut(addr, "?")
			m[addr] = true
		}
	}
	return m
}

// greetsRecipient reports whether text opens with a greeting to one of
// the message's recipients by name: "Hi Pete," or a bare "Pete," line to
// Pete Lam, "Dear Mr Lam," or "Hallo Herr Lam," by title and surname. A
// person writing to a person, which digests, announcements and the
// templates of auto-replies are not.
func (e *Engine) greetsRecipient(text string, p *Parsed) bool {
	recipients := slices.Concat(p.To, p.Cc)
	named := func(name string, nameOf func(*mail.Address) string) bool {
		return slices.ContainsFunc(recipients, func(a *mail.Address) bool {
			return strings.EqualFold(nameOf(a), name)
		})
	}
	if name, ok := bareSalutation(text); ok && named(name, firstName) {
		return true
	}
	name, surname, ok := e.greetedNames(text)
	if !ok {
		return false
	}
	return named(name, firstName) || surname != "" && named(surname, lastName)
}

// bareSalutation is the name a text's first line holds alone, as a
// salutation without a greeting word ("Rowan," "Rowan -" "Rowan:").
func bareSalutation(text string) (string, bool) {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line), ",:-–—"))
	if line == "" || strings.ContainsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		return "", false
	}
	return line, true
}

// discussionList reports a post to a discussion list (RFC 2919 List-Id,
// not bulk or junk, no one-click unsubscribe): members write to each other
// there, and one of them may put a request to the firm's person by name
// (asksNamedMember); announcements and digests name no one.
func discussionList(p *Parsed) bool {
	prec := precedence(p.Header)
	return p.Header.Get("List-Id") != "" && (prec == "" || prec == "list") && !bulkSender(p.Header)
}

// precedence is the Precedence header (RFC 2076 §3.9), lower case.
func precedence(h message.Header) string {
	return strings.ToLower(strings.TrimSpace(h.Get("Precedence")))
}

// bulkSender reports mail a bulk sender marks as such: Precedence bulk or
// junk, or a one-click unsubscribe (RFC 8058, which bulk senders must
// offer).
func bulkSender(h message.Header) bool {
	prec := precedence(h)
	return prec == "bulk" || prec == "junk" || h.Get("List-Unsubscribe-Post") != "" && !relayedByGroup(h)
}

// relayedByGroup reports mail a group address relayed to its members
// (Google Groups and the like): the original sender kept in
// X-Original-Sender or X-Original-From, or "Ann Lee via Office" as the
// From's name. Such a group adds its own one-click unsubscribe to all it
// relays, a person's mail to the firm included, so there that header
// says nothing of a bulk sender.
func relayedByGroup(h message.Header) bool {
	if h.Get("X-Original-Sender") != "" || h.Get("X-Original-From") != "" {
		return true
	}
	name, _, _ := strings.Cut(h.Get("From"), "<")
	return strings.Contains(strings.ToLower(name), " via ")
}

// namedAsk is a request put to one person by name: the name, a comma, and
// within the sentence "could/can/would/will you" ("Tom, as our examiner,
// could you look over …"). Capitalised words that are not names are
// checked against notNames.
var namedAsk = regexp.MustCompile(`(?m)(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+),\s+[^.?!\n]{0,80}?\b(?:could|can|would|will)\s+(?:you|u)\b`)

// groupQuestion opens a question put to a whole list ("does anyone know
// …", "has anybody got …", "can someone bring …", "could everyone …").
var groupQuestion = regexp.MustCompile(`(?i)\b(?:do|does|did|has|have|is|are|can|could|would|will)\s+(?:any|some|every)(?:one|body)\b`)

// apartGroupQuestions starts a paragraph at each question to the group in a
// list post, so that a run-on ("would u do the report is anyone free on the
// 9th") splits there and the member's question is not read into the ask to
// the firm's person.
func apartGroupQuestions(text string) string {
	return groupQuestion.ReplaceAllStringFunc(text, func(m string) string { return "\n\n" + m })
}

// groupTalkOut drops the questions to the group from a list post's asks:
// the post is answered for the request put to the firm's person by name,
// and the members answer each other.
func groupTalkOut(qs []Question) []Question {
	return slices.DeleteFunc(qs, func(q Question) bool {
		loc := groupQuestion.FindStringIndex(q.Text)
		return loc != nil && loc[0] == 0
	})
}

// asksNamedMember reports a list post that asks one named member for
// something: on a list the firm's person is on, that ask is to them, and an
// unanswered client is worse than a draft the rep deletes. A question to
// the group ("Everyone, could you …", "does anyone know …") is list talk.
func asksNamedMember(text string) bool {
	for _, m := range namedAsk.FindAllStringSubmatch(text, -1) {
		if !notNames.has(strings.ToLower(m[1])) {
			return true
		}
	}
	return false
}

// mayBePersonal reports list mail whose text must be read to know whether
// a person wrote it to the firm: sent to the recipients rather than the
// list, posted to a discussion list, or sent through a sales or CRM tool.
func mayBePersonal(p *Parsed) bool {
	return directListMail(p) || discussionList(p) || sentThroughTool(p)
}

// personalListMail reports list mail that is a person's mail to the firm,
// read from its new text: a group's relay of one member's mail to the
// firm, a greeting to a recipient by name on mail not posted to the list
// or sent through a tool, a greeting to one member on a
// discussion list, or a request put to one member by name.
func (e *Engine) personalListMail(text string, p *Parsed) bool {
	direct := directListMail(p)
	if direct && relayedByGroup(p.Header) {
		// A group relaying one member's mail to people outside it,
		// the original sender named: a person's mail, greeting or not.
		return true
	}
	if (direct || sentThroughTool(p)) && (e.greetsRecipient(text, p) || !direct && relaysMessage(text, false)) {
		return true
	}
	return discussionList(p) && e.greetsOneMember(text, p) || asksNamedMember(text)
}

// sentThroughTool reports mail a person sent from a sales, CRM or help-desk
// tool: marked as bulk (Precedence, List-Unsubscribe) by the tool, but
// posted to no list (no List-Id or List-Post), and answered at an address
// that is the sender's own name ("Dana Reyes" at dana@…, d.reyes@…).
// Newsletters and campaigns answer at a role address (news@, hello@,
// noreply@) or none; a person's one-to-one mail through such a tool, with
// the tool's unsubscribe link added, is still theirs to be answered.
func sentThroughTool(p *Parsed) bool {
	h := p.Header
	if h.Get("List-Id") != "" || h.Get("List-Post") != "" || p.From == nil {
		return false
	}
	addr := p.From
	if len(p.ReplyTo) > 0 {
		addr = p.ReplyTo[0]
	}
	name := addr.Name
	if name == "" {
		name = p.From.Name
	}
	return namesPerson(name, addr.Address)
}

// namesPerson reports an address whose local part is made of the display
// name's first or last name: "Dana Reyes" at dana@, dana.reyes@,
// dreyes@, reyes@. A firm's name ("Brightside Events") at events@ is no
// person, nor is a one-word name.
func namesPerson(display, addr string) bool {
	display, _, _ = strings.Cut(display, "(") // "Dana Reyes (via Pipedrive)"
	if i := strings.Index(strings.ToLower(display), " via "); i >= 0 {
		display = display[:i]
	}
	names := strings.Fields(strings.ToLower(display))
	local, _, ok := strings.Cut(strings.ToLower(addr), "@")
	if len(names) < 2 || !ok {
		return false
	}
	first, last := names[0], names[len(names)-1]
	if len(first) < 2 || len(last) < 2 || notNames.has(first) || roleLocals.has(local) {
		return false
	}
	return localNames(local, first, last)
}

// localNames reports a local part with a piece that is the first name,
// the last name, both run together, or the first initial and last name.
func localNames(local, first, last string) bool {
	parts := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' || r == '+' })
	return slices.ContainsFunc(parts, func(part string) bool {
		return part == first || part == last || part == first+last || part == first[:1]+last
	})
}

// bareUnsubscribe reports a List-Unsubscribe that is the only bulk mark on
// mail from a named mailbox: no List-Id or List-Post, no Precedence, no
// one-click (which the big mailbox providers require of bulk senders),
// and a From that is no newsletter's role address. Help desks and CRM
// tools add such a link to the one-to-one mail people send through them,
// so the text decides, as for any mail; prec is the lower-cased
// Precedence.
func bareUnsubscribe(p *Parsed, prec string) bool {
	if prec != "" || p.Header.Get("List-Unsubscribe-Post") != "" || p.From == nil {
		return false
	}
	local, _, _ := strings.Cut(strings.ToLower(p.From.Address), "@")
	return local != "" && !roleLocals.has(local)
}

// roleLocals are local parts that name a desk rather than a person, even
// when a display name sits beside them.
var roleLocals = set("news newsletter newsletters info hello team support noreply no-reply donotreply do-not-reply marketing " +
	"events sales offers deals promo promotions updates digest bulletin mailer notifications notification alerts")

// greetsOneMember reports a discussion-list post that opens with a greeting
// to one person by name ("Dear Alan,", "Hi Tom -"): a member writing to
// that person. When the message names recipients besides the list, the
// greeted one must be among them; when it was sent to the list alone, the
// greeted member may be the firm's person, and a draft the rep deletes
// costs less than a client left unanswered.
func (e *Engine) greetsOneMember(text string, p *Parsed) bool {
	name, ok := e.greetedName(text)
	if !ok || notNames.has(name) || groupGreetings.has(name) {
		return false
	}
	list := listAddresses(p.Header.Get("List-Id"), p.Header.Get("List-Post"))
	named := false
	for _, a := range slices.Concat(p.To, p.Cc) {
		if list[strings.ToLower(a.Address)] {
			continue
		}
		first := firstName(a)
		if strings.EqualFold(first, name) {
			return true
		}
		named = named || first != ""
	}
	return !named
}

// groupGreetings are words a greeting puts where a name would be, to a
// group or a reader unnamed ("Dear member,", "Hi neighbours").
var groupGreetings = set("member customer customers client clients subscriber subscribers reader readers friend " +
	"neighbour neighbours neighbor neighbors colleague sir madam sirs there y'all you board group list")

// greetedName is the word after a greeting that opens text, lower-cased
// ("Hi Tom," gives "tom").
func (e *Engine) greetedName(text string) (string, bool) {
	name, _, ok := e.greetedNames(text)
	return name, ok
}

// greetedNames is the word after a greeting that opens text, lower-cased,
// and, when that word is a title ("Dear Mr Pike", "Hallo Herr Pike"), the
// surname after it.
func (e *Engine) greetedNames(text string) (name, surname string, ok bool) {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	ws := scratchWords(line)
	defer dropWords(ws)
	end, ok := e.lex.greetings.hasAt(*ws, 0)
	if !ok || end >= len(*ws) {
		return "", "", false
	}
	name = (*ws)[end]
	if honorifics.has(name) && end+1 < len(*ws) {
		surname = (*ws)[end+1]
	}
	return name, surname, true
}

// lastName is the surname an address shows: its display name's last
// word, else the local part's last piece ("pete.lam@…" names Lam).
func lastName(a *mail.Address) string {
	if ws := strings.Fields(a.Name); len(ws) > 1 {
		return ws[len(ws)-1]
	}
	local, _, _ := strings.Cut(a.Address, "@")
	if i := strings.LastIndexByte(local, '.'); i >= 0 {
		return local[i+1:]
	}
	return ""
}

// firstName is the first name an address shows: its display name's first
// word, else the local part's first piece ("pete.lam@…" names Pete).
func firstName(a *mail.Address) string {
	first, _, _ := strings.Cut(strings.TrimSpace(a.Name), " ")
	if first == "" {
		first, _, _ = strings.Cut(a.Address, "@")
		first, _, _ = strings.Cut(first, ".")
	}
	return first
}
