package app

import (
	"testing"
	"time"
)

func TestArrival(t *testing.T) {
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	hour := time.Hour
	cases := []struct {
		name           string
		internal, date time.Time
		want           time.Time
	}{
		{"INTERNALDATE first", now.Add(-hour), now.Add(-2 * hour), now.Add(-hour)},
		{"Date without INTERNALDATE", time.Time{}, now.Add(-2 * hour), now.Add(-2 * hour)},
		{"INTERNALDATE in the future: Date", now.Add(24 * hour), now.Add(-2 * hour), now.Add(-2 * hour)},
		{"a sender's clock a day ahead: now", time.Time{}, now.Add(24 * hour), now},
		{"a minute ahead counts as now", now.Add(time.Minute), time.Time{}, now},
		{"nothing: now", time.Time{}, time.Time{}, now},
	}
	for _, tc := range cases {
		if got := arrival(tc.internal, tc.date, now); !got.Equal(tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
