package ops

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"golang.org/x/sys/unix"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// SocketPath is where the service listens for the commands: beside its
// state file.
func SocketPath(statePath string) string { return statePath + ".sock" }

// Serve answers the commands on a unix socket at path until ctx ends. The
// socket is 0600 and only connections from this user (or root) are
// served: the socket is the service's whole authority over its state.
func Serve(ctx context.Context, path string, svc Service, log *slog.Logger) error {
	if len(path) > 100 {
		return fmt.Errorf("control socket path %s is too long for a unix socket: keep the state file's path under 95 characters", path)
	}
	if _, err := os.Lstat(path); err == nil {
		if c, err := net.DialTimeout("unix", path, time.Second); err == nil {
			c.Close()
			return fmt.Errorf("another fivemin already answers on %s", path)
		}
		// Left behind by a service that did not stop cleanly.
		if err := os.Remove(path); err != nil {
			return fmt.Errorf("removing stale control socket: %w", err)
		}
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		return err // serve names the part: "control socket: listen unix ..."
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return fmt.Errorf("chmod: %w", err)
	}
	srv := &http.Server{Handler: handler(svc, log), ReadHeaderTimeout: 10 * time.Second}
	err = ServeHTTP(ctx, srv, sameUser{ln.(*net.UnixListener)})
	_ = os.Remove(path) // a leftover is removed at the next start
	return err
}

// ServeHTTP serves srv on ln until ctx ends, then shuts it down, giving
// requests in flight 10 s to finish.
func ServeHTTP(ctx context.Context, srv *http.Server, ln net.Listener) error {
	done := make(chan struct{})
	go func() {
		defer close(done)
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if srv.Shutdown(sctx) != nil {
			srv.Close() // requests still running after the grace: cut them
		}
	}()
	err := srv.Serve(ln)
	if !errors.Is(err, http.ErrServerClosed) {
		// Serve failed by itself: end the shutdown goroutine too.
		srv.Close()
		return err
	}
	<-done
	return nil
}

// sameUser accepts only peers running as this process's user, or root,
// checked with SO_PEERCRED.
type sameUser struct{ *net.UnixListener }

func (l sameUser) Accept() (net.Conn, error) {
	for {
		c, err := l.AcceptUnix()
		if err != nil {
			return nil, err
		}
		if peerAllowed(c) {
			return c, nil
		}
		c.Close()
	}
}

func peerAllowed(c *net.UnixConn) bool {
	raw, err := c.SyscallConn()
	if err != nil {
		return false
	}
	var cred *unix.Ucred
	var credErr error
	if err := raw.Control(func(fd uintptr) {
		cred, credErr = unix.GetsockoptUcred(int(fd), unix.SOL_SOCKET, unix.SO_PEERCRED)
	}); err != nil || credErr != nil {
		return false
	}
	return cred.Uid == 0 || int(cred.Uid) == os.Getuid()
}

// apiError is how an error crosses the socket.
type apiError struct {
	Error string `json:"error"`
	Kind  string `json:"kind,omitempty"` // not-found, illegal, invalid, not-draft, already-sent, send-unknown, placeholders
}

var errKinds = []struct {
	kind string
	err  error
	code int
}{
	{"not-found", ledger.ErrNotFound, http.StatusNotFound},
	{"illegal", ledger.ErrIllegalTransition, http.StatusConflict},
	{"invalid", ledger.ErrInvalid, http.StatusBadRequest},
	{"not-draft", mailbox.ErrNotDraft, http.StatusConflict},
	{"already-sent", mailbox.ErrAlreadySent, http.StatusConflict},
	{"send-unknown", mailbox.ErrSendUnknown, http.StatusConflict},
	{"placeholders", mailbox.ErrPlaceholders, http.StatusConflict},
	{"not-retryable", mailbox.ErrNotRetryable, http.StatusConflict},
}

func handler(svc Service, log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	reply := func(w http.ResponseWriter, v any, err error) {
		w.Header().Set("Content-Type", "application/json")
		if err != nil {
			ae, code := apiError{Error: err.Error()}, http.StatusInternalServerError
			for _, k := range errKinds {
				if errors.Is(err, k.err) {
					ae.Kind, code = k.kind, k.code
					break
				}
			}
			if code == http.StatusInternalServerError && log != nil {
				log.Error("control request failed", "err", err)
			}
			w.WriteHeader(code)
			_ = json.NewEncoder(w).Encode(ae) // the client is gone
			return
		}
		if b, ok := v.([]byte); ok {
			_, _ = w.Write(b) // the client is gone
			return
		}
		_ = json.NewEncoder(w).Encode(v) // the client is gone
	}
	decode := func(r *http.Request, v any) error {
		dec := json.NewDecoder(io.LimitReader(r.Body, 1<<20))
		dec.DisallowUnknownFields()
		if err := dec.Decode(v); err != nil {
			return fmt.Errorf("%w: request: %v", ledger.ErrInvalid, err)
		}
		return nil
	}
	mux.HandleFunc("GET /ping", func(w http.ResponseWriter, r *http.Request) { reply(w, map[string]string{"ok": "fivemin"}, nil) })
	mux.HandleFunc("POST /report", func(w http.ResponseWriter, r *http.Request) {
		var q ReportQuery
		if err := decode(r, &q); err != nil {
			reply(w, nil, err)
			return
		}
		rep, err := svc.Report(r.Context(), q)
		reply(w, rep, err)
	})
	mux.HandleFunc("GET /unclear", func(w http.ResponseWriter, r *http.Request) {
		qs, err := svc.Unclear(r.Context())
		reply(w, qs, err)
	})
	mux.HandleFunc("GET /quotes/{id}", func(w http.ResponseWriter, r *http.Request) {
		d, err := svc.Quote(r.Context(), r.PathValue("id"))
		reply(w, d, err)
	})
	mux.HandleFunc("POST /mark", func(w http.ResponseWriter, r *http.Request) {
		var m MarkRequest
		if err := decode(r, &m); err != nil {
			reply(w, nil, err)
			return
		}
		q, err := svc.Mark(r.Context(), m)
		reply(w, q, err)
	})
	mux.HandleFunc("GET /outbox", func(w http.ResponseWriter, r *http.Request) {
		items, err := svc.Outbox(r.Context())
		reply(w, items, err)
	})
	mux.HandleFunc("POST /send", func(w http.ResponseWriter, r *http.Request) {
		var req sendRequest
		if err := decode(r, &req); err != nil {
			reply(w, nil, err)
			return
		}
		res, err := svc.Send(r.Context(), req.Ref, req.Force)
		reply(w, res, err)
	})
	mux.HandleFunc("POST /clients", func(w http.ResponseWriter, r *http.Request) {
		var q ClientsQuery
		if err := decode(r, &q); err != nil {
			reply(w, nil, err)
			return
		}
		b, err := svc.Clients(r.Context(), q)
		reply(w, b, err)
	})
	attentionRoutes(mux, svc, reply, decode)
	tokenRoutes(mux, svc, reply, decode)
	return mux
}

type sendRequest struct {
	Ref   string `json:"ref"`
	Force bool   `json:"force,omitempty"`
}

// Client asks the running service over its socket.
type Client struct {
	Path string
	hc   *http.Client
}

var _ Service = (*Client)(nil)

// Dial connects to the service answering at path, or fails when none does
// (no socket, or a stale one).
func Dial(ctx context.Context, path string) (*Client, error) {
	c := &Client{Path: path, hc: &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", path)
		},
	}}}
	var pong map[string]string
	pctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	if err := c.do(pctx, http.MethodGet, "/ping", nil, &pong); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, "http://fivemin"+path, body)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("asking the running service on %s: %w", c.Path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		var ae apiError
		if json.Unmarshal(b, &ae) != nil || ae.Error == "" {
			return fmt.Errorf("service answered %s", resp.Status)
		}
		for _, k := range errKinds {
			if k.kind == ae.Kind {
				return remoteError{msg: ae.Error, kind: k.err}
			}
		}
		return errors.New(ae.Error)
	}
	if raw, ok := out.(*[]byte); ok {
		*raw = b
		return nil
	}
	return json.Unmarshal(b, out)
}

// remoteError keeps the service's message and the sentinel it matched.
type remoteError struct {
	msg  string
	kind error
}

func (e remoteError) Error() string { return e.msg }
func (e remoteError) Unwrap() error { return e.kind }

// Report implements Service.
func (c *Client) Report(ctx context.Context, q ReportQuery) (*ledger.Report, error) {
	var r ledger.Report
	if err := c.do(ctx, http.MethodPost, "/report", q, &r); err != nil {
		return nil, err
	}
	r.Filter = q.Filter
	return &r, nil
}

// Unclear implements Service.
func (c *Client) Unclear(ctx context.Context) ([]ledger.Quote, error) {
	var qs []ledger.Quote
	return qs, c.do(ctx, http.MethodGet, "/unclear", nil, &qs)
}

// Quote implements Service.
func (c *Client) Quote(ctx context.Context, id string) (*QuoteDetail, error) {
	var d QuoteDetail
	if err := c.do(ctx, http.MethodGet, "/quotes/"+strings.ToUpper(strings.TrimSpace(id)), nil, &d); err != nil {
		return nil, err
	}
	return &d, nil
}

// Mark implements Service.
func (c *Client) Mark(ctx context.Context, m MarkRequest) (*ledger.Quote, error) {
	var q ledger.Quote
	if err := c.do(ctx, http.MethodPost, "/mark", m, &q); err != nil {
		return nil, err
	}
	return &q, nil
}

// Outbox implements Service.
func (c *Client) Outbox(ctx context.Context) ([]OutboxItem, error) {
	var items []OutboxItem
	return items, c.do(ctx, http.MethodGet, "/outbox", nil, &items)
}

// Send implements Service.
func (c *Client) Send(ctx context.Context, ref string, force bool) (*SendResult, error) {
	var r SendResult
	if err := c.do(ctx, http.MethodPost, "/send", sendRequest{Ref: ref, Force: force}, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Clients implements Service.
func (c *Client) Clients(ctx context.Context, q ClientsQuery) ([]byte, error) {
	var b []byte
	return b, c.do(ctx, http.MethodPost, "/clients", q, &b)
}
