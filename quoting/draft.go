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
	common, ok := files["common.txt.tmpl"]
	if !ok {
		return nil, errors.New("templates: common.txt.tmpl missing")
	}
	d := &Drafter{text: map[string]*template.Template{}}
	for name, src := range files {
		base, ok := strings.CutSuffix(name, ".txt.tmpl")
		if !ok || base == "common" {
			continue
		}
		t, err := template.New(name).Option("missingkey=error").Parse(common)
		if err == nil {
			_, err = t.Parse(src)
		}
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
		d.text[base] = t
	}
	for _, need := range []string{"reply", "followup"} {
		if d.text[need] == nil {
			return nil, fmt.Errorf("templates: %s.txt.tmpl missing", need)
		}
	}
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
// "followup"), for checking a configuration.
func (d *Drafter) Variants(kind string) []string {
	var out []string
	for name := range d.text {
		if v, ok := strings.CutPrefix(name, kind+"."); ok {
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}

// Firm and Rep say who the draft comes from.
type Firm struct {
	Name   string
	Domain string // for Message-IDs
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
	Format  *Formatter
	// ValidUntil, when not zero, is stated as the quote's last day.
	ValidUntil time.Time
	AskWritten bool
	HTML       bool // add an HTML alternative
	Now        time.Time
	// BlockMinutes is the firm's minimum per job, shown when it applied.
	BlockMinutes int
}

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
	ClientName    string // first name for the greeting, "" when unknown
	ClientAddress string
	RepName       string
	RepAddress    string
	Signature     string
	FirmName      string
	Subject       string

	Quick []QuickAsk
	Paid  []PaidAsk

	HasQuote       bool
	QuoteID        string
	FreeMinutes    int
	TotalHours     string // "2.5"
	HoursWord      string // "hour" or "hours", to go with TotalHours
	Total          string // "$212.50"
	Rate           string // the hourly rate when all lines share it
	SingleRate     bool
	MinimumApplied bool
	MinimumHours   string
	AskWritten     bool
	ValidUntil     string // "Monday 14 December 2026", "" when not stated

	Attribution string // "On Wed, 14 Oct 2026 09:12, Dana Kim wrote:"
	Quoted      string // the client's message, "> " quoted
	Tier        string
}

// QuickAsk is a quick ask with the kind of answer it wants.
type QuickAsk struct {
	Text string
	Act  string // receipt, confirm, status, date, schedule, send, need-info, advice, yes-no, info
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
	if res == nil || res.From == nil || res.From.Address == "" {
		return nil, errors.New("draft: the message has no sender to answer")
	}
	if in.Format == nil {
		return nil, errors.New("draft: no money formatter")
	}
	data := DraftData{
		ClientName:    firstName(res.From.Name),
		ClientAddress: res.From.Address,
		RepName:       in.Rep.Name,
		RepAddress:    in.Rep.Address,
		Signature:     strings.TrimRight(in.Rep.Signature, "\n"),
		FirmName:      in.Firm.Name,
		Subject:       res.Subject,
		FreeMinutes:   res.FreeMinutes,
		AskWritten:    in.AskWritten,
		Attribution:   attribution(res),
		Quoted:        quoteBody(res.Body),
	}
	billedQuick := false
	if in.Quote != nil {
		for _, l := range in.Quote.Lines {
			billedQuick = billedQuick || l.QuickAsks > 0
		}
	}
	for _, q := range res.Questions {
		// The quick asks billed together are answered once the client
		// agrees, like the paid ones.
		if q.Kind == triage.Quick && !(q.Billed && billedQuick) {
			data.Quick = append(data.Quick, QuickAsk{Text: q.Text, Act: q.Act})
		}
	}
	quoteID := ""
	if in.Quote != nil && len(in.Quote.Lines) > 0 {
		quoteID = in.Quote.ID
		fillQuote(&data, in.Quote, in.Format, in.BlockMinutes, true)
		if !in.ValidUntil.IsZero() {
			data.ValidUntil = in.ValidUntil.Format("Monday 2 January 2006")
		}
	}
	name := "reply"
	if in.Variant != "" {
		name += "." + in.Variant
	}
	text, err := d.render(name, data)
	if err != nil {
		return nil, err
	}
	to := res.From
	if len(res.ReplyTo) > 0 && res.ReplyTo[0].Address != "" {
		to = res.ReplyTo[0] // RFC 5322 §3.6.2: replies go to Reply-To
	}
	return d.build(outgoing{
		from:       &mail.Address{Name: in.Rep.Name, Address: in.Rep.Address},
		to:         to,
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

// FollowUpInput is what a follow-up on an unanswered quote is made of.
type FollowUpInput struct {
	Quote        *Quote
	Client       *mail.Address
	Subject      string   // the client's original subject
	InReplyTo    string   // the quote email's Message-ID
	References   []string // the quote email's References
	Source       string   // token for this follow-up
	Firm         Firm
	Rep          Rep
	Variant      string
	Format       *Formatter
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
	data := DraftData{
		ClientName:    firstName(in.Client.Name),
		ClientAddress: in.Client.Address,
		RepName:       in.Rep.Name,
		RepAddress:    in.Rep.Address,
		Signature:     strings.TrimRight(in.Rep.Signature, "\n"),
		FirmName:      in.Firm.Name,
		Subject:       in.Subject,
		FreeMinutes:   in.FreeMinutes,
	}
	// The rep checked the estimates before sending the quote: no notes.
	fillQuote(&data, in.Quote, in.Format, in.BlockMinutes, false)
	if !in.ValidUntil.IsZero() {
		data.ValidUntil = in.ValidUntil.Format("Monday 2 January 2006")
	}
	name := "followup"
	if in.Variant != "" && d.text[name+"."+in.Variant] != nil {
		name += "." + in.Variant
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
	subject    string
	inReplyTo  string
	references []string
	firm       Firm
	source     string
	quoteID    string
	text       string
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
	if err := msg.FromFormat(headerSafe(m.from.Name), m.from.Address); err != nil {
		return nil, fmt.Errorf("draft From %q: %w", m.from.Address, err)
	}
	if err := msg.AddToFormat(headerSafe(m.to.Name), m.to.Address); err != nil {
		return nil, fmt.Errorf("draft To %q: %w", m.to.Address, err)
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
	msg.SetGenHeader(HeaderSource, m.source)
	if m.quoteID != "" {
		msg.SetGenHeader(HeaderQuoteID, m.quoteID)
	}
	// A boundary derived from the token keeps a re-rendered draft
	// byte-identical.
	msg.SetBoundary("fivemin-" + hex.EncodeToString(sha256Sum("boundary\x00" + m.source)[:12]))
	msg.SetBodyString(gomail.TypeTextPlain, m.text)
	if m.html {
		h, err := d.renderHTML(m.text)
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
		To:        m.to.Address,
		QuoteID:   m.quoteID,
		Text:      m.text,
	}, nil
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

// attribution is the line above the quoted message.
func attribution(res *triage.Result) string {
	who := headerSafe(res.From.Name)
	if who == "" {
		who = res.From.Address
	}
	if res.Date.IsZero() {
		return who + " wrote:"
	}
	return "On " + res.Date.Format("Mon, 2 Jan 2006 at 15:04") + ", " + who + " wrote:"
}

// maxQuotedLines bounds the quoted client message in a draft.
const maxQuotedLines = 400

// quoteBody quotes the client's message in the usual "> " form.
func quoteBody(body string) string {
	body = strings.TrimRight(strings.ReplaceAll(body, "\r\n", "\n"), "\n ")
	if body == "" {
		return ""
	}
	lines := strings.Split(body, "\n")
	cut := false
	if len(lines) > maxQuotedLines {
		lines, cut = lines[:maxQuotedLines], true
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		l = strings.TrimRight(l, " \t")
		if l == "" || strings.HasPrefix(l, ">") {
			b.WriteString(">" + l)
		} else {
			b.WriteString("> " + l)
		}
	}
	if cut {
		b.WriteString("\n> [...]")
	}
	return b.String()
}
