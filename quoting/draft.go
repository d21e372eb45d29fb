package quoting

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io/fs"
	"net/mail"
	"os"
	"path"
	"sort"
	"strings"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"

	gomail "github.com/wneessen/go-mail"

	"github.com/fivemin/fivemin/templates"
	"github.com/fivemin/fivemin/triage"
)

// Headers fivemin puts on every draft. The source token lets the mailbox
// find its own draft again after a crash; the quote ID ties the draft, the
// sent mail and the client's answer to the ledger.
const (
	HeaderSource  = "X-Fivemin-Source"
	HeaderQuoteID = "X-Fivemin-Quote-ID"
)

// Drafter renders drafts from the embedded templates, overridden file by
// file by a directory. It is safe for concurrent use.
type Drafter struct {
	text map[string]*template.Template // by "kind" or "kind.variant"
	html *htmltemplate.Template
}

// NewDrafter loads the templates; dir, when not empty, holds templates that
// replace the embedded ones of the same name (and may add variants).
func NewDrafter(dir string) (*Drafter, error) {
	files := map[string]string{}
	if err := readTemplates(templates.FS, files); err != nil {
		return nil, err
	}
	if dir != "" {
		if err := readTemplates(os.DirFS(dir), files); err != nil {
			return nil, fmt.Errorf("templates in %s: %w", dir, err)
		}
	}
	text, err := textTemplates(files)
	if err != nil {
		return nil, err
	}
	d := &Drafter{text: text}
	src, ok := files["draft.html.tmpl"]
	if !ok {
		return nil, errors.New("templates: draft.html.tmpl missing")
	}
	h, err := htmltemplate.New("draft.html.tmpl").Option("missingkey=error").Parse(src)
	if err != nil {
		return nil, fmt.Errorf("template draft.html.tmpl: %w", err)
	}
	d.html = h
	return d, nil
}

// textTemplates parses the text templates in files (name to source), each
// with the shared blocks of its language, and checks the ones every firm
// needs are there.
func textTemplates(files map[string]string) (map[string]*template.Template, error) {
	common, ok := files["common.txt.tmpl"]
	if !ok {
		return nil, errors.New("templates: common.txt.tmpl missing")
	}
	text := map[string]*template.Template{}
	for name, src := range files {
		base, ok := strings.CutSuffix(name, ".txt.tmpl")
		if !ok || base == "common" || strings.HasPrefix(base, "common.") {
			continue
		}
		// A template in a language uses that language's shared blocks.
		shared := common
		if _, _, lang := splitTemplateName(base); lang != "" {
			if c, ok := files["common."+lang+".txt.tmpl"]; ok {
				shared = c
			}
		}
		t, err := template.New(name).Option("missingkey=error").Parse(shared)
		if err == nil {
			_, err = t.Parse(src)
		}
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
		text[base] = t
	}
	for _, need := range []string{"reply", "followup"} {
		if text[need] == nil {
			return nil, fmt.Errorf("templates: %s.txt.tmpl missing", need)
		}
	}
	return text, nil
}

func readTemplates(fsys fs.FS, into map[string]string) error {
	names, err := fs.Glob(fsys, "*.tmpl")
	if err != nil {
		return err
	}
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return err
		}
		into[path.Base(n)] = string(b)
	}
	return nil
}

// Variants lists the template variants available for kind ("reply" or
// "followup") in any language, for checking a configuration.
func (d *Drafter) Variants(kind string) []string {
	seen := map[string]bool{}
	var out []string
	for name := range d.text {
		k, v, _ := splitTemplateName(name)
		if k == kind && v != "" && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}

// splitTemplateName reads kind[.variant][.lang], the name of a template
// without ".txt.tmpl": a last part of two lower-case letters is an ISO
// 639-1 language ("reply.warm.fr"), so variants have longer names.
func splitTemplateName(base string) (kind, variant, lang string) {
	kind, rest, _ := strings.Cut(base, ".")
	if i := strings.LastIndexByte(rest, '.'); isLangCode(rest[i+1:]) {
		lang, rest = rest[i+1:], rest[:max(i, 0)]
	}
	return kind, rest, lang
}

func isLangCode(s string) bool {
	return len(s) == 2 && 'a' <= s[0] && s[0] <= 'z' && 'a' <= s[1] && s[1] <= 'z'
}

// pick chooses the template for kind and variant and the language it is
// written in: the first of langs with a template for kind ("en" is the
// templates without a language suffix), else English. In a language, the
// variant's wording is used when that language has it, else the plain
// one: a client who can read the draft matters more than the tier's tone.
// lenient falls back to the plain template when no language has the
// variant; otherwise an unknown variant is an error.
func (d *Drafter) pick(kind, variant string, lenient bool, langs ...string) (name, lang string, err error) {
	if variant != "" && !lenient && !d.hasVariant(kind, variant) {
		return "", "", fmt.Errorf("no template %s.%s.txt.tmpl (variants: %s)", kind, variant, strings.Join(d.Variants(kind), ", "))
	}
	withVariant := kind
	if variant != "" {
		withVariant += "." + variant
	}
	for _, l := range append(langs, "en") {
		if l == "" {
			continue
		}
		suffixes := []string{"." + l}
		if l == "en" {
			suffixes = append(suffixes, "") // the templates without a language are English
		}
		for _, n := range []string{withVariant, kind} {
			for _, sfx := range suffixes {
				if d.text[n+sfx] != nil {
					return n + sfx, l, nil
				}
			}
		}
	}
	return "", "", fmt.Errorf("no template %s.txt.tmpl", kind)
}

func (d *Drafter) hasVariant(kind, variant string) bool {
	for _, v := range d.Variants(kind) {
		if v == variant {
			return true
		}
	}
	return false
}

// draftFormatter formats a draft written in lang: the firm's formatter
// when that is the firm's language, else lang in ClientLocale.
func draftFormatter(firm *Formatter, lang, address string) *Formatter {
	base, _ := firm.Locale().Base()
	if lang == base.String() {
		return firm
	}
	return NewFormatter(ClientLocale(lang, address, firm.Locale()))
}

func firmLanguage(f *Formatter) string {
	base, _ := f.Locale().Base()
	return base.String()
}

// Firm and Rep say who the draft comes from.
type Firm struct {
	Name   string
	Domain string // for Message-IDs
	// OwnDomains are the firm's mail domains (and their subdomains): its
	// people are never copied on a reply to a client.
	OwnDomains []string
}

// Rep is the person whose draft it is.
type Rep struct {
	Name      string
	Address   string
	Signature string
}

// ReplyInput is everything a reply draft is made of.
type ReplyInput struct {
	Result  *triage.Result // the client's message, triaged
	Quote   *Quote         // its paid asks priced; nil or no lines: no quote paragraph
	Source  string         // fivemin's token for the client's message
	Firm    Firm
	Rep     Rep
	Variant string // template variant for the client's tier; "" = default
	// Format is the firm's formatter; a draft in another language is
	// formatted in that language (see ClientLocale).
	Format *Formatter
	// Language overrides the client's language triage detected
	// (Result.Language), ISO 639-1; "" keeps it.
	Language string
	// ValidUntil, when not zero, is stated as the quote's last day.
	ValidUntil time.Time
	AskWritten bool
	HTML       bool // add an HTML alternative
	Now        time.Time
	// BlockMinutes is the firm's minimum per job, shown when it applied.
	BlockMinutes int
	// HistoryBytes bounds what the draft quotes of the client's message
	// ([quote] history_bytes); 0 means DefaultHistoryBytes.
	HistoryBytes int
	// RelayedClient, when not nil, is the client of a message the firm's
	// own systems relayed (From a contact form, the client in Reply-To):
	// the draft greets and addresses it, with a note (RelayedRecipients).
	RelayedClient *mail.Address
}

// DefaultHistoryBytes is how much of the client's message a draft quotes
// unless configured: enough for any real email, and a pasted 20 MB export
// still makes a draft of a few tens of KB.
const DefaultHistoryBytes = 32 << 10

// NoRecipientNote opens a draft whose client address could not be read:
// the rep addresses it by hand.
const NoRecipientNote = "[fivemin could not read the sender's address in this email's From header: add the recipient before sending.]"

// Draft is a rendered message, ready to be stored in Drafts and sent as is.
type Draft struct {
	Raw       []byte
	MessageID string // without angle brackets
	Subject   string
	To        string
	QuoteID   string // "" without a quote
	Text      string // the plain-text body
}

// DraftData is what the templates see. Every string in it is plain text:
// the templates never interpret the client's words.
type DraftData struct {
	Language   string // ISO 639-1 code of the draft's language
	ClientName string // first name for the greeting, "" when unknown
	// ClientFullName is the whole name for formal greetings ("Guten Tag
	// Jonas Weber,"), "" when the display name is not a person's.
	ClientFullName string
	ClientAddress  string
	RepName        string
	RepAddress     string
	Signature      string
	FirmName       string
	Subject        string

	Quick []QuickAsk
	Paid  []PaidAsk

	HasQuote       bool
	QuoteID        string
	FreeMinutes    int
	TotalHours     string // "2.5"
	HoursWord      string // "hour" or "hours" in the draft's language, to go with TotalHours
	Total          string // "$212.50"
	Rate           string // the hourly rate when all lines share it
	SingleRate     bool
	MinimumApplied bool
	MinimumHours   string
	AskWritten     bool
	ValidUntil     string // "Monday 14 December 2026" in the draft's locale, "" when not stated

	Attribution string // "On Wed, 14 Oct 2026 at 09:12, Dana Kim wrote:", in the draft's language
	Quoted      string // the client's message, "> " quoted
	Tier        string
}

// QuickAsk is a quick ask with the kind of answer it wants.
type QuickAsk struct {
	Text string
	Act  string // receipt, confirm, status, date, schedule, send, need-info, advice, yes-no, info
	// Answer is the form of answer the question's wording asks for, which
	// picks the placeholder: "amount" (how much, what is the balance),
	// "date" (when), "answer" (another what/which/how question), "" for
	// the act's stock answer (yes/no questions, requests).
	Answer string
}

// PaidAsk is a priced paid ask, or the quick asks beyond the free minutes
// billed together (QuickAsks > 0).
type PaidAsk struct {
	Text     string
	Category string
	Hours    string
	Rate     string
	Amount   string
	// CheckEstimate: the estimate is uncertain, the draft asks the rep to
	// check it ("[check this estimate]").
	CheckEstimate bool
	// QuickAsks is the number of short questions the line covers, Minutes
	// their estimated minutes; Call offers them as a call.
	QuickAsks int
	Minutes   int
	Call      bool
}

// Reply renders the reply to a triaged client message.
func (d *Drafter) Reply(in ReplyInput) (*Draft, error) {
	res := in.Result
	if res == nil {
		return nil, errors.New("draft: no message to answer")
	}
	if in.Format == nil {
		return nil, errors.New("draft: no money formatter")
	}
	clientLang := in.Language
	if clientLang == "" {
		clientLang = res.Language
	}
	name, lang, err := d.pick("reply", in.Variant, false, clientLang, firmLanguage(in.Format))
	if err != nil {
		return nil, err
	}
	// An unreadable sender still gets a draft, without To, for the rep to
	// address (see ReplyRecipients).
	from := res.From
	if in.RelayedClient != nil {
		from = in.RelayedClient
	}
	if from == nil {
		from = &mail.Address{}
	}
	f := draftFormatter(in.Format, lang, from.Address)
	data := DraftData{
		Language:       lang,
		ClientName:     firstName(from.Name),
		ClientFullName: fullName(from.Name),
		ClientAddress:  from.Address,
		RepName:        in.Rep.Name,
		RepAddress:     in.Rep.Address,
		Signature:      strings.TrimRight(in.Rep.Signature, "\n"),
		FirmName:       in.Firm.Name,
		Subject:        res.Subject,
		FreeMinutes:    res.FreeMinutes,
		AskWritten:     in.AskWritten,
		Attribution:    attribution(res, f),
		Quoted:         quoteBody(res.Body, in.HistoryBytes),
	}
	data.Quick = quickAnswers(res, in.Quote)
	quoteID := ""
	if in.Quote != nil && len(in.Quote.Lines) > 0 {
		quoteID = in.Quote.ID
		fillQuote(&data, in.Quote, f, in.BlockMinutes, true)
		data.HoursWord = hoursWord(lang, in.Quote.Minutes)
		if !in.ValidUntil.IsZero() {
			data.ValidUntil = f.Date(in.ValidUntil)
		}
	}
	text, err := d.render(name, data)
	if err != nil {
		return nil, err
	}
	rcpt := ReplyRecipients(res, in.Rep.Address, in.Firm.OwnDomains)
	if in.RelayedClient != nil {
		rcpt = RelayedRecipients(res, in.RelayedClient, in.Rep.Address, in.Firm.OwnDomains)
	}
	if rcpt.To == nil {
		text = NoRecipientNote + "\n\n" + text
	}
	body := text
	if rcpt.Note != "" {
		// For the rep, first thing in the draft; Send refuses to send it
		// until the rep removes it. Draft.Text stays the template's text.
		body = rcpt.Note + "\n\n" + text
	}
	return d.build(outgoing{
		from:       &mail.Address{Name: in.Rep.Name, Address: in.Rep.Address},
		to:         rcpt.To,
		cc:         rcpt.Cc,
		body:       body,
		subject:    replySubject(res.Subject, quoteID),
		inReplyTo:  res.MessageID,
		references: references(res),
		firm:       in.Firm,
		source:     in.Source,
		quoteID:    quoteID,
		text:       text,
		html:       in.HTML,
		now:        in.Now,
	})
}

// quickAnswers lists the quick asks the reply answers now.
func quickAnswers(res *triage.Result, quote *Quote) []QuickAsk {
	var quick []QuickAsk
	billedQuick := false
	if quote != nil {
		for _, l := range quote.Lines {
			billedQuick = billedQuick || l.QuickAsks > 0
		}
	}
	for _, q := range res.Questions {
		// The quick asks billed together are answered once the client
		// agrees, like the paid ones.
		if q.Kind == triage.Quick && !(q.Billed && billedQuick) {
			quick = append(quick, QuickAsk{Text: q.Text, Act: q.Act, Answer: answerKind(q.Text, q.Act)})
		}
	}
	return quick
}

// FollowUpInput is what a follow-up on an unanswered quote is made of.
type FollowUpInput struct {
	Quote      *Quote
	Client     *mail.Address
	Subject    string   // the client's original subject
	InReplyTo  string   // the quote email's Message-ID
	References []string // the quote email's References
	Source     string   // token for this follow-up
	Firm       Firm
	Rep        Rep
	Variant    string
	Format     *Formatter // the firm's, as in ReplyInput
	// Language is the client's (ISO 639-1); "" reads it from the quoted
	// asks, which are in the client's own words.
	Language     string
	ValidUntil   time.Time
	HTML         bool
	Now          time.Time
	FreeMinutes  int
	BlockMinutes int
}

// FollowUp renders the one reminder a quote gets when the client has not
// answered, threaded to the quote.
func (d *Drafter) FollowUp(in FollowUpInput) (*Draft, error) {
	if in.Quote == nil || len(in.Quote.Lines) == 0 {
		return nil, errors.New("follow-up: the quote has no lines")
	}
	if in.Client == nil || in.Client.Address == "" {
		return nil, errors.New("follow-up: no client address")
	}
	clientLang := in.Language
	if clientLang == "" {
		clientLang = quoteLanguage(in.Quote, in.Subject)
	}
	name, lang, err := d.pick("followup", in.Variant, true, clientLang, firmLanguage(in.Format))
	if err != nil {
		return nil, err
	}
	f := draftFormatter(in.Format, lang, in.Client.Address)
	data := DraftData{
		Language:       lang,
		ClientName:     firstName(in.Client.Name),
		ClientFullName: fullName(in.Client.Name),
		ClientAddress:  in.Client.Address,
		RepName:        in.Rep.Name,
		RepAddress:     in.Rep.Address,
		Signature:      strings.TrimRight(in.Rep.Signature, "\n"),
		FirmName:       in.Firm.Name,
		Subject:        in.Subject,
		FreeMinutes:    in.FreeMinutes,
	}
	// The rep checked the estimates before sending the quote: no notes.
	fillQuote(&data, in.Quote, f, in.BlockMinutes, false)
	data.HoursWord = hoursWord(lang, in.Quote.Minutes)
	if !in.ValidUntil.IsZero() {
		data.ValidUntil = f.Date(in.ValidUntil)
	}
	text, err := d.render(name, data)
	if err != nil {
		return nil, err
	}
	refs := append(append([]string{}, in.References...), in.InReplyTo)
	return d.build(outgoing{
		from:       &mail.Address{Name: in.Rep.Name, Address: in.Rep.Address},
		to:         in.Client,
		subject:    replySubject(in.Subject, in.Quote.ID),
		inReplyTo:  in.InReplyTo,
		references: refs,
		firm:       in.Firm,
		source:     in.Source,
		quoteID:    in.Quote.ID,
		text:       text,
		html:       in.HTML,
		now:        in.Now,
	})
}

// fillQuote puts q in data; notes asks for "[check this estimate]" where
// triage was unsure.
func fillQuote(data *DraftData, q *Quote, f *Formatter, blockMinutes int, notes bool) {
	data.HasQuote = true
	data.QuoteID = q.ID
	data.TotalHours = f.Hours(q.Minutes)
	data.HoursWord = "hours"
	if q.Minutes == 60 {
		data.HoursWord = "hour"
	}
	data.Total = f.Format(q.Total)
	data.SingleRate = true
	for i, l := range q.Lines {
		data.Paid = append(data.Paid, PaidAsk{
			Text:          l.Text,
			Category:      l.Category,
			Hours:         f.Hours(l.Minutes),
			Rate:          f.Format(l.Rate.Hourly),
			Amount:        f.Format(l.Amount),
			CheckEstimate: notes && l.CheckEstimate,
			QuickAsks:     l.QuickAsks,
			Minutes:       l.EstimatedMinutes,
			Call:          l.Call,
		})
		if i > 0 && l.Rate.Hourly != q.Lines[0].Rate.Hourly {
			data.SingleRate = false
		}
	}
	if data.SingleRate {
		data.Rate = f.Format(q.Lines[0].Rate.Hourly)
	}
	if q.MinimumApplied {
		data.MinimumApplied = true
		data.MinimumHours = f.Hours(blockMinutes)
	}
}

func (d *Drafter) render(name string, data DraftData) (string, error) {
	t := d.text[name]
	if t == nil {
		return "", fmt.Errorf("no template %s.txt.tmpl (variants: %s)", name, strings.Join(d.Variants(strings.SplitN(name, ".", 2)[0]), ", "))
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return "", fmt.Errorf("rendering %s: %w", name, err)
	}
	return tidy(b.String()), nil
}

// tidy trims trailing spaces and squeezes runs of blank lines that template
// conditionals leave behind.
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			blank++
			if blank > 1 || len(out) == 0 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}

type outgoing struct {
	from, to   *mail.Address
	cc         []*mail.Address
	subject    string
	inReplyTo  string
	references []string
	firm       Firm
	source     string
	quoteID    string
	text       string
	body       string // the text/plain body when it differs from text (a note for the rep)
	html       bool
	now        time.Time
}

// build makes the RFC 5322 message with go-mail. Every value from the
// client passes through headerSafe first: no CR, LF or other control
// character can start a header of its own.
func (d *Drafter) build(m outgoing) (*Draft, error) {
	if m.firm.Domain == "" {
		return nil, errors.New("draft: the firm has no domain for Message-IDs")
	}
	if m.source == "" {
		return nil, errors.New("draft: no source token")
	}
	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	msg.SetCharset(gomail.CharsetUTF8)
	toAddr, err := setAddresses(msg, m)
	if err != nil {
		return nil, err
	}
	subject := headerSafe(m.subject)
	msg.Subject(subject)
	id := messageID(m.source, m.firm.Domain)
	msg.SetMessageIDWithValue(id)
	now := m.now
	if now.IsZero() {
		now = time.Now()
	}
	msg.SetDateWithValue(now)
	setThreading(msg, m)
	msg.SetGenHeader(HeaderSource, m.source)
	if m.quoteID != "" {
		msg.SetGenHeader(HeaderQuoteID, m.quoteID)
	}
	// A boundary derived from the token keeps a re-rendered draft
	// byte-identical.
	msg.SetBoundary("fivemin-" + hex.EncodeToString(sha256Sum("boundary\x00" + m.source)[:12]))
	body := m.body
	if body == "" {
		body = m.text
	}
	msg.SetBodyString(gomail.TypeTextPlain, body)
	if m.html {
		h, err := d.renderHTML(body)
		if err != nil {
			return nil, err
		}
		msg.AddAlternativeString(gomail.TypeTextHTML, h)
	}
	var buf bytes.Buffer
	if _, err := msg.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("draft: writing message: %w", err)
	}
	return &Draft{
		Raw:       buf.Bytes(),
		MessageID: id,
		Subject:   subject,
		To:        toAddr,
		QuoteID:   m.quoteID,
		Text:      m.text,
	}, nil
}

// setAddresses sets From, To (when known) and Cc, and returns the To
// address.
func setAddresses(msg *gomail.Msg, m outgoing) (string, error) {
	if err := msg.FromFormat(displayName(m.from.Name), m.from.Address); err != nil {
		return "", fmt.Errorf("draft From %q: %w", m.from.Address, err)
	}
	toAddr := ""
	if m.to != nil {
		toAddr = m.to.Address
		if err := msg.AddToFormat(displayName(m.to.Name), m.to.Address); err != nil {
			return "", fmt.Errorf("draft To %q: %w", m.to.Address, err)
		}
	}
	for _, a := range m.cc {
		if err := msg.AddCcFormat(displayName(a.Name), a.Address); err != nil {
			return "", fmt.Errorf("draft Cc %q: %w", a.Address, err)
		}
	}
	return toAddr, nil
}

// setThreading sets the headers that put the draft in the client's thread.
func setThreading(msg *gomail.Msg, m outgoing) {
	// RFC 5322 §3.6.4: In-Reply-To is the parent's Message-ID; References
	// the parent's References (or In-Reply-To) followed by its Message-ID.
	if irt := cleanMsgID(m.inReplyTo); irt != "" {
		msg.SetGenHeader(gomail.HeaderInReplyTo, "<"+irt+">")
	}
	var refs []string
	for _, r := range m.references {
		if r = cleanMsgID(r); r != "" {
			refs = append(refs, "<"+r+">")
		}
	}
	if len(refs) > 0 {
		// One space-joined value: go-mail joins several with ", ".
		msg.SetGenHeader(gomail.HeaderReferences, strings.Join(refs, " "))
	}
}

// htmlBlock is a paragraph, a list or a quote of the HTML alternative.
type htmlBlock struct {
	Kind  string // "p", "list", "quote"
	Lines []string
}

// renderHTML lays the plain-text draft out as HTML.
func (d *Drafter) renderHTML(text string) (string, error) {
	var blocks []htmlBlock
	add := func(kind, line string) {
		if n := len(blocks); n > 0 && blocks[n-1].Kind == kind {
			blocks[n-1].Lines = append(blocks[n-1].Lines, line)
			return
		}
		blocks = append(blocks, htmlBlock{Kind: kind, Lines: []string{line}})
	}
	for _, para := range strings.Split(strings.TrimSpace(text), "\n\n") {
		blocks = append(blocks, htmlBlock{Kind: "p"}) // paragraph break
		for _, line := range strings.Split(para, "\n") {
			switch {
			case strings.HasPrefix(line, ">"):
				add("quote", strings.TrimSpace(strings.TrimPrefix(line, ">")))
			case strings.HasPrefix(line, "- "):
				add("list", strings.TrimPrefix(line, "- "))
			case strings.HasPrefix(line, "  ") && len(blocks) > 0 && blocks[len(blocks)-1].Kind == "list":
				l := &blocks[len(blocks)-1].Lines
				(*l)[len(*l)-1] += " — " + strings.TrimSpace(line)
			default:
				add("p", line)
			}
		}
	}
	out := blocks[:0]
	for _, b := range blocks {
		if len(b.Lines) > 0 {
			out = append(out, b)
		}
	}
	var buf bytes.Buffer
	if err := d.html.Execute(&buf, struct{ Blocks []htmlBlock }{out}); err != nil {
		return "", fmt.Errorf("rendering HTML: %w", err)
	}
	return buf.String(), nil
}

// messageID is the draft's Message-ID: derived from the source token, so a
// draft rendered again after a crash keeps the ID the ledger recorded.
func messageID(source, domain string) string {
	sum := sha256Sum("message-id\x00" + source)
	return "fivemin." + hex.EncodeToString(sum[:12]) + "@" + domain
}

func sha256Sum(s string) []byte {
	sum := sha256.Sum256([]byte(s))
	return sum[:]
}

// replySubject is "Re: " and the subject without its own reply prefixes
// (no "Re: Re:"), tagged with the quote ID when there is a quote so a reply
// that loses its threading headers still finds the quote.
func replySubject(subject, quoteID string) string {
	s := strings.TrimSpace(subject)
	for {
		t := strings.TrimSpace(trimReplyPrefix(s))
		if t == s {
			break
		}
		s = t
	}
	out := "Re: " + s
	if s == "" {
		out = "Re: your email"
	}
	if quoteID != "" && !strings.Contains(out, "["+quoteID+"]") {
		out += " [" + quoteID + "]"
	}
	return out
}

// replyPrefixes are "Re:" in the languages clients write in.
var replyPrefixes = []string{"re", "aw", "sv", "antw", "r", "ref", "réf", "rv", "vs", "odp"}

func trimReplyPrefix(s string) string {
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 8 {
		return s
	}
	p := strings.ToLower(strings.TrimSpace(s[:i]))
	// "Re[2]:" counts too.
	if j := strings.IndexByte(p, '['); j > 0 && strings.HasSuffix(p, "]") {
		p = p[:j]
	}
	for _, r := range replyPrefixes {
		if p == r {
			return s[i+1:]
		}
	}
	return s
}

// references builds the parent's side of RFC 5322 §3.6.4.
func references(res *triage.Result) []string {
	refs := res.References
	if len(refs) == 0 && len(res.InReplyTo) == 1 {
		refs = res.InReplyTo
	}
	out := append([]string{}, refs...)
	if len(out) > 50 {
		// Keep the first and the latest: long threads must not grow the
		// header without bound.
		out = append(out[:1:1], out[len(out)-49:]...)
	}
	if res.MessageID != "" {
		out = append(out, res.MessageID)
	}
	return out
}

// cleanMsgID keeps a message ID only if it is one: visible ASCII, no
// brackets or spaces. A sender-controlled value never reaches a header
// otherwise.
func cleanMsgID(id string) string {
	id = strings.TrimSpace(strings.Trim(id, "<>"))
	if id == "" || len(id) > 250 {
		return ""
	}
	for _, r := range id {
		if r <= ' ' || r > '~' || r == '<' || r == '>' || r == '"' || r == '\\' {
			return ""
		}
	}
	return id
}

// displayName is a display name ready for go-mail's `"%s" <%s>` format:
// control characters removed, quotes and backslashes escaped, and dropped
// altogether when it holds an address or angle brackets, so that no mail
// program can show the draft as going to someone else.
func displayName(name string) string {
	name = headerSafe(name)
	if strings.ContainsAny(name, "@<>") {
		return ""
	}
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(name)
}

// headerSafe is triage.HeaderSafe: no value from a client can end a
// header early.
var headerSafe = triage.HeaderSafe

// firstName takes the greeting name from a display name: "Dana Kim" →
// "Dana", "Kim, Dana" → "Dana". Names that do not look like a person's
// ("Accounts Payable", an address) give "".
func firstName(display string) string {
	display = headerSafe(display)
	if display == "" || strings.ContainsAny(display, "@<>") {
		return ""
	}
	if last, first, ok := strings.Cut(display, ","); ok && strings.TrimSpace(first) != "" && !strings.Contains(last, " ") {
		display = strings.TrimSpace(first)
	}
	f := strings.Fields(display)
	if len(f) == 0 || len(f) > 4 {
		return ""
	}
	name := strings.Trim(f[0], `"'.`)
	for _, w := range []string{"accounts", "team", "info", "admin", "office", "support", "billing", "the"} {
		if strings.EqualFold(name, w) {
			return ""
		}
	}
	r := []rune(name)
	if len(r) == 0 || !unicode.IsLetter(r[0]) {
		return ""
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// fullName is the display name as a person's whole name, "Kim, Dana" as
// "Dana Kim"; "" when firstName finds no person in it.
func fullName(display string) string {
	first := firstName(display)
	if first == "" {
		return ""
	}
	display = headerSafe(display)
	if last, given, ok := strings.Cut(display, ","); ok && strings.TrimSpace(given) != "" && !strings.Contains(last, " ") {
		display = strings.TrimSpace(given) + " " + strings.TrimSpace(last)
	}
	f := strings.Fields(strings.Trim(display, `"'`))
	f[0] = first
	return strings.Join(f, " ")
}

// attribution is the line above the quoted message, in the draft's
// language.
func attribution(res *triage.Result, f *Formatter) string {
	who := ""
	if res.From != nil {
		who = headerSafe(res.From.Name)
		if who == "" {
			who = res.From.Address
		}
	}
	if who == "" {
		who = "The sender"
	}
	return f.Attribution(res.Date, who)
}

// maxQuotedLines bounds the quoted client message in a draft.
const maxQuotedLines = 400

// quoteBody quotes the client's message in the usual "> " form: at most
// limit bytes of it (DefaultHistoryBytes when limit <= 0) and
// maxQuotedLines lines, cut at a line end (or, in one huge line, at a
// space), with a note of how much was left out.
func quoteBody(body string, limit int) string {
	if limit <= 0 {
		limit = DefaultHistoryBytes
	}
	body = strings.TrimRight(body, "\r\n ")
	head := body
	if len(head) > limit {
		head = cutAt(head, limit)
	}
	if head == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(head) + len(head)/20)
	kept := 0 // bytes of body quoted, line ends included
	for n := 0; kept < len(head) && n < maxQuotedLines; n++ {
		l := head[kept:]
		if i := strings.IndexByte(l, '\n'); i >= 0 {
			l = l[:i]
			kept++
		}
		kept += len(l)
		if n > 0 {
			b.WriteByte('\n')
		}
		l = strings.TrimRight(l, " \t\r")
		if l == "" || strings.HasPrefix(l, ">") {
			b.WriteString(">" + l)
		} else {
			b.WriteString("> " + l)
		}
	}
	if left := len(body) - kept; left > 0 {
		fmt.Fprintf(&b, "\n> [… %d KB of the original not quoted]", (left+1023)/1024)
	}
	return b.String()
}

// cutAt returns s cut to at most n < len(s) bytes: after its last line
// end, else at its last space, else at a character boundary.
func cutAt(s string, n int) string {
	if i := strings.LastIndexByte(s[:n], '\n'); i > 0 {
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
