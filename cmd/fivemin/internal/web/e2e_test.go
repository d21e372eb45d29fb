package web

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/fivemin/fivemin/quoting/ledger"
)

// chromium finds a Chromium or Chrome binary.
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestDashboardInChromium loads the dashboard in a real headless Chromium:
// the overview, the report pages, the unclear replies (deciding one with
// the Accept button) and the clients page, and saves a full-page PNG of
// each under $FIVEMIN_ARTIFACTS (default: a temp dir, logged).
func TestDashboardInChromium(t *testing.T) {
	bin := chromium()
	if bin == "" {
		const msg = "no Chromium binary (chromium, chromium-browser, google-chrome) on PATH: install chromium to run the dashboard end-to-end test"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	dir := os.Getenv("FIVEMIN_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots go to %s", dir)

	f := newFixture(t, func(o *Options) {
		o.Clients = func(context.Context) (*ClientTiers, error) { return sampleTiers(), nil }
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: f.h, ReadHeaderTimeout: 5 * time.Second, ErrorLog: log.New(t.Output(), "http: ", 0)}
	go func() { _ = srv.Serve(ln) }() // ends at Close
	t.Cleanup(func() { srv.Close() })
	base := "http://" + ln.Addr().String()

	// The machine has no network: these flags keep Chromium from trying.
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithErrorf(t.Logf))
	defer cancelBrowser()

	// The first call starts the browser and lives as long as bctx, so it
	// gets no timeout of its own; everything after it does.
	start := time.Now()
	if _, err := chromedp.Call(bctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	t.Logf("Chromium started in %v", time.Since(start).Round(time.Millisecond))
	if _, err := chromedp.Call(bctx, network.SetExtraHTTPHeaders, network.SetExtraHTTPHeadersParams{
		Headers: network.Headers{"Authorization": "Bearer " + testToken},
	}); err != nil {
		t.Fatal(err)
	}
	// Collect what the browser logs: a CSP violation or a failed load
	// would show up here.
	var (
		mu       sync.Mutex
		messages []string
	)
	cctx, stopConsole := context.WithCancel(bctx)
	defer stopConsole()
	console := chromedp.Console(cctx)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			mu.Lock()
			messages = append(messages, fmt.Sprintf("%s [%s] %s %s", m.Type, m.Source, m.Text, m.URL))
			mu.Unlock()
		}
	}()

	ctx, cancel := context.WithTimeout(bctx, 20*time.Second)
	defer cancel()
	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		p := filepath.Join(dir, name+".png")
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("saved %s (%d KB)", p, len(png)/1024)
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	load := func(path, waitFor string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(base+path), chromedp.WaitVisible(chromedp.CSS(waitFor))); err != nil {
			t.Fatalf("loading %s: %v", path, err)
		}
	}

	// Overview: the totals, the charts, and the stylesheet applied under
	// the strict CSP.
	load("/", "figure.chart svg")
	if title, err := chromedp.Run(ctx, chromedp.Title()); err != nil || title != "Overview · fivemin" {
		t.Errorf("title %q, %v", title, err)
	}
	if cards := text(".cards"); !strings.Contains(cards, "$3,300.00") || !strings.Contains(cards, "50%") {
		t.Errorf("overview totals: %q", cards)
	}
	font, err := chromedp.Run(ctx, chromedp.Evaluate[string]("getComputedStyle(document.body).fontFamily"))
	if err != nil || !strings.Contains(font, "system-ui") {
		t.Errorf("the stylesheet is not applied: body font %q, %v", font, err)
	}
	charts, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll("figure.chart svg")))
	if err != nil || len(charts) != 4 {
		t.Errorf("%d charts on the overview, want 4 (%v)", len(charts), err)
	}
	shot("overview")

	load("/report/rep", "table.data")
	shot("by-rep")
	load("/report/month", "table.data")
	shot("by-month")
	load("/usage", "figure.chart svg")
	shot("usage")

	// Decide the unclear reply with the Accept button.
	id := f.ids["t3"]
	load("/unclear", "#"+id)
	shot("unclear")
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS("#"+id+` input[name="note"]`), "Confirmed by phone"),
		chromedp.Click(chromedp.CSS("#"+id+` button[value="accepted"]`)),
		chromedp.WaitVisible(chromedp.CSS(".flash-ok")),
	); err != nil {
		t.Fatalf("accepting %s: %v", id, err)
	}
	if msg := text(".flash-ok"); !strings.Contains(msg, "Quote "+id+" for bob@acme.example marked accepted.") || !strings.Contains(msg, "Confirmed by phone") {
		t.Errorf("flash message %q", msg)
	}
	if rest := text("main"); !strings.Contains(rest, "No replies are waiting for a decision.") {
		t.Errorf("the unclear list is not empty after deciding the only reply:\n%s", rest)
	}
	shot("unclear-decided")
	q := assertStatus(t, f, "t3", ledger.Accepted, false)
	evs, err := f.l.Events(context.Background(), q.ID)
	if err != nil {
		t.Fatal(err)
	}
	if last := evs[len(evs)-1]; last.Actor != ledger.ActorManager || last.Kind != ledger.EventAccepted || last.Note != "Confirmed by phone" {
		t.Errorf("last event %+v: want accepted by manager with the note", last)
	}

	load("/quote/"+id, "table.data")
	shot("quote")

	load("/clients", "figure.chart-scatter svg")
	dots, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll("circle.point")))
	if err != nil || len(dots) != len(sampleTiers().Clients) {
		t.Errorf("%d dots on the tier matrix, want %d (%v)", len(dots), len(sampleTiers().Clients), err)
	}
	shot("clients")

	// A narrow screen still gets a usable page.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(420, 900)); err != nil {
		t.Fatal(err)
	}
	load("/", "figure.chart svg")
	shot("overview-narrow")

	if err := ctx.Err(); errors.Is(err, context.DeadlineExceeded) {
		t.Fatal("the end-to-end test ran out of time")
	}
	stopConsole()
	mu.Lock()
	defer mu.Unlock()
	for _, m := range messages {
		if strings.Contains(m, "Content Security Policy") || strings.Contains(m, "Failed to load") || strings.HasPrefix(m, "error") {
			t.Errorf("browser reported: %s", m)
		} else {
			t.Logf("browser said: %s", m)
		}
	}
	t.Logf("end-to-end run took %v", time.Since(start).Round(time.Millisecond))
}
