package config

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/triage"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

const examplePath = "../../../../config.example.toml"

func exampleEnv(k string) string { return "secret for " + k }

func TestExampleLoads(t *testing.T) {
	cfg, err := Load(examplePath, Options{Getenv: exampleEnv})
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Warnings) != 0 {
		t.Errorf("the example has warnings: %v", cfg.Warnings)
	}
	// The example's documented values are the ones in force.
	if got := cfg.Reps[0].IMAP.Password.Reveal(); got != "secret for FIVEMIN_ANN_IMAP" {
		t.Errorf("ann's password from %q", got)
	}
	if cfg.Location().String() != "America/New_York" || cfg.FreeMinutes("A") != 10 || cfg.FreeMinutes("E") != 0 {
		t.Errorf("firm/tier values: %s %d %d", cfg.Location(), cfg.FreeMinutes("A"), cfg.FreeMinutes("E"))
	}
	// A tier-D client asks Ann for tax work (category rate 300 × 1.25) and
	// a 10-minute bookkeeping fix (120 × 1.25, rounded up to 15 minutes).
	res := &triage.Result{Questions: []triage.Question{
		{Text: "Prepare my 1040", Kind: triage.Paid, Minutes: 170, Category: "tax"},
		{Text: "Fix one entry", Kind: triage.Paid, Minutes: 10, Category: "bookkeeping"},
	}}
	q, err := cfg.Pricing().Price(res, quoting.For{Source: "x", Rep: "ann@smithlee.example", Tier: "D"})
	if err != nil {
		t.Fatal(err)
	}
	f := cfg.Formatter()
	got := []string{f.Format(q.Lines[0].Amount), f.Format(q.Lines[1].Amount), f.Format(q.Total), f.Hours(q.Minutes)}
	want := []string{"$1,125.00", "$37.50", "$1,162.50", "3.25"}
	if !slices.Equal(got, want) {
		t.Errorf("quote %v, want %v", got, want)
	}
}

// TestExampleDocumentsEveryKey holds config.example.toml to its promise:
// every key of the schema appears, each with a comment on its first use.
func TestExampleDocumentsEveryKey(t *testing.T) {
	data, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := indexKeys(data)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	present := map[string]bool{}
	for _, l := range ix.list {
		plain := strings.Join(l.path, ".")
		if present[canonical(plain)] {
			continue
		}
		present[canonical(plain)] = true
		text := lines[l.line-1]
		if strings.HasPrefix(strings.TrimSpace(text), "[") {
			continue // tables are introduced by the comment block above them
		}
		if strings.HasSuffix(strings.TrimSpace(text), `"""`) {
			continue // a multi-line value, commented on its closing line
		}
		if !strings.Contains(text, "#") {
			t.Errorf("line %d: %s has no comment", l.line, plain)
		}
	}
	// Secrets come from one of two keys; the example shows the second in a
	// comment, as a file cannot set both.
	// helo's default (the host name) is usually right: shown commented.
	// OAuth replaces the example reps' passwords, so it is shown commented
	// (TestOAuthExampleLoads loads it uncommented).
	commented := []string{"rep.imap.password_file", "rep.smtp.password_env", "rep.smtp.password_file", "web.token_file", "rep.smtp.helo",
		"rep.imap.oauth", "rep.smtp.oauth", "oauth"}
	for _, k := range commented {
		if !strings.Contains(string(data), "# "+k[strings.LastIndex(k, ".")+1:]) {
			t.Errorf("%s is not shown in a comment", k)
		}
	}
	// Set in [firm] only: triage gets them from there; helo is for SMTP.
	refused := []string{"triage.free_minutes", "triage.own_domains", "rep.imap.helo"}
	for _, k := range schemaKeys(reflect.TypeFor[Config](), nil) {
		if !present[canonical(k)] && !slices.Contains(commented, k) && !slices.Contains(refused, k) {
			t.Errorf("%s is not in config.example.toml", k)
		}
	}
}

// tierKey matches the per-tier keys, which are documented once for all
// five tiers.
var tierKey = regexp.MustCompile(`^(tiers|rates\.tier)\.[A-E]\b`)

func canonical(key string) string { return tierKey.ReplaceAllString(key, "$1.*") }

// schemaKeys lists every key the decoder accepts, as plain dotted paths.
func schemaKeys(t reflect.Type, prefix []string) []string {
	unmarshaler := reflect.TypeFor[unstable.Unmarshaler]()
	for t.Kind() == reflect.Pointer || (t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct) {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || reflect.PointerTo(t).Implements(unmarshaler) {
		return []string{strings.Join(prefix, ".")}
	}
	var keys []string
	for i := range t.NumField() {
		name := tagName(t.Field(i))
		if name == "" {
			continue
		}
		keys = append(keys, schemaKeys(t.Field(i).Type, append(slices.Clone(prefix), name))...)
	}
	return keys
}

func TestExampleDescribe(t *testing.T) {
	cfg, err := Load(examplePath, Options{Getenv: exampleEnv})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := cfg.Describe(&out); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "secret for") {
		t.Error("Describe shows a secret")
	}
	golden := filepath.Join("testdata", "example.describe")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if out.String() != string(want) {
		if err := os.WriteFile(golden+".got", out.Bytes(), 0o644); err == nil {
			t.Errorf("Describe differs from %s; see %s.got (go test -update to accept)", golden, golden)
		}
	}
}

func BenchmarkLoadExample(b *testing.B) {
	data, err := os.ReadFile(examplePath)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Parse(examplePath, data, Options{Getenv: exampleEnv}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDescribeLoadsBack: the effective settings Describe writes are a
// configuration file that loads to the same settings.
func TestDescribeLoadsBack(t *testing.T) {
	cfg, err := Load(examplePath, Options{Getenv: exampleEnv})
	if err != nil {
		t.Fatal(err)
	}
	var first, second bytes.Buffer
	if err := cfg.Describe(&first); err != nil {
		t.Fatal(err)
	}
	again, err := Parse(examplePath, first.Bytes(), Options{Getenv: exampleEnv})
	if err != nil {
		t.Fatalf("the effective settings do not load:\n%v", err)
	}
	if err := again.Describe(&second); err != nil {
		t.Fatal(err)
	}
	if first.String() != second.String() {
		t.Errorf("loading the effective settings changed them:\n%s\n---\n%s", first.String(), second.String())
	}
	if !strings.Contains(first.String(), `password_env = 'FIVEMIN_ANN_IMAP'`) || strings.Contains(first.String(), "secret for") {
		t.Error("the effective settings must name the secret's source and never hold the secret")
	}
}
