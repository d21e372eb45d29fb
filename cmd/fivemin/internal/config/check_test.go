package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckGolden loads each file under testdata/check (good files, and
// wrong ones of every kind: syntax, duplicates, unknown keys, wrong types,
// bad values in each section) and compares what `fivemin config check`
// would print, every problem or the effective settings, with its .golden
// file (go test -update rewrites them).
func TestCheckGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "check", "*.toml"))
	if err != nil || len(files) < 15 {
		t.Fatalf("want at least 15 files under testdata/check, got %d (%v)", len(files), err)
	}
	getenv := env(map[string]string{"ANN_PW": "ann-secret", "WEB_TOKEN": "web-secret",
		"FIVEMIN_ANN_IMAP": "pw-ann", "FIVEMIN_BO_IMAP": "pw-bo", "FIVEMIN_M365_SECRET": "m365-secret"})
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			var out bytes.Buffer
			cfg, err := Load(file, Options{Getenv: getenv})
			var cerr *Error
			switch {
			case errors.As(err, &cerr):
				for _, p := range cerr.Problems {
					fmt.Fprintln(&out, p.Error())
				}
				fmt.Fprintf(&out, "%d problem(s)\n", len(cerr.Problems))
			case err != nil:
				t.Fatal(err)
			default:
				fmt.Fprintln(&out, "OK")
				if err := cfg.Describe(&out); err != nil {
					t.Fatal(err)
				}
			}
			if strings.Contains(out.String(), "-secret") {
				t.Errorf("a secret is printed:\n%s", &out)
			}
			golden := strings.TrimSuffix(file, ".toml") + ".golden"
			want, err := os.ReadFile(golden)
			switch {
			case *update:
				err = os.WriteFile(golden, out.Bytes(), 0o644)
			case err == nil && out.String() != string(want):
				t.Errorf("%s differs from %s (go test -update to accept):\n%s", file, golden, &out)
			}
			if err != nil {
				t.Fatalf("%v (go test -update writes the golden files)", err)
			}
		})
	}
}
