package tiers

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/fivemin/fivemin/quoting/ledger"
)

// leakageWorld: two reps, two months, three clients, two of them one
// organisation by configuration.
//
//	rep  client                month  free minutes  quote
//	ann  a@acme.example        Apr    10 + 5        $600 accepted, 60 min
//	bo   b@acme.example        Apr    20            -
//	ann  c@solo.example        May    30            -
//	bo   a@acme.example        May    7             $300 declined
//	bo   d@late.example        Jun 1  50            (outside the period asked)
func leakageWorld(t *testing.T) (*Ranker, Settings) {
	t.Helper()
	w := newWorld(t)
	apr := time.Date(2025, 4, 10, 9, 0, 0, 0, time.UTC)
	may := time.Date(2025, 5, 20, 9, 0, 0, 0, time.UTC)
	add := func(rep, client string, at time.Time, free int, cents int64, st ledger.Status) {
		it := item{rep: rep, client: client, at: at, questions: 1, free: free}
		if st != "" {
			it.status, it.amount, it.billed, it.cur = st, cents, 60, "USD"
		}
		w.add(it)
	}
	add("ann@firm.example", "a@acme.example", apr, 10, 0, "")
	add("ann@firm.example", "a@acme.example", apr, 5, 60000, ledger.Accepted)
	add("bo@firm.example", "b@acme.example", apr, 20, 0, "")
	add("ann@firm.example", "c@solo.example", may, 30, 0, "")
	add("bo@firm.example", "a@acme.example", may, 7, 30000, ledger.Declined)
	add("bo@firm.example", "d@late.example", time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), 50, 0, "")
	w.commit()
	s := testSettings()
	s.Overrides = []Override{{Match: "acme.example", Organisation: "Acme Corp"}}
	return w.ranker(), s
}

func TestLeakage(t *testing.T) {
	r, s := leakageWorld(t)
	lk, err := r.Leakage(context.Background(), s, time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		month, name string
		free, value int64 // value in cents: $4 a minute
	}
	flat := func(rows []LeakageRow, name func(LeakageRow) string) []row {
		var out []row
		for _, r := range rows {
			out = append(out, row{r.Month, name(r), r.FreeMinutes, r.Value.Minor()})
		}
		return out
	}
	checks := []struct {
		what string
		got  []row
		want []row
	}{
		{"by month", flat(lk.ByMonth, func(LeakageRow) string { return "" }),
			[]row{{"2025-04", "", 35, 14000}, {"2025-05", "", 37, 14800}}},
		{"by rep", flat(lk.ByRep, func(r LeakageRow) string { return r.Rep }),
			[]row{{"2025-04", "bo@firm.example", 20, 8000}, {"2025-04", "ann@firm.example", 15, 6000},
				{"2025-05", "ann@firm.example", 30, 12000}, {"2025-05", "bo@firm.example", 7, 2800}}},
		{"by client", flat(lk.ByClient, func(r LeakageRow) string { return r.Client + " " + r.Organisation }),
			[]row{{"2025-04", "b@acme.example Acme Corp", 20, 8000}, {"2025-04", "a@acme.example Acme Corp", 15, 6000},
				{"2025-05", "c@solo.example solo.example", 30, 12000}, {"2025-05", "a@acme.example Acme Corp", 7, 2800}}},
		{"by organisation", flat(lk.ByOrganisation, func(r LeakageRow) string { return r.Organisation }),
			[]row{{"2025-04", "Acme Corp", 35, 14000}, {"2025-05", "solo.example", 30, 12000}, {"2025-05", "Acme Corp", 7, 2800}}},
	}
	for _, c := range checks {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("%s\n got %v\nwant %v", c.what, c.got, c.want)
		}
	}
	// Accepted paid time puts the free time in proportion: in April, ann
	// gave 15 free minutes and won 60 paid ones.
	for _, r := range lk.ByRep {
		if r.Month == "2025-04" && r.Rep == "ann@firm.example" {
			if share, ok := r.FreeShare(); !ok || share != 0.2 || r.ValueAccepted.Minor() != 60000 {
				t.Errorf("ann in April: share %v %v, value accepted %v", share, ok, r.ValueAccepted)
			}
		}
	}
}

func TestLeakageRender(t *testing.T) {
	r, s := leakageWorld(t)
	lk, err := r.Leakage(context.Background(), s, time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := lk.Write(&buf, FormatTable, formatter()); err != nil {
		t.Fatal(err)
	}
	golden(t, "leakage.table", buf.Bytes())
	buf.Reset()
	if err := lk.Write(&buf, FormatCSV, nil); err != nil {
		t.Fatal(err)
	}
	golden(t, "leakage.csv", buf.Bytes())

	buf.Reset()
	if err := lk.Write(&buf, FormatJSON, nil); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Currency string  `json:"currency"`
		Rate     float64 `json:"rate"`
		ByMonth  []struct {
			Month       string  `json:"month"`
			FreeMinutes int64   `json:"free_minutes"`
			Value       float64 `json:"value"`
		} `json:"by_month"`
		ByRep          []map[string]any `json:"by_rep"`
		ByOrganisation []map[string]any `json:"by_organisation"`
		ByClient       []map[string]any `json:"by_client"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("leakage JSON: %v\n%s", err, buf.String())
	}
	if doc.Currency != "USD" || doc.Rate != 240 || len(doc.ByMonth) != 2 || doc.ByMonth[1].FreeMinutes != 37 || doc.ByMonth[1].Value != 148 ||
		len(doc.ByRep) != 4 || len(doc.ByOrganisation) != 3 || len(doc.ByClient) != 4 {
		t.Errorf("leakage JSON: %+v", doc)
	}

	// An empty period.
	lk, err = r.Leakage(context.Background(), s, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := lk.WriteTable(&buf, nil); err != nil || !bytes.Contains(buf.Bytes(), []byte("No client email in the period.")) {
		t.Errorf("empty leakage table: %v\n%s", err, buf.String())
	}
	buf.Reset()
	if err := lk.WriteJSON(&buf); err != nil || json.Unmarshal(buf.Bytes(), &doc) != nil || len(doc.ByRep) != 0 {
		t.Errorf("empty leakage JSON: %v\n%s", err, buf.String())
	}
}
