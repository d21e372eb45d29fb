package mailbox

import (
	"context"
	"fmt"
	"strconv"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-message/textproto"
	"go.etcd.io/bbolt"
)

// quarantineAfter is how many crashes with a message in hand make the
// next start skip it: one crash may be bad luck (a kill, a power cut), two
// in a row with the same message in hand are the message.
const quarantineAfter = 2

// work is one message on its way through handleGroup.
type work struct {
	f       *fetched
	header  textproto.Header
	token   string
	rec     *Record
	done    bool // final outcome known, nothing to append
	fresh   bool // the handler made a draft now (OnDraft is called for it)
	resumed bool // a draft of an earlier attempt, confirmed or appended now
	// The message's INFO line, for outcomes settled without a record
	// (a duplicate, fivemin's own message); "" logs nothing.
	outcome, reason string
	logAttrs        []any // the handler's extra fields for the INFO line
	err             error // a failure's cause, for the log
}

// round is one fetched group's way through a sync round: handled, its
// drafts stored, its outcomes recorded.
type round struct {
	s           *session
	fs          *folderState
	stats       *SyncStats
	ws          []*work
	fresh       []*Record // drafts made now, to append
	unconfirmed []*Record // pending drafts of earlier attempts: look in Drafts first
	upTo        imap.UID  // LastUID once the round is recorded
	attempt     *Record   // a transient failure's attempt count
	inHand      bool      // an in-hand marker was written: clear it with the intents
	handled     []string  // tokens the handler returned for: no longer crash suspects
}

// handleGroup runs the handler over a fetched group, records the intents
// (one transaction), stores the drafts (pipelined APPENDs; a group with
// several drafts selects Drafts first, which Dovecot appends to several
// times faster), records the results (one transaction) and moves LastUID
// to upTo. A transient handler failure stores what is in hand before the
// failing message and returns the failure.
func (m *Mailbox) handleGroup(ctx context.Context, s *session, fs *folderState, group []*fetched, upTo imap.UID, stats *SyncStats) error {
	// Finish the messages in hand even when asked to stop; the command
	// timeout still bounds each step.
	hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), m.acct.CommandTimeout)
	defer cancel()
	m.tokMu.Lock()
	defer m.tokMu.Unlock()

	r := &round{s: s, fs: fs, stats: stats, upTo: upTo, ws: m.prepare(group, stats)}
	known, crashes, err := m.lookupGroup(r.ws)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	for i, w := range r.ws {
		if w.done {
			continue
		}
		if seen[w.token] {
			// The same message twice in the INBOX (same Message-ID): one
			// draft answers both.
			w.done, w.outcome, w.reason = true, string(OutcomeSkipped), ReasonDuplicate
			stats.Skipped++
			continue
		}
		seen[w.token] = true
		if err := m.handleOne(hctx, r, w, known[w.token], crashes[w.token]); err != nil {
			r.ws, r.upTo = r.ws[:i], w.f.uid-1
			if err2 := m.storeRound(hctx, r); err2 != nil {
				return err2
			}
			return err
		}
	}
	return m.storeRound(hctx, r)
}

// ReasonDuplicate is the skip reason of a message whose Message-ID was
// answered already.
const ReasonDuplicate = "duplicate-message-id"

// prepare reads each fetched message's header and token, and settles the
// ones that need no handler (expunged meanwhile, fivemin's own).
func (m *Mailbox) prepare(group []*fetched, stats *SyncStats) []*work {
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
		w.header, _ = readHeader(f.raw)
		w.token = tokenFromHeader(m.acct.Name, w.header, f.raw)
		if f.tooLarge {
			w.token = tokenFromHeader(m.acct.Name, w.header, append(f.raw, fmt.Sprint(f.size)...))
		}
		if isOwn(w.header) {
			w.done, w.outcome, w.reason = true, string(OutcomeSkipped), "own-message"
			stats.Skipped++
		}
	}
	return ws
}

// lookupGroup reads the records of the group and how often each token was
// in hand at a crash, in one read transaction.
func (m *Mailbox) lookupGroup(ws []*work) (known map[string]*Record, crashes map[string]int, err error) {
	known, crashes = map[string]*Record{}, map[string]int{}
	err = m.db.View(func(tx *bbolt.Tx) error {
		sus := m.st.bucket(tx, bucketSuspects)
		for _, w := range ws {
			if w.done {
				continue
			}
			r, err := m.st.record(tx, w.token)
			if err != nil {
				return err
			}
			known[w.token] = r
			if v := sus.Get([]byte(w.token)); v != nil {
				crashes[w.token], _ = strconv.Atoi(string(v))
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("mailbox state: %w", err)
	}
	return known, crashes, nil
}

// handleOne settles one message of the round: done before, a draft still
// to confirm, too large, quarantined, or handed to the handler. Only a
// transient handler failure (or a state error) is returned.
func (m *Mailbox) handleOne(ctx context.Context, r *round, w *work, rec *Record, crashes int) error {
	f := w.f
	switch {
	case rec.final():
		w.done = true
		r.stats.Skipped++
		if rec.SourceUIDValidity == r.fs.UIDValidity && rec.SourceUID != uint32(f.uid) {
			// Another message with this Message-ID was answered before.
			w.outcome, w.reason = string(OutcomeSkipped), ReasonDuplicate
		}
		return nil
	case rec != nil && rec.Outcome == OutcomePending:
		// Unconfirmed draft (an APPEND that failed in this process, or an
		// intent left by a crash): look in Drafts before appending again.
		w.rec, w.resumed = rec, true
		r.unconfirmed = append(r.unconfirmed, rec)
		return nil
	}
	now := m.now()
	w.rec = &Record{Token: w.token, SourceMailbox: r.fs.Name, SourceUIDValidity: r.fs.UIDValidity, SourceUID: uint32(f.uid), Created: now, Updated: now}
	switch {
	case f.tooLarge:
		m.settle(r, w, OutcomeTooLarge, fmt.Sprintf("%d bytes", f.size), nil)
		return nil
	case crashes >= quarantineAfter:
		m.settle(r, w, OutcomeFailed, ReasonQuarantined, fmt.Errorf("in hand at %d crashes", crashes))
		return nil
	}
	if err := m.markInHand(w.token); err != nil {
		return err
	}
	r.inHand = true
	res, err := m.handle(ctx, &Message{Account: m.acct.Name, Mailbox: r.fs.Name, UIDValidity: r.fs.UIDValidity,
		UID: uint32(f.uid), InternalDate: f.date, Raw: f.raw, Token: w.token})
	r.handled = append(r.handled, w.token)
	w.logAttrs = res.Log
	switch {
	case err != nil && IsPermanent(err):
		m.settle(r, w, OutcomeFailed, permanentReason(err), err)
	case err != nil:
		// Transient: retried after a backoff, given up after maxAttempts.
		w.rec.Attempts = attemptsOf(rec) + 1
		if w.rec.Attempts >= maxAttempts {
			m.settle(r, w, OutcomeFailed, "handler", err)
			return nil
		}
		r.attempt = w.rec
		return fmt.Errorf("handler on uid %d: %w", f.uid, err)
	case res.Draft == nil:
		m.settle(r, w, OutcomeSkipped, res.Skip, nil)
	default:
		if err := checkDraft(w.token, res.Draft, m.acct.MaxMessageSize); err != nil {
			m.settle(r, w, OutcomeFailed, "bad-draft", err)
			return nil
		}
		w.rec.Outcome, w.rec.Draft, w.rec.Keys = OutcomePending, res.Draft, replyKeys(res.Draft)
		w.fresh = true
		r.fresh = append(r.fresh, w.rec)
	}
	return nil
}

// ReasonQuarantined is the failure reason of a message that was in hand
// at two crashes in a row.
const ReasonQuarantined = "quarantined"

// settle gives w's record a final outcome without a draft, with what a rep
// needs to recognise the message in the "needs attention" list.
func (m *Mailbox) settle(r *round, w *work, o Outcome, reason string, err error) {
	rec := w.rec
	rec.Outcome, rec.Reason = o, capText(reason, maxReason)
	if err != nil {
		rec.Error = capText(err.Error(), maxErrorText)
	}
	rec.From = capText(decodeHeader(w.header.Get("From")), maxHeaderText)
	rec.Subject = capText(decodeHeader(w.header.Get("Subject")), maxHeaderText)
	w.done, w.err, w.outcome, w.reason = true, err, string(o), rec.Reason
	r.stats.Skipped++
}

// markInHand records, before the handler runs, which message is in hand:
// if the process dies now, the next Run counts a crash against it.
func (m *Mailbox) markInHand(token string) error {
	err := m.db.Update(func(tx *bbolt.Tx) error {
		return m.st.bucket(tx, bucketInHand).Put(keyInHand, []byte(token))
	})
	if err != nil {
		return fmt.Errorf("mailbox state: %w", err)
	}
	return nil
}

var keyInHand = []byte("token")

// noteCrash runs when Run starts: a message still marked in hand was being
// handled when the previous process died. It becomes a crash suspect; at
// quarantineAfter crashes it is skipped. While suspects exist, groups are
// handled one message at a time, so the mail around a suspect is drafted
// and recorded before the suspect is tried again.
func (m *Mailbox) noteCrash() error {
	suspects := 0
	err := m.db.Update(func(tx *bbolt.Tx) error {
		ih, sus := m.st.bucket(tx, bucketInHand), m.st.bucket(tx, bucketSuspects)
		if tok := ih.Get(keyInHand); tok != nil {
			n := 1
			if v := sus.Get(tok); v != nil {
				p, _ := strconv.Atoi(string(v))
				n = p + 1
			}
			m.log.Warn("the last run stopped while handling a message", "token", shortToken(string(tok)), "crashes", n, "quarantine_at", quarantineAfter)
			if err := sus.Put(append([]byte(nil), tok...), []byte(strconv.Itoa(n))); err != nil {
				return err
			}
			if err := ih.Delete(keyInHand); err != nil {
				return err
			}
		}
		suspects = countKeys(sus)
		return nil
	})
	if err != nil {
		return fmt.Errorf("mailbox state: %w", err)
	}
	m.careful.Store(suspects > 0)
	return nil
}

// storeRound records the intents of the fresh drafts (and a failing
// message's attempt count, and the end of the in-hand marker) in one
// transaction, stores the drafts, then records every outcome and LastUID
// (upTo, or just before the first draft that did not get through) in a
// second one, and logs one line per message.
func (m *Mailbox) storeRound(ctx context.Context, r *round) error {
	if err := m.recordIntents(r); err != nil {
		return err
	}
	appended, storeErr := m.storeDrafts(r.s, r.unconfirmed, r.fresh)
	r.stats.Drafted += appended
	if storeErr != nil {
		r.cutAtUnstored()
	}
	if err := m.finish(r); err != nil {
		return err
	}
	for _, w := range r.ws {
		m.logOutcome(w)
		if m.onDraft != nil && w.fresh && w.rec.Outcome == OutcomeDrafted {
			m.onDraft(ctx, DraftInfo{Token: w.rec.Token, DraftUID: w.rec.DraftUID})
		}
		// Records already final get no w.rec, so these failed now: what
		// the handler recorded for a draft that never reached Drafts (a
		// quote) is undone.
		if m.onFailed != nil && w.rec != nil && w.rec.Outcome == OutcomeFailed {
			m.onFailed(ctx, FailedEvent{Account: m.acct.Name, Token: w.rec.Token, Reason: w.rec.Reason})
		}
	}
	return storeErr
}

// recordIntents writes, before any APPEND, what a crash must not lose:
// the intents tell the next start to look in Drafts for these tokens.
func (m *Mailbox) recordIntents(r *round) error {
	if len(r.fresh) == 0 && r.attempt == nil && !r.inHand {
		return nil
	}
	err := m.db.Update(func(tx *bbolt.Tx) error {
		recs := r.fresh
		if r.attempt != nil {
			recs = append(recs[:len(recs):len(recs)], r.attempt)
		}
		for _, rec := range recs {
			if err := m.st.putRecord(tx, rec); err != nil {
				return err
			}
		}
		if err := m.st.bucket(tx, bucketInHand).Delete(keyInHand); err != nil {
			return err
		}
		sus := m.st.bucket(tx, bucketSuspects)
		for _, tok := range r.handled {
			if err := sus.Delete([]byte(tok)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("mailbox state: record intents: %w", err)
	}
	return nil
}

// cutAtUnstored ends the round before the first draft that did not get
// through, so LastUID stays before it; its intent stays recorded, and the
// next round looks in Drafts.
func (r *round) cutAtUnstored() {
	for i, w := range r.ws {
		if w.rec != nil && w.rec.Outcome == OutcomePending {
			r.ws, r.upTo = r.ws[:i], 0
			if i > 0 {
				r.upTo = r.ws[i-1].f.uid
			}
			return
		}
	}
}

// finish records the round's results, keeps the "needs attention" list and
// advances LastUID to upTo.
func (m *Mailbox) finish(r *round) error {
	fs := r.fs
	for _, w := range r.ws {
		if w.f != nil && w.f.date.After(fs.HighDate) && uint32(w.f.uid) <= uint32(r.upTo) {
			fs.HighDate = w.f.date
		}
	}
	if uint32(r.upTo) > fs.LastUID {
		fs.LastUID = uint32(r.upTo)
	}
	suspects := 0
	err := m.db.Update(func(tx *bbolt.Tx) error {
		sus := m.st.bucket(tx, bucketSuspects)
		for _, w := range r.ws {
			if w.rec == nil || w.rec.Outcome == OutcomePending {
				continue
			}
			if err := m.st.putRecord(tx, w.rec); err != nil {
				return err
			}
			if err := sus.Delete([]byte(w.rec.Token)); err != nil {
				return err
			}
		}
		suspects = countKeys(sus)
		return m.st.putFolder(tx, roleInbox, fs)
	})
	if err != nil {
		return fmt.Errorf("mailbox state: record results: %w", err)
	}
	m.careful.Store(suspects > 0)
	return nil
}

// logOutcome writes the message's one INFO line (WARN for a failure): what
// became of it and why, so "why no draft?" has an answer in the log.
func (m *Mailbox) logOutcome(w *work) {
	outcome, reason := w.outcome, w.reason
	if (w.fresh || w.resumed) && w.rec.Outcome == OutcomeDrafted {
		outcome = string(OutcomeDrafted)
	}
	if outcome == "" || w.f == nil {
		return
	}
	args := []any{"uid", w.f.uid, "token", shortToken(w.token), "outcome", outcome}
	if reason != "" {
		args = append(args, "reason", reason)
	}
	if w.err != nil {
		args = append(args, "err", w.err)
	}
	args = append(args, w.logAttrs...)
	if outcome == string(OutcomeFailed) || outcome == string(OutcomeTooLarge) {
		m.log.Warn("message not drafted", args...)
		return
	}
	m.log.Info("message handled", args...)
}

func shortToken(t string) string {
	if len(t) > 12 {
		return t[:12]
	}
	return t
}
