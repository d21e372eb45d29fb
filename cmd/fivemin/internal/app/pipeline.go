package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
	"github.com/fivemin/fivemin/triage"
)

// Skip reasons recorded by the mailbox for mail that gets no draft, besides
// triage's own.
const (
	skipNotClient  = "not-client"
	skipOwnDomain  = "own-domain"      // a colleague, or the firm's own systems
	skipNoSender   = "unreadable-from" // no From that could be read
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
// renders the same bytes. Failures that will recur (a configuration that
// cannot draft, a bug) are mailbox.Permanent, so the mailbox records them
// at once and moves on; "config" ones are retried after a reload.
func (a *App) Handle(ctx context.Context, rep string, m *mailbox.Message) (res mailbox.Result, err error) {
	// A message that trips a bug must not take the service down: it is
	// reported and recorded as failed.
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("handling a message panicked", "rep", rep, "token", shortToken(m.Token), "panic", p, "stack", string(debug.Stack()))
			res, err = mailbox.Result{}, mailbox.Permanent(reasonInternal, fmt.Errorf("internal error handling message: %v", p))
		}
	}()
	return a.handle(ctx, rep, m)
}

// Failure reasons recorded for messages that cannot be answered.
const (
	reasonConfig   = "config"   // retried after the configuration changes
	reasonDraft    = "draft"    // the draft could not be composed
	reasonInternal = "internal" // a bug (panic)
	reasonInvalid  = "invalid"  // the ledger refuses what the message says

)

// incoming is one message on its way through handle.
type incoming struct {
	pc       *perConfig
	rep      string
	msg      *mailbox.Message
	p        *triage.Parsed
	from     string
	tier     string
	res      *triage.Result
	received time.Time
	log      *slog.Logger
	logAttrs []any // for the message's INFO line (mailbox.Result.Log)
	// client and relayedBy are set when the message was relayed by the
	// firm's own systems and from is its Reply-To (see relay).
	client    *mail.Address
	relayedBy string
}

func (a *App) handle(ctx context.Context, rep string, m *mailbox.Message) (mailbox.Result, error) {
	pc, err := a.current()
	if err != nil {
		return mailbox.Result{}, mailbox.Permanent(reasonConfig, err)
	}
	if _, ok := pc.cfg.Rep(rep); !ok {
		return mailbox.Result{Skip: skipNoRep}, nil
	}
	in := a.read(pc, rep, m)
	if in.p.From == nil {
		// No client to price, rank or record the quote for: a skip the
		// rep can see, with the reason, rather than a failure retried.
		return mailbox.Result{Skip: skipNoSender, Log: []any{"problems", in.p.Warnings}}, nil
	}
	if !pc.cfg.IsClientSender(in.from) {
		relayed, err := a.relay(ctx, in)
		if err != nil {
			return mailbox.Result{}, err
		}
		if !relayed {
			return mailbox.Result{Skip: notClientReason(pc.cfg, in.from), Log: []any{"client", in.from}}, nil
		}
	}
	in.tier = a.tierOf(in.from)
	in.res = a.engineFor(pc, in.tier, in.client != nil).AnalyzeParsed(in.p)
	for _, w := range in.res.Warnings {
		in.log.Warn("message read with a problem", "problem", w)
	}
	in.received = arrival(m.InternalDate, in.res.Date, a.now())
	if err := a.applyReply(ctx, in); err != nil {
		return mailbox.Result{}, err
	}
	if in.res.Skip {
		return a.skip(ctx, in)
	}
	return a.draft(ctx, in)
}

// notClientReason says why from is not a client, for the rep who wonders
// why there is no draft.
func notClientReason(cfg *config.Config, from string) string {
	_, domain, ok := strings.Cut(from, "@")
	switch {
	case from == "" || !ok:
		return skipNoSender
	case slices.ContainsFunc(cfg.Firm.OwnDomains, func(d string) bool {
		return domain == d || strings.HasSuffix(domain, "."+d)
	}):
		return skipOwnDomain
	}
	return skipNotClient
}

// read parses m and finds its sender.
func (a *App) read(pc *perConfig, rep string, m *mailbox.Message) *incoming {
	in := &incoming{pc: pc, rep: rep, msg: m}
	p := triage.ParseBytes(m.Raw, pc.cfg.Triage.Limits)
	if p.From != nil {
		in.from = strings.ToLower(p.From.Address)
	}
	in.log = a.log.With("rep", rep, "token", shortToken(m.Token), "client", in.from)
	in.p = p
	return in
}

// applyReply applies a client's answer to the quote it replies to; "yes
// please, go ahead" is then the answer, not a new ask.
func (a *App) applyReply(ctx context.Context, in *incoming) error {
	res := in.res
	if res.ReplyDecision == triage.DecisionNone {
		return nil
	}
	out, err := a.opts.Ledger.ApplyReply(ctx, ledger.Reply{
		MessageID: res.MessageID, InReplyTo: res.InReplyTo, References: res.References,
		Subject: res.Subject, From: in.from, Decision: ledger.Decision(res.ReplyDecision), At: in.received,
		Reason: res.ReplyReason, Text: res.NewText, CapMinutes: res.ReplyCapMinutes,
	})
	switch {
	case err == nil:
		// Part of the message's one INFO line.
		in.logAttrs = append(in.logAttrs, "answered_quote", out.QuoteID, "decision", res.ReplyDecision,
			"reason", res.ReplyReason, "quote_status", out.Status, "flagged", out.Flagged, "changed", out.Changed)
		// The answer, a counter-offer or a question back about the quoted
		// work goes to the quote's record, not into a fresh quote; only
		// asks for new work are quoted again.
		a.engine(in.pc, in.tier).DropDecisions(res, out.Asks...)
	case errors.Is(err, ledger.ErrNoMatch):
		// An ordinary reply, not to a quote.
	default:
		return ledgerErr("applying reply to its quote", err)
	}
	return nil
}

// ledgerErr wraps a ledger failure: a record the ledger refuses as invalid
// (an address or text it cannot keep) is refused again on every attempt,
// anything else (the state file) may pass.
func ledgerErr(what string, err error) error {
	err = fmt.Errorf("%s: %w", what, err)
	if errors.Is(err, ledger.ErrInvalid) {
		return mailbox.Permanent(reasonInvalid, err)
	}
	return err
}

// email is the ledger's record of the message.
func (a *App) email(in *incoming) ledger.Email {
	return ledger.Email{
		SourceToken: in.msg.Token,
		MessageID:   in.res.MessageID,
		Rep:         in.rep,
		Client:      in.from,
		Org:         a.organisation(in.from),
		ReceivedAt:  in.received,
		Questions:   len(in.res.Questions),
		FreeMinutes: in.res.FreeQuickMinutes(), // quick asks billed together are not free
	}
}

// skip records mail that gets no draft. Clients' thank-yous still count
// towards their email volume; automatic and bulk mail is not the client
// writing.
func (a *App) skip(ctx context.Context, in *incoming) (mailbox.Result, error) {
	if in.res.SkipReason == triage.SkipNoQuestions {
		email := a.email(in)
		email.Skipped = true
		if _, err := a.opts.Ledger.RecordEmail(ctx, email); err != nil {
			return mailbox.Result{}, ledgerErr("recording email", err)
		}
	}
	return mailbox.Result{Skip: string(in.res.SkipReason), Log: append([]any{"client", in.from}, in.logAttrs...)}, nil
}

// draft prices the asks, composes the reply and records both.
func (a *App) draft(ctx context.Context, in *incoming) (mailbox.Result, error) {
	cfg, res, m := in.pc.cfg, in.res, in.msg
	repCfg, _ := cfg.Rep(in.rep)
	now := a.now()
	quote, err := cfg.Pricing().Price(res, quoting.For{Source: m.Token, Rep: in.rep, Tier: in.tier})
	if err != nil {
		return mailbox.Result{}, mailbox.Permanent(reasonConfig, fmt.Errorf("pricing: %w", err))
	}
	var validUntil time.Time
	if len(quote.Lines) > 0 && cfg.Quote.ValidityDays > 0 {
		validUntil = now.In(cfg.Location()).AddDate(0, 0, cfg.Quote.ValidityDays)
	}
	variant := cfg.Tier(in.tier).Template
	if variant != "" && !contains(in.pc.drafter.Variants("reply"), variant) {
		return mailbox.Result{}, mailbox.Permanent(reasonConfig, fmt.Errorf("tier %q: no template variant %q", in.tier, variant))
	}
	draft, err := in.pc.drafter.Reply(quoting.ReplyInput{
		Result:        res,
		Quote:         quote,
		Source:        m.Token,
		Firm:          quoting.Firm{Name: cfg.Firm.Name, Domain: cfg.Firm.Domain, OwnDomains: cfg.Firm.OwnDomains},
		Rep:           quoting.Rep{Name: repCfg.Name, Address: repCfg.Address, Signature: repCfg.Signature},
		Variant:       variant,
		Format:        cfg.Formatter(),
		ValidUntil:    validUntil,
		AskWritten:    cfg.Quote.AskWrittenGoAhead,
		HTML:          cfg.Quote.HTML,
		Now:           now,
		BlockMinutes:  cfg.Rates.BlockMinutes,
		HistoryBytes:  cfg.Quote.HistoryBytes,
		RelayedClient: in.client,
	})
	if err != nil {
		// The same message, settings and templates fail the same way.
		return mailbox.Result{}, mailbox.Permanent(reasonDraft, fmt.Errorf("drafting: %w", err))
	}

	meta := &draftMeta{
		Rep: in.rep, ClientAddress: in.from, Subject: res.Subject, MessageID: draft.MessageID,
		References: append(append([]string{}, res.References...), res.MessageID),
		Tier:       in.tier, FreeMinutes: res.FreeMinutes, Text: draft.Text, Created: now,
	}
	switch {
	case in.client != nil:
		meta.ClientName = in.client.Name
	case res.From != nil:
		meta.ClientName = res.From.Name
	}
	email := a.email(in)
	email.DraftedAt = now
	entry := ledger.Entry{Email: email}
	if len(quote.Lines) > 0 {
		meta.Quote = quote
		email.QuoteID = quote.ID
		entry.Email = email
		entry.Quote = ledgerQuote(quote, email, draft.MessageID, in.tier, now)
	}
	if err := a.meta.put(m.Token, meta); err != nil {
		return mailbox.Result{}, fmt.Errorf("recording draft: %w", err)
	}
	if _, err := a.opts.Ledger.Record(ctx, entry); err != nil {
		return mailbox.Result{}, ledgerErr("recording in the ledger", err)
	}
	return mailbox.Result{Draft: draft.Raw, Log: append([]any{"client", in.from, "questions", len(res.Questions),
		"quick_minutes", res.QuickMinutes(), "quote", email.QuoteID, "total", quote.Total.String()}, in.logAttrs...)}, nil
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
	p := triage.ParseBytes(e.Raw, triage.DefaultConfig().Limits)
	at := e.At // when it was sent, for first response time
	if at.IsZero() {
		at = a.now()
	}
	sd := ledger.SentDraft{SourceToken: e.Token, QuoteID: e.QuoteID, MessageID: p.MessageID, At: at, Sent: p.Text}
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
