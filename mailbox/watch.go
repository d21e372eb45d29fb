package mailbox

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"go.etcd.io/bbolt"
)

// watch checks Sent for fivemin drafts that were sent, then Drafts for
// fivemin drafts that disappeared unsent. Each is reported once.
func (m *Mailbox) watch(ctx context.Context, s *session) error {
	if err := m.watchSent(ctx, s); err != nil {
		return fmt.Errorf("watch sent: %w", err)
	}
	if err := m.watchDrafts(ctx, s); err != nil {
		return fmt.Errorf("watch drafts: %w", err)
	}
	return nil
}

func (m *Mailbox) watchSent(ctx context.Context, s *session) error {
	sent := s.folders.Sent
	s.arm(0)
	st, err := s.c.Status(sent, &imap.StatusOptions{UIDNext: true, UIDValidity: true}).Wait()
	s.disarm()
	if err != nil {
		return fmt.Errorf("status %q: %w", sent, err)
	}
	fs, err := m.sentBaseline(sent, st)
	if err != nil {
		return err
	}
	if uint32(st.UIDNext) <= fs.LastUID+1 {
		return nil // nothing new
	}
	if _, err := s.selectBox(sent, true); err != nil {
		return err
	}
	cands, err := m.sentCandidates()
	if err != nil {
		return err
	}
	var set imap.UIDSet
	set.AddRange(imap.UID(fs.LastUID+1), 0)
	crit := &imap.SearchCriteria{UID: []imap.UIDSet{set}}
	if len(cands) == 0 {
		// Only fivemin's own headers can say anything: let the server pick.
		crit.Or = [][2]imap.SearchCriteria{{
			{Header: []imap.SearchCriteriaHeaderField{{Key: HeaderSource, Value: ""}}},
			{Header: []imap.SearchCriteriaHeaderField{{Key: HeaderQuoteID, Value: ""}}},
		}}
	}
	uids, err := s.searchUIDs(crit)
	if err != nil {
		return err
	}
	uids = slices.DeleteFunc(uids, func(u imap.UID) bool { return uint32(u) <= fs.LastUID })
	if err := m.noteSentChunks(ctx, s, uids, &cands); err != nil {
		return err
	}
	if st.UIDNext > 0 {
		fs.LastUID = max(fs.LastUID, uint32(st.UIDNext)-1)
	}
	return m.db.Update(func(tx *bbolt.Tx) error { return m.st.putFolder(tx, roleSent, fs) })
}

// sentBaseline is what fivemin has read of Sent (st its STATUS): on first
// sight, or after a UIDVALIDITY change, a new baseline is stored.
func (m *Mailbox) sentBaseline(sent string, st *imap.StatusData) (*folderState, error) {
	var fs *folderState
	if err := m.db.View(func(tx *bbolt.Tx) (err error) { fs, err = m.st.folder(tx, roleSent); return }); err != nil {
		return nil, err
	}
	if fs == nil || fs.UIDValidity != st.UIDValidity {
		// Start from now: older sent mail predates these drafts, except
		// after a UIDVALIDITY change, where tokens (Reported) dedupe.
		last := uint32(st.UIDNext) - 1
		if fs != nil {
			last = 0
		}
		fs = &folderState{Name: sent, UIDValidity: st.UIDValidity, LastUID: last, BaselineDone: true}
		if err := m.db.Update(func(tx *bbolt.Tx) error { return m.st.putFolder(tx, roleSent, fs) }); err != nil {
			return nil, err
		}
	}
	return fs, nil
}

// noteSentChunks reads the headers of uids in Sent, a chunk at a time, and
// notes each sent draft.
func (m *Mailbox) noteSentChunks(ctx context.Context, s *session, uids []imap.UID, cands *[]*Record) error {
	for len(uids) > 0 {
		chunk := uids[:min(len(uids), m.chunkCount)]
		uids = uids[len(chunk):]
		heads, err := s.fetchHeaders(imap.UIDSetNum(chunk...), sentHeaders)
		if err != nil {
			return err
		}
		for _, h := range heads {
			if err := m.noteSent(ctx, s, h, cands); err != nil {
				return err
			}
		}
	}
	return nil
}

// noteSent reports one new message in Sent if it is a fivemin draft: by
// its X-Fivemin headers, or else as the best match among the drafts in
// cands (which loses the one matched).
func (m *Mailbox) noteSent(ctx context.Context, s *session, h headerInfo, cands *[]*Record) error {
	tok := strings.TrimSpace(h.header.Get(HeaderSource))
	quote := strings.TrimSpace(h.header.Get(HeaderQuoteID))
	var rec *Record
	switch {
	case ValidToken(tok):
		r, err := m.Lookup(tok)
		if err != nil {
			return err
		}
		rec = r
	case quote != "":
		// A quote ID without a token: reported for the ledger to place.
	default:
		rec = bestMatch(readSent(h.header), *cands)
		if rec == nil {
			return nil // the rep's own mail
		}
		tok, quote = rec.Token, rec.Keys.QuoteID
		m.log.Info("sent draft recognised without its fivemin headers", "token", tok, "uid", h.uid)
	}
	if rec != nil {
		*cands = slices.DeleteFunc(*cands, func(r *Record) bool { return r.Token == rec.Token })
	}
	raw, err := s.fetchRaw(h.uid, m.acct.MaxMessageSize)
	if err != nil {
		m.log.Warn("cannot read sent message", "uid", h.uid, "err", err)
		return nil
	}
	var notBefore time.Time
	if rec != nil {
		notBefore = rec.Created
	}
	ev := SentEvent{Account: m.acct.Name, QuoteID: quote, Via: "client", UID: uint32(h.uid), Raw: raw,
		At: sentTime(h.date, h.header, notBefore, m.now())}
	report := true
	if ValidToken(tok) {
		ev.Token = tok
		if report, err = m.markSent(tok, &ev); err != nil {
			return err
		}
	}
	if report && m.onSent != nil {
		m.onSent(ctx, ev)
	}
	return nil
}

// lateSendWindow is how long after a draft was deleted unsent a copy in
// Sent still counts as its reply: reps copy a draft's text into a new
// message, delete the draft, and send later.
const lateSendWindow = 14 * 24 * time.Hour

// sentCandidates returns the drafts a message in Sent without fivemin's
// headers may be the reply of: those waiting in Drafts, and those deleted
// unsent within lateSendWindow (older ones leave the index).
func (m *Mailbox) sentCandidates() ([]*Record, error) {
	m.tokMu.Lock()
	defer m.tokMu.Unlock()
	now := m.now()
	var out []*Record
	err := m.db.Update(func(tx *bbolt.Tx) error {
		for _, tok := range m.st.keys(tx, bucketOpen) {
			r, err := m.st.record(tx, tok)
			if err != nil {
				return err
			}
			if r != nil && r.State == DraftWaiting && r.Keys != nil {
				out = append(out, r)
			}
		}
		for _, tok := range m.st.keys(tx, bucketUnsent) {
			r, err := m.st.record(tx, tok)
			if err != nil {
				return err
			}
			if r == nil {
				continue
			}
			if now.Sub(r.Updated) > lateSendWindow {
				r.Keys = nil // leaves the index
				if err := m.st.putRecord(tx, r); err != nil {
					return err
				}
				continue
			}
			out = append(out, r)
		}
		return nil
	})
	return out, err
}

// markSent records token as sent and says whether to report it (once).
func (m *Mailbox) markSent(token string, ev *SentEvent) (bool, error) {
	m.tokMu.Lock()
	defer m.tokMu.Unlock()
	report := false
	err := m.db.Update(func(tx *bbolt.Tx) error {
		r, err := m.st.record(tx, token)
		if err != nil || r == nil {
			return err // not ours (another installation?): ignore
		}
		if r.Reported && r.State != DraftDeleted {
			return nil
		}
		if r.State == DraftDeleted {
			// Reported deleted, then its reply turned up in Sent: the
			// ledger turns the withdrawn quote back into a sent one.
			m.log.Info("draft deleted earlier was sent after all", "token", token)
		}
		if r.State == DraftSending || r.SentVia == "fivemin" {
			ev.Via = "fivemin"
		}
		now := m.now()
		r.State, r.Reported, r.Updated, r.MissingSince = DraftSent, true, now, time.Time{}
		if r.Sent.IsZero() {
			r.Sent = now
			if !ev.At.IsZero() {
				r.Sent = ev.At
			}
		}
		ev.At = r.Sent
		if r.SentVia == "" {
			r.SentVia = ev.Via
		}
		report = true
		return m.st.putRecord(tx, r)
	})
	return report, err
}

func (m *Mailbox) watchDrafts(ctx context.Context, s *session) error {
	var open []string
	if err := m.db.View(func(tx *bbolt.Tx) error { open = m.st.keys(tx, bucketOpen); return nil }); err != nil {
		return err
	}
	if len(open) == 0 {
		return nil
	}
	present, err := m.scanDrafts(s)
	if err != nil {
		return err
	}
	here := map[string]bool{}
	for _, p := range present {
		here[p.Token] = true
	}
	now := m.now()
	var deleted []DeletedEvent
	m.tokMu.Lock()
	err = m.db.Update(func(tx *bbolt.Tx) error {
		for _, tok := range open {
			r, err := m.st.record(tx, tok)
			if err != nil || r == nil {
				continue
			}
			if r.State != DraftWaiting {
				continue // sending: Send settles it
			}
			changed, gone := m.notePresence(r, here[tok], now)
			if !changed {
				continue
			}
			if gone {
				deleted = append(deleted, DeletedEvent{Account: m.acct.Name, Token: tok, Missing: r.MissingSince})
			}
			if err := m.st.putRecord(tx, r); err != nil {
				return err
			}
		}
		return nil
	})
	m.tokMu.Unlock()
	if err != nil {
		return err
	}
	for _, ev := range deleted {
		m.log.Info("draft deleted unsent", "token", ev.Token)
		if m.onDeleted != nil {
			m.onDeleted(ctx, ev)
		}
	}
	return nil
}

// notePresence updates a waiting draft's record for one look at Drafts:
// missing drafts count as deleted only after DeleteGrace, since mail
// programs may delete and re-add a draft while the rep edits it. changed
// says whether r must be stored; gone, whether the draft now counts as
// deleted unsent.
func (m *Mailbox) notePresence(r *Record, present bool, now time.Time) (changed, gone bool) {
	switch {
	case present:
		if r.MissingSince.IsZero() {
			return false, false
		}
		r.MissingSince = time.Time{}
	case r.MissingSince.IsZero():
		r.MissingSince = now
	case now.Sub(r.MissingSince) >= m.acct.DeleteGrace:
		r.State, r.Reported = DraftDeleted, true
		gone = true
	default:
		return false, false
	}
	r.Updated = now
	return true, gone
}
