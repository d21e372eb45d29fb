package triage

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// TestConcurrentFirstUse: an engine's lazily built parts (the signal
// lexicons, compiled on first use) give the same results when a fresh
// engine is first used from several goroutines at once as when it is used
// from one. Run under -race it also checks the first use is synchronised.
// The mail mixes languages so every view and the every-language lexicon
// are built during the concurrent run.
func TestConcurrentFirstUse(t *testing.T) {
	var msgs [][]byte
	for _, set := range []string{"corpus", "langs1", "langs2", "messy"} {
		files, err := filepath.Glob(filepath.Join("testdata", set, "triage", "*.eml"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			msgs = append(msgs, b)
		}
	}
	if len(msgs) < 50 {
		t.Fatalf("only %d messages found", len(msgs))
	}
	encode := func(e *Engine, m []byte) string {
		b, err := json.Marshal(e.AnalyzeBytes(m))
		if err != nil {
			t.Error(err)
		}
		return string(b)
	}
	seq := New(DefaultConfig())
	want := make([]string, len(msgs))
	for i, m := range msgs {
		want[i] = encode(seq, m)
	}

	e := New(DefaultConfig())
	const workers = 4
	got := make([][]string, workers)
	var wg sync.WaitGroup
	for w := range workers {
		got[w] = make([]string, len(msgs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each worker starts at a different message, so first uses
			// of different languages' lexicons overlap.
			for k := range msgs {
				i := (k + w*len(msgs)/workers) % len(msgs)
				got[w][i] = encode(e, msgs[i])
			}
		}()
	}
	wg.Wait()
	for w := range workers {
		for i := range msgs {
			if got[w][i] != want[i] {
				t.Errorf("worker %d, message %d: concurrent result differs from sequential\n got %s\nwant %s", w, i, got[w][i], want[i])
			}
		}
	}
	if e.sig.lex == nil || e.views["en"].sig.lex == nil {
		t.Error("the mixed-language mail did not build both signal lexicons")
	}
}
