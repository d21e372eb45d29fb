package config

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// FuzzParse checks that no file makes loading panic, and that every
// problem it reports is located in the file and says something.
func FuzzParse(f *testing.F) {
	f.Add(tricky)
	if data, err := os.ReadFile(examplePath); err == nil {
		f.Add(string(data))
	}
	f.Add(withBase(rep...))
	f.Add(withBase(`[rep]`, `name = "x"`))
	f.Add("a = {b = 1, c = {d = [1, {e = 2}]}}\n[[rep]]\nimap = { hots = 1 }\n")
	f.Add("[rates]\ndefault = = 1\n[rates]\n")
	f.Add("client = [{ tier = 3 }]\n[firm]\nname = 1\n")
	f.Fuzz(func(t *testing.T, src string) {
		_, err := Parse("f.toml", []byte(src), Options{Getenv: testEnv})
		var cerr *Error
		if err == nil {
			return
		}
		if !errors.As(err, &cerr) || len(cerr.Problems) == 0 {
			t.Fatalf("error without problems: %v", err)
		}
		lines := strings.Count(src, "\n") + 1
		for _, p := range cerr.Problems {
			if p.Line < 0 || p.Line > lines || p.Msg == "" {
				t.Fatalf("problem %+v is outside the file's %d lines or empty\n%s", p, lines, src)
			}
		}
	})
}
