package fakeclock

import (
	"sync"
	"testing"
	"time"
)

func TestClock(t *testing.T) {
	t0 := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	c := New(t0)
	for _, step := range []struct {
		do   func()
		want time.Time
	}{
		{func() {}, t0},
		{func() { c.Advance(90 * time.Minute) }, t0.Add(90 * time.Minute)},
		{func() { c.Set(t0.AddDate(0, 1, 0)) }, t0.AddDate(0, 1, 0)},
		{func() { c.Advance(-time.Hour) }, t0.AddDate(0, 1, 0).Add(-time.Hour)},
	} {
		step.do()
		if got := c.Now(); !got.Equal(step.want) {
			t.Fatalf("Now = %v, want %v", got, step.want)
		}
	}
}

// TestClockConcurrent: readers and a writer at once (run with -race).
func TestClockConcurrent(t *testing.T) {
	c := New(time.Unix(0, 0))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 100 {
				_ = c.Now()
			}
		})
	}
	for range 100 {
		c.Advance(time.Second)
	}
	wg.Wait()
	if got := c.Now(); !got.Equal(time.Unix(100, 0)) {
		t.Errorf("Now = %v after 100 s of steps", got)
	}
}
