package mailbox

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"go.etcd.io/bbolt"
)

// reconcile finishes every draft whose APPEND was not confirmed (a crash
// between recording the intent and recording the APPENDUID): if Drafts
// holds a message with the token it is recorded, otherwise the saved draft
// is appended now (and checked for a late duplicate later, see dedupe).
func (m *Mailbox) reconcile(ctx context.Context, s *session) error {
	m.tokMu.Lock()
	defer m.tokMu.Unlock()
	var recs []*Record
	err := m.db.View(func(tx *bbolt.Tx) error {
		for _, tok := range m.st.keys(tx, bucketPending) {
			r, err := m.st.record(tx, tok)
			if err != nil {
				return err
			}
			if r != nil && r.Outcome == OutcomePending {
				recs = append(recs, r)
			}
		}
		return nil
	})
	if err != nil || len(recs) == 0 {
		return err
	}
	m.log.Info("reconciling unconfirmed drafts", "count", len(recs))
	for len(recs) > 0 {
		batch := recs[:min(len(recs), m.chunkCount)]
		recs = recs[len(batch):]
		_, storeErr := m.storeDrafts(s, batch, nil)
		err := m.db.Update(func(tx *bbolt.Tx) error {
			for _, r := range batch {
				if r.Outcome != OutcomePending {
					if err := m.st.putRecord(tx, r); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("mailbox state: %w", err)
		}
		if storeErr != nil {
			return storeErr
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return nil
}

// selectDraftsMin is how many drafts make a group select Drafts before
// appending: Dovecot opens a folder that is not selected afresh for every
// APPEND (1-4 ms of its CPU, growing with the folder), against 0.2-0.5 ms
// into the selected one, while switching costs a SELECT each way (1-10 ms
// depending on the folders' sizes).
const selectDraftsMin = 4

// storeDrafts settles the unconfirmed records (a copy in Drafts → drafted
// with its UID; none → appended again and marked for a later duplicate
// check) and appends the fresh ones, pipelined. It updates the records in
// memory (the caller records them) and returns how many it appended. It
// may leave Drafts selected.
func (m *Mailbox) storeDrafts(s *session, unconfirmed, fresh []*Record) (int, error) {
	if len(unconfirmed)+len(fresh) == 0 {
		return 0, nil
	}
	if (len(unconfirmed) > 0 || len(fresh) >= selectDraftsMin) && s.selected != s.folders.Drafts {
		if _, err := s.selectBox(s.folders.Drafts, false); err != nil {
			return 0, err
		}
	}
	toAppend := append(make([]*Record, 0, len(fresh)+len(unconfirmed)), fresh...)
	var found map[string][]imap.UID
	if len(unconfirmed) > 0 {
		tokens := make([]string, len(unconfirmed))
		for i, r := range unconfirmed {
			tokens[i] = r.Token
		}
		var err error
		if found, err = s.findTokens(tokens); err != nil {
			return 0, err
		}
	}
	for _, r := range unconfirmed {
		uids := found[r.Token]
		now := m.now()
		if len(uids) > 0 {
			r.Outcome, r.Draft, r.DraftUID, r.DraftUIDValidity = OutcomeDrafted, nil, uint32(uids[0]), s.validity
			r.Drafted, r.Updated = now, now
			m.log.Info("unconfirmed draft found in Drafts", "token", r.Token, "draft_uid", r.DraftUID)
			if len(uids) > 1 {
				m.log.Warn("several drafts carry one token", "token", r.Token, "count", len(uids))
			}
			continue
		}
		if len(r.Draft) == 0 {
			return 0, fmt.Errorf("pending draft %s has no saved bytes", r.Token)
		}
		r.Reappended, r.Rechecks, r.DraftSum = now, 0, draftSum(r.Draft)
		toAppend = append(toAppend, r)
	}
	return m.appendMany(s, toAppend)
}

// appendMany APPENDs the drafts of recs pipelined (all commands sent, then
// all replies read) and updates each record that got through; it returns
// how many did. After a failure the records from the first one that did
// not get through stay pending.
func (m *Mailbox) appendMany(s *session, recs []*Record) (int, error) {
	if len(recs) == 0 {
		return 0, nil
	}
	s.arm(0)
	defer s.disarm()
	cmds := make([]*imapclient.AppendCommand, 0, len(recs))
	var sendErr error
	for _, r := range recs {
		cmd := s.c.Append(s.folders.Drafts, int64(len(r.Draft)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagDraft, imap.FlagSeen}})
		_, err := cmd.Write(r.Draft)
		if cerr := cmd.Close(); err == nil {
			err = cerr
		}
		cmds = append(cmds, cmd)
		if err != nil {
			sendErr = err
			break
		}
		s.arm(0)
	}
	n := 0
	for i, cmd := range cmds {
		data, err := cmd.Wait()
		if err != nil {
			if sendErr == nil {
				sendErr = err
			}
			continue
		}
		if n < i {
			continue // an earlier one failed: leave this pending for reconcile
		}
		now := m.now()
		r := recs[i]
		r.Outcome, r.Draft, r.DraftUID, r.DraftUIDValidity = OutcomeDrafted, nil, uint32(data.UID), data.UIDValidity
		r.Drafted, r.Updated = now, now
		n++
		s.arm(0)
	}
	if sendErr != nil {
		return n, fmt.Errorf("append to %q: %w", s.folders.Drafts, sendErr)
	}
	if n == 1 {
		m.log.Debug("draft stored", "token", recs[0].Token, "draft_uid", recs[0].DraftUID, "source_uid", recs[0].SourceUID)
	} else {
		m.log.Debug("drafts stored", "count", n)
	}
	return n, nil
}

// recheckAfter says when, after a reappend, Drafts is searched for a late
// copy of the earlier attempt: a server finishes a dead connection's
// buffered commands within moments, the second look is for the
// pathological case.
var recheckAfter = []time.Duration{5 * time.Second, time.Minute}

func (m *Mailbox) recheckAt(r *Record) time.Time {
	return r.Reappended.Add(m.recheckAfter[min(r.Rechecks, len(m.recheckAfter)-1)])
}

// nextRecheck returns when dedupe is next due (zero: nothing to check) and
// how many reappended drafts were never checked. A record it cannot read
// is an error: skipping it would silently drop its duplicate check.
func (m *Mailbox) nextRecheck() (next time.Time, unchecked int, err error) {
	err = m.db.View(func(tx *bbolt.Tx) error {
		for _, tok := range m.st.keys(tx, bucketRecheck) {
			r, err := m.st.record(tx, tok)
			if err != nil {
				return err
			}
			if r == nil || r.Reappended.IsZero() {
				continue
			}
			if r.Rechecks == 0 {
				unchecked++
			}
			if at := m.recheckAt(r); next.IsZero() || at.Before(next) {
				next = at
			}
		}
		return nil
	})
	if err != nil {
		return time.Time{}, 0, fmt.Errorf("mailbox state: duplicate checks: %w", err)
	}
	return next, unchecked, nil
}

// dedupe looks again in Drafts for the tokens of drafts appended again
// after a crash. When the earlier attempt's copy landed after all, the
// copies identical to the draft fivemin appended are reduced to the one
// with the lowest UID; a copy the rep changed is never touched. It may
// leave Drafts selected.
func (m *Mailbox) dedupe(s *session) error {
	m.tokMu.Lock()
	defer m.tokMu.Unlock()
	now := m.now()
	due, err := m.dueRechecks(now)
	if err != nil || len(due) == 0 {
		return err
	}
	if s.selected != s.folders.Drafts {
		if _, err := s.selectBox(s.folders.Drafts, false); err != nil {
			return err
		}
	}
	tokens := make([]string, len(due))
	for i, r := range due {
		tokens[i] = r.Token
	}
	found, err := s.findTokens(tokens)
	if err != nil {
		return err
	}
	for _, r := range due {
		if err := m.recheck(s, r, found[r.Token], now); err != nil {
			return err
		}
	}
	err = m.db.Update(func(tx *bbolt.Tx) error {
		for _, r := range due {
			if err := m.st.putRecord(tx, r); err != nil {
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

// dueRechecks lists the re-appended drafts whose next look is due at now.
func (m *Mailbox) dueRechecks(now time.Time) ([]*Record, error) {
	var due []*Record
	err := m.db.View(func(tx *bbolt.Tx) error {
		for _, tok := range m.st.keys(tx, bucketRecheck) {
			r, err := m.st.record(tx, tok)
			if err != nil {
				return err
			}
			if r != nil && !r.Reappended.IsZero() && !now.Before(m.recheckAt(r)) {
				due = append(due, r)
			}
		}
		return nil
	})
	return due, err
}

// recheck is one look at r's copies (uids, in Drafts): duplicates of a
// draft still waiting are dropped, and after the last scheduled look r is
// no longer rechecked. The caller stores r.
func (m *Mailbox) recheck(s *session, r *Record, uids []imap.UID, now time.Time) error {
	if r.State == DraftWaiting && len(uids) > 1 {
		if err := m.dropCopies(s, r, uids); err != nil {
			return err
		}
	}
	r.Rechecks++
	if r.Rechecks >= len(m.recheckAfter) {
		r.Reappended, r.Rechecks, r.DraftSum = time.Time{}, 0, ""
	}
	r.Updated = now
	return nil
}

// dropCopies removes the copies among uids (Drafts selected) that are
// byte for byte the draft of r, except the one with the lowest UID, which
// r then points to.
func (m *Mailbox) dropCopies(s *session, r *Record, uids []imap.UID) error {
	var same []imap.UID
	for _, uid := range uids {
		raw, err := s.fetchRaw(uid, m.acct.MaxMessageSize)
		if errors.Is(err, errGone) {
			continue
		}
		if err != nil {
			return err
		}
		if draftSum(raw) == r.DraftSum {
			same = append(same, uid)
		}
	}
	if len(same) < 2 {
		return nil
	}
	slices.Sort(same)
	keep, drop := same[0], same[1:]
	if !s.uidplus {
		m.log.Warn("duplicate drafts after a crash, left in place: the server lacks UIDPLUS (UID EXPUNGE)", "token", r.Token, "copies", len(same))
		return nil
	}
	set := imap.UIDSetNum(drop...)
	s.arm(0)
	err := s.c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close()
	if err == nil {
		err = s.c.UIDExpunge(set).Close()
	}
	s.disarm()
	if err != nil {
		return fmt.Errorf("remove duplicate drafts: %w", err)
	}
	m.log.Warn("removed duplicate drafts left by an interrupted APPEND", "token", r.Token, "kept_uid", keep, "removed", len(drop))
	r.DraftUID = uint32(keep)
	return nil
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
		rec = &Record{Token: token, Outcome: OutcomePending, Draft: raw, Created: now, Updated: now, Attempts: attemptsOf(rec), Keys: replyKeys(raw)}
		if err := m.db.Update(func(tx *bbolt.Tx) error { return m.st.putRecord(tx, rec) }); err != nil {
			return DraftInfo{}, fmt.Errorf("mailbox state: record intent: %w", err)
		}
		_, err = m.storeDrafts(s, nil, []*Record{rec})
	} else {
		// An earlier attempt may have got through: look first.
		_, err = m.storeDrafts(s, []*Record{rec}, nil)
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
	Token   string
	UID     uint32 // in Drafts now
	QuoteID string
	// Subject and To as a person reads them: RFC 2047 words decoded,
	// control characters dropped.
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
			Subject: decodeHeader(h.header.Get("Subject")), To: decodeHeader(h.header.Get("To")), Date: h.date}
		if i, ok := byToken[tok]; ok {
			out[i] = item
			continue
		}
		byToken[tok] = len(out)
		out = append(out, item)
	}
	return out, nil
}

func attemptsOf(r *Record) int {
	if r == nil {
		return 0
	}
	return r.Attempts
}
