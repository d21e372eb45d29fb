package main

import (
	"strings"
	"testing"

	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
	"golang.org/x/text/language"
)

// The table reports first response time (email in → reply sent), per row
// and in the totals, and names rep-month rows by both keys.
func TestReportTableFirstResponse(t *testing.T) {
	r := &ledger.Report{
		Currency: "USD",
		Totals:   ledger.Figures{Emails: 5, Drafted: 4, Responded: 3, MedianResponseSeconds: 5400, MedianDraftSeconds: 0.4},
		Groups: []ledger.Group{{By: ledger.ByRepMonth, Rows: []ledger.Row{
			{Rep: "ann@firm.example", Month: "2026-03", Figures: ledger.Figures{Emails: 3, Responded: 2, MedianResponseSeconds: 1800}},
			{Rep: "dan@firm.example", Month: "2026-03", Figures: ledger.Figures{Emails: 2, Responded: 1}},
			{Rep: "dan@firm.example", Month: "2026-04", Figures: ledger.Figures{Emails: 1}},
		}}},
	}
	var b strings.Builder
	if err := writeReportTable(&b, r, ledger.ByRepMonth, quoting.NewFormatter(language.AmericanEnglish)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"First response: median 1 h 30 min from a client's email arriving to the reply being sent (3 replies sent)",
		"FIRST RESPONSE",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	rows := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) > 2 && strings.HasSuffix(f[0], "@firm.example") {
			// Up to the first response column: the last is draft usage.
			rows[f[0]+" "+f[1]] = strings.Join(f[:len(f)-1], " ")
		}
	}
	for key, want := range map[string]string{
		"ann@firm.example 2026-03": " 30 min",
		"dan@firm.example 2026-03": " 0 s", // answered within the second
		"dan@firm.example 2026-04": " -",   // nothing answered yet
	} {
		if !strings.HasSuffix(rows[key], want) {
			t.Errorf("row %s = %q, want it to show %q", key, rows[key], want)
		}
	}
	if strings.Contains(out, "0s") {
		t.Errorf("table still shows the time to draft:\n%s", out)
	}
}
