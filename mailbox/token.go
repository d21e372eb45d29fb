package mailbox

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/emersion/go-message/textproto"
)

// Headers fivemin puts on what it writes. A message carrying any
// X-Fivemin-* header is fivemin's own and is never handled (no loops).
const (
	HeaderSource  = "X-Fivemin-Source"   // the token of the message a draft answers
	HeaderQuoteID = "X-Fivemin-Quote-ID" // set by the draft builder for quotes
	headerPrefix  = "x-fivemin-"
)

// Token identifies a source message independently of its UID, so that it
// survives UIDVALIDITY changes: hex SHA-256 over the account and the
// Message-ID, or over the account and the whole message when it has none.
// Tokens are fivemin's own text, hex only, safe to search for on a server.
func Token(account string, raw []byte) string {
	h, _ := readHeader(raw)
	return tokenFromHeader(account, h, raw)
}

func tokenFromHeader(account string, h textproto.Header, raw []byte) string {
	sum := sha256.New()
	sum.Write([]byte("fivemin-source-v1\x00"))
	sum.Write([]byte(account))
	sum.Write([]byte{0})
	if id := normalizeMessageID(h.Get("Message-Id")); id != "" {
		sum.Write([]byte("mid\x00"))
		sum.Write([]byte(id))
	} else {
		sum.Write([]byte("raw\x00"))
		sum.Write(raw)
	}
	return hex.EncodeToString(sum.Sum(nil))
}

// normalizeMessageID trims folding whitespace and angle brackets, so the
// same message relayed with cosmetic differences keeps its token.
func normalizeMessageID(v string) string {
	v = strings.Join(strings.Fields(v), "")
	v = strings.TrimPrefix(v, "<")
	v = strings.TrimSuffix(v, ">")
	return v
}

// ValidToken reports whether s looks like a token: 16 to 128 lowercase hex
// digits. Only such strings are ever put into a SEARCH command.
func ValidToken(s string) bool {
	if len(s) < 16 || len(s) > 128 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// readHeader parses the header of raw, leniently.
func readHeader(raw []byte) (textproto.Header, error) {
	return textproto.ReadHeader(bufio.NewReader(bytes.NewReader(raw)))
}

// isOwn reports whether h carries an X-Fivemin-* field.
func isOwn(h textproto.Header) bool {
	for f := h.Fields(); f.Next(); {
		if strings.HasPrefix(strings.ToLower(f.Key()), headerPrefix) {
			return true
		}
	}
	return false
}

// ErrBadDraft marks a draft that fivemin refuses to store.
var ErrBadDraft = errors.New("bad draft")

// checkDraft verifies a draft is a message carrying token in its
// X-Fivemin-Source header.
func checkDraft(token string, raw []byte, max int64) error {
	if len(raw) == 0 {
		return fmt.Errorf("%w: empty", ErrBadDraft)
	}
	if int64(len(raw)) > max {
		return fmt.Errorf("%w: %d bytes, over the %d limit", ErrBadDraft, len(raw), max)
	}
	h, err := readHeader(raw)
	if err != nil {
		return fmt.Errorf("%w: header: %v", ErrBadDraft, err)
	}
	got := strings.TrimSpace(h.Get(HeaderSource))
	if got == "" {
		return fmt.Errorf("%w: no %s header", ErrBadDraft, HeaderSource)
	}
	if got != token {
		return fmt.Errorf("%w: %s is %q, want %q", ErrBadDraft, HeaderSource, got, token)
	}
	return nil
}
