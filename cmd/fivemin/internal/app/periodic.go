package app

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"time"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// policy is the ledger's expiry and follow-up policy from the configuration.
func (a *App) policy() ledger.Policy {
	cfg := a.Config()
	return ledger.Policy{
		Validity:      time.Duration(cfg.Quote.ValidityDays) * 24 * time.Hour,
		FollowUpAfter: cfg.Quote.FollowUpBusinessDays,
	}
}

// sweeper expires old quotes and drafts follow-ups every interval.
func (a *App) sweeper(ctx context.Context) {
	t := time.NewTicker(a.opts.SweepInterval)
	defer t.Stop()
	for {
		if err := a.Sweep(ctx); err != nil && ctx.Err() == nil {
			a.log.Error("sweep", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Sweep expires quotes past their validity and drafts the one follow-up of
// each quote that is due. Follow-ups whose rep's mailbox is not running
// wait for the next sweep.
func (a *App) Sweep(ctx context.Context) error {
	now := a.now()
	p := a.policy()
	if p.Validity <= 0 {
		return nil
	}
	expired, err := a.opts.Ledger.Sweep(ctx, now, p)
	if err != nil {
		return fmt.Errorf("expiring quotes: %w", err)
	}
	for _, id := range expired {
		a.log.Info("quote expired unanswered", "quote", id)
	}
	due, err := a.opts.Ledger.FollowUpsDue(ctx, now, p)
	if err != nil {
		return fmt.Errorf("finding follow-ups: %w", err)
	}
	var errs []error
	for i := range due {
		if err := a.followUp(ctx, &due[i], now); err != nil {
			errs = append(errs, fmt.Errorf("follow-up of %s: %w", due[i].ID, err))
		}
	}
	return errors.Join(errs...)
}

// followUp drafts the reminder for one quote into its rep's Drafts.
func (a *App) followUp(ctx context.Context, q *ledger.Quote, now time.Time) error {
	mb := a.mailbox(q.Rep)
	if mb == nil {
		return nil // the rep's mailbox is not running now; next sweep
	}
	pc, err := a.current()
	if err != nil {
		return err
	}
	cfg := pc.cfg
	meta, err := a.meta.get(q.SourceToken)
	if err != nil {
		return err
	}
	if meta == nil || meta.Quote == nil {
		return fmt.Errorf("no draft record for source %s", shortToken(q.SourceToken))
	}
	repCfg, ok := cfg.Rep(q.Rep)
	if !ok {
		return fmt.Errorf("rep %s is no longer configured", q.Rep)
	}
	token := followUpToken(q.SourceToken)
	var validUntil time.Time
	if cfg.Quote.ValidityDays > 0 {
		validUntil = q.OpenedAt.In(cfg.Location()).AddDate(0, 0, cfg.Quote.ValidityDays)
	}
	draft, err := pc.drafter.FollowUp(quoting.FollowUpInput{
		Quote:        meta.Quote,
		Client:       &mail.Address{Name: meta.ClientName, Address: meta.ClientAddress},
		Subject:      meta.Subject,
		InReplyTo:    meta.MessageID,
		References:   meta.References,
		Source:       token,
		Firm:         quoting.Firm{Name: cfg.Firm.Name, Domain: cfg.Firm.Domain},
		Rep:          quoting.Rep{Name: repCfg.Name, Address: repCfg.Address, Signature: repCfg.Signature},
		Variant:      cfg.Tier(meta.Tier).Template,
		Format:       cfg.Formatter(),
		ValidUntil:   validUntil,
		HTML:         cfg.Quote.HTML,
		Now:          now,
		FreeMinutes:  meta.FreeMinutes,
		BlockMinutes: cfg.Rates.BlockMinutes,
	})
	if err != nil {
		return err
	}
	if err := a.meta.put(token, &draftMeta{Rep: q.Rep, ClientAddress: meta.ClientAddress, Subject: meta.Subject,
		MessageID: draft.MessageID, FollowUpOf: q.ID, Created: now}); err != nil {
		return err
	}
	if _, err := mb.AppendDraft(ctx, token, draft.Raw); err != nil && !errors.Is(err, mailbox.ErrTokenUsed) {
		return fmt.Errorf("storing the follow-up draft: %w", err)
	}
	if err := a.opts.Ledger.RecordFollowUp(ctx, q.ID, draft.MessageID, now); err != nil && !errors.Is(err, ledger.ErrFollowUpDone) {
		return fmt.Errorf("recording the follow-up: %w", err)
	}
	a.log.Info("follow-up drafted", "quote", q.ID, "rep", q.Rep)
	return nil
}

// mailbox returns rep's running mailbox, or nil.
func (a *App) mailbox(rep string) *mailbox.Mailbox {
	a.mbMu.Lock()
	defer a.mbMu.Unlock()
	return a.mailboxes[rep]
}
