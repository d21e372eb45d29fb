package mailbox

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"go.etcd.io/bbolt"
)

// reconcile finishes every draft whose APPEND was not confirmed (a crash
// between recording the intent and recording the APPENDUID): if Drafts
// holds a message with the token it is recorded, otherwise the saved draft
// is appended now.
func (m *Mailbox) reconcile(ctx context.Context, s *session) error {
	m.tokMu.Lock()
	defer m.tokMu.Unlock()
	var tokens []string
	if err := m.db.View(func(tx *bbolt.Tx) error { tokens = m.st.keys(tx, bucketPending); return nil }); err != nil {
		return err
	}
	if len(tokens) == 0 {
		return nil
	}
	m.log.Info("reconciling unconfirmed drafts", "count", len(tokens))
	for _, tok := range tokens {
		var full *Record
		if err := m.db.View(func(tx *bbolt.Tx) (err error) { full, err = m.st.record(tx, tok); return }); err != nil {
			return err
		}
		if full == nil || full.Outcome != OutcomePending {
			continue
		}
		if err := m.reconcileOne(s, full, ""); err != nil {
			return err
		}
		if err := m.db.Update(func(tx *bbolt.Tx) error { return m.st.putRecord(tx, full) }); err != nil {
			return fmt.Errorf("mailbox state: %w", err)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return nil
}

// reconcileOne settles one pending record in memory: found in Drafts →
// drafted with that UID; not found → APPEND the saved draft. It leaves
// reselect selected afterwards when not empty.
func (m *Mailbox) reconcileOne(s *session, r *Record, reselect string) error {
	data, err := s.selectBox(s.folders.Drafts, true)
	if err != nil {
		return err
	}
	uids, err := s.findToken(r.Token)
	if err != nil {
		return err
	}
	now := m.now()
	if len(uids) > 0 {
		r.Outcome, r.Draft, r.DraftUID, r.DraftUIDValidity = OutcomeDrafted, nil, uint32(uids[len(uids)-1]), data.UIDValidity
		r.Drafted, r.Updated = now, now
		m.log.Info("unconfirmed draft found in Drafts", "token", r.Token, "draft_uid", r.DraftUID)
		if len(uids) > 1 {
			m.log.Warn("several drafts carry one token", "token", r.Token, "count", len(uids))
		}
	} else {
		if len(r.Draft) == 0 {
			return fmt.Errorf("pending draft %s has no saved bytes", r.Token)
		}
		if err := m.appendPending(s, r); err != nil {
			return err
		}
	}
	if reselect != "" {
		if _, err := s.selectBox(reselect, false); err != nil {
			return err
		}
	}
	return nil
}

func attemptsOf(r *Record) int {
	if r == nil {
		return 0
	}
	return r.Attempts
}

// DraftInfo describes a stored draft.
type DraftInfo struct {
	Token    string
	DraftUID uint32 // 0 when the server lacks UIDPLUS
	// Existing is true when the token already had a draft: nothing new was
	// appended.
	Existing bool
}

// ErrTokenUsed is returned by AppendDraft for a token that already ended
// without a draft (skipped or failed).
var ErrTokenUsed = errors.New("token already used")

// AppendDraft stores raw in Drafts exactly once for token (hex, e.g. a
// follow-up's own token), through the same intent → APPEND → record path
// as drafts for new mail. raw's X-Fivemin-Source header must equal token.
// Calling it again for the same token appends nothing.
func (m *Mailbox) AppendDraft(ctx context.Context, token string, raw []byte) (DraftInfo, error) {
	if !ValidToken(token) {
		return DraftInfo{}, fmt.Errorf("append draft: %q is not a token (16-128 lowercase hex digits)", token)
	}
	if err := checkDraft(token, raw, m.acct.MaxMessageSize); err != nil {
		return DraftInfo{}, fmt.Errorf("append draft: %w", err)
	}
	m.tokMu.Lock()
	defer m.tokMu.Unlock()
	var rec *Record
	if err := m.db.View(func(tx *bbolt.Tx) (err error) { rec, err = m.st.record(tx, token); return }); err != nil {
		return DraftInfo{}, err
	}
	if rec.final() {
		if rec.Outcome == OutcomeDrafted {
			return DraftInfo{Token: token, DraftUID: rec.DraftUID, Existing: true}, nil
		}
		return DraftInfo{}, fmt.Errorf("append draft %s: %w (%s)", token, ErrTokenUsed, rec.Outcome)
	}
	s, err := m.dial(ctx)
	if err != nil {
		return DraftInfo{}, fmt.Errorf("append draft: %w", err)
	}
	defer s.close()
	if rec == nil || rec.Outcome != OutcomePending {
		// No intent was ever recorded, so no APPEND can have happened.
		now := m.now()
		rec = &Record{Token: token, Outcome: OutcomePending, Draft: raw, Created: now, Updated: now, Attempts: attemptsOf(rec)}
		if err := m.db.Update(func(tx *bbolt.Tx) error { return m.st.putRecord(tx, rec) }); err != nil {
			return DraftInfo{}, fmt.Errorf("mailbox state: record intent: %w", err)
		}
		err = m.appendPending(s, rec)
	} else {
		// An earlier attempt may have got through: look first.
		err = m.reconcileOne(s, rec, "")
	}
	if err != nil {
		return DraftInfo{}, fmt.Errorf("append draft: %w", err)
	}
	if err := m.db.Update(func(tx *bbolt.Tx) error { return m.st.putRecord(tx, rec) }); err != nil {
		return DraftInfo{}, fmt.Errorf("mailbox state: record draft: %w", err)
	}
	return DraftInfo{Token: token, DraftUID: rec.DraftUID}, nil
}

// OutboxItem is a fivemin draft still waiting in Drafts.
type OutboxItem struct {
	Token    string
	UID      uint32 // in Drafts now
	QuoteID  string
	Subject  string
	To       string
	Date     time.Time // INTERNALDATE in Drafts
	Recorded *Record
}

// draftHeaders is what the outbox and the watcher read from drafts.
var draftHeaders = []string{HeaderSource, HeaderQuoteID, "Subject", "To"}

// Outbox lists the drafts fivemin made that are still in Drafts, oldest
// first. It reads Drafts itself, so drafts the rep edited (and their mail
// client re-saved under a new UID) are listed with their current UID.
func (m *Mailbox) Outbox(ctx context.Context) ([]OutboxItem, error) {
	s, err := m.dial(ctx)
	if err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	defer s.close()
	present, err := m.scanDrafts(s)
	if err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	var out []OutboxItem
	for _, d := range present {
		r, err := m.Lookup(d.Token)
		if err != nil {
			return nil, err
		}
		if r == nil || r.Outcome != OutcomeDrafted || r.State == DraftSent {
			continue // not ours, or already sent
		}
		d.Recorded = r
		out = append(out, d)
	}
	return out, nil
}

// scanDrafts returns every message in Drafts carrying X-Fivemin-Source,
// in UID order, with the token of each (last copy wins per token).
func (m *Mailbox) scanDrafts(s *session) ([]OutboxItem, error) {
	if _, err := s.selectBox(s.folders.Drafts, true); err != nil {
		return nil, err
	}
	// An empty value matches every message that has the field (RFC 3501
	// §6.4.4 HEADER: "contains the specified string").
	uids, err := s.searchUIDs(&imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: HeaderSource, Value: ""}}})
	if err != nil {
		return nil, err
	}
	if len(uids) == 0 {
		return nil, nil
	}
	heads, err := s.fetchHeaders(imap.UIDSetNum(uids...), draftHeaders)
	if err != nil {
		return nil, err
	}
	byToken := map[string]int{}
	var out []OutboxItem
	for _, h := range heads {
		tok := strings.TrimSpace(h.header.Get(HeaderSource))
		if !ValidToken(tok) {
			continue
		}
		item := OutboxItem{Token: tok, UID: uint32(h.uid), QuoteID: strings.TrimSpace(h.header.Get(HeaderQuoteID)),
			Subject: h.header.Get("Subject"), To: h.header.Get("To"), Date: h.date}
		if i, ok := byToken[tok]; ok {
			out[i] = item
			continue
		}
		byToken[tok] = len(out)
		out = append(out, item)
	}
	return out, nil
}
