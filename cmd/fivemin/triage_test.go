package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A client email written for these tests: a quick question, a letter, a
// reconciliation whose subject has a period, a deadline, and an effort
// stated outright.
const estimateMail = `From: Sol Ibarra <sol@ibarra-tiles.test>
To: ann@smithlee.example
Subject: March jobs
Message-ID: <march-jobs@ibarra-tiles.test>
Content-Type: text/plain

Hi Ann,

Did the March bank statement reach you?
Could you write reminder letters to the customers who are more than 60 days overdue?
Please reconcile the last 90 days of card payments. We need it within 2 days.
Can you review the new lease? It should take you about two hours.

Thanks,
Sol
`

type triageQuestion struct {
	Text          string `json:"text"`
	Kind          string `json:"kind"`
	Minutes       int    `json:"minutes"`
	Billed        *bool  `json:"billed"`
	Estimate      string `json:"estimate"`
	CheckEstimate *bool  `json:"check_estimate"`
}

// TestTriageEstimates: the JSON carries kind as the ask is, billed, and
// how each estimate was reached; durations of the subject and deadlines
// are not effort.
func TestTriageEstimates(t *testing.T) {
	code, out, errs := run(t, context.Background(), estimateMail, "triage", "--json", "-")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errs)
	}
	var r struct {
		Questions  []triageQuestion `json:"questions"`
		NeedsQuote bool             `json:"needs_quote"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		kind     string
		min, max int
		estimate string
	}{
		{"quick", 1, 2, "default"},
		{"paid", 30, 90, "default"},  // a letter, not 480 hours
		{"paid", 121, 360, "scaled"}, // "the last 90 days" scales a reconciliation
		{"paid", 120, 120, "stated"}, // "about two hours"
	}
	if len(r.Questions) != len(want) || !r.NeedsQuote {
		t.Fatalf("questions %+v (the deadline is not an ask), needs_quote %v", r.Questions, r.NeedsQuote)
	}
	for i, w := range want {
		q := r.Questions[i]
		if q.Billed == nil || q.CheckEstimate == nil {
			t.Fatalf("question %d lacks billed or check_estimate: %s", i, out)
		}
		if q.Kind != w.kind || q.Minutes < w.min || q.Minutes > w.max || q.Estimate != w.estimate || *q.Billed != (w.kind == "paid") {
			t.Errorf("question %d %+v (billed %v), want %s %d..%d min %s", i, q, *q.Billed, w.kind, w.min, w.max, w.estimate)
		}
	}
}

// TestTriageQuickOverflowConfig: [quote] quick_overflow and [rates]
// block_minutes decide when quick asks are billed together; kind and
// needs_quote do not change.
func TestTriageQuickOverflowConfig(t *testing.T) {
	var b strings.Builder
	b.WriteString("From: Jo <jo@client.test>\nContent-Type: text/plain\n\n")
	for _, s := range []string{"Did you get the signed form?", "When is the VAT deadline?", "Is the office open on Friday?",
		"Do you need the van lease?", "Which account should the refund go into?", "Can you send me a copy of the invoice?",
		"Is the fee the same this year?", "Did the courier bring the box of receipts?", "Which director should sign?"} {
		b.WriteString(s + "\n")
	}
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "fivemin.toml")
	for _, tt := range []struct {
		policy string
		block  string
		billed int
		mode   string
	}{
		{"call", "5", 5, "call"},
		{"line", "5", 5, "line"},
		{"none", "5", 0, ""},
		{"line", "30", 0, ""}, // not a whole block past the free minutes
	} {
		conf := "[firm]\nname = \"T\"\ndomain = \"firm.test\"\ncurrency = \"USD\"\n[rates]\ndefault = \"200.00\"\nblock_minutes = " +
			tt.block + "\n[quote]\nquick_overflow = \"" + tt.policy + "\"\n"
		if err := os.WriteFile(cfgFile, []byte(conf), 0o600); err != nil {
			t.Fatal(err)
		}
		code, out, errs := run(t, context.Background(), b.String(), "triage", "--json", "--config", cfgFile, "-")
		if code != 0 {
			t.Fatalf("code %d: %s", code, errs)
		}
		var r struct {
			Questions     []triageQuestion `json:"questions"`
			NeedsQuote    bool             `json:"needs_quote"`
			QuickOverflow string           `json:"quick_overflow"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		billed := 0
		for _, q := range r.Questions {
			if q.Kind != "quick" {
				t.Errorf("%s: kind %s for %q", tt.policy, q.Kind, q.Text)
			}
			if *q.Billed {
				billed++
			}
		}
		if billed != tt.billed || r.QuickOverflow != tt.mode || r.NeedsQuote {
			t.Errorf("%s, block %s: %d billed, mode %q, needs_quote %v; want %d %q false", tt.policy, tt.block, billed, r.QuickOverflow, r.NeedsQuote, tt.billed, tt.mode)
		}
	}
}

// TestTriageBatchSameAsOneByOne: files triaged in one call, large after
// small and small after large (they share one read buffer), print what
// each prints alone; a directory and a missing file are reported by name.
func TestTriageBatchSameAsOneByOne(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(corpusDir, "triage", "*.eml"))
	if err != nil || len(files) < 6 {
		t.Fatalf("corpus files: %v %v", files, err)
	}
	sizes := map[string]int64{}
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		sizes[f] = st.Size()
	}
	slices.SortFunc(files, func(a, b string) int { return int(sizes[a] - sizes[b]) })
	// Smallest, largest, second smallest, second largest, ...
	var order []string
	for i, j := 0, len(files)-1; i <= j && len(order) < 12; i, j = i+1, j-1 {
		order = append(order, files[i], files[j])
	}
	var want strings.Builder
	for _, f := range order {
		code, out, errs := run(t, context.Background(), "", "triage", "--json", f)
		if code != 0 {
			t.Fatalf("%s: code %d: %s", f, code, errs)
		}
		want.WriteString(out)
	}
	dir := t.TempDir()
	args := append([]string{"triage", "--json", dir}, order...)
	args = append(args, filepath.Join(dir, "missing.eml"))
	code, out, errs := run(t, context.Background(), "", args...)
	if code != 1 || !strings.Contains(errs, dir+": is a directory") || !strings.Contains(errs, "missing.eml: no such file") {
		t.Errorf("code %d, stderr %q: want 1, naming the directory and the missing file", code, errs)
	}
	if out != want.String() {
		t.Errorf("batch output differs from one file at a time:\n%s\nwant\n%s", out, want.String())
	}
}

// TestTriageLargeFileStreamed: a file over the read-whole size is streamed
// and triaged as the same bytes on standard input are.
func TestTriageLargeFileStreamed(t *testing.T) {
	raw := estimateMail + strings.Repeat("Notes from the site visit, for the record only.\n", smallMessage/40)
	if len(raw) <= smallMessage {
		t.Fatalf("test message of %d bytes is not over %d", len(raw), smallMessage)
	}
	name := filepath.Join(t.TempDir(), "big.eml")
	if err := os.WriteFile(name, []byte(raw), 0o600); err != nil {
		t.Fatal(err)
	}
	code, fromFile, errs := run(t, context.Background(), "", "triage", "--json", name)
	if code != 0 {
		t.Fatalf("code %d: %s", code, errs)
	}
	code, fromStdin, errs := run(t, context.Background(), raw, "triage", "--json", "-")
	if code != 0 {
		t.Fatalf("stdin: code %d: %s", code, errs)
	}
	if want := strings.Replace(fromStdin, `"file":"-"`, `"file":"`+name+`"`, 1); fromFile != want || !strings.Contains(fromFile, `"questions":[{`) {
		t.Errorf("file:\n%s\nstdin:\n%s", fromFile, fromStdin)
	}
}
