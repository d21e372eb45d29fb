package mailbox

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-message"
)

// ErrPlaceholders marks a draft that still holds text in brackets meant
// for the rep: answer placeholders ("[Yes/No.]") or notes to the rep
// ("[check this estimate]"). See *PlaceholderError.
var ErrPlaceholders = errors.New("draft still holds placeholders")

// PlaceholderError names what is left in brackets. Placeholders may be
// sent anyway with force; Notes (fivemin's warnings to the rep) never are.
type PlaceholderError struct {
	Placeholders []string
	Notes        []string
}

func (e *PlaceholderError) Error() string {
	var parts []string
	if len(e.Notes) > 0 {
		parts = append(parts, fmt.Sprintf("notes for the rep (remove them; they are never sent): %s", quoteList(e.Notes)))
	}
	if len(e.Placeholders) > 0 {
		parts = append(parts, fmt.Sprintf("placeholders (fill them in, or send as they are with force): %s", quoteList(e.Placeholders)))
	}
	return ErrPlaceholders.Error() + ": " + strings.Join(parts, "; ")
}

func (e *PlaceholderError) Unwrap() error { return ErrPlaceholders }

func quoteList(l []string) string {
	q := make([]string, len(l))
	for i, s := range l {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

// bracketed finds "[…]" on one line, up to 200 characters inside.
var bracketed = regexp.MustCompile(`\[[^\[\]\r\n]{1,200}\]`)

// notePrefixes start the bracketed notes fivemin writes for the rep
// ("[Check the recipient: …]", "[check this estimate]"): they are about
// the draft, never for the client, so force does not send them.
var notePrefixes = []string{"check ", "check:", "note:", "note for ", "fivemin:"}

// findPlaceholders lists what is still in brackets in the draft's text
// (text/plain parts, else the HTML as text), once each in order, except
// quote tags ("[Q-…]"), numbered references ("[1]") and lines quoted
// from the client ("> …"). Notes for the rep are listed apart.
func findPlaceholders(raw []byte) (placeholders, notes []string, err error) {
	text, err := draftText(raw)
	if err != nil {
		return nil, nil, err
	}
	seen := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " \t"), ">") {
			continue
		}
		for _, m := range bracketed.FindAllString(line, -1) {
			inner := strings.TrimSpace(m[1 : len(m)-1])
			upper := strings.ToUpper(inner)
			if inner == "" || seen[m] || isQuoteTag(upper) || isNumber(inner) {
				continue
			}
			seen[m] = true
			if isNote(inner) {
				notes = append(notes, m)
			} else {
				placeholders = append(placeholders, m)
			}
		}
	}
	return placeholders, notes, nil
}

func isQuoteTag(upper string) bool {
	rest, ok := strings.CutPrefix(upper, "Q-")
	return ok && rest != "" && strings.Trim(rest, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == ""
}

func isNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

func isNote(inner string) bool {
	l := strings.ToLower(inner)
	for _, p := range notePrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return l == "check" || l == "check this estimate"
}

// maxTextParts bounds the parts read for the placeholder check.
const maxTextParts = 100

var htmlTag = regexp.MustCompile(`(?s)<[^>]*>`)

// draftText is the draft's readable text: its text/plain parts, or its
// HTML parts with the markup removed when there is no plain text.
func draftText(raw []byte) (string, error) {
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil && !message.IsUnknownCharset(err) {
		return "", fmt.Errorf("read draft: %w", err)
	}
	var plain, htm strings.Builder
	parts := 0
	err = e.Walk(func(_ []int, p *message.Entity, err error) error {
		if err != nil && !message.IsUnknownCharset(err) {
			if message.IsUnknownEncoding(err) {
				return nil
			}
			return err
		}
		if parts++; parts > maxTextParts {
			return fmt.Errorf("draft has over %d parts", maxTextParts)
		}
		if disp, _, _ := p.Header.ContentDisposition(); disp == "attachment" {
			return nil
		}
		mt, _, _ := p.Header.ContentType()
		var into *strings.Builder
		switch mt {
		case "text/plain", "":
			into = &plain
		case "text/html":
			into = &htm
		default:
			return nil
		}
		b, err := io.ReadAll(io.LimitReader(p.Body, 8<<20))
		if err != nil {
			return nil // an undecodable part: nothing to check in it
		}
		into.Write(b)
		into.WriteByte('\n')
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("read draft: %w", err)
	}
	if plain.Len() > 0 {
		return plain.String(), nil
	}
	s := strings.NewReplacer("<br>", "\n", "<br/>", "\n", "<br />", "\n", "</p>", "\n", "</div>", "\n").Replace(htm.String())
	return html.UnescapeString(htmlTag.ReplaceAllString(s, "")), nil
}

// draftOnlyHeaders are fields mail programs keep on drafts for themselves
// and remove when they send; a draft the rep saved from such a program
// carries them (lower case).
var draftOnlyHeaders = map[string]bool{
	"x-mozilla-draft-info": true, "x-identity-key": true, "x-account-key": true,
	"x-mozilla-status": true, "x-mozilla-status2": true, "x-mozilla-keys": true,
	"x-uniform-type-identifier": true, "x-universally-unique-identifier": true,
	"x-apple-mail-remote-attachments": true, "x-apple-base-url": true, "x-apple-windows-friendly": true,
	"x-apple-auto-saved": true, "x-apple-mail-plain-text-draft": true,
	"x-ms-has-attach": true, "x-ms-tnef-correlator": true,
}

// outgoing returns the bytes to transmit and the copy for Sent, both
// dated now: the transmitted copy without Bcc, fivemin's X-Fivemin-*
// fields and mail programs' draft-only fields; the Sent copy keeps Bcc
// and the X-Fivemin fields (by which the rep's Sent is tracked). Only the
// header is rewritten: the body goes out byte for byte as the rep left it.
func outgoing(raw []byte, now time.Time) (wire, sentCopy []byte) {
	date := now.Format(time.RFC1123Z)
	sentCopy = editHeader(raw, func(name string) bool { return draftOnlyHeaders[name] }, date)
	wire = editHeader(raw, func(name string) bool {
		return draftOnlyHeaders[name] || name == "bcc" || strings.HasPrefix(name, headerPrefix)
	}, date)
	return wire, sentCopy
}

// editHeader removes the fields of raw's header for which drop (given the
// lower-case name) is true, with their folded lines, and replaces the
// Date field with one dated date, first. The rest of the bytes, body
// included, are kept as they are.
func editHeader(raw []byte, drop func(name string) bool, date string) []byte {
	end, sep := bytes.Index(raw, []byte("\r\n\r\n")), "\r\n"
	if lf := bytes.Index(raw, []byte("\n\n")); end < 0 || (lf >= 0 && lf < end) {
		end, sep = lf, "\n"
	}
	head, body := raw, []byte(nil)
	if end >= 0 {
		// head keeps its last line's end; body starts with the blank line.
		head, body = raw[:end+len(sep)], raw[end+len(sep):]
	}
	dateLine := "Date: " + date + sep
	var out bytes.Buffer
	out.Grow(len(raw) + len(dateLine))
	out.WriteString(dateLine) // first, where go-mail puts it too
	skipping := false
	for _, line := range bytes.SplitAfter(head, []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			if !skipping {
				out.Write(line)
			}
			continue
		}
		name, _, _ := bytes.Cut(line, []byte(":"))
		lname := strings.ToLower(strings.TrimSpace(string(name)))
		skipping = lname == "date" || drop(lname)
		if !skipping {
			out.Write(line)
			if line[len(line)-1] != '\n' {
				out.WriteString(sep) // a header without a body, unterminated
			}
		}
	}
	out.Write(body)
	return out.Bytes()
}
