package tiers

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// showcase is a ledger with one account of each interesting kind; the
// golden files show how it renders.
//
//	account       addresses                          window                          previous window
//	Globex        cfo@, ceo@globex.example,          $4,000 + $2,000 accepted, 15    $2,000 accepted: B
//	              ops@globex.co.uk (named in config) free min: A
//	solo.example  sam@                               $1,500 accepted: B              $1,500: B
//	pat@gmail.com (personal domain)                  C computed, D configured        -
//	fresh.example new@                               1 email: C                      none: new
//	acme.example  ann@, bob@                         75 free min, 2 declined: E      20 free min, $600: B
//
// Leakage is valued at $240 an hour: $4 a free minute.
func showcase(t *testing.T) (*Ranking, Settings) {
	t.Helper()
	w := newWorld(t)
	at, prev := daysAgo(30), daysAgo(120)
	w.quote("cfo@globex.example", at, 400000, 240, ledger.Accepted).email("cfo@globex.example", at, 10)
	w.quote("ops@globex.co.uk", at, 200000, 120, ledger.Accepted)
	w.email("ceo@globex.example", at, 5)
	w.quote("cfo@globex.example", prev, 200000, 120, ledger.Accepted)
	w.quote("sam@solo.example", at, 150000, 90, ledger.Accepted).email("sam@solo.example", at, 4)
	w.quote("sam@solo.example", prev, 150000, 90, ledger.Accepted)
	w.email("pat@gmail.com", at, 3).quote("pat@gmail.com", at, 20000, 60, ledger.Sent)
	w.email("new@fresh.example", at, 2)
	w.email("ann@acme.example", at, 40).quote("ann@acme.example", at, 60000, 60, ledger.Accepted)
	w.email("bob@acme.example", at, 35).quote("bob@acme.example", at, 90000, 120, ledger.Declined).
		quote("bob@acme.example", at, 30000, 60, ledger.Declined).quote("bob@acme.example", at, 30000, 60, ledger.Expired)
	w.email("ann@acme.example", prev, 20).quote("ann@acme.example", prev, 60000, 60, ledger.Accepted)
	w.commit()
	s := testSettings()
	s.Overrides = []Override{
		{Match: "globex.example", Organisation: "Globex"},
		{Match: "globex.co.uk", Organisation: "Globex"},
		{Match: "ceo@globex.example", Will: "high", Skill: "high"},
		{Match: "pat@gmail.com", Tier: "D", Will: "low"},
	}
	return w.rank(s), s
}

func TestShowcaseRanking(t *testing.T) {
	rk, _ := showcase(t)
	type want struct {
		org, tier, computed, change string
		clients                     int
	}
	var got []want
	for _, a := range rk.Accounts {
		got = append(got, want{a.Organisation, a.Tier, a.ComputedTier, a.Change.String(), len(a.Clients)})
	}
	wants := []want{
		{"Globex", "A", "A", "B → A: revenue tripled", 3},
		{"solo.example", "B", "B", "", 1},
		{"pat@gmail.com", "D", "", "new", 1},
		{"acme.example", "E", "E", "B → E: free minutes quadrupled", 2},
		// One email, nothing concluded: too little to rank, standard terms.
		{"fresh.example", "", "", "new", 1},
	}
	if !slices.Equal(got, wants) {
		t.Errorf("accounts\n got %v\nwant %v", got, wants)
	}
}

func formatter() *quoting.Formatter { return quoting.NewFormatter(language.AmericanEnglish) }

func TestRenderTable(t *testing.T) {
	rk, _ := showcase(t)
	var buf bytes.Buffer
	if err := rk.Write(&buf, FormatTable, formatter()); err != nil {
		t.Fatal(err)
	}
	golden(t, "clients.table", buf.Bytes())

	// Without thresholds: tiers only from overrides, and no leakage value.
	s := testSettings()
	s.RevenueHigh, s.RevenueLow, s.Rate = nil, quoting.Money{}, quoting.Money{}
	s.Overrides = []Override{{Match: "pat@gmail.com", Tier: "D"}}
	w := newWorld(t)
	w.email("pat@gmail.com", daysAgo(1), 3).email("kim@plain.example", daysAgo(1), 2).commit()
	buf.Reset()
	if err := w.rank(s).WriteTable(&buf, nil); err != nil {
		t.Fatal(err)
	}
	golden(t, "clients-unranked.table", buf.Bytes())

	buf.Reset()
	if err := newWorld(t).rank(testSettings()).WriteTable(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "No client email in the window.") {
		t.Errorf("empty ranking:\n%s", buf.String())
	}
}

func TestRenderCSV(t *testing.T) {
	rk, _ := showcase(t)
	var buf bytes.Buffer
	if err := rk.Write(&buf, FormatCSV, nil); err != nil {
		t.Fatal(err)
	}
	golden(t, "clients.csv", buf.Bytes())
	recs, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v", err)
	}
	if len(recs) != 1+8 {
		t.Errorf("%d records, want a header and 8 clients", len(recs))
	}
}

// jsonClient is what a script reading `fivemin clients --format json`
// relies on.
type jsonClient struct {
	Client         string       `json:"client"`
	Organisation   string       `json:"organisation"`
	Tier           string       `json:"tier"`
	ComputedTier   string       `json:"computed_tier"`
	Overridden     bool         `json:"overridden"`
	Will           string       `json:"will"`
	Skill          string       `json:"skill"`
	FreeMinutes    int64        `json:"free_minutes"`
	Emails         int64        `json:"emails"`
	QuotesAccepted int64        `json:"quotes_accepted"`
	QuotesDeclined int64        `json:"quotes_declined"`
	QuotesExpired  int64        `json:"quotes_expired"`
	ValueAccepted  json.Number  `json:"value_accepted"`
	PaidHours      json.Number  `json:"paid_hours_accepted"`
	ReturnPerHour  *json.Number `json:"return_per_hour"`
	LeakageValue   *json.Number `json:"leakage_value"`
	Currency       string       `json:"currency"`
	PreviousTier   string       `json:"previous_tier"`
	Change         string       `json:"change"`
	OrgValue       json.Number  `json:"org_value_accepted"`
}

func TestRenderJSON(t *testing.T) {
	rk, _ := showcase(t)
	var buf bytes.Buffer
	if err := rk.Write(&buf, FormatJSON, nil); err != nil {
		t.Fatal(err)
	}
	var raw []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, buf.String())
	}
	if len(raw) != 8 {
		t.Fatalf("%d objects, want one per client (8)", len(raw))
	}
	// Every object has every column, and the CSV header names the same.
	for _, c := range clientColumns {
		for i, obj := range raw {
			if _, ok := obj[c.key]; !ok {
				t.Errorf("object %d has no %q", i, c.key)
			}
		}
	}
	for _, k := range []string{"client", "tier", "free_minutes", "quotes_accepted", "quotes_declined", "value_accepted"} {
		if _, ok := raw[0][k]; !ok {
			t.Errorf("the required key %q is missing", k)
		}
	}

	var rows []jsonClient
	if err := json.Unmarshal(buf.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	by := map[string]jsonClient{}
	var order []string
	for _, r := range rows {
		by[r.Client] = r
		order = append(order, r.Client)
	}
	// new@fresh.example has too little history for a tier: listed last.
	wantOrder := []string{"cfo@globex.example", "ops@globex.co.uk", "ceo@globex.example", "sam@solo.example",
		"pat@gmail.com", "ann@acme.example", "bob@acme.example", "new@fresh.example"}
	if !slices.Equal(order, wantOrder) {
		t.Errorf("order %v\nwant  %v", order, wantOrder)
	}
	cfo := by["cfo@globex.example"]
	if cfo.Organisation != "Globex" || cfo.Tier != "A" || cfo.ValueAccepted != "4000.00" || cfo.PaidHours != "4" ||
		cfo.FreeMinutes != 10 || cfo.Currency != "USD" || cfo.PreviousTier != "B" || cfo.Change != "B → A: revenue tripled" ||
		cfo.OrgValue != "6000.00" {
		t.Errorf("cfo: %+v", cfo)
	}
	// $4,000 over 10 + 240 minutes: $960.00 an hour; 10 free minutes at $4.
	if cfo.ReturnPerHour == nil || *cfo.ReturnPerHour != "960.00" || cfo.LeakageValue == nil || *cfo.LeakageValue != "40.00" {
		t.Errorf("cfo return %v leakage %v", cfo.ReturnPerHour, cfo.LeakageValue)
	}
	bob := by["bob@acme.example"]
	if bob.Tier != "E" || bob.QuotesDeclined != 2 || bob.QuotesExpired != 1 || bob.QuotesAccepted != 0 || bob.ValueAccepted != "0.00" {
		t.Errorf("bob (the tire kicker): %+v", bob)
	}
	if *bob.ReturnPerHour != "0.00" {
		t.Errorf("bob's return %v, want 0.00 (35 free minutes, nothing won)", *bob.ReturnPerHour)
	}
	pat := by["pat@gmail.com"]
	// Two emails and an open quote: too little to compute a tier from.
	if pat.Tier != "D" || pat.ComputedTier != "" || !pat.Overridden || pat.Will != "low" || pat.Change != "new" {
		t.Errorf("pat: %+v", pat)
	}
	// Time invested and nothing won is a return of zero, not "none"; one
	// email is too little history for a tier.
	if fresh := by["new@fresh.example"]; fresh.Tier != "" || fresh.ReturnPerHour == nil || *fresh.ReturnPerHour != "0.00" {
		t.Errorf("fresh (2 free minutes, no value): return %v, want 0.00", fresh.ReturnPerHour)
	}

	// Without a rate, leakage has no value (null), and an empty ranking is
	// an empty list.
	w := newWorld(t)
	s := testSettings()
	s.Rate = quoting.Money{}
	w.email("a@b.example", daysAgo(1), 3).commit()
	buf.Reset()
	if err := w.rank(s).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	rows = nil
	if err := json.Unmarshal(buf.Bytes(), &rows); err != nil || len(rows) != 1 || rows[0].LeakageValue != nil {
		t.Errorf("no rate: %v %+v", err, rows)
	}
	buf.Reset()
	if err := newWorld(t).rank(s).WriteJSON(&buf); err != nil || strings.TrimSpace(buf.String()) != "[]" {
		t.Errorf("empty: %v %q", err, buf.String())
	}
}

func TestCSVSafe(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")", "+1": "'+1", "-2": "'-2", "@sum": "'@sum",
		"acme.example": "acme.example", "": "",
	} {
		if got := csvSafe(in); got != want {
			t.Errorf("csvSafe(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"table", "csv", "json"} {
		if f, err := ParseFormat(s); err != nil || string(f) != s {
			t.Errorf("ParseFormat(%q) = %q, %v", s, f, err)
		}
	}
	if _, err := ParseFormat("xml"); err == nil || !strings.Contains(err.Error(), "table, csv or json") {
		t.Errorf("ParseFormat(xml): %v", err)
	}
}

func TestMatrix(t *testing.T) {
	rk, _ := showcase(t)
	m := rk.Matrix()
	if !m.Ranked || m.Currency != "USD" || m.RevenueHigh != "5000.00" || m.RevenueLow != "500.00" ||
		m.FreeMinutesHigh != 60 || m.EmailsHigh != 30 || m.WindowDays != 90 || len(m.Points) != 5 {
		t.Fatalf("matrix header %+v", m)
	}
	p := map[string]Point{}
	for _, pt := range m.Points {
		p[pt.Organisation] = pt
	}
	g := p["Globex"]
	if g.Tier != "A" || g.Clients != 3 || g.Revenue != "6000.00" || g.RevenueMinor != 600000 || g.FreeMinutes != 15 || g.Maintenance != 0.25 {
		t.Errorf("Globex point %+v", g)
	}
	a := p["acme.example"]
	if a.Tier != "E" || a.Maintenance != 75.0/60 || a.Change != "B → E: free minutes quadrupled" {
		t.Errorf("acme point %+v", a)
	}
	if pat := p["pat@gmail.com"]; !pat.Overridden || pat.Tier != "D" || pat.ComputedTier != "" {
		t.Errorf("pat point %+v", pat)
	}
	// The dashboard gets it as JSON.
	data, err := json.Marshal(m)
	if err != nil || !bytes.Contains(data, []byte(`"maintenance":1.25`)) {
		t.Errorf("matrix JSON %v: %s", err, data)
	}
}
