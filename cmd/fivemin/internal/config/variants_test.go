package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTemplateVariants checks tier variants against the templates the
// service will load: the embedded ones, plus those in quote.templates_dir.
func TestTemplateVariants(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "reply.brief.txt.tmpl"), []byte(`{{template "greeting" .}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	broken := t.TempDir()
	if err := os.WriteFile(filepath.Join(broken, "reply.txt.tmpl"), []byte(`{{if}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		lines []string
		want  string // "" = valid
	}{
		{"embedded variant", []string{`[tiers.E]`, `template = "upfront"`}, ""},
		{"variant from templates_dir", []string{`[quote]`, `templates_dir = "` + dir + `"`, `[tiers.B]`, `template = "brief"`}, ""},
		{"missing variant", []string{`[tiers.E]`, `template = "quote-first"`},
			`f.toml:9: tiers.E.template: no template reply.quote-first.txt.tmpl (variants: upfront, warm)`},
		{"missing variant, templates_dir adds others", []string{`[quote]`, `templates_dir = "` + dir + `"`, `[tiers.A]`, `template = "long"`},
			`f.toml:11: tiers.A.template: no template reply.long.txt.tmpl (variants: brief, upfront, warm)`},
		{"broken template", []string{`[quote]`, `templates_dir = "` + broken + `"`, `[tiers.A]`, `template = "warm"`},
			`f.toml:9: quote.templates_dir: template reply.txt.tmpl: `},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("f.toml", []byte(withBase(tt.lines...)), Options{})
			switch {
			case tt.want == "" && err != nil:
				t.Fatal(err)
			case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)):
				t.Fatalf("err = %v, want %s…", err, tt.want)
			}
		})
	}
}
