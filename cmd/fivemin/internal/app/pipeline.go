package app

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
	"github.com/fivemin/fivemin/triage"
)

// Skip reasons recorded by the mailbox for mail that gets no draft, besides
// triage's own.
const (
	skipNotClient  = "not-client"
	skipNoRep      = "no-rep"
	skipNoQuestion = string(triage.SkipNoQuestions)
)

// handler is the mailbox handler for one rep.
func (a *App) handler(rep string) func(context.Context, *mailbox.Message) (mailbox.Result, error) {
	return func(ctx context.Context, m *mailbox.Message) (mailbox.Result, error) {
		return a.Handle(ctx, rep, m)
	}
}

// Handle triages one message from rep's INBOX, applies a reply's decision
// to its quote, and returns the draft to store. It is idempotent: called
// again for the same token after a crash it records nothing twice and
// renders the same bytes.
func (a *App) Handle(ctx context.Context, rep string, m *mailbox.Message) (res mailbox.Result, err error) {
	// A message that trips a bug must not take the service down: it is
	// reported and, after the mailbox's retries, recorded as failed.
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("handling a message panicked", "rep", rep, "token", shortToken(m.Token), "panic", p, "stack", string(debug.Stack()))
			res, err = mailbox.Result{}, fmt.Errorf("internal error handling message: %v", p)
		}
	}()
	return a.handle(ctx, rep, m)
}

func (a *App) handle(ctx context.Context, rep string, m *mailbox.Message) (mailbox.Result, error) {
	pc, err := a.current()
	if err != nil {
		return mailbox.Result{}, err
	}
	cfg := pc.cfg
	repCfg, ok := cfg.Rep(rep)
	if !ok {
		return mailbox.Result{Skip: skipNoRep}, nil
	}
	p := triage.Parse(bytes.NewReader(m.Raw), cfg.Triage.Limits)
	from := ""
	if p.From != nil {
		from = strings.ToLower(p.From.Address)
	}
	log := a.log.With("rep", rep, "token", shortToken(m.Token), "client", from)
	if !cfg.IsClientSender(from) {
		log.Debug("not a client sender")
		return mailbox.Result{Skip: skipNotClient}, nil
	}
	tier := a.tierOf(from)
	res := a.engine(pc, tier).AnalyzeParsed(p)
	for _, w := range res.Warnings {
		log.Warn("message read with a problem", "problem", w)
	}
	received := m.InternalDate
	if received.IsZero() {
		received = res.Date
	}

	if res.ReplyDecision != triage.DecisionNone {
		out, err := a.opts.Ledger.ApplyReply(ctx, ledger.Reply{
			MessageID: res.MessageID, InReplyTo: res.InReplyTo, References: res.References,
			Subject: res.Subject, From: from, Decision: ledger.Decision(res.ReplyDecision), At: received,
		})
		switch {
		case err == nil:
			log.Info("client answered a quote", "quote", out.QuoteID, "decision", res.ReplyDecision,
				"status", out.Status, "flagged", out.Flagged, "changed", out.Changed)
			// "Yes please, go ahead" is the answer, not a new ask.
			a.engine(pc, tier).DropDecisions(res)
		case errors.Is(err, ledger.ErrNoMatch):
			// An ordinary reply, not to a quote.
		default:
			return mailbox.Result{}, fmt.Errorf("applying reply to its quote: %w", err)
		}
	}

	email := ledger.Email{
		SourceToken: m.Token,
		MessageID:   res.MessageID,
		Rep:         rep,
		Client:      from,
		Org:         a.organisation(from),
		ReceivedAt:  received,
		Questions:   len(res.Questions),
		FreeMinutes: res.QuickMinutes(),
	}
	if res.Skip {
		// Clients' thank-yous still count towards their email volume;
		// automatic and bulk mail is not the client writing.
		if res.SkipReason == triage.SkipNoQuestions {
			email.Skipped = true
			if _, err := a.opts.Ledger.RecordEmail(ctx, email); err != nil {
				return mailbox.Result{}, fmt.Errorf("recording email: %w", err)
			}
		}
		log.Info("no draft", "reason", res.SkipReason)
		return mailbox.Result{Skip: string(res.SkipReason)}, nil
	}

	now := a.now()
	quote, err := cfg.Pricing().Price(res, quoting.For{Source: m.Token, Rep: rep, Tier: tier})
	if err != nil {
		return mailbox.Result{}, fmt.Errorf("pricing: %w", err)
	}
	var validUntil time.Time
	if len(quote.Lines) > 0 && cfg.Quote.ValidityDays > 0 {
		validUntil = now.In(cfg.Location()).AddDate(0, 0, cfg.Quote.ValidityDays)
	}
	draft, err := pc.drafter.Reply(quoting.ReplyInput{
		Result:       res,
		Quote:        quote,
		Source:       m.Token,
		Firm:         quoting.Firm{Name: cfg.Firm.Name, Domain: cfg.Firm.Domain},
		Rep:          quoting.Rep{Name: repCfg.Name, Address: repCfg.Address, Signature: repCfg.Signature},
		Variant:      cfg.Tier(tier).Template,
		Format:       cfg.Formatter(),
		ValidUntil:   validUntil,
		AskWritten:   cfg.Quote.AskWrittenGoAhead,
		HTML:         cfg.Quote.HTML,
		Now:          now,
		BlockMinutes: cfg.Rates.BlockMinutes,
	})
	if err != nil {
		return mailbox.Result{}, fmt.Errorf("drafting: %w", err)
	}

	meta := &draftMeta{
		Rep: rep, ClientAddress: from, Subject: res.Subject, MessageID: draft.MessageID,
		References: append(append([]string{}, res.References...), res.MessageID),
		Tier:       tier, FreeMinutes: res.FreeMinutes, Text: draft.Text, Created: now,
	}
	if res.From != nil {
		meta.ClientName = res.From.Name
	}
	email.DraftedAt = now
	entry := ledger.Entry{Email: email}
	if len(quote.Lines) > 0 {
		meta.Quote = quote
		email.QuoteID = quote.ID
		entry.Email = email
		entry.Quote = ledgerQuote(quote, email, draft.MessageID, tier, now)
	}
	if err := a.meta.put(m.Token, meta); err != nil {
		return mailbox.Result{}, fmt.Errorf("recording draft: %w", err)
	}
	if _, err := a.opts.Ledger.Record(ctx, entry); err != nil {
		return mailbox.Result{}, fmt.Errorf("recording in the ledger: %w", err)
	}
	log.Info("drafted", "questions", len(res.Questions), "quick_minutes", res.QuickMinutes(),
		"quote", email.QuoteID, "total", quote.Total.String())
	return mailbox.Result{Draft: draft.Raw}, nil
}

// ledgerQuote is the ledger's record of a priced quote. The ledger keeps one
// hourly rate per quote: the first ask's (lines may differ by category; the
// amounts are exact per ask either way).
func ledgerQuote(q *quoting.Quote, e ledger.Email, messageID, tier string, now time.Time) *ledger.Quote {
	lq := &ledger.Quote{
		ID: q.ID, Rep: e.Rep, Client: e.Client, Org: e.Org,
		SourceMessageID: e.MessageID, SourceToken: e.SourceToken, MessageID: messageID,
		CreatedAt: now, Rate: q.Lines[0].Rate.Hourly.Minor(), Total: q.Total.Minor(),
		Currency: q.Currency.Code(), FreeMinutes: e.FreeMinutes, Tier: tier,
	}
	for _, l := range q.Lines {
		lq.Asks = append(lq.Asks, ledger.Ask{
			Text: l.Text, Category: l.Category, Minutes: l.EstimatedMinutes,
			BilledMinutes: l.Minutes, Amount: l.Amount.Minor(),
		})
	}
	return lq
}

// organisation is the client's organisation as the tier ranking groups
// accounts (configured organisation, else the domain, except personal mail
// domains), so ledger reports and tiers agree. Without tiers it is the
// configured organisation, or "" (the ledger then uses the domain).
func (a *App) organisation(address string) string {
	if a.opts.Tiers != nil {
		return a.opts.Tiers.Organisation(address)
	}
	if o, ok := a.Config().Client(address); ok {
		return o.Organisation
	}
	return ""
}

// onSent records that a draft went out, with how much the rep changed it.
func (a *App) onSent(ctx context.Context, e mailbox.SentEvent) {
	log := a.log.With("rep", e.Account, "token", shortToken(e.Token), "via", e.Via)
	meta, err := a.meta.get(e.Token)
	if err != nil {
		log.Error("reading draft record", "err", err)
		return
	}
	if meta != nil && meta.FollowUpOf != "" {
		log.Info("follow-up sent", "quote", meta.FollowUpOf)
		return
	}
	p := triage.Parse(bytes.NewReader(e.Raw), triage.DefaultConfig().Limits)
	sd := ledger.SentDraft{SourceToken: e.Token, QuoteID: e.QuoteID, MessageID: p.MessageID, At: a.now(), Sent: p.Text}
	if meta != nil {
		sd.Draft = meta.Text
	}
	if sd.Draft == "" {
		sd.Sent = "" // nothing to compare with: record the send only
	}
	class, err := a.opts.Ledger.DraftSent(ctx, sd)
	if err != nil {
		log.Error("recording sent draft", "err", err)
		return
	}
	log.Info("draft sent", "quote", e.QuoteID, "edit", class)
	if err := a.meta.dropText(e.Token); err != nil {
		log.Warn("forgetting draft text", "err", err)
	}
}

// onDeleted records a draft the rep deleted without sending.
func (a *App) onDeleted(ctx context.Context, e mailbox.DeletedEvent) {
	log := a.log.With("rep", e.Account, "token", shortToken(e.Token))
	meta, err := a.meta.get(e.Token)
	if err != nil {
		log.Error("reading draft record", "err", err)
		return
	}
	if meta != nil && meta.FollowUpOf != "" {
		log.Info("follow-up deleted unsent", "quote", meta.FollowUpOf)
		return
	}
	quoteID := ""
	if meta != nil && meta.Quote != nil {
		quoteID = meta.Quote.ID
	}
	if err := a.opts.Ledger.DraftDeleted(ctx, e.Token, quoteID, e.Missing); err != nil {
		log.Error("recording deleted draft", "err", err)
		return
	}
	log.Info("draft deleted unsent", "quote", quoteID)
	if err := a.meta.dropText(e.Token); err != nil {
		log.Warn("forgetting draft text", "err", err)
	}
}

// onFailed undoes what handle recorded for a message whose draft never
// reached Drafts: without it the quote would wait in the ledger as drafted
// for a draft that does not exist (a ghost quote).
func (a *App) onFailed(ctx context.Context, e mailbox.FailedEvent) {
	log := a.log.With("rep", e.Account, "token", shortToken(e.Token))
	if err := a.opts.Ledger.DraftNotStored(ctx, e.Token, e.Reason, a.now()); err != nil {
		log.Error("withdrawing the quote of a draft that was not stored", "err", err)
		return
	}
	log.Warn("no draft stored; its quote, if any, is withdrawn", "reason", e.Reason)
}

// followUpToken is the mailbox token of a quote's follow-up draft: hex, and
// derived from the quote's source so it is the same after a restart.
func followUpToken(source string) string {
	sum := sha256.Sum256([]byte("fivemin-followup-v1\x00" + source))
	return hex.EncodeToString(sum[:])
}

func shortToken(t string) string {
	if len(t) > 12 {
		return t[:12]
	}
	return t
}
