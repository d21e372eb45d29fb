package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"go.etcd.io/bbolt"

	"github.com/fivemin/fivemin/quoting/ledger"
)

// openState opens the state file read-write and its ledger. A file held by
// a running fivemin gives ledger's clear "in use" error after timeout.
func openState(ctx context.Context, path string, loc *time.Location, log *slog.Logger, timeout time.Duration) (*bbolt.DB, *ledger.Ledger, error) {
	db, err := ledger.Open(path, ledger.OpenOptions{Timeout: timeout})
	if err != nil {
		return nil, nil, err
	}
	l, err := ledger.New(ctx, db, ledger.Options{Logger: log, Location: loc})
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return db, l, nil
}

// maxInput bounds what a command reads from one file (as triage does).
const maxInput = 25 << 20

func readAllLimited(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxInput {
		return nil, fmt.Errorf("input larger than %d bytes", maxInput)
	}
	return b, nil
}
