package app

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/mailbox"
)

// Run watches every rep's mailbox and sweeps quotes until ctx ends. A new
// configuration that changes the reps' accounts restarts the mailboxes
// (each finishes the message in hand first); other changes (rates, tiers,
// wording) apply to the next message without a restart.
func (a *App) Run(ctx context.Context) error {
	for {
		cfg, changed := a.opts.Config()
		accounts, err := a.accounts(cfg)
		if err != nil {
			return err
		}
		genCtx, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- a.runGeneration(genCtx, accounts) }()

	wait:
		for {
			select {
			case <-ctx.Done():
				cancel()
				return <-done
			case err := <-done:
				cancel()
				return err
			case <-changed:
				next, nextChanged := a.opts.Config()
				nextAccounts, err := a.accounts(next)
				if err != nil {
					a.log.Error("new configuration has unusable accounts; keeping the running ones", "err", err)
					changed = nextChanged
					continue
				}
				if reflect.DeepEqual(stripSecrets(accounts), stripSecrets(nextAccounts)) && sameSecrets(accounts, nextAccounts) {
					changed = nextChanged
					a.retryConfigFailures()
					continue
				}
				a.log.Info("accounts changed: restarting mailboxes")
				cancel()
				if err := <-done; err != nil {
					return err
				}
				break wait
			}
		}
	}
}

// runGeneration runs one set of mailboxes and the sweeper.
func (a *App) runGeneration(ctx context.Context, accounts []mailbox.Account) error {
	var wg sync.WaitGroup
	errc := make(chan error, len(accounts)+1)
	mbs := map[string]*mailbox.Mailbox{}
	for _, acct := range accounts {
		mb, err := mailbox.New(mailbox.Config{
			Account:   acct,
			DB:        a.db,
			Logger:    a.log.With("rep", acct.Name),
			Handle:    a.handler(acct.Name),
			OnSent:    a.onSent,
			OnDeleted: a.onDeleted,
			OnFailed:  a.onFailed,
			Now:       a.now,
			Dial:      a.opts.Dial,
		})
		if err != nil {
			return fmt.Errorf("mailbox %s: %w", acct.Name, err)
		}
		mbs[acct.Name] = mb
	}
	a.mbMu.Lock()
	a.mailboxes = mbs
	a.mbMu.Unlock()
	// The configuration may have been fixed while the service was down.
	a.retryConfigFailures()
	a.mbMu.Lock()
	a.mailboxes = mbs
	a.mbMu.Unlock()
	defer func() {
		a.mbMu.Lock()
		a.mailboxes = map[string]*mailbox.Mailbox{}
		a.mbMu.Unlock()
	}()

	for name, mb := range mbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A mailbox retries its server itself; Run returns on ctx end
			// or a fault that retrying cannot mend.
			if err := mb.Run(ctx); err != nil && ctx.Err() == nil {
				errc <- fmt.Errorf("mailbox %s: %w", name, err)
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		a.sweeper(ctx)
	}()
	wg.Wait()
	close(errc)
	var errs []error
	for err := range errc {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// retryConfigFailures queues again, in every running mailbox, the mail
// that failed for a configuration reason: the new configuration may draft
// it.
func (a *App) retryConfigFailures() {
	a.mbMu.Lock()
	mbs := make([]*mailbox.Mailbox, 0, len(a.mailboxes))
	for _, mb := range a.mailboxes {
		mbs = append(mbs, mb)
	}
	a.mbMu.Unlock()
	for _, mb := range mbs {
		if _, err := mb.RetryReason(reasonConfig); err != nil {
			a.log.Error("queueing mail that failed for a configuration reason", "rep", mb.Account().Name, "err", err)
		}
	}
}

// Mailboxes builds (without running) the mailbox of every rep, for one-off
// commands such as outbox and send.
func (a *App) Mailboxes() (map[string]*mailbox.Mailbox, error) {
	accounts, err := a.accounts(a.Config())
	if err != nil {
		return nil, err
	}
	out := map[string]*mailbox.Mailbox{}
	for _, acct := range accounts {
		mb, err := mailbox.New(mailbox.Config{
			Account: acct, DB: a.db, Logger: a.log.With("rep", acct.Name),
			Handle: a.handler(acct.Name), OnSent: a.onSent, OnDeleted: a.onDeleted, OnFailed: a.onFailed, Now: a.now, Dial: a.opts.Dial,
		})
		if err != nil {
			return nil, fmt.Errorf("mailbox %s: %w", acct.Name, err)
		}
		out[acct.Name] = mb
	}
	return out, nil
}

// RunningMailbox returns rep's mailbox while Run runs it, or nil.
func (a *App) RunningMailbox(rep string) *mailbox.Mailbox { return a.mailbox(rep) }

// RunningMailboxes returns the mailboxes Run is running now.
func (a *App) RunningMailboxes() (map[string]*mailbox.Mailbox, error) {
	a.mbMu.Lock()
	defer a.mbMu.Unlock()
	out := make(map[string]*mailbox.Mailbox, len(a.mailboxes))
	for k, v := range a.mailboxes {
		out[k] = v
	}
	if len(out) == 0 {
		return nil, errors.New("no mailbox is running (the service is starting, or no rep is configured)")
	}
	return out, nil
}

// accounts turns the configured reps into mailbox accounts.
func (a *App) accounts(cfg *config.Config) ([]mailbox.Account, error) {
	var out []mailbox.Account
	var errs []error
	for i := range cfg.Reps {
		r := &cfg.Reps[i]
		acct := mailbox.Account{
			Name:         r.Address,
			IMAP:         a.endpoint(r.IMAP, r.Address),
			Folders:      r.Folders,
			FirstRun:     firstRun(r.FirstRun),
			PollInterval: r.PollInterval.Duration(),
			IdleCheck:    r.IdleCheck.Duration(),
		}
		if r.SMTP != nil {
			acct.SMTP = a.endpoint(*r.SMTP, r.Address)
		}
		if err := errors.Join(a.oauthEndpoint(cfg, &acct.IMAP, r.Address, r.IMAP.OAuth), a.smtpOAuth(cfg, &acct.SMTP, r.Address, r.SMTP)); err != nil {
			errs = append(errs, fmt.Errorf("rep %s: %w", r.Address, err))
			continue
		}
		if a.opts.Account != nil {
			a.opts.Account(&acct)
		}
		if err := acct.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("rep %s: %w", r.Address, err))
			continue
		}
		out = append(out, acct)
	}
	return out, errors.Join(errs...)
}

// firstRun maps the configured first sync onto the mailbox's: "all" has no
// date limit, which the mailbox expresses as a very long Since (its zero
// value means "only new mail").
func firstRun(f config.FirstRun) mailbox.FirstRun {
	switch {
	case f.UnseenOnly():
		return mailbox.FirstRun{Unseen: true}
	case f.Days() > 0:
		return mailbox.FirstRun{Since: time.Duration(f.Days()) * 24 * time.Hour}
	}
	return mailbox.FirstRun{Since: 100 * 365 * 24 * time.Hour}
}

func (a *App) endpoint(s config.Server, rep string) mailbox.Endpoint {
	user := s.User
	if user == "" {
		user = rep
	}
	return mailbox.Endpoint{
		Host: s.Host, Port: s.Port, TLS: s.TLS, User: user,
		Password: s.Password.Reveal(), TLSConfig: a.opts.TLSConfig, HELO: s.HELO,
	}
}

// stripSecrets and sameSecrets compare accounts without putting passwords
// in a reflect.DeepEqual diff anyone might log.
func stripSecrets(accts []mailbox.Account) []mailbox.Account {
	out := make([]mailbox.Account, len(accts))
	for i, a := range accts {
		a.IMAP.Password, a.SMTP.Password = "", ""
		a.IMAP.TLSConfig, a.SMTP.TLSConfig = nil, nil
		out[i] = a
	}
	return out
}

func sameSecrets(x, y []mailbox.Account) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i].IMAP.Password != y[i].IMAP.Password || x[i].SMTP.Password != y[i].SMTP.Password {
			return false
		}
	}
	return true
}
