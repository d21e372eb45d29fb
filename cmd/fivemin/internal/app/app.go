// Package app runs fivemin's pipeline: each rep's mailbox hands new client
// mail to triage, quoting drafts the reply, the ledger records it, and the
// periodic work (expiry, follow-ups) runs beside it. serve and demo both
// run an App; only where the mail servers are differs.
//
// It adds no library of its own: its bookkeeping sits in bbolt buckets
// beside the mailbox's and the ledger's, in the one state file.
package app

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"time"

	"go.etcd.io/bbolt"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
	"github.com/fivemin/fivemin/triage"
)

// TierSource tells a client's tier ("A" to "E", or "" when unranked) and
// organisation (tiers.Cache).
type TierSource interface {
	TierOf(address string) string
	Organisation(address string) string
}

// Options build an App.
type Options struct {
	// Config returns the configuration in force and a channel closed when
	// it is replaced (config.Watcher.Current, or Static for a fixed one).
	Config func() (*config.Config, <-chan struct{})
	Ledger *ledger.Ledger
	Tiers  TierSource // nil: no client is ranked
	Logger *slog.Logger
	Now    func() time.Time

	// For tests and the demo: how to reach the mail servers.
	Dial      func(ctx context.Context, network, addr string) (net.Conn, error)
	TLSConfig *tls.Config
	// Account adjusts each rep's mailbox settings before use.
	Account func(*mailbox.Account)
	// SweepInterval is how often expiry and follow-ups are checked.
	// Default 1m.
	SweepInterval time.Duration
}

// Static serves a fixed configuration as Options.Config.
func Static(c *config.Config) func() (*config.Config, <-chan struct{}) {
	return func() (*config.Config, <-chan struct{}) { return c, nil }
}

// App is the running pipeline.
type App struct {
	opts Options
	log  *slog.Logger
	now  func() time.Time
	db   *bbolt.DB
	meta *metaStore

	mu    sync.Mutex
	cache *perConfig // rebuilt when the configuration changes

	mbMu      sync.Mutex
	mailboxes map[string]*mailbox.Mailbox // by rep address, while running

	logins oauthLogins
}

// perConfig is what is derived from one configuration.
type perConfig struct {
	cfg     *config.Config
	engines map[string]*triage.Engine // by tier, and for relayed mail (engineFor)
	drafter *quoting.Drafter
}

// New prepares an App over the ledger's state file.
func New(opts Options) (*App, error) {
	if opts.Config == nil || opts.Ledger == nil {
		return nil, errors.New("app: configuration and ledger are required")
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.SweepInterval <= 0 {
		opts.SweepInterval = time.Minute
	}
	a := &App{opts: opts, log: opts.Logger, now: opts.Now, db: opts.Ledger.DB(), mailboxes: map[string]*mailbox.Mailbox{}}
	m, err := newMetaStore(a.db)
	if err != nil {
		return nil, err
	}
	a.meta = m
	if _, err := a.current(); err != nil {
		return nil, err
	}
	return a, nil
}

// current returns what derives from the configuration in force, building
// it when the configuration has changed.
func (a *App) current() (*perConfig, error) {
	cfg, _ := a.opts.Config()
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.cache != nil && a.cache.cfg == cfg {
		return a.cache, nil
	}
	d, err := quoting.NewDrafter(cfg.Quote.TemplatesDir)
	if err != nil {
		return nil, fmt.Errorf("loading draft templates: %w", err)
	}
	for _, t := range quoting.Tiers {
		if v := cfg.Tier(t).Template; v != "" && !contains(d.Variants("reply"), v) {
			return nil, fmt.Errorf("tiers.%s.template: no template reply.%s.txt.tmpl (have: %v)", t, v, d.Variants("reply"))
		}
	}
	a.cache = &perConfig{cfg: cfg, engines: map[string]*triage.Engine{}, drafter: d}
	return a.cache, nil
}

// engine returns the triage engine for a client tier.
func (a *App) engine(pc *perConfig, tier string) *triage.Engine { return a.engineFor(pc, tier, false) }

// engineFor is engine, or with relayed the engine for mail whose client
// came from Reply-To (see relay): its From is the firm's own website or
// portal, which the pipeline already judged, so triage must not skip it
// as the firm's own mail.
func (a *App) engineFor(pc *perConfig, tier string, relayed bool) *triage.Engine {
	key := tier
	if relayed {
		key = "relayed\x00" + tier
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	e := pc.engines[key]
	if e == nil {
		c := pc.cfg.TriageFor(tier)
		if relayed {
			c.OwnDomains = nil
		}
		e = triage.New(c)
		pc.engines[key] = e
	}
	return e
}

func (a *App) tierOf(address string) string {
	if a.opts.Tiers == nil {
		return ""
	}
	return a.opts.Tiers.TierOf(address)
}

// Config is the configuration in force.
func (a *App) Config() *config.Config {
	c, _ := a.opts.Config()
	return c
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
