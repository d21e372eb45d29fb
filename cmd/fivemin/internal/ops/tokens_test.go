package ops

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fivemin/fivemin/quoting/ledger"
)

// TestTokensThroughTheService: while serve holds the state file, `fivemin
// auth` stores, reads and forgets refresh tokens through its socket; the
// token reaches the state file and never the service's log.
func TestTokensThroughTheService(t *testing.T) {
	db, err := ledger.Open(filepath.Join(t.TempDir(), "state.db"), ledger.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	ctx := context.Background()
	led, err := ledger.New(ctx, db, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	local := &Local{Ledger: led}
	var logged bytes.Buffer
	path := socketDir(t)
	done := make(chan error, 1)
	sctx, cancel := context.WithCancel(ctx)
	go func() { done <- Serve(sctx, path, local, slog.New(slog.NewTextHandler(&logged, nil))) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	}()
	var c *Client
	for deadline := time.Now().Add(5 * time.Second); c == nil; time.Sleep(5 * time.Millisecond) {
		if c, _ = Dial(ctx, path); c == nil && time.Now().After(deadline) {
			t.Fatal("the service never answered")
		}
	}

	const secret = "rt-5f2a-never-logged"
	remote := TokenStore(c, "ann@firm.test", "m365")
	if tok, err := remote.Load(ctx); err != nil || tok != "" {
		t.Fatalf("before sign-in: %q, %v; want none", tok, err)
	}
	if err := remote.Save(ctx, secret); err != nil {
		t.Fatal(err)
	}
	// The service's own store (as its logins read it) has the token.
	if tok, err := TokenStore(local, "ann@firm.test", "m365").Load(ctx); err != nil || tok != secret {
		t.Errorf("in the state file: %q, %v", tok, err)
	}
	if tok, err := remote.Load(ctx); err != nil || tok != secret {
		t.Errorf("read back: %q, %v", tok, err)
	}
	if tok, err := TokenStore(c, "bo@firm.test", "m365").Load(ctx); err != nil || tok != "" {
		t.Errorf("another rep sees %q, %v", tok, err)
	}
	if err := remote.Save(ctx, ""); err != nil {
		t.Fatal(err)
	}
	if tok, err := remote.Load(ctx); err != nil || tok != "" {
		t.Errorf("after sign-out: %q, %v", tok, err)
	}
	// A bad request is refused and logged without the token.
	var ok map[string]bool
	if err := c.do(ctx, "POST", "/tokens/save", map[string]string{"rep": "x", "secret": secret}, &ok); err == nil {
		t.Error("a request with an unknown field was accepted")
	}
	if strings.Contains(logged.String(), secret) {
		t.Errorf("the token reached the log:\n%s", logged.String())
	}
}
