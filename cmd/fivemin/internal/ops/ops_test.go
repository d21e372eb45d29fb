package ops

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// fakeService answers from function fields.
type fakeService struct {
	mark func(MarkRequest) (*ledger.Quote, error)
	send func(string, bool) (*SendResult, error)
}

func (f *fakeService) Report(ctx context.Context, q ReportQuery) (*ledger.Report, error) {
	return &ledger.Report{Currency: "USD", Totals: ledger.Figures{Sent: 7, Accepted: 3}}, nil
}
func (f *fakeService) Unclear(ctx context.Context) ([]ledger.Quote, error) { return nil, nil }
func (f *fakeService) Quote(ctx context.Context, id string) (*QuoteDetail, error) {
	return nil, fmt.Errorf("quote %s: %w", id, ledger.ErrNotFound)
}
func (f *fakeService) Mark(ctx context.Context, m MarkRequest) (*ledger.Quote, error) {
	return f.mark(m)
}
func (f *fakeService) Outbox(ctx context.Context) ([]OutboxItem, error) { return nil, nil }
func (f *fakeService) Send(ctx context.Context, ref string, force bool) (*SendResult, error) {
	return f.send(ref, force)
}
func (f *fakeService) Clients(ctx context.Context, q ClientsQuery) ([]byte, error) {
	return []byte("format=" + q.Format), nil
}
func (f *fakeService) Attention(ctx context.Context) ([]AttentionItem, error) {
	return []AttentionItem{{Rep: "carla@firm.test", Token: "ab12", Outcome: "failed", Reason: "config", Subject: "a question"}}, nil
}
func (f *fakeService) Status(ctx context.Context) ([]MailboxStatus, error) {
	return []MailboxStatus{{Rep: "carla@firm.test", AuthFailed: true, Since: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC), Error: "NO"}}, nil
}
func (f *fakeService) RefreshToken(ctx context.Context, r TokenRef) (string, error) {
	return "", nil
}
func (f *fakeService) SaveRefreshToken(ctx context.Context, r TokenRef) error { return nil }
func (f *fakeService) Retry(ctx context.Context, token string) error {
	if token != "ab12" {
		return fmt.Errorf("%s: %w", token, mailbox.ErrNotRetryable)
	}
	return nil
}

func serve(t *testing.T, svc Service) (path string, stop func()) {
	t.Helper()
	return serveAt(t, socketDir(t), svc)
}

func socketDir(t *testing.T) string {
	dir, err := os.MkdirTemp("", "ops") // short: unix socket paths are limited
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return filepath.Join(dir, "s.sock")
}

func serveAt(t *testing.T, path string, svc Service) (string, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, path, svc, nil) }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, err := Dial(context.Background(), path); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the service never answered")
		}
		time.Sleep(5 * time.Millisecond)
	}
	return path, func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	}
}

// TestSocketRoundTrip: results and the errors callers branch on cross the
// socket; the socket is private to this user and removed on stop.
func TestSocketRoundTrip(t *testing.T) {
	svc := &fakeService{
		mark: func(m MarkRequest) (*ledger.Quote, error) {
			if m.ID == "Q-BAD" {
				return nil, &ledger.TransitionError{}
			}
			return &ledger.Quote{ID: m.ID, State: ledger.State{Status: m.Status}}, nil
		},
		send: func(ref string, force bool) (*SendResult, error) {
			return nil, fmt.Errorf("send %s: %w", ref, mailbox.ErrAlreadySent)
		},
	}
	path, stop := serve(t, svc)
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("socket mode %v, %v: want 0600", st.Mode(), err)
	}
	ctx := context.Background()
	c, err := Dial(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := c.Report(ctx, ReportQuery{By: []ledger.GroupBy{ledger.ByRep}})
	if err != nil || rep.Totals.Sent != 7 || rep.Totals.Accepted != 3 || rep.Currency != "USD" {
		t.Errorf("report %+v, %v", rep, err)
	}
	q, err := c.Mark(ctx, MarkRequest{ID: "Q-1", Status: ledger.Accepted, Actor: ledger.ActorManager})
	if err != nil || q.ID != "Q-1" || q.Status != ledger.Accepted {
		t.Errorf("mark %+v, %v", q, err)
	}
	if _, err := c.Mark(ctx, MarkRequest{ID: "Q-BAD", Status: ledger.Declined, Actor: ledger.ActorRep}); !errors.Is(err, ledger.ErrIllegalTransition) {
		t.Errorf("illegal transition across the socket: %v", err)
	}
	if _, err := c.Quote(ctx, "q-zz"); !errors.Is(err, ledger.ErrNotFound) {
		t.Errorf("not found across the socket: %v", err)
	}
	if _, err := c.Send(ctx, "Q-1", false); !errors.Is(err, mailbox.ErrAlreadySent) {
		t.Errorf("already sent across the socket: %v", err)
	}
	if b, err := c.Clients(ctx, ClientsQuery{Format: "csv"}); err != nil || string(b) != "format=csv" {
		t.Errorf("clients %q, %v", b, err)
	}
	if items, err := c.Attention(ctx); err != nil || len(items) != 1 || items[0].Reason != "config" || items[0].Subject != "a question" {
		t.Errorf("attention %+v, %v", items, err)
	}
	if st, err := c.Status(ctx); err != nil || len(st) != 1 || !st[0].AuthFailed || !strings.Contains(st[0].Problem(), "refuses the login since 2026-11-23 10:00") {
		t.Errorf("status %+v, %v", st, err)
	}
	oauthRep := MailboxStatus{Rep: "carla@firm.test", AuthFailed: true, OAuth: true, Since: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC), Error: "invalid_grant"}
	if p := oauthRep.Problem(); !strings.Contains(p, "fivemin auth login --rep carla@firm.test") || strings.Contains(p, "password") {
		t.Errorf("an OAuth rep's problem says %q; want the sign-in command, not passwords", p)
	}
	if err := c.Retry(ctx, "ab12"); err != nil {
		t.Errorf("retry: %v", err)
	}
	if err := c.Retry(ctx, "cd34"); !errors.Is(err, mailbox.ErrNotRetryable) {
		t.Errorf("retry of an unknown token across the socket: %v", err)
	}
	// A second service on the same socket is refused.
	if err := Serve(ctx, path, svc, nil); err == nil {
		t.Error("a second Serve on a live socket succeeded")
	}
	stop()
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("socket left behind: %v", err)
	}
	if _, err := Dial(ctx, path); err == nil {
		t.Error("Dial succeeded with no service")
	}
}

// TestStaleSocketReplaced: a socket file left by a crashed service does not
// stop the next one from starting.
func TestStaleSocketReplaced(t *testing.T) {
	path := socketDir(t)
	ln, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	ln.Close() // the file stays, nobody listens: a stale socket
	if _, err := os.Stat(path); err != nil {
		t.Fatal("stale socket file not left behind by the setup")
	}
	_, stop := serveAt(t, path, &fakeService{})
	defer stop()
	if _, err := Dial(context.Background(), path); err != nil {
		t.Errorf("the new service does not answer on the old path: %v", err)
	}
}

func TestSocketPathTooLong(t *testing.T) {
	long := "/tmp/" + fmt.Sprintf("%0120d", 0)
	if err := Serve(context.Background(), long, &fakeService{}, nil); err == nil {
		t.Error("an over-long socket path was accepted")
	}
}
