package tiers

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/fivemin/fivemin/quoting/ledger"
)

// The pipeline's view: the Cache satisfies Source.
var _ Source = (*Cache)(nil)

func TestCacheRefresh(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t)
	at := daysAgo(2)
	w.quote("boss@gold.example", at, high, 60, ledger.Accepted).commit()
	s := testSettings()
	s.Overrides = []Override{{Match: "vip@pinned.example", Tier: "A"}, {Match: "pinned.example", Tier: "D"}}
	c, err := NewCache(w.ranker(), s)
	if err != nil {
		t.Fatal(err)
	}
	// Before the first refresh only the configuration is known.
	for addr, want := range map[string]string{
		"vip@pinned.example": "A", "other@pinned.example": "D", "boss@gold.example": "", "nobody@nowhere.example": "",
	} {
		if got := c.TierOf(addr); got != want {
			t.Errorf("before refresh: TierOf(%q) = %q, want %q", addr, got, want)
		}
	}
	if c.Ranking() != nil {
		t.Error("a ranking before the first refresh")
	}
	if err := c.Refresh(ctx, s); err != nil {
		t.Fatal(err)
	}
	for addr, want := range map[string]string{
		"boss@gold.example":   "A",
		" BOSS@Gold.Example ": "A", // compared trimmed and in lower case
		"new@gold.example":    "A", // a new address inherits its account's tier
		"vip@pinned.example":  "A",
		"x@pinned.example":    "D",
		"nobody@else.example": "",
	} {
		if got := c.TierOf(addr); got != want {
			t.Errorf("TierOf(%q) = %q, want %q", addr, got, want)
		}
	}
	if got := c.Organisation("New@Gold.example"); got != "gold.example" {
		t.Errorf("Organisation = %q", got)
	}

	// The ledger moves on: the cache answers from its last refresh until
	// the next one.
	w.emails("boss@gold.example", at, 30, 3).commit()
	if got := c.TierOf("boss@gold.example"); got != "A" {
		t.Errorf("before the second refresh: %q, want the cached A", got)
	}
	if err := c.Refresh(ctx, s); err != nil {
		t.Fatal(err)
	}
	if got := c.TierOf("boss@gold.example"); got != "D" {
		t.Errorf("after the second refresh: %q, want D (31 emails)", got)
	}

	// The clock moves on: the entries leave the window.
	w.clock.Set(now.AddDate(0, 0, 91))
	if err := c.Refresh(ctx, s); err != nil {
		t.Fatal(err)
	}
	if got := c.TierOf("boss@gold.example"); got != "" {
		t.Errorf("after the window passed: %q, want no tier", got)
	}
	w.clock.Set(now)
	if err := c.Refresh(ctx, s); err != nil {
		t.Fatal(err)
	}

	// A failed refresh keeps the last good state.
	bad := s
	bad.WindowDays = -5
	if err := c.Refresh(ctx, bad); err == nil {
		t.Fatal("refresh with bad settings succeeded")
	}
	if got := c.TierOf("boss@gold.example"); got != "D" {
		t.Errorf("after a failed refresh: %q, want the last good D", got)
	}
	if _, err := NewCache(w.ranker(), bad); err == nil {
		t.Error("NewCache accepted bad settings")
	}
}

// settingsBox stands in for the configuration watcher: Current returns the
// settings in force and a channel closed when they are replaced.
type settingsBox struct {
	mu      sync.Mutex
	s       Settings
	changed chan struct{}
}

func (b *settingsBox) Current() (Settings, <-chan struct{}) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.s, b.changed
}

func (b *settingsBox) Replace(s Settings) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.s = s
	close(b.changed)
	b.changed = make(chan struct{})
}

// waitFor polls cond until it holds; the deadline only guards against a
// hang, it is not a timing assertion.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestCacheRunReloads(t *testing.T) {
	w := newWorld(t)
	w.emails("a@busy.example", daysAgo(1), 30, 0).commit() // E
	box := &settingsBox{s: testSettings(), changed: make(chan struct{})}
	c, err := NewCache(w.ranker(), box.s)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { c.Run(ctx, time.Hour, box.Current); close(done) }()
	waitFor(t, "the first refresh", func() bool { return c.TierOf("a@busy.example") == "E" })

	// A configuration reload pins the tier without waiting for the hour.
	s := testSettings()
	s.Overrides = []Override{{Match: "busy.example", Tier: "B"}}
	box.Replace(s)
	waitFor(t, "the reload", func() bool { return c.TierOf("a@busy.example") == "B" })
	if c.Ranking() == nil || c.Ranking().Accounts[0].Tier != "B" {
		t.Error("the cached ranking does not reflect the reload")
	}
	// And a new threshold recomputes.
	s = testSettings()
	s.EmailsHigh = 31
	box.Replace(s)
	waitFor(t, "the second reload", func() bool { return c.TierOf("a@busy.example") == "C" })

	cancel()
	<-done
}

func TestCachePeriodicRefresh(t *testing.T) {
	w := newWorld(t)
	s := testSettings()
	c, err := NewCache(w.ranker(), s)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		c.Run(ctx, time.Millisecond, func() (Settings, <-chan struct{}) { return s, nil })
		close(done)
	}()
	w.email("late@arrival.example", daysAgo(1), 100).commit()
	waitFor(t, "a periodic refresh to see the new email", func() bool { return c.TierOf("late@arrival.example") == "E" })
	cancel()
	<-done // Run must be gone before the ledger closes
}

func BenchmarkTierOf(b *testing.B) {
	w := newWorld(b)
	for i := range 200 {
		w.email("c@org"+itoa(int64(i))+".example", daysAgo(1), i)
	}
	w.commit()
	s := testSettings()
	s.Overrides = []Override{{Match: "vip@org7.example", Tier: "A"}}
	c, err := NewCache(w.ranker(), s)
	if err != nil {
		b.Fatal(err)
	}
	if err := c.Refresh(context.Background(), s); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if c.TierOf("c@org150.example") != "E" {
			b.Fatal("wrong tier")
		}
	}
}
