package mailbox

import (
	"net/mail"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-message/textproto"
)

// ReplyKeys identify a draft's reply in Sent when the rep's mail program
// sent a re-composed copy without the X-Fivemin-* headers (most do): the
// draft's own Message-ID, the client message it answers, the quote tag in
// its subject and its recipients. They are read from the draft when it is
// stored.
type ReplyKeys struct {
	MessageID string   `json:",omitempty"` // the draft's, without brackets
	InReplyTo string   `json:",omitempty"` // the client's message, without brackets
	QuoteID   string   `json:",omitempty"` // "Q-…", upper case
	To        []string `json:",omitempty"` // lower-case addresses the draft is addressed to
}

// replyKeys reads the keys of a draft; nil when it has none usable.
func replyKeys(raw []byte) *ReplyKeys {
	h, err := readHeader(raw)
	if err != nil {
		return nil
	}
	k := &ReplyKeys{
		MessageID: normalizeMessageID(h.Get("Message-Id")),
		QuoteID:   strings.ToUpper(strings.TrimSpace(h.Get(HeaderQuoteID))),
		To:        addresses(h, "To"),
	}
	if ids := messageIDs(h.Get("In-Reply-To")); len(ids) > 0 {
		k.InReplyTo = ids[0]
	}
	if k.QuoteID == "" {
		if tags := quoteTags(h.Get("Subject")); len(tags) > 0 {
			k.QuoteID = tags[0]
		}
	}
	if k.MessageID == "" && k.InReplyTo == "" && k.QuoteID == "" {
		return nil
	}
	return k
}

// sentHeaders are the fields watchSent reads from new messages in Sent.
var sentHeaders = []string{"Message-Id", "In-Reply-To", "References", "Subject", "To", "Cc", "Date", HeaderSource, HeaderQuoteID}

// sentMsg is what matching needs of a message in Sent.
type sentMsg struct {
	messageID string
	cites     []string // In-Reply-To and References, without brackets
	tags      []string // quote IDs in the subject
	rcpts     []string // To and Cc, lower case
}

func readSent(h textproto.Header) sentMsg {
	return sentMsg{
		messageID: normalizeMessageID(h.Get("Message-Id")),
		cites:     append(messageIDs(h.Get("In-Reply-To")), messageIDs(h.Get("References"))...),
		tags:      quoteTags(h.Get("Subject")),
		rcpts:     append(addresses(h, "To"), addresses(h, "Cc")...),
	}
}

// Match strengths, best first; 0 is no match.
const (
	matchNone = iota
	matchTag
	matchThread
	matchThreadTag
	matchMessageID
)

// matchSent says how well s is the sent reply of a draft with keys k. The
// draft's own Message-ID is proof; otherwise the message must go to one
// of the draft's recipients and either cite the client's message or carry
// the draft's quote tag: a rep's other mail to the same client has
// neither, and a reply in the thread to someone else is not this reply.
func matchSent(s sentMsg, k *ReplyKeys) int {
	if k == nil {
		return matchNone
	}
	if k.MessageID != "" && s.messageID == k.MessageID {
		return matchMessageID
	}
	if !slices.ContainsFunc(k.To, func(a string) bool { return slices.Contains(s.rcpts, a) }) {
		return matchNone
	}
	thread := k.InReplyTo != "" && slices.Contains(s.cites, k.InReplyTo)
	tag := k.QuoteID != "" && slices.Contains(s.tags, k.QuoteID)
	switch {
	case thread && tag:
		return matchThreadTag
	case thread:
		return matchThread
	case tag:
		return matchTag
	}
	return matchNone
}

// bestMatch returns the record among recs whose draft s best answers, or
// nil. Ties go to the most recently drafted.
func bestMatch(s sentMsg, recs []*Record) *Record {
	var best *Record
	bestScore := matchNone
	for _, r := range recs {
		sc := matchSent(s, r.Keys)
		if sc > bestScore || sc != matchNone && sc == bestScore && r.Drafted.After(best.Drafted) {
			best, bestScore = r, sc
		}
	}
	return best
}

// sentTime is when a message in Sent was sent: its INTERNALDATE (when the
// mail program filed it, right after sending), else its Date header; a
// time before the draft existed or after now (clock skew, a Date kept
// from the draft) is not believed, and now is used instead.
func sentTime(internal time.Time, h textproto.Header, notBefore, now time.Time) time.Time {
	const skew = 5 * time.Minute
	ok := func(t time.Time) bool {
		return !t.IsZero() && !t.After(now.Add(skew)) && (notBefore.IsZero() || !t.Before(notBefore.Add(-skew)))
	}
	atMost := func(t time.Time) time.Time {
		if t.After(now) {
			return now
		}
		return t
	}
	if ok(internal) {
		return atMost(internal)
	}
	if d, err := mail.ParseDate(h.Get("Date")); err == nil && ok(d) {
		return atMost(d)
	}
	return now
}

// messageIDs splits an In-Reply-To or References value into Message-IDs
// without brackets. Values without brackets count as one ID.
func messageIDs(v string) []string {
	var ids []string
	for {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(v[i:], '>')
		if j < 0 {
			break
		}
		if id := normalizeMessageID(v[i : i+j+1]); id != "" {
			ids = append(ids, id)
		}
		v = v[i+j+1:]
	}
	if len(ids) == 0 {
		if id := normalizeMessageID(v); id != "" && !strings.ContainsAny(id, " \t,") {
			ids = append(ids, id)
		}
	}
	return ids
}

// quoteTags returns the quote IDs tagged "[Q-…]" in a subject, upper case.
// (The ledger has the same rule; the mailbox does not import it.)
func quoteTags(subject string) []string {
	var out []string
	for rest := subject; ; {
		i := strings.Index(strings.ToUpper(rest), "[Q-")
		if i < 0 {
			return out
		}
		rest = rest[i+1:]
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			return out
		}
		id := strings.ToUpper(strings.TrimSpace(rest[:j]))
		if len(id) > 2 && len(id) <= 48 && strings.Trim(id[2:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == "" {
			out = append(out, id)
		}
		rest = rest[j:]
	}
}

// addresses returns the lower-case addresses of an address field; an
// unparsable field yields what can be read of it.
func addresses(h textproto.Header, field string) []string {
	v := h.Get(field)
	if v == "" {
		return nil
	}
	list, err := (&mail.AddressParser{WordDecoder: wordDecoder}).ParseList(v)
	if err != nil {
		// One bad address spoils the list: take the parts that parse.
		for _, part := range strings.Split(v, ",") {
			if a, err := (&mail.AddressParser{WordDecoder: wordDecoder}).Parse(part); err == nil {
				list = append(list, a)
			}
		}
	}
	var out []string
	for _, a := range list {
		if s := strings.ToLower(a.Address); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
