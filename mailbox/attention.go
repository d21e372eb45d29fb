package mailbox

import (
	"encoding/binary"
	"errors"
	"fmt"
	"mime"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
	"go.etcd.io/bbolt"
)

// maxAttention bounds the "needs attention" list: the most recent skips
// and failures, older ones drop off (their records stay).
const maxAttention = 200

// Caps on what a record keeps of a message: state grows per message, so
// nothing in it may grow with the message.
const (
	maxReason     = 64
	maxErrorText  = 300
	maxHeaderText = 200
)

func needsAttention(o Outcome) bool {
	return o == OutcomeSkipped || o == OutcomeFailed || o == OutcomeTooLarge
}

// noteAttention keeps the attention index in step with r, dropping the
// oldest entries beyond maxAttention.
func (s *store) noteAttention(tx *bbolt.Tx, r *Record) error {
	b := s.bucket(tx, bucketAttention)
	key := []byte(r.Token)
	if !needsAttention(r.Outcome) {
		return b.Delete(key)
	}
	var at [8]byte
	binary.BigEndian.PutUint64(at[:], uint64(r.Updated.UnixNano()))
	if err := b.Put(key, at[:]); err != nil {
		return err
	}
	n := countKeys(b)
	if n <= maxAttention {
		return nil
	}
	type entry struct {
		key []byte
		at  uint64
	}
	var all []entry
	err := b.ForEach(func(k, v []byte) error {
		if len(v) == 8 {
			all = append(all, entry{append([]byte(nil), k...), binary.BigEndian.Uint64(v)})
		} else {
			all = append(all, entry{append([]byte(nil), k...), 0})
		}
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(all, func(a, b entry) int { return compareU64(a.at, b.at) })
	for _, e := range all[:n-maxAttention] {
		if err := b.Delete(e.key); err != nil {
			return err
		}
	}
	return nil
}

// countKeys counts b's keys. (Bucket.Stats misses the keys written in
// the current transaction.)
func countKeys(b *bbolt.Bucket) int {
	n := 0
	c := b.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		n++
	}
	return n
}

func compareU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Attention lists the recent messages that got no draft (skipped, failed,
// too large), newest first, at most 200: the "needs attention" list.
func (m *Mailbox) Attention() ([]Record, error) {
	var out []Record
	err := m.db.View(func(tx *bbolt.Tx) error {
		return m.st.bucket(tx, bucketAttention).ForEach(func(k, _ []byte) error {
			r, err := m.st.record(tx, string(k))
			if err != nil || r == nil {
				return err
			}
			r.Draft = nil
			out = append(out, *r)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("mailbox state: %w", err)
	}
	slices.SortStableFunc(out, func(a, b Record) int { return b.Updated.Compare(a.Updated) })
	return out, nil
}

// ErrNotRetryable is returned by Retry for a token that is unknown, was
// drafted, or did not come from the INBOX.
var ErrNotRetryable = errors.New("not a skipped or failed message")

// Retry queues a skipped or failed message to be handled again by the
// running mailbox (at once when Run is waiting for mail). Its record is
// reset; a new outcome replaces it.
func (m *Mailbox) Retry(token string) error {
	m.tokMu.Lock()
	err := m.db.Update(func(tx *bbolt.Tx) error { return m.queueRetry(tx, token) })
	m.tokMu.Unlock()
	if err != nil {
		return err
	}
	m.log.Info("message queued to be handled again", "token", shortToken(token))
	m.kickRound()
	return nil
}

// RetryReason queues every message in the "needs attention" list that
// failed for reason (e.g. "config" after a configuration change) and says
// how many.
func (m *Mailbox) RetryReason(reason string) (int, error) {
	n := 0
	m.tokMu.Lock()
	err := m.db.Update(func(tx *bbolt.Tx) error {
		n = 0
		for _, tok := range m.st.keys(tx, bucketAttention) {
			r, err := m.st.record(tx, tok)
			if err != nil {
				return err
			}
			if r == nil || r.Outcome != OutcomeFailed || r.Reason != reason {
				continue
			}
			if err := m.queueRetry(tx, tok); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	m.tokMu.Unlock()
	if err != nil {
		return 0, err
	}
	if n > 0 {
		m.log.Info("messages queued to be handled again", "reason", reason, "count", n)
		m.kickRound()
	}
	return n, nil
}

func (m *Mailbox) queueRetry(tx *bbolt.Tx, token string) error {
	r, err := m.st.record(tx, token)
	if err != nil {
		return fmt.Errorf("mailbox state: %w", err)
	}
	if r == nil || !needsAttention(r.Outcome) || r.SourceUID == 0 {
		return fmt.Errorf("retry %s: %w", shortToken(token), ErrNotRetryable)
	}
	r.Outcome, r.Attempts, r.Updated = "", 0, m.now()
	if err := m.st.putRecord(tx, r); err != nil {
		return err
	}
	return m.st.bucket(tx, bucketRetry).Put([]byte(token), nil)
}

// kickRound asks a waiting Run for a sync round now.
func (m *Mailbox) kickRound() {
	select {
	case m.kick <- struct{}{}:
	default:
	}
}

// retryUIDs returns the INBOX UIDs queued by Retry that a round can fetch
// again (at or below LastUID, same UIDVALIDITY); tokens queued for a
// renumbered INBOX are settled as gone.
func (m *Mailbox) retryUIDs(fs *folderState) (uids []uint32, tokens []string, err error) {
	queued := func(tx *bbolt.Tx) []string { return m.st.keys(tx, bucketRetry) }
	err = m.sweepRetries(queued, func(tok string, r *Record) retryAction {
		switch {
		case r == nil || r.Outcome != "":
			return retryDrop // handled meanwhile
		case r.SourceUIDValidity == fs.UIDValidity && r.SourceUID <= fs.LastUID:
			uids = append(uids, r.SourceUID)
			tokens = append(tokens, tok)
			return retryKeep
		case r.SourceUIDValidity == fs.UIDValidity:
			return retryKeep // the next round's search reaches it anyway
		}
		return retryGone
	})
	if err != nil {
		return nil, nil, err
	}
	slices.Sort(uids)
	return uids, tokens, nil
}

// endRetries drops tokens from the retry queue once a round went through
// their UIDs; one still without an outcome was not in the INBOX any more.
func (m *Mailbox) endRetries(tokens []string) error {
	these := func(*bbolt.Tx) []string { return tokens }
	return m.sweepRetries(these, func(_ string, r *Record) retryAction {
		if r != nil && r.Outcome == "" {
			return retryGone
		}
		return retryDrop
	})
}

// retryAction is what becomes of a token in the retry queue.
type retryAction int

const (
	retryKeep retryAction = iota // stays queued
	retryDrop                    // leaves the queue
	retryGone                    // settled as gone, then leaves the queue
)

// sweepRetries applies decide to each token listed (record nil when it has
// none), in one transaction: the queue and the records change together.
func (m *Mailbox) sweepRetries(list func(*bbolt.Tx) []string, decide func(tok string, r *Record) retryAction) error {
	err := m.db.Update(func(tx *bbolt.Tx) error {
		for _, tok := range list(tx) {
			r, err := m.st.record(tx, tok)
			if err != nil {
				return err
			}
			act := decide(tok, r)
			if act == retryKeep {
				continue
			}
			if act == retryGone {
				if err := m.settleGone(tx, r); err != nil {
					return err
				}
			}
			if err := m.st.bucket(tx, bucketRetry).Delete([]byte(tok)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("mailbox state: %w", err)
	}
	return nil
}

func (m *Mailbox) settleGone(tx *bbolt.Tx, r *Record) error {
	r.Outcome, r.Reason, r.Error, r.Updated = OutcomeFailed, "gone", "the message left the inbox before it was retried", m.now()
	m.log.Warn("message not drafted", "token", shortToken(r.Token), "outcome", r.Outcome, "reason", r.Reason)
	return m.st.putRecord(tx, r)
}

var wordDecoder = &mime.WordDecoder{CharsetReader: charset.Reader}

// decodeHeader decodes RFC 2047 words and drops control characters, so
// the value is safe to print on a terminal or in a log.
func decodeHeader(v string) string {
	if d, err := wordDecoder.DecodeHeader(v); err == nil {
		v = d
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			if r == '\t' {
				return ' '
			}
			return -1
		}
		return r
	}, strings.ToValidUTF8(v, "\uFFFD"))
}

// capText cuts s to at most n bytes on a rune boundary, marking the cut.
func capText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
