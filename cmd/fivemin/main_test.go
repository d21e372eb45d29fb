package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/demo"
)

// run calls Main as the binary would, with its own streams.
func run(t *testing.T, ctx context.Context, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string {
		if k == demo.PasswordEnv {
			return demo.Password
		}
		return ""
	}}
	code = Main(ctx, e, args)
	return code, out.String(), errb.String()
}

const corpusDir = "../../triage/testdata/corpus"

func TestUsage(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{nil, 2, "", "usage: fivemin"},
		{[]string{"nosuch"}, 2, "", `unknown command "nosuch"`},
		{[]string{"help"}, 0, "triage", ""},
		{[]string{"help", "triage"}, 0, "--json", ""},
		{[]string{"triage", "--nosuchflag"}, 2, "", "flag provided but not defined"},
		{[]string{"triage"}, 2, "", "no files given"},
		{[]string{"report"}, 2, "", "give --config or --state"},
		{[]string{"ledger", "frobnicate"}, 2, "", "unknown ledger command"},
		{[]string{"report", "--state", "x.db", "--by", "planet"}, 2, "", "--by"},
	}
	for _, tt := range tests {
		code, out, errs := run(t, ctx, "", tt.args...)
		if code != tt.code || !strings.Contains(out, tt.inStdout) || !strings.Contains(errs, tt.inStderr) {
			t.Errorf("fivemin %v: code %d (want %d)\nstdout %q\nstderr %q", tt.args, code, tt.code, out, errs)
		}
	}
	// Every command in the table answers help.
	for _, c := range commands() {
		if code, out, _ := run(t, ctx, "", "help", c.name); code != 0 || !strings.Contains(out, "usage: fivemin "+c.name) {
			t.Errorf("help %s: code %d, output %q", c.name, code, out)
		}
	}
}

// TestTriageJSONContract checks the fields the issue fixes, stdin, and a
// missing file reported by name without losing the others.
func TestTriageJSONContract(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(corpusDir, "triage/001.eml"))
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, context.Background(), string(raw), "triage", "--json", filepath.Join(corpusDir, "triage/016.eml"), "missing.eml", "-")
	if code != 1 || !strings.Contains(errs, "missing.eml") {
		t.Fatalf("code %d, stderr %q: want 1 naming the missing file", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d JSON lines, want 2 (the missing file is skipped):\n%s", len(lines), out)
	}
	for i, l := range lines {
		var o map[string]any
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"file", "message_id", "skip", "skip_reason", "questions", "free_minutes", "needs_quote", "reply_decision", "warnings"} {
			if _, ok := o[k]; !ok {
				t.Errorf("line %d lacks %q", i, k)
			}
		}
	}
	var news, dana struct {
		File       string  `json:"file"`
		Skip       bool    `json:"skip"`
		SkipReason *string `json:"skip_reason"`
		Questions  []struct {
			Text    string `json:"text"`
			Kind    string `json:"kind"`
			Minutes int    `json:"minutes"`
		} `json:"questions"`
		NeedsQuote    bool    `json:"needs_quote"`
		ReplyDecision *string `json:"reply_decision"`
	}
	if json.Unmarshal([]byte(lines[0]), &news) != nil || json.Unmarshal([]byte(lines[1]), &dana) != nil {
		t.Fatalf("unreadable JSON lines:\n%s", out)
	}
	if !news.Skip || news.SkipReason == nil || *news.SkipReason != "bulk" || len(news.Questions) != 0 {
		t.Errorf("newsletter: %+v", news)
	}
	if dana.File != "-" || dana.Skip || dana.SkipReason != nil || len(dana.Questions) != 3 || !dana.NeedsQuote || dana.ReplyDecision != nil {
		t.Errorf("stdin message: %+v", dana)
	}
	for _, q := range dana.Questions {
		if q.Text == "" || (q.Kind != "quick" && q.Kind != "paid") || q.Minutes <= 0 {
			t.Errorf("question %+v", q)
		}
	}
}

func TestEvalCommand(t *testing.T) {
	code, out, errs := run(t, context.Background(), "", "eval", "--json", "--floors", corpusDir)
	if code != 0 {
		t.Fatalf("eval on the corpus: code %d, %s", code, errs)
	}
	var sc map[string]float64
	if err := json.Unmarshal([]byte(out), &sc); err != nil {
		t.Fatal(err)
	}
	if sc["question_f1"] < 0.95 || sc["reply_accuracy"] < 0.9 {
		t.Errorf("scores %v", sc)
	}
}

// TestEvalRepliesOnly: a set of replies only is held to its reply floor
// alone, and eval prints no triage scores for it.
func TestEvalRepliesOnly(t *testing.T) {
	dir := filepath.Join(corpusDir, "..", "replies3")
	code, out, errs := run(t, context.Background(), "", "eval", "--floors", dir)
	if code != 0 {
		t.Fatalf("eval on replies3: code %d, %s", code, errs)
	}
	if !strings.Contains(out, "0 triage cases, 46 reply cases") || !strings.Contains(out, "reply decision accuracy") ||
		strings.Contains(out, "question F1") || strings.Contains(out, "BELOW") {
		t.Errorf("eval output:\n%s", out)
	}
}

// TestEvalTriageOnly: a set without replies (dev3) is not held to a reply
// score it cannot have.
func TestEvalTriageOnly(t *testing.T) {
	dir := filepath.Join(corpusDir, "..", "dev3")
	code, out, errs := run(t, context.Background(), "", "eval", "--floors", dir)
	if code != 0 {
		t.Fatalf("eval on dev3: code %d, %s\n%s", code, errs, out)
	}
	if !strings.Contains(out, "47 triage cases, 0 reply cases") || !strings.Contains(out, "question F1") ||
		strings.Contains(out, "reply decision accuracy") || strings.Contains(out, "BELOW") {
		t.Errorf("eval output:\n%s", out)
	}
}

func TestDraftCommand(t *testing.T) {
	file := filepath.Join(corpusDir, "triage/032.eml")
	code, out, errs := run(t, context.Background(), "", "draft", file)
	if code != 0 {
		t.Fatalf("draft: code %d: %s", code, errs)
	}
	for _, want := range []string{"X-Fivemin-Quote-ID: Q-", "Subject: Re: Partnership return timing [Q-", "In-Reply-To:", "Content-Type: text/plain"} {
		if !strings.Contains(out, want) {
			t.Errorf("draft lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = run(t, context.Background(), "", "draft", "--json", "--tier", "E", file)
	var q struct {
		ID    string `json:"id"`
		Lines []struct {
			Rate struct {
				Source string `json:"source"`
			} `json:"rate"`
		} `json:"lines"`
		Total string `json:"total"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &q) != nil || !strings.HasPrefix(q.ID, "Q-") || len(q.Lines) != 1 || !strings.HasPrefix(q.Total, "USD ") {
		t.Errorf("draft --json: code %d, %+v\n%s", code, q, out)
	}
	if code, _, errs := run(t, context.Background(), "", "draft", filepath.Join(corpusDir, "triage/016.eml")); code != 1 || !strings.Contains(errs, "bulk") {
		t.Errorf("draft of a newsletter: code %d, %q", code, errs)
	}
}

// TestDemoAndStateCommands runs the README's first command end to end,
// then reads its state with report, clients and ledger, and decides the
// unclear quote.
func TestDemoAndStateCommands(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	state := filepath.Join(t.TempDir(), "demo.db")
	code, out, errs := run(t, ctx, "", "demo", "--state", state)
	if code != 0 {
		t.Fatalf("demo: code %d\n%s\n%s", code, out, errs)
	}
	demoOut := out
	for _, want := range []string{
		"10 client emails delivered", "no draft (bulk)", "no draft (no-questions)", "no draft (auto)",
		"7 drafts are in Drafts", "accepted", "declined", "flagged: the reply needs a person",
		"The SMTP server received 3 messages", "quotes sent 3: accepted 1, declined 1, open 1 (unclear 1)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	if st, err := os.Stat(state); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("state file %v, mode %v: want 0600", err, st.Mode())
	}

	code, out, errs = run(t, ctx, "", "report", "--state", state, "--format", "json", "--by", "client")
	if code != 0 || !strings.Contains(errs, "the state file") {
		t.Fatalf("report: %d %s", code, errs)
	}
	var rep struct {
		Totals struct {
			Sent, Accepted, Declined, Open int
			Currency                       string
			AcceptanceRate                 float64 `json:"acceptance_rate"`
		} `json:"totals"`
		Rows []struct {
			Client string `json:"client"`
		} `json:"rows"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Totals.Sent != 3 || rep.Totals.Accepted != 1 || rep.Totals.Declined != 1 || rep.Totals.Currency != "USD" || rep.Totals.AcceptanceRate != 0.5 || len(rep.Rows) < 3 {
		t.Errorf("report: %+v", rep)
	}

	// `clients --state` shows the tiers the demo printed, and a client with
	// too little history has none (standard terms), not C.
	demoTiers := map[string]string{}
	inAccounts := false
	for _, l := range strings.Split(demoOut, "\n") {
		switch {
		case l == "Client accounts":
			inAccounts = true
		case inAccounts && strings.HasPrefix(l, "  "):
			f := strings.Fields(l)
			demoTiers[f[1]] = strings.Trim(f[0], "-")
		case inAccounts:
			inAccounts = false
		}
	}
	code, out, errs = run(t, ctx, "", "clients", "--state", state, "--format", "json")
	var ranked []struct {
		Client, Organisation, Tier string
	}
	if code != 0 || json.Unmarshal([]byte(out), &ranked) != nil || len(ranked) == 0 || len(demoTiers) == 0 {
		t.Fatalf("clients: %d %s\n%s\ndemo tiers %v", code, errs, out, demoTiers)
	}
	if !strings.Contains(errs, "settings recorded in the state file") {
		t.Errorf("clients without --config does not say whose settings it used: %q", errs)
	}
	untiered := 0
	for _, r := range ranked {
		want, ok := demoTiers[r.Organisation]
		if !ok || r.Tier != want {
			t.Errorf("clients: %s (%s) tier %q, the demo printed %q", r.Client, r.Organisation, r.Tier, want)
		}
		if r.Tier == "" {
			untiered++
		}
	}
	if demoTiers["kimscorner.test"] != "A" || untiered == 0 {
		t.Errorf("demo tiers %v: want the client with accepted work A and the new ones untiered", demoTiers)
	}

	// The unclear queue shows the client's own words, not a Message-ID.
	code, out, _ = run(t, ctx, "", "ledger", "unclear", "--state", state)
	id := ""
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "Q-") {
			id = strings.Fields(l)[0]
		}
	}
	if code != 0 || id == "" || !strings.Contains(out, "\n  | ") || strings.Contains(out, "@demo") ||
		!strings.Contains(out, "accepted [--amount AMOUNT] | declined | waiting") {
		t.Fatalf("ledger unclear: %d\n%s", code, out)
	}
	if code, _, errs := run(t, ctx, "", "ledger", "mark", id, "declined", "--amount", "100", "--state", state); code != 2 || !strings.Contains(errs, "--amount goes with accepted") {
		t.Errorf("--amount with declined: code %d, %q", code, errs)
	}
	if code, _, errs := run(t, ctx, "", "ledger", "mark", id, "accepted", "--amount", "100,5", "--state", state); code != 2 || !strings.Contains(errs, "decimal point") {
		t.Errorf("an ambiguous amount: code %d, %q", code, errs)
	}
	code, out, _ = run(t, ctx, "", "report", "--state", state, "--format", "json")
	var before struct {
		Totals struct {
			ValueAccepted float64 `json:"value_accepted"` // major units
		} `json:"totals"`
	}
	if err := json.Unmarshal([]byte(out), &before); code != 0 || err != nil {
		t.Fatalf("report before the decision: %d %v", code, err)
	}
	// The counter-offer taken: accepted at $100, whatever was quoted.
	if code, out, errs := run(t, ctx, "", "ledger", "mark", id, "accepted", "--amount", "100", "--note", "agreed on the phone", "--state", state); code != 0 || !strings.Contains(out, "is now accepted at USD 100.00 (quoted USD") {
		t.Fatalf("ledger mark: %d %s %s", code, out, errs)
	}
	if code, _, errs := run(t, ctx, "", "ledger", "mark", id, "withdrawn", "--state", state); code != 1 || !strings.Contains(errs, "cannot become withdrawn") {
		t.Errorf("an illegal transition: code %d, %q", code, errs)
	}
	code, out, _ = run(t, ctx, "", "ledger", "show", id, "--state", state)
	if code != 0 || !strings.Contains(out, "accepted") || !strings.Contains(out, "note: agreed on the phone") || !strings.Contains(out, "unclear") ||
		!strings.Contains(out, "agreed at USD 100.00") {
		t.Errorf("ledger show: %d\n%s", code, out)
	}
	code, out, _ = run(t, ctx, "", "report", "--state", state, "--format", "json")
	var after struct {
		Totals struct {
			Accepted      int     `json:"accepted"`
			ValueAccepted float64 `json:"value_accepted"`
		} `json:"totals"`
	}
	if err := json.Unmarshal([]byte(out), &after); code != 0 || err != nil {
		t.Fatalf("report after the decision: %d %v", code, err)
	}
	if after.Totals.Accepted != 2 || before.Totals.ValueAccepted <= 0 || math.Abs(after.Totals.ValueAccepted-before.Totals.ValueAccepted-100) > 0.001 {
		t.Errorf("after the decision: accepted %d, value won %.2f, want 2 and %.2f + 100.00", after.Totals.Accepted, after.Totals.ValueAccepted, before.Totals.ValueAccepted)
	}
	code, out, _ = run(t, ctx, "", "clients", "--state", state, "--format", "json")
	var clients []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &clients) != nil || len(clients) < 5 {
		t.Fatalf("clients: %d\n%s", code, out)
	}
	for _, k := range []string{"client", "tier", "free_minutes", "quotes_accepted", "quotes_declined", "value_accepted"} {
		if _, ok := clients[0][k]; !ok {
			t.Errorf("clients JSON lacks %q", k)
		}
	}
}
