package mailtest

import (
	"log/slog"
	"strings"
	"sync"
)

// LogTB is what Logger needs of a test.
type LogTB interface {
	Log(args ...any)
	Cleanup(func())
}

// Logger returns a slog.Logger that writes to the test's log while the
// test runs and drops what goroutines still log after it ends (a poller
// stopping late would otherwise panic the test binary).
func Logger(t LogTB) *slog.Logger {
	w := &testWriter{t: t}
	t.Cleanup(func() { w.mu.Lock(); w.done = true; w.mu.Unlock() })
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct {
	mu   sync.Mutex
	t    LogTB
	done bool
}

func (w *testWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.done {
		w.t.Log(strings.TrimRight(string(p), "\n"))
	}
	return len(p), nil
}
