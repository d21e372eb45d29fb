package ledger

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestOpenMode(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name   string
		before os.FileMode // 0: file does not exist
	}{
		{"new file", 0},
		{"existing world-readable file is narrowed", 0o644},
		{"existing 0600 file", 0o600},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("state%d.db", i))
			if tc.before != 0 {
				db, err := Open(path, OpenOptions{})
				if err != nil {
					t.Fatal(err)
				}
				db.Close()
				if err := os.Chmod(path, tc.before); err != nil {
					t.Fatal(err)
				}
			}
			db, err := Open(path, OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != 0o600 {
				t.Fatalf("state file mode %v, want 0600", fi.Mode().Perm())
			}
		})
	}
}

func TestOpenInUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	db, err := Open(path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// flock locks belong to the open file, so a second open in this
	// process meets the lock just as another fivemin would.
	for _, ro := range []bool{false, true} {
		second, err := Open(path, OpenOptions{Timeout: 50 * time.Millisecond, ReadOnly: ro})
		if err == nil {
			second.Close()
			t.Fatalf("second open (read-only %v) succeeded while the file is held", ro)
		}
		if !errors.Is(err, ErrInUse) {
			t.Fatalf("second open: %v, want ErrInUse", err)
		}
		want := "state file " + path + " is in use by another fivemin process"
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("error %q does not say %q", err, want)
		}
	}
	// Once released, it opens.
	db.Close()
	again, err := Open(path, OpenOptions{Timeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatalf("open after close: %v", err)
	}
	again.Close()
}

func TestSnapshot(t *testing.T) {
	ctx := context.Background()
	l, _ := newTestLedger(t)
	for i := 0; i < 20; i++ {
		tok := fmt.Sprintf("s%d", i)
		mustCreate(t, l, tok, t0.Add(time.Duration(i)*time.Hour))
		if i%2 == 0 {
			mustSend(t, l, tok, t0.Add(time.Duration(i)*time.Hour+time.Minute))
		}
	}
	snap := filepath.Join(t.TempDir(), "state.db.snapshot")
	// An older snapshot is replaced whole.
	if err := os.WriteFile(snap, []byte("stale"), 0o644); err != nil {
		t.Fatal(err)
	}
	n, err := l.Snapshot(ctx, snap)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(snap)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 || fi.Size() != n {
		t.Fatalf("snapshot mode %v size %d, want 0600 and %d", fi.Mode().Perm(), fi.Size(), n)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(snap), ".*tmp*")); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
	// The service keeps writing; the snapshot is the state at the copy.
	mustCreate(t, l, "after", t0.Add(100*time.Hour))

	// The original is still open read-write; the snapshot opens read-only
	// and reports what the original reported at copy time.
	sdb, err := Open(snap, OpenOptions{ReadOnly: true, Timeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("snapshot not readable while the original is open: %v", err)
	}
	defer sdb.Close()
	sl, err := New(ctx, sdb, Options{Location: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	got, err := sl.Report(ctx, Filter{}, ByMonth)
	if err != nil {
		t.Fatal(err)
	}
	want, err := l.Report(ctx, Filter{Until: t0.Add(99 * time.Hour)}, ByMonth)
	if err != nil {
		t.Fatal(err)
	}
	if got.Totals != want.Totals || got.Totals.Quotes != 20 || got.Totals.Sent != 10 {
		t.Fatalf("snapshot report %+v, original %+v", got.Totals, want.Totals)
	}
	if q, err := sl.Quote(ctx, NewQuoteID("s4")); err != nil || q.Status != Sent {
		t.Fatalf("quote from snapshot: %v %v", q, err)
	}
	// Writes to a read-only snapshot fail with an error, not a crash.
	if _, err := sl.RecordEmail(ctx, sampleEmail("x", t0)); err == nil {
		t.Fatal("wrote to a read-only snapshot")
	}
	// Snapshot into a directory that does not exist: a clear error.
	if _, err := l.Snapshot(ctx, filepath.Join(t.TempDir(), "no", "such", "dir", "s.db")); err == nil || !strings.Contains(err.Error(), "snapshot") {
		t.Fatalf("snapshot into a missing directory: %v", err)
	}
}
