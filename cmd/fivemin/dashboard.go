package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/web"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
	"github.com/fivemin/fivemin/quoting/tiers"
)

// startDashboard builds the web dashboard and binds its port, and returns
// the function that serves it until ctx ends. Everything that can be
// checked at start-up is, so serve refuses to start rather than run
// without its dashboard. The token and money format follow configuration
// reloads; the listen address is read once.
func startDashboard(w *config.Watcher, led *ledger.Ledger, cache *tiers.Cache, mail *ops.Local, log *slog.Logger) (func(context.Context) error, error) {
	cfg := w.Config()
	h, err := web.New(web.Options{
		Ledger:    led,
		Token:     func() string { return w.Config().Web.Token.Reveal() },
		Logger:    log.With("component", "web"),
		Formatter: func() *quoting.Formatter { return w.Config().Formatter() },
		Location:  cfg.Location(),
		Currency:  cfg.Firm.Currency,
		Firm:      cfg.Firm.Name,
		Clients: func(context.Context) (*web.ClientTiers, error) {
			return clientTiers(cache.Ranking()), nil
		},
		Attention:    func(ctx context.Context) ([]web.AttentionItem, error) { return attentionItems(ctx, mail) },
		MailProblems: func(ctx context.Context) []string { return mailProblems(ctx, mail) },
		Retry: func(ctx context.Context, token string) error {
			if err := mail.Retry(ctx, token); errors.Is(err, mailbox.ErrNotRetryable) {
				return fmt.Errorf("%w: %w", web.ErrNotRetryable, err)
			} else if err != nil {
				return err
			}
			return nil
		},
	})
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", cfg.Web.Listen)
	if err != nil {
		return nil, fmt.Errorf("web.listen: %w", err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: time.Minute, IdleTimeout: 2 * time.Minute,
		// The server's own complaints (TLS noise, bad requests) go to the
		// service log, not to stderr unstructured.
		ErrorLog: slog.NewLogLogger(log.With("component", "web").Handler(), slog.LevelWarn)}
	log.Info("dashboard listening", "addr", ln.Addr().String())
	return func(ctx context.Context) error { return ops.ServeHTTP(ctx, srv, ln) }, nil
}

// clientTiers adapts the tier ranking to the dashboard's clients page:
// one point per account, since tiers are per account.
func clientTiers(r *tiers.Ranking) *web.ClientTiers {
	if r == nil {
		return &web.ClientTiers{}
	}
	s := r.Settings
	ct := &web.ClientTiers{
		Window:          fmt.Sprintf("last %d days", s.WindowDays),
		RevenueLow:      s.RevenueLow,
		FreeMinutesHigh: int64(s.FreeMinutesHigh),
		EmailsHigh:      int64(s.EmailsHigh),
	}
	if s.RevenueHigh != nil {
		ct.RevenueHigh = *s.RevenueHigh
	}
	for _, a := range r.Accounts {
		f := a.Figures
		ct.Clients = append(ct.Clients, web.ClientPoint{
			Organisation: a.Organisation, Tier: a.Tier, PreviousTier: a.PreviousTier,
			Change: a.Change.String(), Override: a.Overridden, Revenue: f.ValueAccepted,
			FreeMinutes: f.FreeMinutes, Emails: f.Emails, Questions: f.Questions,
			QuotesSent: f.QuotesSent, QuotesAccepted: f.QuotesAccepted,
			QuotesDeclined: f.QuotesDeclined, QuotesExpired: f.QuotesExpired,
			PaidMinutes: f.PaidMinutesAccepted,
		})
	}
	return ct
}

// attentionItems is the dashboard's "needs attention" list.
func attentionItems(ctx context.Context, mail *ops.Local) ([]web.AttentionItem, error) {
	items, err := mail.Attention(ctx)
	out := make([]web.AttentionItem, len(items))
	for i, it := range items {
		out[i] = web.AttentionItem{Rep: it.Rep, Token: it.Token, Outcome: it.Outcome, Reason: it.Reason,
			Error: it.Error, From: it.From, Subject: it.Subject, At: it.At}
	}
	return out, err
}

// mailProblems are the dashboard's warnings about reps' mailboxes.
func mailProblems(ctx context.Context, mail *ops.Local) []string {
	sts, err := mail.Status(ctx)
	if err != nil {
		return nil // no mailbox running yet
	}
	var out []string
	for _, st := range sts {
		if p := st.Problem(); p != "" {
			out = append(out, st.Rep+": "+p)
		}
	}
	return out
}
