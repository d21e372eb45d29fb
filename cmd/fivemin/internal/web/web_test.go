package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/fivemin/fivemin/quoting/ledger"
)

func TestNewRefusesToStartWithoutTokenOrLedger(t *testing.T) {
	l, _ := newLedger(t)
	for _, tc := range []struct {
		name string
		opts Options
		want string
	}{
		{"no token func", Options{Ledger: l}, "no dashboard token"},
		{"empty token", Options{Ledger: l, Token: StaticToken("")}, "no dashboard token"},
		{"short token", Options{Ledger: l, Token: StaticToken(testToken[:MinTokenLength-1])}, "needs at least 32"},
		{"no ledger", Options{Token: StaticToken(testToken)}, "no ledger"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, err := New(tc.opts)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("New = %v, %v; want an error containing %q", h, err, tc.want)
			}
		})
	}
}

func TestAuthRequiredOnEveryRoute(t *testing.T) {
	f := newFixture(t)
	basic := func(user, pass string) string {
		r := httptest.NewRequest("GET", "/", nil)
		r.SetBasicAuth(user, pass)
		return r.Header.Get("Authorization")
	}
	creds := []struct {
		name, header string
		want         int
	}{
		{"none", "", http.StatusUnauthorized},
		{"wrong bearer", "Bearer not-the-token", http.StatusUnauthorized},
		{"token prefix", "Bearer " + testToken[:10], http.StatusUnauthorized},
		{"token with suffix", "Bearer " + testToken + "x", http.StatusUnauthorized},
		{"wrong basic password", basic("manager", "guess"), http.StatusUnauthorized},
		{"token as basic user", basic(testToken, ""), http.StatusUnauthorized},
		{"other scheme", "Token " + testToken, http.StatusUnauthorized},
		{"right bearer", "Bearer " + testToken, http.StatusOK},
		{"right bearer, lower-case scheme", "bearer " + testToken, http.StatusOK},
		{"right basic, any user", basic("anyone", testToken), http.StatusOK},
	}
	paths := []string{"/", "/report/rep", "/report/month", "/usage", "/unclear", "/quote/" + f.ids["t1"], "/report.csv?by=client", "/api/report?by=month", "/static/style.css"}
	for i, c := range creds {
		for j, p := range paths {
			t.Run(c.name+" "+p, func(t *testing.T) {
				r := httptest.NewRequest(http.MethodGet, p, nil)
				// One address per request: this test is about which
				// credentials pass, not about throttling (TestThrottle).
				r.RemoteAddr = "192.0.2." + strconv.Itoa(i*len(paths)+j) + ":40000"
				if c.header != "" {
					r.Header.Set("Authorization", c.header)
				}
				w := httptest.NewRecorder()
				f.h.ServeHTTP(w, r)
				if w.Code != c.want {
					t.Fatalf("status %d, want %d: %s", w.Code, c.want, w.Body.String())
				}
				if c.want == http.StatusUnauthorized {
					if got := w.Header().Get("WWW-Authenticate"); !strings.HasPrefix(got, "Basic ") {
						t.Errorf("WWW-Authenticate %q: want a Basic challenge so browsers prompt", got)
					}
					if strings.Contains(w.Body.String(), "bob@acme.example") {
						t.Error("an unauthenticated response leaks ledger data")
					}
				}
			})
		}
	}
	t.Run("POST without token", func(t *testing.T) {
		r := httptest.NewRequest(http.MethodPost, "/quote/"+f.ids["t3"]+"/decide", strings.NewReader("decision=accepted"))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		w := httptest.NewRecorder()
		f.h.ServeHTTP(w, r)
		if w.Code != http.StatusUnauthorized {
			t.Fatalf("status %d, want 401", w.Code)
		}
		assertStatus(t, f, "t3", ledger.Sent, true)
	})
}

func TestTokenChangeTakesEffectAtOnce(t *testing.T) {
	var tok atomic.Value
	first, second := "first-token-0123456789-0123456789", "second-token-0123456789-012345678"
	tok.Store(first)
	f := newFixture(t, func(o *Options) { o.Token = func() string { return tok.Load().(string) } })
	do := func(token string) int {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.Header.Set("Authorization", "Bearer "+token)
		w := httptest.NewRecorder()
		f.h.ServeHTTP(w, r)
		return w.Code
	}
	if c := do(first); c != 200 {
		t.Fatalf("first token: %d", c)
	}
	tok.Store(second)
	if c := do(first); c != 401 {
		t.Errorf("old token after reload: %d, want 401", c)
	}
	if c := do(second); c != 200 {
		t.Errorf("new token after reload: %d, want 200", c)
	}
	tok.Store(second[:MinTokenLength-1])
	if c := do(second[:MinTokenLength-1]); c != http.StatusServiceUnavailable {
		t.Errorf("token shortened by a reload: %d, want 503", c)
	}
	tok.Store("")
	if c := do(""); c != http.StatusServiceUnavailable {
		t.Errorf("token removed by a reload: %d, want 503 (closed, not open)", c)
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t)
	for _, p := range []string{"/", "/unclear", "/api/report", "/report.csv", "/static/style.css"} {
		w := f.get(t, p)
		if w.Code != 200 {
			t.Fatalf("%s: %d", p, w.Code)
		}
		h := w.Header()
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "frame-ancestors 'none'", "form-action 'self'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", p, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "script-src") {
			t.Errorf("%s: CSP %q allows scripts", p, csp)
		}
		if h.Get("X-Frame-Options") != "DENY" || h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: X-Frame-Options %q, X-Content-Type-Options %q", p, h.Get("X-Frame-Options"), h.Get("X-Content-Type-Options"))
		}
		cc := h.Get("Cache-Control")
		if p == "/static/style.css" {
			if !strings.Contains(cc, "private") {
				t.Errorf("%s: Cache-Control %q, want private", p, cc)
			}
		} else if cc != "no-store" {
			t.Errorf("%s: Cache-Control %q, want no-store", p, cc)
		}
	}
	// The pages carry no script at all.
	for _, p := range []string{"/", "/unclear", "/usage", "/report/client"} {
		if body := f.get(t, p).Body.String(); strings.Contains(strings.ToLower(body), "<script") {
			t.Errorf("%s contains a script element", p)
		}
	}
}

// csrfRe finds the CSRF token in a rendered form.
var csrfRe = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func csrfFrom(t *testing.T, f *fixture, path string) string {
	t.Helper()
	w := f.get(t, path)
	m := csrfRe.FindStringSubmatch(w.Body.String())
	if m == nil {
		t.Fatalf("%s has no CSRF field:\n%s", path, w.Body.String())
	}
	return html.UnescapeString(m[1])
}

// post submits a form with the token and extra headers.
func (f *fixture) post(t testing.TB, path string, form url.Values, hdr map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("Authorization", "Bearer "+testToken)
	for k, v := range hdr {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, r)
	return w
}

func assertStatus(t *testing.T, f *fixture, tok string, want ledger.Status, unclear bool) *ledger.Quote {
	t.Helper()
	q, err := f.l.Quote(context.Background(), f.ids[tok])
	if err != nil {
		t.Fatal(err)
	}
	if q.Status != want || q.Unclear != unclear {
		t.Fatalf("quote %s: status %s unclear %v, want %s unclear %v", tok, q.Status, q.Unclear, want, unclear)
	}
	return q
}

func TestDecideRecordsManagerDecision(t *testing.T) {
	for _, tc := range []struct {
		decision string
		want     ledger.Status
		kind     ledger.EventKind
		note     string
		wantNote string
	}{
		{"accepted", ledger.Accepted, ledger.EventAccepted, "Confirmed by phone", "Confirmed by phone"},
		{"declined", ledger.Declined, ledger.EventDeclined, "", ""},
		{"accepted", ledger.Accepted, ledger.EventAccepted, "line one\r\nInjected: header\t<b>x</b>", "line one Injected: header <b>x</b>"},
	} {
		t.Run(tc.decision+"/"+tc.note, func(t *testing.T) {
			f := newFixture(t)
			id := f.ids["t3"]
			before, err := f.l.Events(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			csrf := csrfFrom(t, f, "/unclear")
			w := f.post(t, "/quote/"+id+"/decide", url.Values{"csrf": {csrf}, "decision": {tc.decision}, "note": {tc.note}, "back": {"unclear"}}, nil)
			if w.Code != http.StatusSeeOther || w.Header().Get("Location") != "/unclear" {
				t.Fatalf("status %d Location %q, want 303 to /unclear: %s", w.Code, w.Header().Get("Location"), w.Body.String())
			}
			q := assertStatus(t, f, "t3", tc.want, false)
			evs, err := f.l.Events(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) != len(before)+1 {
				t.Fatalf("%d events after the decision, want %d", len(evs), len(before)+1)
			}
			last := evs[len(evs)-1]
			if last.Kind != tc.kind || last.Actor != ledger.ActorManager || last.Note != tc.wantNote {
				t.Errorf("last event %+v, want kind %s by manager with note %q", last, tc.kind, tc.wantNote)
			}

			// The redirect target shows the flash once, then not again.
			cookies := w.Result().Cookies()
			if len(cookies) != 1 || cookies[0].Name != flashCookie || !cookies[0].HttpOnly || cookies[0].SameSite != http.SameSiteStrictMode {
				t.Fatalf("flash cookie %+v", cookies)
			}
			r := httptest.NewRequest(http.MethodGet, "/unclear", nil)
			r.Header.Set("Authorization", "Bearer "+testToken)
			r.AddCookie(cookies[0])
			page := httptest.NewRecorder()
			f.h.ServeHTTP(page, r)
			body := page.Body.String()
			wantFlash := "Quote " + q.ID + " for bob@acme.example marked " + string(tc.want) + "."
			if !strings.Contains(body, `class="flash flash-ok"`) || !strings.Contains(body, wantFlash) {
				t.Errorf("page after the redirect lacks the flash %q:\n%s", wantFlash, body)
			}
			if strings.Contains(body, `id="`+id+`"`) {
				t.Error("the decided quote is still listed as unclear")
			}
			if got := page.Result().Cookies(); len(got) != 1 || got[0].MaxAge >= 0 {
				t.Errorf("the flash cookie is not cleared after showing: %+v", got)
			}
		})
	}
}

func TestDecideFromQuotePageRedirectsBackThere(t *testing.T) {
	f := newFixture(t)
	id := f.ids["t7"] // accepted: the page offers a reversal
	csrf := csrfFrom(t, f, "/quote/"+id)
	w := f.post(t, "/quote/"+id+"/decide", url.Values{"csrf": {csrf}, "decision": {"declined"}, "back": {"quote"}}, nil)
	if w.Code != http.StatusSeeOther || w.Header().Get("Location") != "/quote/"+id {
		t.Fatalf("status %d Location %q", w.Code, w.Header().Get("Location"))
	}
	assertStatus(t, f, "t7", ledger.Declined, false)
}

func TestDecideIllegalMoveFlashesError(t *testing.T) {
	f := newFixture(t)
	id := f.ids["t6"] // withdrawn: cannot be accepted
	csrf := csrfFrom(t, f, "/unclear")
	w := f.post(t, "/quote/"+id+"/decide", url.Values{"csrf": {csrf}, "decision": {"accepted"}}, nil)
	if w.Code != http.StatusSeeOther {
		t.Fatalf("status %d", w.Code)
	}
	assertStatus(t, f, "t6", ledger.Withdrawn, false)
	c := w.Result().Cookies()
	r := httptest.NewRequest(http.MethodGet, "/unclear", nil)
	r.Header.Set("Authorization", "Bearer "+testToken)
	r.AddCookie(c[0])
	page := httptest.NewRecorder()
	f.h.ServeHTTP(page, r)
	if body := page.Body.String(); !strings.Contains(body, "flash-error") || !strings.Contains(body, "was not changed") {
		t.Errorf("no error flash:\n%s", body)
	}
}

func TestDecideRejectsForgedRequests(t *testing.T) {
	f := newFixture(t)
	id := f.ids["t3"]
	good := csrfFrom(t, f, "/unclear")
	otherSigner, err := newSigner()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		csrf string
		hdr  map[string]string
		at   time.Time
		want int
	}{
		{"no token", "", nil, now, http.StatusForbidden},
		{"garbage", "xyz", nil, now, http.StatusForbidden},
		{"tampered", good[:len(good)-2] + "AA", nil, now, http.StatusForbidden},
		{"other process", otherSigner.csrfToken(testToken, now), nil, now, http.StatusForbidden},
		{"made for another dashboard token", f.h.(*handler).sign.csrfToken("old-token", now), nil, now, http.StatusForbidden},
		{"expired", good, nil, now.Add(csrfTTL + time.Minute), http.StatusForbidden},
		{"cross-site", good, map[string]string{"Sec-Fetch-Site": "cross-site"}, now, http.StatusForbidden},
		{"foreign origin", good, map[string]string{"Origin": "https://evil.example"}, now, http.StatusForbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f.clk.Set(tc.at)
			defer f.clk.Set(now)
			w := f.post(t, "/quote/"+id+"/decide", url.Values{"csrf": {tc.csrf}, "decision": {"accepted"}}, tc.hdr)
			if w.Code != tc.want {
				t.Fatalf("status %d, want %d", w.Code, tc.want)
			}
			assertStatus(t, f, "t3", ledger.Sent, true)
		})
	}
	t.Run("GET does not decide", func(t *testing.T) {
		w := f.get(t, "/quote/"+id+"/decide?decision=accepted&csrf="+url.QueryEscape(good))
		if w.Code != http.StatusMethodNotAllowed {
			t.Fatalf("status %d, want 405", w.Code)
		}
		assertStatus(t, f, "t3", ledger.Sent, true)
	})
	t.Run("the good token works", func(t *testing.T) {
		w := f.post(t, "/quote/"+id+"/decide", url.Values{"csrf": {good}, "decision": {"declined"}}, map[string]string{"Sec-Fetch-Site": "same-origin"})
		if w.Code != http.StatusSeeOther {
			t.Fatalf("status %d: %s", w.Code, w.Body.String())
		}
		assertStatus(t, f, "t3", ledger.Declined, false)
	})
}

func TestForgedFlashIsIgnored(t *testing.T) {
	f := newFixture(t)
	body, _ := json.Marshal(flash{Kind: "ok", Text: "All quotes accepted"})
	v := b64.EncodeToString(body)
	r := httptest.NewRequest(http.MethodGet, "/unclear", nil)
	r.Header.Set("Authorization", "Bearer "+testToken)
	r.AddCookie(&http.Cookie{Name: flashCookie, Value: v + "." + b64.EncodeToString([]byte("not a mac"))})
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, r)
	if strings.Contains(w.Body.String(), "All quotes accepted") {
		t.Error("a flash cookie with a bad signature was shown")
	}
}

// want are the figures the tests expect, computed from the seed specs.
type want struct {
	Sent, Accepted, Declined, Expired, Open int64
	ValueQuoted, ValueAccepted              int64 // cents
	MinutesQuoted, FreeMinutes, Emails      int64
}

func (w want) rate() float64 {
	c := w.Accepted + w.Declined + w.Expired
	if c == 0 {
		return 0
	}
	return float64(w.Accepted) / float64(c)
}

// expect aggregates the seed specs that pass keep by key.
func expect(keep func(spec) bool, key func(spec) string) map[string]*want {
	out := map[string]*want{}
	for _, s := range seedSpecs {
		if !keep(s) {
			continue
		}
		k := key(s)
		if out[k] == nil {
			out[k] = &want{}
		}
		w := out[k]
		w.Emails++
		w.FreeMinutes += int64(s.FreeMinutes)
		if s.Amount == 0 {
			continue
		}
		switch s.Final {
		case ledger.Sent, ledger.Accepted, ledger.Declined, ledger.Expired:
			w.Sent++
			w.ValueQuoted += s.Amount
			w.MinutesQuoted += int64(s.Billed)
		}
		switch s.Final {
		case ledger.Accepted:
			w.Accepted++
			w.ValueAccepted += s.Amount
		case ledger.Declined:
			w.Declined++
		case ledger.Expired:
			w.Expired++
		case ledger.Sent:
			w.Open++
		}
	}
	return out
}

func all(spec) bool { return true }

func clientKey(s spec) string { return strings.ToLower(s.Client) }

func monthKey(s spec) string { return s.At.Format("2006-01") }

func repKey(s spec) string { return s.Rep }

func dollars(cents int64) string {
	return strconv.FormatInt(cents/100, 10) + "." + strconv.FormatInt(cents%100+100, 10)[1:]
}

func TestCSVMatchesLedger(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		query string
		key   func(spec) string
		keep  func(spec) bool
		keys  []string
	}{
		{"by=rep", repKey, all, []string{"rep"}},
		{"", repKey, all, []string{"rep"}},
		{"by=client", clientKey, all, []string{"client", "org"}},
		{"by=month", monthKey, all, []string{"month"}},
		{"by=month&rep=dan@firm.example&since=2025-02&until=2025-03-31", monthKey, func(s spec) bool {
			return s.Rep == "dan@firm.example" && !s.At.Before(day(2, 1).Truncate(24*time.Hour)) && s.At.Before(time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC))
		}, []string{"month"}},
		{"by=rep&client=bob@acme.example,carol@beta.example", repKey, func(s spec) bool {
			return s.Client == "bob@acme.example" || s.Client == "carol@beta.example"
		}, []string{"rep"}},
	} {
		t.Run(tc.query, func(t *testing.T) {
			w := f.get(t, "/report.csv?"+tc.query)
			if w.Code != 200 {
				t.Fatalf("status %d: %s", w.Code, w.Body.String())
			}
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
				t.Errorf("Content-Type %q", ct)
			}
			if cd := w.Header().Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment; filename=") {
				t.Errorf("Content-Disposition %q", cd)
			}
			recs, err := csv.NewReader(w.Body).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			col := map[string]int{}
			for i, h := range recs[0] {
				col[h] = i
			}
			for i, k := range tc.keys {
				if recs[0][i] != k {
					t.Fatalf("header %v, want key columns %v first", recs[0], tc.keys)
				}
			}
			exp := expect(tc.keep, tc.key)
			if len(recs)-1 != len(exp) {
				t.Fatalf("%d rows, want %d: %v", len(recs)-1, len(exp), recs)
			}
			for _, rec := range recs[1:] {
				key := strings.TrimPrefix(rec[0], "'") // the hostile client starts with "<", not defused
				e := exp[key]
				if e == nil {
					t.Fatalf("unexpected row %q", rec)
				}
				check := func(name, want string) {
					t.Helper()
					if got := rec[col[name]]; got != want {
						t.Errorf("row %s: %s = %q, want %q", key, name, got, want)
					}
				}
				i := func(n int64) string { return strconv.FormatInt(n, 10) }
				check("sent", i(e.Sent))
				check("accepted", i(e.Accepted))
				check("declined", i(e.Declined))
				check("expired", i(e.Expired))
				check("open", i(e.Open))
				check("value_quoted", dollars(e.ValueQuoted))
				check("value_accepted", dollars(e.ValueAccepted))
				check("hours_quoted", strconv.FormatFloat(float64(e.MinutesQuoted)/60, 'f', 2, 64))
				check("free_minutes", i(e.FreeMinutes))
				check("emails", i(e.Emails))
				check("currency", "USD")
				check("acceptance_rate", strconv.FormatFloat(e.rate(), 'f', 4, 64))
			}
		})
	}
}

func TestCSVDefusesFormulas(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1", "'+1"}, {"-1", "'-1"}, {"@SUM(A1)", "'@SUM(A1)"},
		{"bob@acme.example", "bob@acme.example"}, {"", ""},
	} {
		if got := defuse(tc.in); got != tc.want {
			t.Errorf("defuse(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestJSONMatchesLedger(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		query string
		by    ledger.GroupBy
		key   func(spec) string
		keep  func(spec) bool
		row   func(RowJSON) string
	}{
		{"by=rep", ledger.ByRep, repKey, all, func(r RowJSON) string { return r.Rep }},
		{"by=client", ledger.ByClient, clientKey, all, func(r RowJSON) string { return r.Client }},
		{"by=month&until=2025-02", ledger.ByMonth, monthKey, func(s spec) bool { return s.At.Before(day(3, 1).Truncate(24 * time.Hour)) }, func(r RowJSON) string { return r.Month }},
		{"by=rep&org=acme.example", ledger.ByRep, repKey, func(s spec) bool { return strings.HasSuffix(s.Client, "@acme.example") }, func(r RowJSON) string { return r.Rep }},
	} {
		t.Run(tc.query, func(t *testing.T) {
			w := f.get(t, "/api/report?"+tc.query)
			if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
				t.Fatalf("status %d, Content-Type %q: %s", w.Code, w.Header().Get("Content-Type"), w.Body.String())
			}
			// The documented keys are there, under their names.
			var raw struct {
				Totals map[string]any `json:"totals"`
				Rows   []any          `json:"rows"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &raw); err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"sent", "accepted", "declined", "expired", "open", "acceptance_rate", "value_quoted", "value_accepted", "currency", "free_minutes"} {
				if _, ok := raw.Totals[k]; !ok {
					t.Errorf("totals lack %q: %v", k, raw.Totals)
				}
			}
			var doc ReportJSON
			if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			tot := want{}
			for _, e := range expect(tc.keep, func(spec) string { return "" }) {
				tot = *e
			}
			T := doc.Totals
			if doc.Currency != "USD" || T.Currency != "USD" || doc.By != tc.by {
				t.Errorf("currency %q/%q by %q", doc.Currency, T.Currency, doc.By)
			}
			if T.Sent != tot.Sent || T.Accepted != tot.Accepted || T.Declined != tot.Declined || T.Expired != tot.Expired || T.Open != tot.Open || T.FreeMinutes != tot.FreeMinutes {
				t.Errorf("totals %+v, want %+v", T.Figures, tot)
			}
			if string(T.ValueQuoted) != dollars(tot.ValueQuoted) || string(T.ValueAccepted) != dollars(tot.ValueAccepted) {
				t.Errorf("values %s/%s, want %s/%s", T.ValueQuoted, T.ValueAccepted, dollars(tot.ValueQuoted), dollars(tot.ValueAccepted))
			}
			if T.AcceptanceRate != tot.rate() {
				t.Errorf("acceptance rate %v, want %v", T.AcceptanceRate, tot.rate())
			}
			exp := expect(tc.keep, tc.key)
			if len(doc.Rows) != len(exp) {
				t.Fatalf("%d rows, want %d", len(doc.Rows), len(exp))
			}
			for _, r := range doc.Rows {
				e := exp[tc.row(r)]
				if e == nil {
					t.Fatalf("unexpected row %+v", r)
				}
				if r.Sent != e.Sent || r.Accepted != e.Accepted || r.Open != e.Open || r.FreeMinutes != e.FreeMinutes || string(r.ValueQuoted) != dollars(e.ValueQuoted) {
					t.Errorf("row %s: %+v (value %s), want %+v", tc.row(r), r.Figures, r.ValueQuoted, e)
				}
			}
		})
	}
}

func TestBadRequestsAreExplained(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		path, want string
		status     int
	}{
		{"/api/report?by=weekday", "cannot group by", 400},
		{"/api/report?since=yesterday", "not a date", 400},
		{"/report.csv?until=2025-13-01", "not a date", 400},
		{"/?since=2025-04-01&until=2025-03-01", "is after until", 400},
		{"/report/rep?since=31/12/2024", "not a date", 400},
		{"/report/weekday", "no such report", 404},
		{"/quote/Q-NOPE", "no quote Q-NOPE", 404},
		{"/quote/not-an-id", "no such quote", 404},
	} {
		t.Run(tc.path, func(t *testing.T) {
			w := f.get(t, tc.path)
			if w.Code != tc.status || !strings.Contains(w.Body.String(), tc.want) {
				t.Fatalf("status %d, want %d with %q:\n%s", w.Code, tc.status, tc.want, w.Body.String())
			}
		})
	}
}

func TestPagesShowLedgerFigures(t *testing.T) {
	f := newFixture(t, func(o *Options) {
		o.Clients = func(context.Context) (*ClientTiers, error) { return sampleTiers(), nil }
	})
	tot := expect(all, func(spec) string { return "" })[""]
	for _, tc := range []struct {
		path string
		want []string
	}{
		{"/", []string{
			"$" + "3,300.00", // value quoted
			"$1,000.00 won",  // value accepted
			">50%<",          // acceptance: 2 of 4 concluded
			"of 4 concluded",
			">" + strconv.FormatInt(tot.FreeMinutes, 10) + "<",
			"1 reply needs a decision",
			`aria-label="Acceptance rate by month"`, `aria-label="Value quoted and won by month"`,
			"Acme &amp; Sons &lt;Accounting&gt;",
			`href="/clients"`,
			// First response: six replies sent, five an hour after the
			// email arrived, one nine days after.
			"First response (median)", ">1 h 0 min<", "6 replies",
		}},
		{"/report/rep", []string{"ann@firm.example", "dan@firm.example", "$1,550.00", "$1,750.00", "Download CSV", `href="/report.csv?by=rep"`,
			"First response", `<td class="num">1 h 0 min</td>`}},
		{"/report/month", []string{"January 2025", "February 2025", "March 2025", "April 2025",
			`<td class="num">9 d 0 h</td>`}}, // April: only t4, answered nine days later
		{"/usage", []string{"Sent as is", "Deleted unsent", "What reps did with fivemin"}},
		// The client's words, not the reply's Message-ID; the three decisions
		// and the agreed amount, starting at the quoted total.
		{"/unclear", []string{f.ids["t3"], "bob@acme.example", "$750.00", "<p>Could you do it for less?</p><p>We were thinking $500.</p>",
			"counter-offer: for less", `name="amount" inputmode="decimal" maxlength="20" value="750.00"`,
			`name="decision" value="accepted"`, `name="decision" value="declined"`, `name="decision" value="waiting"`}},
		{"/quote/" + f.ids["t1"], []string{"accepted", "client", "reply-t1@client.example", "Prepare the 2024 return for bob@acme.example"}},
		{"/clients", []string{"last 90 days", `class="point tier-a"`, `class="point tier-e ring"`, "Maintenance (1 = 60 free minutes or 30 emails)", "accepted value doubled", `<td class="key">omega.example</td>`, "B → E: free minutes tripled"}},
		{"/report/rep?rep=ann@firm.example", []string{`value="ann@firm.example"`, "Clear filters", "$1,550.00"}},
	} {
		t.Run(tc.path, func(t *testing.T) {
			w := f.get(t, tc.path)
			if w.Code != 200 {
				t.Fatalf("status %d:\n%s", w.Code, w.Body.String())
			}
			body := w.Body.String()
			for _, s := range tc.want {
				if !strings.Contains(body, s) {
					t.Errorf("page lacks %q", s)
				}
			}
		})
	}
	// The unclear queue shows the answer, not the reply's Message-ID.
	if body := f.get(t, "/unclear").Body.String(); strings.Contains(body, "reply-t3@client.example") {
		t.Error("the unclear page shows a Message-ID")
	}
	// A rep filter leaves the other rep out.
	if body := f.get(t, "/report/rep?rep=ann@firm.example").Body.String(); strings.Contains(body, "dan@firm.example") {
		t.Error("rep filter did not filter")
	}
}

func TestClientsPageOnlyWhenConfigured(t *testing.T) {
	f := newFixture(t)
	if w := f.get(t, "/clients"); w.Code != http.StatusNotFound {
		t.Errorf("/clients without Clients: %d, want 404", w.Code)
	}
	if body := f.get(t, "/").Body.String(); strings.Contains(body, `href="/clients"`) {
		t.Error("the menu links to a clients page that is not configured")
	}
	failing := newFixture(t, func(o *Options) {
		o.Clients = func(context.Context) (*ClientTiers, error) { return nil, errors.New("tier rules broken") }
	})
	w := failing.get(t, "/clients")
	if w.Code != http.StatusInternalServerError || strings.Contains(w.Body.String(), "tier rules broken") {
		t.Errorf("failing Clients: %d, and internal details must stay in the log: %s", w.Code, w.Body.String())
	}
}

func TestHostileClientTextIsEscaped(t *testing.T) {
	f := newFixture(t, func(o *Options) {
		o.Clients = func(context.Context) (*ClientTiers, error) { return sampleTiers(), nil }
	})
	lower := strings.ToLower(hostileClient)
	// Flag the hostile client's quote too, so the unclear page shows it.
	if _, err := f.l.ApplyReply(context.Background(), ledger.Reply{MessageID: "<x@evil.example>", InReplyTo: []string{"<quote-t4@firm.example>"},
		From: hostileClient, Decision: ledger.DecisionUnclear, Text: "ok <script>alert(1)</script> <img src=x onerror=alert(1)>"}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/", "/report/client", "/report/org", "/report/client?client=" + url.QueryEscape(lower), "/unclear?client=" + url.QueryEscape(lower), "/quote/" + f.ids["t4"], "/clients"} {
		t.Run(p, func(t *testing.T) {
			w := f.get(t, p)
			if w.Code != 200 {
				t.Fatalf("status %d", w.Code)
			}
			body := w.Body.String()
			for _, raw := range []string{"<script>", "<img src=x", "onerror=alert(1)>"} {
				if strings.Contains(body, raw) {
					t.Errorf("raw %q in the page", raw)
				}
			}
			if !strings.Contains(body, "&lt;script&gt;") && !strings.Contains(body, "%3cscript%3e") && !strings.Contains(body, "&lt;img") {
				t.Errorf("the hostile text is not on the page at all, so escaping was not exercised")
			}
		})
	}
}

func TestDateRange(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	for _, tc := range []struct {
		since, until string
		loc          *time.Location
		from, to     time.Time
		err          string
	}{
		{"", "", time.UTC, time.Time{}, time.Time{}, ""},
		{"2025-03-01", "", time.UTC, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), time.Time{}, ""},
		{"", "2025-03-31", time.UTC, time.Time{}, time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC), ""},
		{"2025-02", "2025-02", time.UTC, time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), ""},
		{"2024-12", "2024-12", time.UTC, time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{"2025-03-09", "2025-03-09", ny, time.Date(2025, 3, 9, 0, 0, 0, 0, ny), time.Date(2025, 3, 10, 0, 0, 0, 0, ny), ""}, // 23-hour day
		{" 2025-01-01 ", "", time.UTC, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), time.Time{}, ""},
		{"2025-03-02", "2025-03-01", time.UTC, time.Time{}, time.Time{}, "after until"},
		{"2025/03/01", "", time.UTC, time.Time{}, time.Time{}, "since: \"2025/03/01\" is not a date"},
		{"", "March", time.UTC, time.Time{}, time.Time{}, "until: \"March\" is not a date"},
	} {
		from, to, err := DateRange(tc.since, tc.until, tc.loc)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("DateRange(%q, %q) error %v, want %q", tc.since, tc.until, err, tc.err)
			}
			continue
		}
		if err != nil || !from.Equal(tc.from) || !to.Equal(tc.to) {
			t.Errorf("DateRange(%q, %q) = %v, %v, %v; want %v, %v", tc.since, tc.until, from, to, err, tc.from, tc.to)
		}
	}
}

func TestDuration(t *testing.T) {
	p := &page{}
	for _, tc := range []struct {
		sec  float64
		want string
	}{
		{0, "—"}, {40, "40 s"}, {59.6, "1 min"}, {60, "1 min"}, {95, "1 min 35 s"}, {900, "15 min"},
		{3600, "1 h 0 min"}, {5400, "1 h 30 min"}, {90000, "1 d 1 h"},
	} {
		if got := p.Duration(tc.sec); got != tc.want {
			t.Errorf("Duration(%v) = %q, want %q", tc.sec, got, tc.want)
		}
	}
	// A first response of zero seconds is a value; none at all is not.
	for _, tc := range []struct {
		f    ledger.Figures
		want string
	}{
		{ledger.Figures{}, "—"},
		{ledger.Figures{Responded: 1}, "0 s"},
		{ledger.Figures{Responded: 3, MedianResponseSeconds: 5400}, "1 h 30 min"},
	} {
		if got := p.FirstResponse(tc.f); got != tc.want {
			t.Errorf("FirstResponse(%+v) = %q, want %q", tc.f, got, tc.want)
		}
	}
}

func TestUnclearPageFilters(t *testing.T) {
	f := newFixture(t)
	id := f.ids["t3"] // ann's, created in February
	for _, tc := range []struct {
		query string
		shown bool
	}{
		{"", true},
		{"?rep=ann@firm.example", true},
		{"?rep=dan@firm.example", false},
		{"?client=BOB@acme.example", true},
		{"?org=beta.example", false},
		{"?since=2025-02&until=2025-02", true},
		{"?since=2025-03", false},
		{"?until=2025-01-31", false},
	} {
		t.Run(tc.query, func(t *testing.T) {
			w := f.get(t, "/unclear"+tc.query)
			if w.Code != 200 {
				t.Fatalf("status %d", w.Code)
			}
			body := w.Body.String()
			if got := strings.Contains(body, `id="`+id+`"`); got != tc.shown {
				t.Errorf("quote listed: %v, want %v", got, tc.shown)
			}
			// The menu badge counts every flagged quote, whatever the filter.
			if !strings.Contains(body, `<span class="badge">1</span>`) {
				t.Error("menu badge missing")
			}
		})
	}
	if w := f.get(t, "/unclear?since=soon"); w.Code != 400 || !strings.Contains(w.Body.String(), "not a date") {
		t.Errorf("bad date on the unclear page: %d", w.Code)
	}
}

func TestHeadAndAPIErrors(t *testing.T) {
	f := newFixture(t)
	r := httptest.NewRequest(http.MethodHead, "/", nil)
	r.Header.Set("Authorization", "Bearer "+testToken)
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, r)
	if w.Code != 200 || w.Body.Len() != 0 {
		t.Errorf("HEAD /: %d with %d bytes", w.Code, w.Body.Len())
	}
	w = f.get(t, "/api/report?until=later")
	var e struct{ Error string }
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || w.Code != 400 || !strings.Contains(e.Error, "not a date") {
		t.Errorf("API error: %d %q (%v)", w.Code, w.Body.String(), err)
	}
}

// TestDecideAtAmountAndWaiting: "accepted at …" records the agreed amount
// (value won uses it), the quoted total means no separate amount, a bad
// amount changes nothing, and "still waiting" puts the quote back to
// awaiting the client with the flag cleared.
func TestDecideAtAmountAndWaiting(t *testing.T) {
	for _, tc := range []struct {
		name, decision, amount string
		want                   ledger.Status
		agreed                 int64
		flash                  string
	}{
		{"counter-offer taken", "accepted", "500", ledger.Accepted, 50000, "marked accepted at 500.00 USD."},
		{"as quoted", "accepted", "750.00", ledger.Accepted, 0, "marked accepted."},
		{"still waiting", "waiting", "500", ledger.Sent, 0, "is waiting for the client again."},
		{"amount unreadable", "accepted", "500,5", ledger.Sent, 0, "was not changed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t)
			id := f.ids["t3"]
			csrf := csrfFrom(t, f, "/unclear")
			w := f.post(t, "/quote/"+id+"/decide", url.Values{"csrf": {csrf}, "decision": {tc.decision}, "amount": {tc.amount}, "back": {"unclear"}}, nil)
			if w.Code != http.StatusSeeOther {
				t.Fatalf("status %d: %s", w.Code, w.Body.String())
			}
			q := assertStatus(t, f, "t3", tc.want, tc.name == "amount unreadable")
			if q.Agreed != tc.agreed {
				t.Errorf("agreed %d, want %d", q.Agreed, tc.agreed)
			}
			r := httptest.NewRequest(http.MethodGet, "/unclear", nil)
			r.Header.Set("Authorization", "Bearer "+testToken)
			r.AddCookie(w.Result().Cookies()[0])
			page := httptest.NewRecorder()
			f.h.ServeHTTP(page, r)
			if !strings.Contains(page.Body.String(), tc.flash) {
				t.Errorf("flash lacks %q", tc.flash)
			}
		})
	}
}

// TestFirstResponsePerRepAndMonth: the rep × month table, as help desks
// report first response time.
func TestFirstResponsePerRepAndMonth(t *testing.T) {
	f := newFixture(t)
	w := f.get(t, "/report/rep-month")
	if w.Code != 200 {
		t.Fatalf("status %d:\n%s", w.Code, w.Body.String())
	}
	body := w.Body.String()
	// dan in April: t4 only, answered nine days after it arrived; ann in
	// January: t1 and t2, an hour each.
	for _, want := range []string{"By rep and month", "First response", `aria-current="page">Rep × month`,
		`>dan@firm.example</a></td><td class="key"><a href="/report/rep?since=2025-04&amp;until=2025-04">April 2025</a>`,
		`>ann@firm.example</a></td><td class="key"><a href="/report/rep?since=2025-01&amp;until=2025-01">January 2025</a>`} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	rows := strings.Split(body, "<tr>")
	for _, r := range rows {
		if strings.Contains(r, "April 2025") && strings.Contains(r, "dan@firm.example") && !strings.Contains(r, `<td class="num">9 d 0 h</td>`) {
			t.Errorf("dan's April row lacks his nine-day first response:\n%s", r)
		}
	}
	if csv := f.get(t, "/report.csv?by=rep-month").Body.String(); !strings.HasPrefix(csv, "rep,month,") || !strings.Contains(csv, "median_response_seconds") {
		t.Errorf("CSV by rep and month:\n%s", csv)
	}
}
