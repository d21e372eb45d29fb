// Package ops is what fivemin's commands ask of the service's state:
// reports, quote decisions, the outbox and sending. The same operations run
// in-process on the state file (Local) or, while `fivemin serve` holds that
// file, through the service over a unix socket beside it (Client, Serve):
// bbolt lets only one process open the file. golang.org/x/sys/unix reads
// the socket peer's user (SO_PEERCRED): only root and the service's own user
// are answered.
package ops

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// Service is the set of operations.
type Service interface {
	Report(ctx context.Context, q ReportQuery) (*ledger.Report, error)
	Unclear(ctx context.Context) ([]ledger.Quote, error)
	Quote(ctx context.Context, id string) (*QuoteDetail, error)
	Mark(ctx context.Context, m MarkRequest) (*ledger.Quote, error)
	Outbox(ctx context.Context) ([]OutboxItem, error)
	Send(ctx context.Context, ref string, force bool) (*SendResult, error)
	// Clients renders the client ranking (or, with leakage, the free
	// minutes given away per month) as table, csv or json.
	Clients(ctx context.Context, q ClientsQuery) ([]byte, error)
	// Attention lists the recent messages that got no draft; Retry queues
	// one of them to be handled again.
	Attention(ctx context.Context) ([]AttentionItem, error)
	Retry(ctx context.Context, token string) error
	// Status reports each rep's mailbox connection.
	Status(ctx context.Context) ([]MailboxStatus, error)
	// RefreshToken and SaveRefreshToken read and store the reps' OAuth
	// refresh tokens (see TokenStore).
	RefreshToken(ctx context.Context, r TokenRef) (string, error)
	SaveRefreshToken(ctx context.Context, r TokenRef) error
}

// ReportQuery selects a report.
type ReportQuery struct {
	Filter ledger.Filter    `json:"filter"`
	By     []ledger.GroupBy `json:"by,omitempty"`
}

// QuoteDetail is a quote with its history.
type QuoteDetail struct {
	Quote  ledger.Quote   `json:"quote"`
	Events []ledger.Event `json:"events"`
}

// MarkRequest is a person's decision on a quote.
type MarkRequest struct {
	ID     string        `json:"id"`
	Status ledger.Status `json:"status"`
	Actor  ledger.Actor  `json:"actor"`
	Note   string        `json:"note,omitempty"`
	// Amount is the amount agreed with accepted, in minor units of the
	// quote's currency (a counter-offer taken); 0 means the quoted total.
	Amount int64 `json:"amount,omitempty"`
}

// ClientsQuery selects the clients output.
type ClientsQuery struct {
	Format  string    `json:"format"`
	Leakage bool      `json:"leakage,omitempty"`
	Since   time.Time `json:"since,omitzero"`
	Until   time.Time `json:"until,omitzero"`
}

// OutboxItem is a draft waiting for its rep.
type OutboxItem struct {
	Rep     string    `json:"rep"`
	Token   string    `json:"token"`
	QuoteID string    `json:"quote_id,omitempty"`
	Subject string    `json:"subject"`
	To      string    `json:"to"`
	Date    time.Time `json:"date"`
}

// SendResult says what Send did.
type SendResult struct {
	Rep        string   `json:"rep"`
	Token      string   `json:"token"`
	QuoteID    string   `json:"quote_id,omitempty"`
	Recipients []string `json:"recipients"`
}

// Local runs the operations in this process.
type Local struct {
	Ledger *ledger.Ledger
	// Mailboxes returns the reps' mailboxes (running or not); nil when the
	// caller cannot reach mail (report-only use).
	Mailboxes func() (map[string]*mailbox.Mailbox, error)
	// ClientsOutput renders the client ranking; nil when tiers are not
	// available.
	ClientsOutput func(ctx context.Context, q ClientsQuery) ([]byte, error)
}

var _ Service = (*Local)(nil)

// Report runs a ledger report.
func (l *Local) Report(ctx context.Context, q ReportQuery) (*ledger.Report, error) {
	return l.Ledger.Report(ctx, q.Filter, q.By...)
}

// Unclear lists the quotes whose reply needs a person.
func (l *Local) Unclear(ctx context.Context) ([]ledger.Quote, error) {
	return l.Ledger.Unclear(ctx)
}

// Quote returns one quote and its events.
func (l *Local) Quote(ctx context.Context, id string) (*QuoteDetail, error) {
	id = strings.ToUpper(strings.TrimSpace(id))
	q, err := l.Ledger.Quote(ctx, id)
	if err != nil {
		return nil, err
	}
	evs, err := l.Ledger.Events(ctx, id)
	if err != nil {
		return nil, err
	}
	return &QuoteDetail{Quote: *q, Events: evs}, nil
}

// Mark records a person's decision.
func (l *Local) Mark(ctx context.Context, m MarkRequest) (*ledger.Quote, error) {
	switch m.Actor {
	case ledger.ActorRep, ledger.ActorManager:
	default:
		return nil, fmt.Errorf("a decision is made by a rep or a manager, not %q", m.Actor)
	}
	return l.Ledger.MarkAgreed(ctx, strings.ToUpper(strings.TrimSpace(m.ID)), m.Status, m.Actor, m.Note, m.Amount)
}

// Outbox lists every rep's drafts waiting to be sent, oldest first.
func (l *Local) Outbox(ctx context.Context) ([]OutboxItem, error) {
	mbs, err := l.mailboxes()
	if err != nil {
		return nil, err
	}
	var out []OutboxItem
	var errs []error
	for rep, mb := range mbs {
		items, err := mb.Outbox(ctx)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", rep, err))
			continue
		}
		for _, it := range items {
			out = append(out, OutboxItem{Rep: rep, Token: it.Token, QuoteID: it.QuoteID, Subject: it.Subject, To: it.To, Date: it.Date})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out, errors.Join(errs...)
}

// Send sends one draft, named by its token or its quote ID.
func (l *Local) Send(ctx context.Context, ref string, force bool) (*SendResult, error) {
	mbs, err := l.mailboxes()
	if err != nil {
		return nil, err
	}
	ref = strings.TrimSpace(ref)
	token, quoteID, rep := strings.ToLower(ref), "", ""
	if strings.HasPrefix(strings.ToUpper(ref), "Q-") {
		q, err := l.Ledger.Quote(ctx, strings.ToUpper(ref))
		if err != nil {
			return nil, err
		}
		token, quoteID, rep = q.SourceToken, q.ID, q.Rep
	} else if e, err := l.Ledger.Email(ctx, token); err == nil {
		rep, quoteID = e.Rep, e.QuoteID
	}
	if rep == "" {
		// A follow-up or other draft the ledger does not know: ask each
		// mailbox.
		for r, mb := range mbs {
			if rec, _ := mb.Lookup(token); rec != nil {
				rep = r
				break
			}
		}
	}
	mb := mbs[rep]
	if mb == nil {
		return nil, fmt.Errorf("no draft %s in any configured rep's mailbox", ref)
	}
	res, err := mb.Send(ctx, token, force)
	if err != nil {
		return nil, err
	}
	return &SendResult{Rep: rep, Token: res.Token, QuoteID: quoteID, Recipients: res.Recipients}, nil
}

// Clients renders the client ranking.
func (l *Local) Clients(ctx context.Context, q ClientsQuery) ([]byte, error) {
	if l.ClientsOutput == nil {
		return nil, errors.New("client tiers are not available here")
	}
	return l.ClientsOutput(ctx, q)
}

func (l *Local) mailboxes() (map[string]*mailbox.Mailbox, error) {
	if l.Mailboxes == nil {
		return nil, errors.New("no mail configuration: pass --config to reach the reps' mailboxes")
	}
	return l.Mailboxes()
}
