package web

import (
	"net"
	"net/netip"
	"sync"
	"time"
)

// Failed logins are throttled per client address with a token bucket: a
// client may get the token wrong failBurst times in a row, then once per
// failRefill. A browser prompt with a typo costs nothing noticeable; a
// guesser gets 10 tries a minute instead of thousands a second.
const (
	failBurst   = 10
	failRefill  = 6 * time.Second
	maxClients  = 4096 // addresses tracked at once
	overflowKey = "*"  // shared by new addresses while the table is full
)

// throttle counts failed logins per client address. Its table is bounded:
// addresses whose bucket has refilled are forgotten first, and while it is
// still full every new address shares one bucket, so a flood from many
// addresses is throttled as a whole rather than evicting real entries.
type throttle struct {
	mu sync.Mutex
	m  map[string]*bucket
}

type bucket struct {
	tokens float64 // failed attempts still allowed
	at     time.Time
}

func newThrottle() *throttle { return &throttle{m: map[string]*bucket{}} }

// level refills b up to now.
func (b *bucket) level(now time.Time) float64 {
	t := b.tokens + float64(now.Sub(b.at))/float64(failRefill)
	return min(max(t, 0), failBurst)
}

// wait returns how long the client at key must wait before it may try
// again; zero when it may now.
func (t *throttle) wait(key string, now time.Time) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	b := t.m[key]
	if b == nil {
		if b = t.m[overflowKey]; b == nil || !t.full() {
			return 0
		}
	}
	lv := b.level(now)
	if lv >= 1 {
		return 0
	}
	return time.Duration((1 - lv) * float64(failRefill))
}

// fail records a failed attempt by key and reports whether this one used
// up its allowance (the moment to log that it is being throttled).
func (t *throttle) fail(key string, now time.Time) (exhausted bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	b := t.m[key]
	if b == nil {
		if t.full() {
			t.prune(now)
		}
		if t.full() {
			key = overflowKey
			b = t.m[key]
		}
		if b == nil {
			b = &bucket{tokens: failBurst, at: now}
			t.m[key] = b
		}
	}
	b.tokens, b.at = b.level(now)-1, now
	return b.tokens < 1
}

// full reports whether a new address has no room of its own; one entry is
// kept for the overflow bucket.
func (t *throttle) full() bool { return len(t.m) >= maxClients-1 }

// prune forgets the addresses whose bucket is full again.
func (t *throttle) prune(now time.Time) {
	for k, b := range t.m {
		if b.level(now) >= failBurst {
			delete(t.m, k)
		}
	}
}

// throttleKey is the throttled unit for a request's remote address: the IP,
// or its /64 for IPv6, where one client usually holds the whole prefix.
func throttleKey(remoteAddr string) string {
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		host = remoteAddr
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	ip = ip.Unmap()
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.String()
	}
	return ip.String()
}
