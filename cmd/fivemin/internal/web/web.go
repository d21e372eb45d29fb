package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

//go:embed templates/*.html static/*
var assets embed.FS

// Options configure the dashboard. Ledger and Token are required.
type Options struct {
	Ledger *ledger.Ledger
	// Token returns the dashboard token in force; it is asked on every
	// request, so a configuration reload takes effect at once. New fails
	// when it is nil or returns a token shorter than MinTokenLength (an
	// open or guessable dashboard is never the fallback); if it later
	// returns one, every request is refused.
	Token func() string
	// Now is the clock; default time.Now.
	Now func() time.Time
	// Logger gets decisions made on the dashboard, failed logins and
	// errors; default discards.
	Logger *slog.Logger
	// Formatter returns the money and number formatter in force (the
	// configuration's); default en-US.
	Formatter func() *quoting.Formatter
	// Location is where filter dates are read and times shown; it should
	// be the ledger's, which counts months there. Default time.Local.
	Location *time.Location
	// Currency is the firm's currency (ISO 4217): report values are summed
	// in it and quotes in others are counted apart. "" takes the first
	// sent quote's.
	Currency string
	// Firm names the firm in the page header; optional.
	Firm string
	// Clients supplies the client tier matrix. Nil hides the clients page.
	Clients func(ctx context.Context) (*ClientTiers, error)
	// Attention lists the recent mail that got no draft and Retry queues
	// one again by token; nil hides the "Needs attention" page.
	Attention func(ctx context.Context) ([]AttentionItem, error)
	Retry     func(ctx context.Context, token string) error
	// MailProblems returns one line per rep whose mailbox does not work (a
	// refused login, an unreachable server), shown on every page; nil or
	// empty shows nothing.
	MailProblems func(ctx context.Context) []string
}

// MinTokenLength is the shortest dashboard token accepted: 32 random
// characters cannot be guessed at the throttled rate of failed logins.
const MinTokenLength = 32

// handler is the dashboard; New returns it as an http.Handler.
type handler struct {
	l         *ledger.Ledger
	token     func() string
	now       func() time.Time
	log       *slog.Logger
	formatter func() *quoting.Formatter
	loc       *time.Location
	currency  string
	firm      string
	clients   func(ctx context.Context) (*ClientTiers, error)
	attentionFuncs
	mailProblems func(ctx context.Context) []string

	sign   *signer
	fails  *throttle
	pages  map[string]*template.Template
	mux    *http.ServeMux
	cop    *http.CrossOriginProtection
	static http.Handler
	cssURL string
}

// pageNames are the templates under templates/, each rendered inside
// layout.html.
var pageNames = []string{"overview", "table", "usage", "unclear", "quote", "clients", "error", "attention"}

// New builds the dashboard handler. Mount it at the root of its own
// listener (its links are absolute paths).
func New(opts Options) (http.Handler, error) {
	if opts.Ledger == nil {
		return nil, errors.New("web: no ledger")
	}
	if opts.Token == nil || opts.Token() == "" {
		return nil, errors.New("web: no dashboard token configured: set [web] token_env or token_file")
	}
	if n := len(opts.Token()); n < MinTokenLength {
		return nil, fmt.Errorf("web: the dashboard token has %d characters; it needs at least %d random ones (for example: openssl rand -hex 24)", n, MinTokenLength)
	}
	h := &handler{
		l: opts.Ledger, token: opts.Token, now: opts.Now, log: opts.Logger, formatter: opts.Formatter,
		loc: opts.Location, currency: strings.ToUpper(opts.Currency), firm: opts.Firm, clients: opts.Clients,
		cop: http.NewCrossOriginProtection(), fails: newThrottle(),
		attentionFuncs: attentionFuncs{attn: opts.Attention, retryFn: opts.Retry},
		mailProblems:   opts.MailProblems,
	}
	if h.now == nil {
		h.now = time.Now
	}
	if h.log == nil {
		h.log = slog.New(slog.DiscardHandler)
	}
	h.log = slog.New(redactor{next: h.log.Handler(), secret: opts.Token})
	if h.formatter == nil {
		f := quoting.NewFormatter(language.AmericanEnglish)
		h.formatter = func() *quoting.Formatter { return f }
	}
	if h.loc == nil {
		h.loc = time.Local
	}
	var err error
	if h.sign, err = newSigner(); err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	if err := h.parseTemplates(); err != nil {
		return nil, err
	}
	static, err := fs.Sub(assets, "static")
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	css, err := fs.ReadFile(static, "style.css")
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	// The stylesheet's URL carries its hash, so it can be cached and a new
	// build is still picked up at once.
	sum := sha256.Sum256(css)
	h.cssURL = "/static/style.css?v=" + hex.EncodeToString(sum[:6])
	h.static = http.StripPrefix("/static/", http.FileServerFS(static))
	h.cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.log.Warn("web: cross-origin request refused", "method", r.Method, "path", r.URL.Path, "origin", r.Header.Get("Origin"))
		h.fail(w, r, http.StatusForbidden, errors.New("this request came from another site and was refused"))
	}))
	h.routes()
	return h, nil
}

func (h *handler) parseTemplates() error {
	h.pages = map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.New(name).ParseFS(assets, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return fmt.Errorf("web: template %s: %w", name, err)
		}
		h.pages[name] = t
	}
	return nil
}

func (h *handler) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", h.overview)
	m.HandleFunc("GET /report/{by}", h.table)
	m.HandleFunc("GET /usage", h.usage)
	m.HandleFunc("GET /unclear", h.unclear)
	m.HandleFunc("GET /quote/{id}", h.quote)
	m.HandleFunc("POST /quote/{id}/decide", h.decide)
	m.HandleFunc("GET /clients", h.clientsPage)
	if h.attn != nil && h.retryFn != nil {
		m.HandleFunc("GET /attention", h.attention)
		m.HandleFunc("POST /attention/retry", h.retry)
	}
	m.HandleFunc("GET /report.csv", h.csv)
	m.HandleFunc("GET /api/report", h.apiReport)
	m.HandleFunc("GET /static/", func(w http.ResponseWriter, r *http.Request) {
		// Behind auth, so only the browser's private cache may keep it.
		w.Header().Set("Cache-Control", "private, max-age=86400")
		h.static.ServeHTTP(w, r)
	})
	h.mux = m
}

// csp allows nothing but this origin's stylesheet and images: the pages
// have no script at all, and charts are inline SVG.
const csp = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// ServeHTTP sets the security headers, requires the token, refuses
// cross-origin writes and routes.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", csp)
	hd.Set("X-Frame-Options", "DENY")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("Cross-Origin-Opener-Policy", "same-origin")
	hd.Set("Cross-Origin-Resource-Policy", "same-origin")
	// Report data must not linger in caches; /static/ overrides this.
	hd.Set("Cache-Control", "no-store")

	if !h.authorized(w, r) {
		return
	}
	h.cop.Handler(h.mux).ServeHTTP(w, r)
}

// authorized checks the request's token, throttling clients that keep
// getting it wrong, and answers the request itself when it fails. Nothing
// the client offered as a credential (token, basic-auth user name) is
// logged.
func (h *handler) authorized(w http.ResponseWriter, r *http.Request) bool {
	want := h.token()
	if len(want) < MinTokenLength {
		h.log.Error("web: no usable dashboard token configured (missing or too short); refusing request")
		http.Error(w, "dashboard token not configured", http.StatusServiceUnavailable)
		return false
	}
	now := h.now()
	client := throttleKey(r.RemoteAddr)
	if wait := h.fails.wait(client, now); wait > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(int((wait+time.Second-1)/time.Second)))
		http.Error(w, "too many wrong dashboard tokens from your address: try again later", http.StatusTooManyRequests)
		return false
	}
	given, _, offered := credentials(r)
	if offered && sameSecret(given, want) {
		return true
	}
	if offered {
		h.log.Warn("web: wrong dashboard token", "remote", r.RemoteAddr, "path", r.URL.Path)
		if h.fails.fail(client, now) {
			h.log.Warn("web: throttling dashboard logins after repeated wrong tokens", "client", client, "burst", failBurst, "then_every", failRefill)
		}
	}
	w.Header().Set("WWW-Authenticate", `Basic realm="fivemin dashboard", charset="UTF-8"`)
	http.Error(w, "authentication required: the dashboard token as a Bearer token or as the basic-auth password", http.StatusUnauthorized)
	return false
}

// page is what every page's template gets: the layout's data and the
// formatting helpers, bound to one request.
type page struct {
	Title       string
	Nav         string // the active menu entry
	Firm        string
	CSS         string
	Filter      filterForm
	FilterError string
	ShowFilter  bool
	Flash       *flash
	Unclear     int
	HasClients  bool
	HasAttn     bool
	// MailProblems are reps' mailboxes that do not work.
	MailProblems []string
	CSRF         string
	Generated    string
	Currency     string

	Path string // this page's path, the filter form's action

	r   *http.Request
	cur quoting.Currency
	fm  *quoting.Formatter
	pr  *message.Printer
	loc *time.Location
}

// newPage starts a page: it takes the flash message (before anything is
// written) and counts the unclear replies for the menu.
func (h *handler) newPage(w http.ResponseWriter, r *http.Request, title, nav string) *page {
	p := h.basePage(w, r, title, nav)
	if qs, err := h.l.Unclear(r.Context()); err == nil {
		p.Unclear = len(qs)
	} else {
		h.log.Error("web: listing unclear replies", "err", err)
	}
	return p
}

// basePage is newPage without the unclear count, for the page that lists
// them anyway.
func (h *handler) basePage(w http.ResponseWriter, r *http.Request, title, nav string) *page {
	fm := h.formatter()
	p := &page{
		Title: title, Nav: nav, Firm: h.firm, CSS: h.cssURL,
		Flash: h.sign.takeFlash(w, r), HasClients: h.clients != nil, HasAttn: h.attn != nil && h.retryFn != nil,
		CSRF:      h.sign.csrfToken(h.token(), h.now()),
		Generated: h.now().In(h.loc).Format("2 Jan 2006 15:04 MST"),
		r:         r, fm: fm, pr: message.NewPrinter(fm.Locale()), loc: h.loc, Path: r.URL.Path,
	}
	if h.mailProblems != nil {
		p.MailProblems = h.mailProblems(r.Context())
	}
	return p
}

func (p *page) setCurrency(code string) {
	p.Currency = code
	p.cur, _ = currencyOf(code)
}

// Money formats minor units of the page's currency.
func (p *page) Money(minor int64) string {
	if p.cur.IsZero() {
		if minor == 0 {
			return "—"
		}
		return string(major(minor, p.Currency)) + " " + p.Currency
	}
	return p.fm.Format(p.cur.Minor(minor))
}

// FormatMoney formats a Money.
func (p *page) FormatMoney(m quoting.Money) string { return p.fm.Format(m) }

// Int writes a count with the locale's grouping.
func (p *page) Int(n int64) string { return p.pr.Sprint(number.Decimal(n)) }

// Hours writes minutes as hours.
func (p *page) Hours(minutes int64) string { return p.fm.Hours(int(minutes)) }

// Rate writes an acceptance rate, or a dash when nothing has concluded.
func (p *page) Rate(f ledger.Figures) string {
	if f.Concluded() == 0 {
		return "—"
	}
	return percent(f.AcceptanceRate)
}

// Duration writes seconds the way a person says them; "—" for none.
func (p *page) Duration(sec float64) string {
	if sec <= 0 {
		return "—"
	}
	return FormatSeconds(sec)
}

// FirstResponse is the median time from a client's email arriving to the
// rep's reply being sent, or "—" when no reply was seen sent. Zero is a
// real value here (a reply sent within the second).
func (p *page) FirstResponse(f ledger.Figures) string {
	if f.Responded == 0 {
		return "—"
	}
	return FormatSeconds(f.MedianResponseSeconds)
}

// FormatSeconds writes a duration in seconds the way a person says it:
// "45 s", "3 min 20 s", "2 h 5 min", "3 d 4 h".
func FormatSeconds(sec float64) string {
	switch s := max(int64(math.Round(sec)), 0); {
	case s < 60:
		return fmt.Sprintf("%d s", s)
	case s < 3600:
		if s%60 == 0 || s >= 600 {
			return fmt.Sprintf("%d min", (s+30)/60)
		}
		return fmt.Sprintf("%d min %d s", s/60, s%60)
	case s < 86400:
		return fmt.Sprintf("%d h %d min", s/3600, (s%3600+30)/60)
	default:
		return fmt.Sprintf("%d d %d h", s/86400, (s%86400+1800)/3600)
	}
}

// Time writes a time in the dashboard's location.
func (p *page) Time(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.In(p.loc).Format("2 Jan 2006 15:04")
}

// Link is path with the current filters.
func (p *page) Link(path string) string { return withQuery(path, p.Filter.values()) }

// LinkWith is path with the current filters and key set to value.
func (p *page) LinkWith(path, key, value string) string {
	v := p.Filter.values()
	v.Set(key, value)
	return withQuery(path, v)
}

func withQuery(path string, v url.Values) string {
	if len(v) == 0 {
		return path
	}
	return path + "?" + v.Encode()
}

// render executes a page template into a buffer first, so a template
// error becomes a clean 500 instead of half a page.
func (h *handler) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := h.pages[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		h.log.Error("web: rendering page", "page", name, "err", err)
		http.Error(w, "internal error rendering the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = io.Copy(w, &buf)
	}
}

// errorView is the error page.
type errorView struct {
	*page
	Status  int
	Message string
}

// errInternal is what a visitor is told of a server error.
const errInternal = "Something went wrong reading the ledger; the details are in the service log."

// fail shows an error page; server errors are logged, and their details
// stay in the log.
func (h *handler) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	msg := err.Error()
	if status >= 500 {
		h.log.Error("web: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = errInternal
	}
	p := h.newPage(w, r, http.StatusText(status), "")
	h.render(w, r, status, "error", errorView{page: p, Status: status, Message: msg})
}
