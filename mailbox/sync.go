package mailbox

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
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
		m.hooks.round(stats)
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
	if err := m.retryRound(ctx, s, fs, stats); err != nil {
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
		if len(uids) > 0 {
			m.hooks.searched(uidsToU32(uids))
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

// retryRound handles again the messages queued by Retry.
func (m *Mailbox) retryRound(ctx context.Context, s *session, fs *folderState, stats *SyncStats) error {
	uids, tokens, err := m.retryUIDs(fs)
	if err != nil || len(uids) == 0 {
		return err
	}
	set := make([]imap.UID, len(uids))
	for i, u := range uids {
		set[i] = imap.UID(u)
	}
	for len(set) > 0 {
		n := min(len(set), m.chunkCount)
		if err := m.processChunk(ctx, s, fs, set[:n], stats); err != nil {
			return err
		}
		set = set[n:]
	}
	return m.endRetries(tokens)
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
		switch {
		case fs == nil:
			fs = m.firstInbox(sel.UIDValidity, sel.UIDNext)
		case fs.UIDValidity != sel.UIDValidity:
			fs = m.resyncInbox(fs, sel.UIDValidity, sel.UIDNext)
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

// firstInbox is the inbox position of a first sync, from FirstRun: by
// default only mail arriving from now on (uidNext onwards).
func (m *Mailbox) firstInbox(uidValidity, uidNext uint32) *folderState {
	fs := &folderState{Name: m.acct.Folders.Inbox, UIDValidity: uidValidity, Baseline: uidNext - 1}
	fr := m.acct.FirstRun
	fs.Unseen = fr.Unseen
	if fr.Since > 0 {
		fs.Since = m.now().Add(-fr.Since)
	}
	if !fr.Unseen && fr.Since == 0 {
		// Only mail arriving from now on.
		fs.LastUID, fs.BaselineDone = fs.Baseline, true
	}
	m.log.Info("first sync of inbox", "uidvalidity", uidValidity, "baseline_uid", fs.Baseline, "unseen", fs.Unseen, "since", fs.Since)
	return fs
}

// resyncInbox restarts the inbox position after a UIDVALIDITY change (RFC
// 3501 §2.3.1.1: UIDs are void). Recent mail is re-read by date; tokens
// keep already handled messages from being drafted twice.
func (m *Mailbox) resyncInbox(old *folderState, uidValidity, uidNext uint32) *folderState {
	since := old.HighDate
	if since.IsZero() {
		since = old.Since
	}
	if !since.IsZero() {
		since = since.Add(-24 * time.Hour) // SEARCH SINCE has day granularity
	}
	m.log.Warn("inbox UIDVALIDITY changed; resyncing by token", "old", old.UIDValidity, "new", uidValidity, "since", since)
	fs := &folderState{Name: old.Name, UIDValidity: uidValidity, Baseline: uidNext - 1,
		Since: since, Unseen: old.Unseen && since.IsZero(), HighDate: old.HighDate}
	if since.IsZero() && !fs.Unseen {
		fs.LastUID, fs.BaselineDone = fs.Baseline, true
	}
	return fs
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
		// Flush at the memory bound or the chunk's end, or after each
		// message while one that was in hand at a crash is about; messages
		// that vanished before the probe are simply passed over.
		if bytes >= int64(m.chunkBytes) || i == len(uids)-1 || (ok && m.careful.Load()) {
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
		uid, body, over, err := m.readBodyAnswer(s, msg, &firstErr)
		if err != nil {
			return err
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

// readBodyAnswer reads one FETCH answer for fetchSection: its UID and body
// section, or over when the body exceeds the size limit. The first read
// error is kept in *firstErr: the command must still be read to its end.
func (m *Mailbox) readBodyAnswer(s *session, msg *imapclient.FetchMessageData, firstErr *error) (uid imap.UID, body []byte, over bool, err error) {
	for items := 0; ; items++ {
		item := msg.Next()
		if item == nil {
			break
		}
		if items > 64 {
			s.c.Close()
			return 0, nil, false, fmt.Errorf("fetch bodies: over %d items in one answer", items)
		}
		switch item := item.(type) {
		case imapclient.FetchItemDataUID:
			uid = item.UID
		case imapclient.FetchItemDataBodySection:
			if item.Literal == nil || body != nil || over {
				continue // discarded by the library on Next
			}
			limit := m.acct.MaxMessageSize + 1
			b, rerr := readLiteral(item.Literal, limit)
			if rerr != nil && *firstErr == nil {
				*firstErr = fmt.Errorf("read message: %w", rerr)
			}
			if int64(len(b)) >= limit {
				over, b = true, nil // the size probe lied; treat as oversized
			}
			body = b
		}
		s.arm(0) // progress: a large literal may take a while
	}
	return uid, body, over, nil
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
