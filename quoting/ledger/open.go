package ledger

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// ErrInUse means another process holds the state file.
var ErrInUse = errors.New("state file is in use")

// OpenOptions tune Open.
type OpenOptions struct {
	// Timeout bounds the wait for the file lock; default 1 s. bbolt
	// would otherwise wait forever for a running service to let go.
	Timeout time.Duration
	// ReadOnly opens with a shared lock and never writes. It still fails
	// while a service holds the file read-write: read a Snapshot then.
	ReadOnly bool
}

// Open opens (creating if needed) the bbolt state file that fivemin keeps
// all its state in, with mode 0600 and a lock timeout. When another process
// holds the file it fails with an error matching ErrInUse that names the
// file. An existing file readable by others is narrowed to 0600.
func Open(path string, opts OpenOptions) (*bolt.DB, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = time.Second
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: opts.Timeout, ReadOnly: opts.ReadOnly})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("state file %s is in use by another fivemin process: %w", path, ErrInUse)
	}
	if err != nil {
		return nil, fmt.Errorf("open state file %s: %w", path, err)
	}
	if !opts.ReadOnly {
		if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
			if err := os.Chmod(path, 0o600); err != nil {
				db.Close()
				return nil, fmt.Errorf("state file %s is mode %v and cannot be narrowed to 0600: %w", path, fi.Mode().Perm(), err)
			}
		}
	}
	return db, nil
}

// Snapshot writes a consistent copy of the whole state file to path, for
// reports to read while the service holds the original: the copy is made
// from one read transaction into a temporary file (mode 0600) beside path,
// fsynced, renamed over path and the directory fsynced, so a reader sees
// either the old snapshot or the new one, never half of one. It returns the
// snapshot's size.
func Snapshot(ctx context.Context, db *bolt.DB, path string) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*") // CreateTemp uses 0600
	if err != nil {
		return 0, fmt.Errorf("snapshot %s: %w", path, err)
	}
	tmp := f.Name()
	fail := func(err error) (int64, error) {
		f.Close()
		_ = os.Remove(tmp) // the error above is the one to report
		return 0, fmt.Errorf("snapshot %s: %w", path, err)
	}
	var n int64
	// tx.WriteTo rather than tx.CopyFile: CopyFile closes without fsync,
	// and the temporary file must be durable before the rename.
	if err := db.View(func(tx *bolt.Tx) error {
		n, err = tx.WriteTo(f)
		return err
	}); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp) // the error above is the one to report
		return 0, fmt.Errorf("snapshot %s: %w", path, err)
	}
	if d, err := os.Open(dir); err == nil {
		err = d.Sync()
		d.Close()
		if err != nil {
			return n, fmt.Errorf("snapshot %s: sync directory: %w", path, err)
		}
	}
	return n, nil
}

// Snapshot writes a consistent copy of the state file the ledger lives in
// (see the Snapshot function).
func (l *Ledger) Snapshot(ctx context.Context, path string) (int64, error) {
	return Snapshot(ctx, l.db, path)
}
