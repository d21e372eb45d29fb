package mailbox

import "context"

// Conn is an open connection driven one step at a time. It exists for
// cmd/fivemin-bench, which times single sync rounds and polls (what Run
// repeats); everything else uses Run.
type Conn struct {
	m *Mailbox
	s *session
}

// Open connects, logs in and reconciles unfinished drafts.
func (m *Mailbox) Open(ctx context.Context) (*Conn, error) {
	s, err := m.dial(ctx)
	if err != nil {
		return nil, err
	}
	if err := m.reconcile(ctx, s); err != nil {
		s.close()
		return nil, err
	}
	return &Conn{m: m, s: s}, nil
}

// Sync handles everything new in the INBOX once.
func (c *Conn) Sync(ctx context.Context) (SyncStats, error) { return c.m.syncInbox(ctx, c.s) }

// Poll is one poll as Run makes it on a server without IDLE: NOOP, then a
// sync round only when the server announced new mail (EXISTS). The first
// call also selects the INBOX. Searched says whether it ran a round.
func (c *Conn) Poll(ctx context.Context) (stats SyncStats, searched bool, err error) {
	if c.s.selected != c.m.acct.Folders.Inbox {
		if stats, err = c.m.syncInbox(ctx, c.s); err != nil {
			return stats, true, err
		}
	}
	if err := c.s.noop(); err != nil {
		return stats, false, err
	}
	if !c.s.pending() {
		return stats, false, nil
	}
	stats, err = c.m.syncInbox(ctx, c.s)
	return stats, true, err
}

// Close logs out.
func (c *Conn) Close() { c.s.close() }
