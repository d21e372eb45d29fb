package mailbox

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"go.etcd.io/bbolt"
)

const (
	// chunkCount is how many UIDs one size probe covers. Large enough that
	// the round trips and the switches to Drafts and back are paid rarely
	// in a big first sync; small enough to keep progress recorded often.
	chunkCount = 500
	// chunkBytes bounds the message bytes held in memory at once: one
	// body FETCH, handled, drafted and recorded as a group.
	chunkBytes = 4 << 20
	roleInbox  = "inbox"
	roleSent   = "sent"
	roleDrafts = "drafts"
)

// syncInbox handles every message in the INBOX past the saved position.
func (m *Mailbox) syncInbox(ctx context.Context, s *session) (stats SyncStats, err error) {
	in0, out0 := s.conn.in.Load(), s.conn.out.Load()
	defer func() {
		stats.BytesIn, stats.BytesOut = s.conn.in.Load()-in0, s.conn.out.Load()-out0
		if m.onRound != nil {
			m.onRound(stats)
		}
	}()
	s.woken() // anything announced from here on triggers another round
	for restarts := 0; ; restarts++ {
		err = m.syncFrom(ctx, s, &stats)
		if !errors.Is(err, errInboxRenumbered) || restarts >= 3 {
			return stats, err
		}
		m.log.Warn("inbox UIDVALIDITY changed during a sync round; starting the round again")
	}
}

// errInboxRenumbered: selecting the INBOX again showed a new UIDVALIDITY,
// so the UIDs in hand mean nothing any more.
var errInboxRenumbered = errors.New("inbox UIDVALIDITY changed")

// ensureInbox selects the INBOX unless it is selected already (the round
// switches to Drafts to append); a changed UIDVALIDITY against fs voids
// the UIDs in hand.
func (m *Mailbox) ensureInbox(s *session, fs *folderState) error {
	if s.selected == m.acct.Folders.Inbox {
		return nil
	}
	sel, err := s.selectBox(m.acct.Folders.Inbox, false)
	if err != nil {
		return err
	}
	s.inboxValidity, s.inboxNext = sel.UIDValidity, uint32(sel.UIDNext)
	if fs != nil && sel.UIDValidity != fs.UIDValidity {
		return errInboxRenumbered
	}
	return nil
}

// syncFrom is one sync round from the saved position.
func (m *Mailbox) syncFrom(ctx context.Context, s *session, stats *SyncStats) error {
	if err := m.ensureInbox(s, nil); err != nil {
		return err
	}
	fs, err := m.inboxState(s)
	if err != nil {
		return err
	}
	for {
		if err := m.ensureInbox(s, fs); err != nil {
			return err
		}
		uids, err := m.candidates(s, fs)
		if err != nil {
			return err
		}
		if m.afterSearch != nil && len(uids) > 0 {
			m.afterSearch(uidsToU32(uids))
		}
		if len(uids) == 0 {
			if !fs.BaselineDone {
				fs.BaselineDone = true
				fs.LastUID = max(fs.LastUID, fs.Baseline)
				if err := m.db.Update(func(tx *bbolt.Tx) error { return m.st.putFolder(tx, roleInbox, fs) }); err != nil {
					return fmt.Errorf("mailbox state: %w", err)
				}
				continue
			}
			return nil
		}
		for len(uids) > 0 {
			n := min(len(uids), m.chunkCount)
			if err := m.processChunk(ctx, s, fs, uids[:n], stats); err != nil {
				return err
			}
			uids = uids[n:]
			if ctx.Err() != nil {
				return ctx.Err()
			}
		}
	}
}

// inboxState loads the INBOX position, starting or restarting it when
// there is none or the UIDVALIDITY changed.
func (m *Mailbox) inboxState(s *session) (*folderState, error) {
	// UIDVALIDITY and UIDNEXT as of the last SELECT: a server that changes
	// UIDVALIDITY must end the selection (RFC 3501 §2.3.1.1), which makes
	// us select again.
	sel := struct {
		UIDValidity uint32
		UIDNext     uint32
	}{s.inboxValidity, s.inboxNext}
	var fs *folderState
	// Every round comes here: read first, and write (one fsync) only when
	// the position must start or restart.
	err := m.db.View(func(tx *bbolt.Tx) (err error) { fs, err = m.st.folder(tx, roleInbox); return })
	if err == nil && fs != nil && fs.UIDValidity == sel.UIDValidity {
		return fs, nil
	}
	err = m.db.Update(func(tx *bbolt.Tx) error {
		var err error
		if fs, err = m.st.folder(tx, roleInbox); err != nil {
			return err
		}
		now := m.now()
		switch {
		case fs == nil:
			fs = &folderState{Name: m.acct.Folders.Inbox, UIDValidity: sel.UIDValidity, Baseline: sel.UIDNext - 1}
			fr := m.acct.FirstRun
			fs.Unseen = fr.Unseen
			if fr.Since > 0 {
				fs.Since = now.Add(-fr.Since)
			}
			if !fr.Unseen && fr.Since == 0 {
				// Only mail arriving from now on.
				fs.LastUID, fs.BaselineDone = fs.Baseline, true
			}
			m.log.Info("first sync of inbox", "uidvalidity", sel.UIDValidity, "baseline_uid", fs.Baseline, "unseen", fs.Unseen, "since", fs.Since)
		case fs.UIDValidity != sel.UIDValidity:
			// RFC 3501 §2.3.1.1: UIDs are void. Re-read recent mail by date;
			// tokens keep already handled messages from being drafted twice.
			since := fs.HighDate
			if since.IsZero() {
				since = fs.Since
			}
			if !since.IsZero() {
				since = since.Add(-24 * time.Hour) // SEARCH SINCE has day granularity
			}
			m.log.Warn("inbox UIDVALIDITY changed; resyncing by token", "old", fs.UIDValidity, "new", sel.UIDValidity, "since", since)
			fs = &folderState{Name: fs.Name, UIDValidity: sel.UIDValidity, Baseline: sel.UIDNext - 1,
				Since: since, Unseen: fs.Unseen && since.IsZero(), HighDate: fs.HighDate}
			if since.IsZero() && !fs.Unseen {
				fs.LastUID, fs.BaselineDone = fs.Baseline, true
			}
		default:
			return nil
		}
		return m.st.putFolder(tx, roleInbox, fs)
	})
	if err != nil {
		return nil, fmt.Errorf("mailbox state: %w", err)
	}
	return fs, nil
}

// candidates returns the UIDs to look at next, ascending, all > LastUID.
func (m *Mailbox) candidates(s *session, fs *folderState) ([]imap.UID, error) {
	var crit imap.SearchCriteria
	var set imap.UIDSet
	if fs.BaselineDone {
		set.AddRange(imap.UID(fs.LastUID+1), 0) // n:* — see the filter below
	} else {
		if fs.LastUID >= fs.Baseline {
			return nil, nil
		}
		set.AddRange(imap.UID(fs.LastUID+1), imap.UID(fs.Baseline))
		if fs.Unseen {
			crit.NotFlag = []imap.Flag{imap.FlagSeen}
		}
		crit.Since = fs.Since
	}
	crit.UID = []imap.UIDSet{set}
	uids, err := s.searchUIDs(&crit)
	if err != nil {
		return nil, err
	}
	// "UID n:*" always matches the highest UID even when it is below n.
	out := uids[:0]
	for _, u := range uids {
		if uint32(u) > fs.LastUID {
			out = append(out, u)
		}
	}
	return out, nil
}

// fetched is one message read from the server.
type fetched struct {
	uid      imap.UID
	date     time.Time
	size     int64
	raw      []byte
	tooLarge bool
}

// processChunk handles up to chunkCount UIDs: probe sizes, then fetch,
// handle and draft the bodies in memory-bounded groups.
func (m *Mailbox) processChunk(ctx context.Context, s *session, fs *folderState, uids []imap.UID, stats *SyncStats) error {
	if err := m.ensureInbox(s, fs); err != nil {
		return err
	}
	probe, err := m.probe(s, uids)
	if err != nil {
		return err
	}
	var group []*fetched
	var bytes int64
	flush := func(upTo imap.UID) error {
		// Drafting the previous group may have left Drafts selected.
		if err := m.ensureInbox(s, fs); err != nil {
			return err
		}
		if err := m.fetchBodies(s, group); err != nil {
			return err
		}
		stats.Fetched += len(group)
		err := m.handleGroup(ctx, s, fs, group, upTo, stats)
		group, bytes = nil, 0
		return err
	}
	for i, u := range uids {
		f, ok := probe[u]
		if ok {
			group = append(group, f)
			if !f.tooLarge {
				bytes += f.size
			}
		}
		// Flush at the memory bound or the chunk's end; messages that
		// vanished before the probe are simply passed over.
		if bytes >= int64(m.chunkBytes) || i == len(uids)-1 {
			if err := flush(u); err != nil {
				return err
			}
		}
	}
	return nil
}

// probe fetches UID, size and date of uids; missing ones were expunged.
func (m *Mailbox) probe(s *session, uids []imap.UID) (map[imap.UID]*fetched, error) {
	s.arm(0)
	defer s.disarm()
	set := imap.UIDSetNum(uids...)
	cmd := s.c.Fetch(set, &imap.FetchOptions{UID: true, RFC822Size: true, InternalDate: true})
	defer func() { _ = cmd.Close() }() // on early returns; the result is checked below
	out := make(map[imap.UID]*fetched, len(uids))
	for n := 0; ; n++ {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		if n > 2*len(uids)+16 {
			// A server that keeps answering more than was asked for is
			// broken or hostile: stop reading it.
			s.c.Close()
			return nil, fmt.Errorf("fetch sizes: over %d answers for %d UIDs", n, len(uids))
		}
		buf, err := msg.Collect()
		if err != nil {
			return nil, fmt.Errorf("fetch sizes: %w", err)
		}
		if buf.UID == 0 || !set.Contains(buf.UID) {
			continue // unsolicited FETCH (e.g. a flag change), or not ours
		}
		out[buf.UID] = &fetched{uid: buf.UID, date: buf.InternalDate, size: buf.RFC822Size,
			tooLarge: buf.RFC822Size > m.acct.MaxMessageSize}
		s.arm(0)
	}
	if err := cmd.Close(); err != nil {
		return nil, fmt.Errorf("fetch sizes: %w", err)
	}
	return out, nil
}

// fetchBodies reads BODY.PEEK[] (the rep's mail stays unread) of the group,
// each literal inside the Next loop, bounded by the size limit. Oversized
// messages get their header only, enough for a token.
func (m *Mailbox) fetchBodies(s *session, group []*fetched) error {
	byUID := map[imap.UID]*fetched{}
	var full, head imap.UIDSet
	for _, f := range group {
		byUID[f.uid] = f
		if f.tooLarge {
			head.AddNum(f.uid)
		} else {
			full.AddNum(f.uid)
		}
	}
	for _, part := range []struct {
		set     imap.UIDSet
		section *imap.FetchItemBodySection
	}{
		{full, &imap.FetchItemBodySection{Peek: true}},
		{head, &imap.FetchItemBodySection{Peek: true, Specifier: imap.PartSpecifierHeader}},
	} {
		if len(part.set) == 0 {
			continue
		}
		if err := m.fetchSection(s, part.set, part.section, byUID); err != nil {
			return err
		}
	}
	return nil
}

func (m *Mailbox) fetchSection(s *session, set imap.UIDSet, section *imap.FetchItemBodySection, byUID map[imap.UID]*fetched) error {
	s.arm(0)
	defer s.disarm()
	cmd := s.c.Fetch(set, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}})
	defer func() { _ = cmd.Close() }() // on early returns; the result is checked below
	var firstErr error
	for n := 0; ; n++ {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		if n > 2*len(byUID)+16 {
			s.c.Close()
			return fmt.Errorf("fetch bodies: over %d answers for %d messages", n, len(byUID))
		}
		// The server may send the UID after the body (RFC 3501 sets no
		// order): read the body, then file it under the answer's UID.
		var uid imap.UID
		var body []byte
		var over bool
		for items := 0; ; items++ {
			item := msg.Next()
			if item == nil {
				break
			}
			if items > 64 {
				s.c.Close()
				return fmt.Errorf("fetch bodies: over %d items in one answer", items)
			}
			switch item := item.(type) {
			case imapclient.FetchItemDataUID:
				uid = item.UID
			case imapclient.FetchItemDataBodySection:
				if item.Literal == nil || body != nil || over {
					continue // discarded by the library on Next
				}
				limit := m.acct.MaxMessageSize + 1
				b, err := io.ReadAll(io.LimitReader(item.Literal, limit))
				if err != nil && firstErr == nil {
					firstErr = fmt.Errorf("read message: %w", err)
				}
				if int64(len(b)) >= limit {
					over, b = true, nil // the size probe lied; treat as oversized
				}
				body = b
			}
			s.arm(0) // progress: a large literal may take a while
		}
		if f := byUID[uid]; f != nil && f.raw == nil {
			if over {
				f.tooLarge = true
			} else {
				f.raw = body
			}
		}
	}
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("fetch bodies: %w", err)
	}
	return firstErr
}

// work is one message on its way through handleGroup.
type work struct {
	f     *fetched
	token string
	rec   *Record
	done  bool // final outcome known, nothing to append
	fresh bool // the handler made a draft now (OnDraft is called for it)
}

// handleGroup runs the handler over a fetched group, records the intents
// (one transaction), stores the drafts (pipelined APPENDs; a group with
// several drafts selects Drafts first, which Dovecot appends to several
// times faster), records the results (one transaction) and moves LastUID
// to upTo.
func (m *Mailbox) handleGroup(ctx context.Context, s *session, fs *folderState, group []*fetched, upTo imap.UID, stats *SyncStats) error {
	// Finish the messages in hand even when asked to stop; the command
	// timeout still bounds each step.
	hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), m.acct.CommandTimeout)
	defer cancel()
	m.tokMu.Lock()
	defer m.tokMu.Unlock()

	now := m.now()
	ws := make([]*work, 0, len(group))
	for _, f := range group {
		w := &work{f: f}
		ws = append(ws, w)
		if f.raw == nil && !f.tooLarge {
			// Expunged between probe and fetch.
			w.done = true
			stats.Skipped++
			continue
		}
		h, _ := readHeader(f.raw)
		w.token = tokenFromHeader(m.acct.Name, h, f.raw)
		if f.tooLarge {
			w.token = tokenFromHeader(m.acct.Name, h, append(f.raw, fmt.Sprint(f.size)...))
		}
		if isOwn(h) {
			m.log.Debug("skipping fivemin's own message", "uid", f.uid)
			w.done = true
			stats.Skipped++
		}
	}
	// The records of the whole group in one read transaction.
	known := map[string]*Record{}
	err := m.db.View(func(tx *bbolt.Tx) error {
		for _, w := range ws {
			if w.done {
				continue
			}
			r, err := m.st.record(tx, w.token)
			if err != nil {
				return err
			}
			known[w.token] = r
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("mailbox state: %w", err)
	}
	seen := map[string]bool{}
	var fresh, unconfirmed []*Record
	for i, w := range ws {
		if w.done {
			continue
		}
		f := w.f
		if seen[w.token] {
			// The same message twice in the INBOX (same Message-ID): one
			// draft answers both.
			w.done = true
			stats.Skipped++
			continue
		}
		seen[w.token] = true
		rec := known[w.token]
		switch {
		case rec.final():
			w.done = true
			stats.Skipped++
			continue
		case rec != nil && rec.Outcome == OutcomePending:
			// Unconfirmed draft (an APPEND that failed in this process, or
			// an intent left by a crash): look in Drafts before appending
			// again.
			w.rec = rec
			unconfirmed = append(unconfirmed, rec)
			continue
		}
		prevAttempts := 0
		if rec != nil {
			prevAttempts = rec.Attempts
		}
		rec = &Record{Token: w.token, SourceMailbox: fs.Name, SourceUIDValidity: fs.UIDValidity, SourceUID: uint32(f.uid), Created: now}
		if f.tooLarge {
			rec.Outcome, rec.Reason, rec.Updated = OutcomeTooLarge, fmt.Sprintf("%d bytes", f.size), now
			w.rec, w.done = rec, true
			m.log.Warn("message too large; not handled", "uid", f.uid, "size", f.size)
			stats.Skipped++
			continue
		}
		res, err := m.handle(hctx, &Message{Account: m.acct.Name, Mailbox: fs.Name, UIDValidity: fs.UIDValidity,
			UID: uint32(f.uid), InternalDate: f.date, Raw: f.raw, Token: w.token})
		if err != nil {
			// Transient failure: stop before this message; it is retried
			// after a backoff, and given up on after maxAttempts.
			attempts := prevAttempts + 1
			rec.Attempts, rec.Updated = attempts, now
			if attempts >= maxAttempts {
				rec.Outcome, rec.Reason = OutcomeFailed, "handler: "+err.Error()
				w.rec, w.done = rec, true
				m.log.Warn("handler failed; giving up on message", "uid", f.uid, "token", w.token, "attempts", attempts, "err", err)
				stats.Skipped++
				continue
			}
			// Store what is in hand before this message, record the
			// attempt count (no outcome yet) and stop here.
			return m.stopAt(hctx, s, fs, ws[:i], fresh, unconfirmed, f.uid-1, stats, rec,
				fmt.Errorf("handler on uid %d: %w", f.uid, err))
		}
		if res.Draft == nil {
			rec.Outcome, rec.Reason, rec.Updated = OutcomeSkipped, res.Skip, now
			w.rec, w.done = rec, true
			stats.Skipped++
			continue
		}
		if err := checkDraft(w.token, res.Draft, m.acct.MaxMessageSize); err != nil {
			rec.Outcome, rec.Reason, rec.Updated = OutcomeFailed, err.Error(), now
			w.rec, w.done = rec, true
			m.log.Warn("handler returned a bad draft", "uid", f.uid, "err", err)
			stats.Skipped++
			continue
		}
		rec.Outcome, rec.Draft, rec.Updated = OutcomePending, res.Draft, now
		w.rec, w.fresh = rec, true
		fresh = append(fresh, rec)
	}
	return m.storeGroup(hctx, s, fs, ws, fresh, unconfirmed, upTo, stats, nil)
}

// stopAt ends a group early at a handler failure: the messages before it
// are stored as usual, the failing one's attempt is recorded, and err is
// returned.
func (m *Mailbox) stopAt(ctx context.Context, s *session, fs *folderState, ws []*work, fresh, unconfirmed []*Record, upTo imap.UID, stats *SyncStats, failed *Record, err error) error {
	if err2 := m.storeGroup(ctx, s, fs, ws, fresh, unconfirmed, upTo, stats, failed); err2 != nil {
		return err2
	}
	return err
}

// storeGroup records the intents of the fresh drafts (and extra, when not
// nil) in one transaction, stores the drafts, then records every outcome of
// ws and LastUID (upTo, or just before the first draft that did not get
// through) in a second one.
func (m *Mailbox) storeGroup(ctx context.Context, s *session, fs *folderState, ws []*work, fresh, unconfirmed []*Record, upTo imap.UID, stats *SyncStats, extra *Record) error {
	// Intents before any APPEND: after a crash they tell the next start
	// to look in Drafts for these tokens.
	if len(fresh) > 0 || extra != nil {
		err := m.db.Update(func(tx *bbolt.Tx) error {
			for _, r := range fresh {
				if err := m.st.putRecord(tx, r); err != nil {
					return err
				}
			}
			if extra != nil {
				return m.st.putRecord(tx, extra)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("mailbox state: record intents: %w", err)
		}
	}
	appended, storeErr := m.storeDrafts(s, unconfirmed, fresh)
	stats.Drafted += appended
	if storeErr != nil {
		// Keep LastUID before the first draft that did not get through;
		// its intent stays recorded, so the next round looks in Drafts.
		for i, w := range ws {
			if w.rec != nil && w.rec.Outcome == OutcomePending {
				ws = ws[:i]
				upTo = 0
				if i > 0 {
					upTo = ws[i-1].f.uid
				}
				break
			}
		}
	}
	if err := m.finish(fs, ws, upTo); err != nil {
		return err
	}
	if m.onDraft != nil {
		for _, w := range ws {
			if w.fresh && w.rec.Outcome == OutcomeDrafted {
				m.onDraft(ctx, DraftInfo{Token: w.rec.Token, DraftUID: w.rec.DraftUID})
			}
		}
	}
	if m.onFailed != nil {
		// Records already final never get a w.rec, so these failed now.
		for _, w := range ws {
			if w.rec != nil && w.rec.Outcome == OutcomeFailed {
				m.onFailed(ctx, FailedEvent{Account: m.acct.Name, Token: w.rec.Token, Reason: w.rec.Reason})
			}
		}
	}
	return storeErr
}

// finish records the group's results and advances LastUID to upTo.
func (m *Mailbox) finish(fs *folderState, ws []*work, upTo imap.UID) error {
	for _, w := range ws {
		if w.f != nil && w.f.date.After(fs.HighDate) && uint32(w.f.uid) <= uint32(upTo) {
			fs.HighDate = w.f.date
		}
	}
	if uint32(upTo) > fs.LastUID {
		fs.LastUID = uint32(upTo)
	}
	err := m.db.Update(func(tx *bbolt.Tx) error {
		for _, w := range ws {
			if w.rec != nil && w.rec.Outcome != OutcomePending {
				if err := m.st.putRecord(tx, w.rec); err != nil {
					return err
				}
			}
		}
		return m.st.putFolder(tx, roleInbox, fs)
	})
	if err != nil {
		return fmt.Errorf("mailbox state: record results: %w", err)
	}
	return nil
}

// draftSum identifies a draft's bytes, to tell fivemin's own identical
// copies from a draft the rep edited.
func draftSum(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

func uidsToU32(uids []imap.UID) []uint32 {
	out := make([]uint32, len(uids))
	for i, u := range uids {
		out[i] = uint32(u)
	}
	return out
}
