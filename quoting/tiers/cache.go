package tiers

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// Source tells the pipeline a client's tier: "A" to "E", or "" for the
// firm's default policy. The tier's free minutes, rate multiplier and
// template come from the configuration (Config.Tier), not from here.
type Source interface {
	TierOf(address string) string
}

// Cache is the Source the service uses: TierOf is two or three map
// lookups on the last computed ranking, with no I/O and no lock. Refresh
// recomputes it; Run does so periodically and whenever the configuration
// changes.
type Cache struct {
	r   *Ranker
	mu  sync.Mutex // one refresh at a time
	cur atomic.Pointer[lookup]
}

// lookup is one published state of a Cache.
type lookup struct {
	ov      overrides
	orgTier map[string]string // computed tier per organisation with entries in the window
	ranking *Ranking          // nil until the first Refresh
}

// NewCache returns a Cache that, until its first Refresh, knows only the
// configured overrides of s (an error if s is invalid).
func NewCache(r *Ranker, s Settings) (*Cache, error) {
	p, err := prepare(s)
	if err != nil {
		return nil, err
	}
	c := &Cache{r: r}
	c.cur.Store(&lookup{ov: p.ov})
	return c, nil
}

// TierOf is the tier for a client address: its configured tier (the
// address's override, else its domain's), else its organisation's computed
// tier, else "". An address new to an account inherits the account's tier.
func (c *Cache) TierOf(address string) string {
	lk := c.cur.Load()
	address = normAddress(address)
	o, _ := lk.ov.lookup(address)
	if o.Tier != "" {
		return o.Tier
	}
	return lk.orgTier[organisation(address, o)]
}

// Organisation is the account an address belongs to (see
// Settings.Organisation), from the cache's index of overrides.
func (c *Cache) Organisation(address string) string {
	lk := c.cur.Load()
	address = normAddress(address)
	o, _ := lk.ov.lookup(address)
	return organisation(address, o)
}

// Ranking is the ranking of the last successful Refresh, or nil before
// one. It is shared: do not change it.
func (c *Cache) Ranking() *Ranking { return c.cur.Load().ranking }

// Refresh ranks the clients with s now and publishes the result. On error
// the previous state stays in force.
func (c *Cache) Refresh(ctx context.Context, s Settings) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, err := prepare(s)
	if err != nil {
		return err
	}
	rk, err := c.r.rank(ctx, p)
	if err != nil {
		return err
	}
	lk := &lookup{ov: p.ov, orgTier: make(map[string]string, len(rk.Accounts)), ranking: rk}
	for _, a := range rk.Accounts {
		if a.ComputedTier != "" {
			lk.orgTier[a.Organisation] = a.ComputedTier
		}
	}
	c.cur.Store(lk)
	return nil
}

// Run refreshes the cache now, every interval, and whenever the channel
// from current closes (a configuration reload: pass the config Watcher's
// Current, converted), until ctx ends. current returns the settings in
// force and a channel closed when they are replaced; a nil channel means
// they never are. Failed refreshes are logged and retried at the next
// tick, keeping the last good state.
func (c *Cache) Run(ctx context.Context, every time.Duration, current func() (Settings, <-chan struct{})) {
	if every <= 0 {
		every = 10 * time.Minute
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		s, changed := current()
		if err := c.Refresh(ctx, s); err != nil && ctx.Err() == nil {
			c.r.log.Warn("client tiers: refresh failed; keeping the last ranking", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-changed:
		}
	}
}
