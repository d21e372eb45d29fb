package triage

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"net/mail"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/fivemin/fivemin/triage/address"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // decode non-UTF-8 bodies and header words
	gmail "github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"
	"golang.org/x/text/encoding/charmap"
)

// Parsed is a message reduced to what triage reads: a few headers and the
// readable text.
type Parsed struct {
	Header     message.Header
	MessageID  string
	InReplyTo  []string
	References []string
	From       *mail.Address
	ReplyTo    []*mail.Address
	To         []*mail.Address
	Cc         []*mail.Address
	Subject    string
	Date       time.Time
	// ContentType is the top-level media type, lower case.
	ContentType string
	// Text is the readable body: the text/plain parts, or the HTML parts
	// turned into text when there is no plain text.
	Text string
	// Parts counts the MIME leaf parts seen; Attachments the ones that
	// were not inline text.
	Parts, Attachments int
	// Invite is set when a part is a calendar invitation (text/calendar,
	// application/ics): its text rendering's buttons are not asks.
	Invite   bool
	Warnings []string
	// htmlAlt holds the raw HTML parts when Text came from plain ones: a
	// client may write only in the HTML copy, the plain one holding just
	// the quoted history. Rendered only when the plain text has no new text.
	htmlAlt []string
}

// wordDecoder decodes RFC 2047 words in any charset go-message knows.
var wordDecoder = address.WordDecoder

// Parse reads one RFC 5322 message within limits. It never fails: what
// cannot be read is reported in Warnings and the rest is still returned.
func Parse(r io.Reader, lim Limits) *Parsed {
	p := &Parsed{}
	if lim.MaxBytes <= 0 {
		lim = DefaultConfig().Limits
	}
	ps := getParser()
	defer ps.release()
	// One byte over the limit tells a message at the limit from a longer one.
	lr := &io.LimitedReader{R: r, N: lim.MaxBytes + 1}
	// Keep what the header parser reads, so a message whose header is
	// broken can still be read as text.
	head := &headCapture{r: lr, max: 1 << 20}
	ent, err := ps.read(head)
	head.done = true
	switch {
	case ent == nil:
		// The header block itself is broken: keep going with the body
		// alone rather than losing the message.
		p.warnf("header unreadable (%v); reading the body as plain text", err)
		rest, _ := io.ReadAll(io.LimitReader(lr, int64(lim.maxText())))
		all := append(head.buf, rest...)
		if i := bytes.Index(all, []byte("\n\r\n")); i >= 0 {
			all = all[i+3:]
		} else if i := bytes.Index(all, []byte("\n\n")); i >= 0 {
			all = all[i+2:]
		}
		if len(all) > lim.maxText() {
			all = all[:lim.maxText()]
		}
		if n, _ := io.Copy(io.Discard, lr); n > 0 {
			p.warnf("text longer than %d bytes: only that much read", lim.maxText())
		}
		p.Text = toValidUTF8(trimPartialRune(all), p)
		p.checkTruncated(lr.N <= 0, lim)
		return p
	case err != nil:
		p.warnf("%v", err)
	}
	ps.walkMessage(p, ent, lim, nil)
	// Read past what was not kept, so that the size check below sees the
	// whole message.
	if _, err := io.Copy(io.Discard, lr); err != nil {
		p.warnf("reading the message: %v", err)
	}
	p.checkTruncated(lr.N <= 0, lim)
	return p
}

// ParseBytes is Parse of a message held in memory, with the same result:
// the header is read by the same parser, and a single-part body that needs
// no decoding is taken from b without a copy.
func ParseBytes(b []byte, lim Limits) *Parsed {
	if lim.MaxBytes <= 0 {
		lim = DefaultConfig().Limits
	}
	if lim.MaxBytes == math.MaxInt64 {
		return Parse(bytes.NewReader(b), lim) // no byte over the limit to count
	}
	// What Parse's limited reader lets through.
	data := b[:min(int64(len(b)), lim.MaxBytes+1)]
	ps := getParser()
	ent, err := ps.readBytes(data)
	if ent == nil {
		// Rare: Parse's recovery of a broken header needs the bytes its
		// header reader saw, so let it do the whole job.
		ps.release()
		return Parse(bytes.NewReader(b), lim)
	}
	p := &Parsed{}
	if err != nil {
		p.warnf("%v", err)
	}
	ps.walkMessage(p, ent, lim, data)
	ps.release()
	p.checkTruncated(int64(len(b)) > lim.MaxBytes, lim)
	return p
}

// walkMessage reads the header fields triage uses and the text of the
// message's parts. data, when not nil, is the whole message in memory.
func (ps *parser) walkMessage(p *Parsed, ent *message.Entity, lim Limits, data []byte) {
	p.Header = ent.Header
	top := readMediaType(&ent.Header)
	p.readHeader(top.t)
	w := walker{p: p, ps: ps, lim: lim, textLeft: lim.maxText()}
	if data != nil && ent.Body == io.Reader(ps.top) {
		// The body is the rest of data, as it is: no transfer or charset
		// decoding stands between.
		w.direct = data[ps.src.Size()-int64(ps.src.Len())-int64(ps.top.Buffered()):]
	}
	w.walk(ent, top, 0)
	w.direct = nil
	switch {
	case len(w.plain) > 0:
		p.Text = strings.Join(w.plain, "\n\n")
		p.htmlAlt = w.html
	case len(w.html) > 0:
		// HTML is rendered only here, when no plain text was found: most
		// mail sends both, and the HTML copy is then never read.
		p.Text = renderHTML(w.html)
	}
}

// renderHTML is the text of the HTML parts html, one paragraph apart.
func renderHTML(html []string) string {
	texts := make([]string, len(html))
	for i, h := range html {
		texts[i] = HTMLToText(h)
	}
	return strings.Join(texts, "\n\n")
}

// parser holds what one Parse reuses: reading buffers and a scratch body
// buffer. They come from a pool, so a batch of messages allocates them once.
type parser struct {
	top  *bufio.Reader // the message, read as message.Read reads it
	leaf *bufio.Reader // a quoted-printable part's raw body
	hdr  headerLimit
	src  bytes.Reader
	body []byte // a part's decoded body before it becomes a string
}

var parsers = sync.Pool{New: func() any {
	// 4096 is bufio's default size: the size message.Read and
	// quotedprintable.NewReader would allocate themselves.
	return &parser{top: bufio.NewReaderSize(nil, 4096), leaf: bufio.NewReaderSize(nil, 4096)}
}}

func getParser() *parser { return parsers.Get().(*parser) }

// release drops the references to the message and returns ps to the pool.
func (ps *parser) release() {
	ps.top.Reset(nil)
	ps.leaf.Reset(nil)
	ps.hdr = headerLimit{}
	ps.src.Reset(nil)
	if cap(ps.body) > 1<<20 {
		ps.body = nil // one huge message must not stay held by the pool
	}
	ps.body = ps.body[:0]
	parsers.Put(ps)
}

// maxHeaderBytes is go-message's bound on a header block.
const maxHeaderBytes = 1 << 20

// errHeaderTooBig is go-message's error for a header block over the bound.
var errHeaderTooBig = errors.New("message: header exceeds maximum size")

// headerLimit bounds the header block as message.Read does.
type headerLimit struct {
	R io.Reader
	N int64
}

func (lr *headerLimit) Read(p []byte) (int, error) {
	if lr.N <= 0 {
		return 0, errHeaderTooBig
	}
	if int64(len(p)) > lr.N {
		p = p[0:lr.N]
	}
	n, err := lr.R.Read(p)
	lr.N -= int64(n)
	return n, err
}

// read is message.Read with the parser's reading buffer instead of a new
// one: the header bounded the same way, the entity built by message.New.
func (ps *parser) read(r io.Reader) (*message.Entity, error) {
	ps.hdr = headerLimit{R: r, N: maxHeaderBytes}
	ps.top.Reset(&ps.hdr)
	h, err := textproto.ReadHeader(ps.top)
	if err != nil {
		return nil, err
	}
	ps.hdr.N = math.MaxInt64
	return message.New(message.Header{Header: h}, ps.top)
}

// readBytes is read of a message held in memory: its header block is read
// by headerFromBytes when it can be, then the body as read does.
func (ps *parser) readBytes(data []byte) (*message.Entity, error) {
	ps.src.Reset(data)
	h, body, ok := headerFromBytes(data)
	if !ok || body > ps.top.Size() {
		return ps.read(&ps.src)
	}
	// Leave the readers as read leaves them: a header block within the
	// reading buffer is read by ReadHeader with one fill of the buffer
	// from the start of the message, as Discard fills it here. The body
	// is then read in the same chunks (a decoder's error names an offset
	// within them) and walkMessage's direct view of it starts at the
	// same place.
	ps.hdr = headerLimit{R: &ps.src, N: math.MaxInt64}
	ps.top.Reset(&ps.hdr)
	if _, err := ps.top.Discard(body); err != nil {
		return nil, fmt.Errorf("reading the message header: %w", err)
	}
	return message.New(message.Header{Header: h}, ps.top)
}

// headCapture copies what is read through it until done is set (up to
// max bytes).
type headCapture struct {
	r    io.Reader
	buf  []byte
	max  int
	done bool
}

func (h *headCapture) Read(b []byte) (int, error) {
	n, err := h.r.Read(b)
	if !h.done && len(h.buf) < h.max {
		h.buf = append(h.buf, b[:min(n, h.max-len(h.buf))]...)
	}
	return n, err
}

func (p *Parsed) checkTruncated(over bool, lim Limits) {
	if over {
		p.warnf("message larger than %d bytes: read only that much", lim.MaxBytes)
	}
}

func (p *Parsed) warnf(format string, args ...any) {
	if len(p.Warnings) < 50 { // a hostile message must not grow this without bound
		p.Warnings = append(p.Warnings, fmt.Sprintf(format, args...))
	}
}

// readHeader reads the header fields triage uses; ct is the media type as
// message.Header.ContentType reads it.
func (p *Parsed) readHeader(ct string) {
	h := gmail.Header{Header: p.Header}
	p.ContentType = strings.ToLower(ct)

	if id, err := h.MessageID(); err == nil {
		p.MessageID = id
	} else {
		if ids := looseMsgIDs(p.Header.Get("Message-Id")); len(ids) > 0 {
			p.MessageID = ids[0]
		} else {
			p.warnf("Message-ID unreadable: %v", err)
		}
	}
	p.InReplyTo = p.msgIDList(&h, "In-Reply-To")
	p.References = p.msgIDList(&h, "References")

	p.Subject = HeaderSafe(p.decodeText("Subject"))
	p.From = p.firstAddress("From")
	p.ReplyTo = p.addresses("Reply-To")
	p.To = p.addresses("To")
	p.Cc = p.addresses("Cc")
	if d, err := parseDate(&h); err == nil {
		p.Date = d
	} else if p.Header.Get("Date") != "" {
		p.warnf("Date unreadable: %v", err)
	}
}

func (p *Parsed) decodeText(key string) string {
	raw := p.Header.Get(key)
	s, err := wordDecoder.DecodeHeader(raw)
	if err != nil {
		p.warnf("%s: %v", key, err)
		return raw
	}
	return s
}

// msgIDList reads In-Reply-To or References, falling back to whatever looks
// like <id> when the field is not well formed (common in the wild).
func (p *Parsed) msgIDList(h *gmail.Header, key string) []string {
	ids, err := h.MsgIDList(key)
	if err == nil {
		return ids
	}
	return looseMsgIDs(p.Header.Get(key))
}

// looseMsgIDs returns the <...> tokens of s without brackets, or s itself
// trimmed when it has none.
func looseMsgIDs(s string) []string {
	var out []string
	for len(out) < 100 {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		if id := strings.TrimSpace(s[i+1 : i+j]); id != "" {
			out = append(out, id)
		}
		s = s[i+j+1:]
	}
	if len(out) == 0 {
		if t := strings.Trim(strings.TrimSpace(s), "<>"); t != "" && !strings.ContainsAny(t, " \t") {
			out = append(out, t)
		}
	}
	return out
}

// addresses reads an address field with the one parser every part of
// fivemin uses (package address): the address comes from the raw field,
// encoded words are decoded in display names only.
func (p *Parsed) addresses(key string) []*mail.Address {
	raw := p.Header.Get(key)
	if raw == "" {
		return nil
	}
	list, err := address.ParseList(raw)
	if err != nil {
		p.warnf("%s unreadable: %v", key, err)
		return nil
	}
	return list
}

func (p *Parsed) firstAddress(key string) *mail.Address {
	if l := p.addresses(key); len(l) > 0 {
		return l[0]
	}
	return nil
}

// HeaderSafe removes control characters (CR, LF, NUL...) that decoded
// RFC 2047 words may carry, and the Unicode line and paragraph separators,
// so the value can never start a new header when it is written back out;
// runs of white space become one space.
func HeaderSafe(s string) string { return address.Sanitize(s) }

// walker visits MIME parts depth first, enforcing the part and depth limits
// go-message does not have.
type walker struct {
	p           *Parsed
	ps          *parser
	lim         Limits
	plain, html []string // html: raw, rendered only when there is no plain text
	stopped     bool
	textLeft    int    // bytes of text still to keep (Limits.MaxTextBytes)
	direct      []byte // the top-level body as it is, when it needs no decoding
}

// mediaType is an entity's Content-Type as message.Header.ContentType reads
// it, read once and used by every step that needs it.
type mediaType struct {
	t      string
	params map[string]string
	err    error
}

func readMediaType(h *message.Header) mediaType {
	t, params, err := h.ContentType()
	return mediaType{t, params, err}
}

// multipart says what message.Entity.MultipartReader says.
func (m mediaType) multipart() bool { return strings.HasPrefix(m.t, "multipart/") }

func (w *walker) walk(e *message.Entity, mt mediaType, depth int) {
	if w.stopped {
		return
	}
	if mt.multipart() {
		if depth >= w.lim.MaxDepth {
			w.p.warnf("MIME nesting deeper than %d levels: inner parts ignored", w.lim.MaxDepth)
			w.stopped = true
			return
		}
		// What Entity.MultipartReader does, with the part's media type
		// read once here rather than again in every step.
		mr := textproto.NewMultipartReader(e.Body, mt.params["boundary"])
		for {
			part, pmt, err := w.nextPart(mr)
			if err == io.EOF {
				return
			}
			if part == nil {
				w.p.warnf("multipart body broken: %v", err)
				return
			}
			if err != nil {
				w.p.warnf("part %d: %v", w.p.Parts+1, err)
				if message.IsUnknownEncoding(err) {
					// The body is still the raw encoded text: reading it as
					// text is the best effort left.
					w.leaf(part, pmt, true)
					continue
				}
			}
			w.walk(part, pmt, depth+1)
			if w.stopped {
				return
			}
		}
	}
	w.leaf(e, mt, false)
}

// nextPart is message's MultipartReader.NextPart. A quoted-printable body
// is handed to message.New in the parser's reading buffer, which
// quotedprintable.NewReader then uses instead of allocating its own.
func (w *walker) nextPart(mr *textproto.MultipartReader) (*message.Entity, mediaType, error) {
	p, err := mr.NextPart()
	if err != nil {
		return nil, mediaType{}, err
	}
	h := message.Header{Header: p.Header}
	mt := readMediaType(&h)
	var body io.Reader = p
	if !mt.multipart() && strings.EqualFold(h.Get("Content-Transfer-Encoding"), "quoted-printable") {
		w.ps.leaf.Reset(p)
		body = w.ps.leaf
	}
	e, err := message.New(h, body)
	return e, mt, err
}

func (w *walker) leaf(e *message.Entity, mt mediaType, rawEncoding bool) {
	w.p.Parts++
	if w.p.Parts > w.lim.MaxParts {
		w.p.warnf("more than %d MIME parts: the rest ignored", w.lim.MaxParts)
		w.stopped = true
		return
	}
	ct, inline := w.inlineText(e, mt)
	if !inline {
		w.p.Attachments++
		return
	}
	if w.textLeft <= 0 {
		w.p.warnf("part %d (%s): text beyond %d bytes not read", w.p.Parts, ct, w.lim.maxText())
		return
	}
	// Keep at most textLeft bytes: one huge part must not be held whole
	// (the multipart reader skips the rest of it by itself).
	body, err := w.readBody(e, int64(w.textLeft)+1)
	if err != nil {
		w.p.warnf("part %d (%s): body read incompletely: %v", w.p.Parts, ct, err)
	}
	if len(body) > w.textLeft {
		w.p.warnf("part %d (%s): text longer than %d bytes: only that much read", w.p.Parts, ct, w.lim.maxText())
		body = trimPartialRune(body[:w.textLeft])
	}
	w.textLeft -= len(body)
	if rawEncoding {
		w.p.warnf("part %d (%s): unknown transfer encoding, read as is", w.p.Parts, ct)
	}
	text := toValidUTF8(body, w.p)
	switch ct {
	case "text/plain":
		if strings.EqualFold(mt.params["format"], "flowed") {
			text = unflow(text, strings.EqualFold(mt.params["delsp"], "yes"))
		}
		w.plain = append(w.plain, text)
	case "text/html":
		w.html = append(w.html, text)
	}
}

// readBody reads up to limit bytes of e's decoded body: straight from the
// message when it needs no decoding, else into the parser's scratch buffer.
// The bytes are only valid until the next part is read.
func (w *walker) readBody(e *message.Entity, limit int64) ([]byte, error) {
	if w.direct != nil && e.Body == io.Reader(w.ps.top) {
		return w.direct[:min(int64(len(w.direct)), limit)], nil
	}
	var err error
	w.ps.body, err = readAllLimited(e.Body, limit, w.ps.body[:0])
	return w.ps.body, err
}

// inlineText reads a leaf's media type (text/plain when it has none or an
// unreadable one) and reports whether the part is inline text. A calendar
// part marks the message as an invitation.
func (w *walker) inlineText(e *message.Entity, mt mediaType) (string, bool) {
	ct := mt.t
	if mt.err != nil && e.Header.Get("Content-Type") != "" {
		w.p.warnf("part %d: Content-Type unreadable, read as text/plain: %v", w.p.Parts, mt.err)
		ct = "text/plain"
	}
	ct = strings.ToLower(ct)
	if ct == "" {
		ct = "text/plain"
	}
	if ct == "text/calendar" || ct == "application/ics" {
		w.p.Invite = true
	}
	if ct != "text/plain" && ct != "text/html" {
		return ct, false
	}
	if !e.Header.Has("Content-Disposition") {
		return ct, true
	}
	disp, _, _ := e.Header.ContentDisposition()
	return ct, !strings.EqualFold(disp, "attachment")
}

// readAllLimited is io.ReadAll(io.LimitReader(r, limit)) appending to buf,
// which it grows as needed, instead of allocating: r is asked for the same
// sizes in the same order as io.ReadAll asks, which matters to decoders
// whose errors count bytes from the start of a read (base64).
func readAllLimited(r io.Reader, limit int64, buf []byte) ([]byte, error) {
	start := len(buf)
	chunk, used := 512, 0 // io.ReadAll's current slice: capacity and length
	for step := 0; ; {
		if limit <= 0 {
			return buf, nil // io.LimitReader's EOF
		}
		want := min(int64(chunk-used), limit)
		if len(buf)+int(want) > cap(buf) {
			buf = slices.Grow(buf, max(int(want), (len(buf)-start)+int(want)))
		}
		n, err := r.Read(buf[len(buf) : len(buf)+int(want)])
		buf = buf[:len(buf)+n]
		limit -= int64(n)
		used += n
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return buf, err
		}
		if chunk-used < chunk/16 {
			chunk, used = readAllChunk(step), 0
			step++
		}
	}
}

// trimPartialRune drops a UTF-8 sequence cut short at the end of b (by a
// size limit), so that the text is not mistaken for another charset.
func trimPartialRune(b []byte) []byte {
	for i := 1; i <= utf8.UTFMax && i <= len(b); i++ {
		c := b[len(b)-i]
		if c < utf8.RuneSelf {
			return b // ASCII: nothing cut
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(b[len(b)-i:]) {
				return b[:len(b)-i]
			}
			return b
		}
	}
	return b
}

// toValidUTF8 returns b as a string, reading it as Windows-1252 when it is
// not valid UTF-8: a mislabelled charset is the usual cause, and 1252 is
// what such senders almost always mean.
func toValidUTF8(b []byte, p *Parsed) string {
	if utf8.Valid(b) {
		return string(b)
	}
	p.warnf("text is not valid UTF-8 in its declared charset: read as windows-1252")
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

// unflow joins format=flowed soft line breaks (RFC 3676 §4.2): a line ending
// in a space continues on the next line with the same quote depth.
func unflow(s string, delsp bool) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var b strings.Builder
	b.Grow(len(s))
	prevSoft := false
	prevDepth := 0
	for _, line := range lines {
		depth := 0
		for depth < len(line) && line[depth] == '>' {
			depth++
		}
		content := line[depth:]
		// RFC 3676 §4.4: one leading space is stuffing.
		content = strings.TrimPrefix(content, " ")
		if prevSoft && depth == prevDepth {
			// continuation of the previous line
		} else if b.Len() > 0 {
			b.WriteByte('\n')
			b.WriteString(strings.Repeat(">", depth))
			if depth > 0 {
				b.WriteByte(' ')
			}
		} else if depth > 0 {
			b.WriteString(strings.Repeat(">", depth) + " ")
		}
		// The signature separator "-- " is never soft (RFC 3676 §4.3).
		soft := strings.HasSuffix(content, " ") && content != "-- "
		if soft && delsp {
			content = content[:len(content)-1]
		}
		b.WriteString(content)
		prevSoft, prevDepth = soft, depth
	}
	return b.String()
}

// commonDateLayouts are the RFC 5322 dates nearly every mail program
// writes. Trying them first saves net/mail's search through its dozens of
// layouts, each failure of which allocates an error: a sixth of the
// allocations of a whole triage.
var commonDateLayouts = []string{"Mon, _2 Jan 2006 15:04:05 -0700", "Mon, _2 Jan 2006 15:04:05 -0700 (MST)"}

// parseDate reads the Date header: a common layout directly, anything else
// as net/mail reads it.
func parseDate(h *gmail.Header) (time.Time, error) {
	v := strings.TrimSpace(h.Get("Date"))
	for _, layout := range commonDateLayouts {
		if len(v) >= len(layout)-2 && len(v) <= len(layout)+8 {
			if t, err := time.Parse(layout, v); err == nil {
				return t, nil
			}
		}
	}
	d, err := h.Date()
	if err != nil {
		return d, fmt.Errorf("date %q: %w", v, err)
	}
	return d, nil
}

// readAllChunks are the capacities of io.ReadAll's slices after its first:
// requests for 256, then half as much again each time, rounded up by the
// allocator as append rounds them. Worked out once, as far as asked.
var readAllChunks struct {
	sync.Mutex
	caps []int
}

func readAllChunk(step int) int {
	readAllChunks.Lock()
	defer readAllChunks.Unlock()
	for len(readAllChunks.caps) <= step {
		next := 256
		for range len(readAllChunks.caps) {
			next += next / 2
		}
		readAllChunks.caps = append(readAllChunks.caps, cap(append([]byte(nil), make([]byte, next)...)))
	}
	return readAllChunks.caps[step]
}
