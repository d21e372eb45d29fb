package mailbox

import (
	"context"
	"fmt"
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
	var fs *folderState
	if err := m.db.View(func(tx *bbolt.Tx) (err error) { fs, err = m.st.folder(tx, roleSent); return }); err != nil {
		return err
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
			return err
		}
	}
	if uint32(st.UIDNext) <= fs.LastUID+1 {
		return nil // nothing new
	}
	if _, err := s.selectBox(sent, true); err != nil {
		return err
	}
	var set imap.UIDSet
	set.AddRange(imap.UID(fs.LastUID+1), 0)
	uids, err := s.searchUIDs(&imap.SearchCriteria{UID: []imap.UIDSet{set}, Or: [][2]imap.SearchCriteria{{
		{Header: []imap.SearchCriteriaHeaderField{{Key: HeaderSource, Value: ""}}},
		{Header: []imap.SearchCriteriaHeaderField{{Key: HeaderQuoteID, Value: ""}}},
	}}})
	if err != nil {
		return err
	}
	for _, uid := range uids {
		if uint32(uid) <= fs.LastUID {
			continue
		}
		raw, err := s.fetchRaw(uid, m.acct.MaxMessageSize)
		if err != nil {
			m.log.Warn("cannot read sent message", "uid", uid, "err", err)
			continue
		}
		h, _ := readHeader(raw)
		tok := strings.TrimSpace(h.Get(HeaderSource))
		quote := strings.TrimSpace(h.Get(HeaderQuoteID))
		ev := SentEvent{Account: m.acct.Name, QuoteID: quote, Via: "client", UID: uint32(uid), Raw: raw}
		report := true
		if ValidToken(tok) {
			ev.Token = tok
			report, err = m.markSent(tok, &ev)
			if err != nil {
				return err
			}
		}
		if report && m.onSent != nil {
			m.onSent(ctx, ev)
		}
	}
	if st.UIDNext > 0 {
		fs.LastUID = max(fs.LastUID, uint32(st.UIDNext)-1)
	}
	return m.db.Update(func(tx *bbolt.Tx) error { return m.st.putFolder(tx, roleSent, fs) })
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
		if r.Reported {
			return nil
		}
		if r.State == DraftSending || r.SentVia == "fivemin" {
			ev.Via = "fivemin"
		}
		now := m.now()
		r.State, r.Reported, r.Updated, r.MissingSince = DraftSent, true, now, time.Time{}
		if r.Sent.IsZero() {
			r.Sent = now
		}
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
			switch {
			case here[tok]:
				if r.MissingSince.IsZero() {
					continue
				}
				r.MissingSince = time.Time{}
			case r.MissingSince.IsZero():
				r.MissingSince = now
			case now.Sub(r.MissingSince) >= m.acct.DeleteGrace:
				r.State, r.Reported = DraftDeleted, true
				deleted = append(deleted, DeletedEvent{Account: m.acct.Name, Token: tok, Missing: r.MissingSince})
			default:
				continue
			}
			r.Updated = now
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
