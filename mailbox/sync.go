package mailbox

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"go.etcd.io/bbolt"
)

const (
	chunkCount = 100     // UIDs per size probe
	chunkBytes = 4 << 20 // message bytes held in memory per body fetch
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
	inbox := m.acct.Folders.Inbox
	var sel *imap.SelectData
	if s.selected != inbox {
		if sel, err = s.selectBox(inbox, false); err != nil {
			return stats, err
		}
		s.inboxValidity, s.inboxNext = sel.UIDValidity, uint32(sel.UIDNext)
	}
	fs, err := m.inboxState(s)
	if err != nil {
		return stats, err
	}
	for {
		uids, err := m.candidates(s, fs)
		if err != nil {
			return stats, err
		}
		if m.afterSearch != nil && len(uids) > 0 {
			m.afterSearch(uidsToU32(uids))
		}
		if len(uids) == 0 {
			if !fs.BaselineDone {
				fs.BaselineDone = true
				fs.LastUID = max(fs.LastUID, fs.Baseline)
				if err := m.db.Update(func(tx *bbolt.Tx) error { return m.st.putFolder(tx, roleInbox, fs) }); err != nil {
					return stats, fmt.Errorf("mailbox state: %w", err)
				}
				continue
			}
			return stats, nil
		}
		for len(uids) > 0 {
			n := min(len(uids), chunkCount)
			if err := m.processChunk(ctx, s, fs, uids[:n], &stats); err != nil {
				return stats, err
			}
			uids = uids[n:]
			if ctx.Err() != nil {
				return stats, ctx.Err()
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
	err := m.db.Update(func(tx *bbolt.Tx) error {
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

// processChunk handles up to chunkCount UIDs: probe sizes, fetch bodies in
// memory-bounded groups, then handle each group.
func (m *Mailbox) processChunk(ctx context.Context, s *session, fs *folderState, uids []imap.UID, stats *SyncStats) error {
	probe, err := m.probe(s, uids)
	if err != nil {
		return err
	}
	var group []*fetched
	var bytes int64
	flush := func(upTo imap.UID) error {
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
		if bytes >= chunkBytes || i == len(uids)-1 {
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
	out := make(map[imap.UID]*fetched, len(uids))
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		buf, err := msg.Collect()
		if err != nil {
			cmd.Close()
			return nil, fmt.Errorf("fetch sizes: %w", err)
		}
		if buf.UID == 0 {
			continue
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
	var firstErr error
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		var uid imap.UID
		for {
			item := msg.Next()
			if item == nil {
				break
			}
			switch item := item.(type) {
			case imapclient.FetchItemDataUID:
				uid = item.UID
			case imapclient.FetchItemDataBodySection:
				f := byUID[uid]
				if f == nil || item.Literal == nil {
					continue // discarded by the library on Next
				}
				limit := m.acct.MaxMessageSize + 1
				b, err := io.ReadAll(io.LimitReader(item.Literal, limit))
				if err != nil && firstErr == nil {
					firstErr = fmt.Errorf("read message %d: %w", uid, err)
				}
				if int64(len(b)) >= limit {
					f.tooLarge = true // the size probe lied; treat as oversized
					b = nil
				}
				f.raw = b
			}
			s.arm(0) // progress: a large literal may take a while
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
	draft []byte
	done  bool // final outcome known, nothing to append
}

// handleGroup runs the handler over a fetched group, records intents,
// APPENDs drafts and records results, then moves LastUID to upTo.
func (m *Mailbox) handleGroup(ctx context.Context, s *session, fs *folderState, group []*fetched, upTo imap.UID, stats *SyncStats) error {
	// Finish the messages in hand even when asked to stop; the command
	// timeout still bounds each step.
	hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), m.acct.CommandTimeout)
	defer cancel()
	m.tokMu.Lock()
	defer m.tokMu.Unlock()

	now := m.now()
	var ws []*work
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
			continue
		}
		var rec *Record
		if err := m.db.View(func(tx *bbolt.Tx) (err error) { rec, err = m.st.record(tx, w.token); return }); err != nil {
			return fmt.Errorf("mailbox state: %w", err)
		}
		switch {
		case rec.final():
			w.done = true
			stats.Skipped++
			continue
		case rec != nil && rec.Outcome == OutcomePending:
			// Unconfirmed draft (an APPEND that failed in this process):
			// look in Drafts before appending again.
			if err := m.reconcileOne(s, rec, fs.Name); err != nil {
				return err
			}
			w.rec, w.done = rec, true
			continue
		}
		prevAttempts := 0
		if rec != nil {
			prevAttempts = rec.Attempts
		}
		rec = &Record{Token: w.token, SourceMailbox: fs.Name, SourceUIDValidity: fs.UIDValidity, SourceUID: uint32(f.uid), Created: now}
		if rec0 := rec; f.tooLarge {
			rec0.Outcome, rec0.Reason, rec0.Updated = OutcomeTooLarge, fmt.Sprintf("%d bytes", f.size), now
			w.rec, w.done = rec0, true
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
			// Record the attempt count (no outcome yet) and stop here.
			ws = ws[:len(ws)-1]
			upTo = f.uid - 1
			if err2 := m.finish(fs, ws, upTo, stats, func(tx *bbolt.Tx) error {
				return m.st.putRecord(tx, rec)
			}); err2 != nil {
				return err2
			}
			return fmt.Errorf("handler on uid %d: %w", f.uid, err)
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
		w.rec, w.draft = rec, res.Draft
	}

	// Intents (and final skips) in one transaction, before any APPEND.
	err := m.db.Update(func(tx *bbolt.Tx) error {
		for _, w := range ws {
			if w.rec != nil {
				if err := m.st.putRecord(tx, w.rec); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("mailbox state: record intents: %w", err)
	}
	// APPEND, then record; on failure record what got through.
	var pend []*Record
	for _, w := range ws {
		if !w.done && w.rec != nil && w.rec.Outcome == OutcomePending {
			pend = append(pend, w.rec)
		}
	}
	appended, appendErr := m.appendMany(s, pend)
	stats.Drafted += appended
	if appendErr != nil {
		// Keep LastUID before the first draft that did not get through.
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
	if err := m.finish(fs, ws, upTo, stats, nil); err != nil {
		return err
	}
	if m.onDraft != nil {
		for _, w := range ws {
			if w.rec != nil && w.rec.Outcome == OutcomeDrafted && !w.done {
				m.onDraft(hctx, DraftInfo{Token: w.rec.Token, DraftUID: w.rec.DraftUID})
			}
		}
	}
	return appendErr
}

// appendMany APPENDs the pending drafts pipelined (all commands sent, then
// all replies read) and updates each record that got through; it returns
// how many did.
func (m *Mailbox) appendMany(s *session, recs []*Record) (int, error) {
	if len(recs) <= 1 {
		for _, r := range recs {
			if err := m.appendPending(s, r); err != nil {
				return 0, err
			}
		}
		return len(recs), nil
	}
	cmds := make([]*imapclient.AppendCommand, 0, len(recs))
	s.arm(0)
	defer s.disarm()
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
		if sendErr != nil && n < i {
			continue // an earlier one failed: leave it pending for reconcile
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
	m.log.Debug("drafts stored", "count", n)
	return n, nil
}

// appendPending APPENDs the pending draft of r (whose intent is already
// recorded) and updates r in memory; the caller records it.
func (m *Mailbox) appendPending(s *session, r *Record) error {
	data, err := s.appendMsg(s.folders.Drafts, r.Draft, imap.FlagDraft, imap.FlagSeen)
	if err != nil {
		return err
	}
	now := m.now()
	r.Outcome, r.Draft, r.DraftUID, r.DraftUIDValidity = OutcomeDrafted, nil, uint32(data.UID), data.UIDValidity
	r.Drafted, r.Updated = now, now
	m.log.Info("draft stored", "token", r.Token, "draft_uid", data.UID, "source_uid", r.SourceUID)
	return nil
}

// finish records the group's results and advances LastUID to upTo.
func (m *Mailbox) finish(fs *folderState, ws []*work, upTo imap.UID, stats *SyncStats, extra func(*bbolt.Tx) error) error {
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
		if extra != nil {
			if err := extra(tx); err != nil {
				return err
			}
		}
		return m.st.putFolder(tx, roleInbox, fs)
	})
	if err != nil {
		return fmt.Errorf("mailbox state: record results: %w", err)
	}
	return nil
}

func uidsToU32(uids []imap.UID) []uint32 {
	out := make([]uint32, len(uids))
	for i, u := range uids {
		out[i] = uint32(u)
	}
	return out
}
