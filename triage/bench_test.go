package triage

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// corpusMessages loads every message of the corpus copy.
func corpusMessages(tb testing.TB) [][]byte {
	tb.Helper()
	var msgs [][]byte
	for _, sub := range []string{"triage", "replies"} {
		files, err := filepath.Glob(filepath.Join(corpusDir, sub, "*.eml"))
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			msgs = append(msgs, b)
		}
	}
	if len(msgs) == 0 {
		tb.Fatal("no corpus messages")
	}
	return msgs
}

// BenchmarkAnalyze runs the whole triage (parse, isolate, split, classify)
// over the corpus; msgs/s is the figure the README quotes. Run with
// -cpu 1 for the one-core figure.
func BenchmarkAnalyze(b *testing.B) {
	msgs := corpusMessages(b)
	e := New(DefaultConfig())
	var bytes int64
	for _, m := range msgs {
		bytes += int64(len(m))
	}
	b.SetBytes(bytes / int64(len(msgs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.AnalyzeBytes(msgs[i%len(msgs)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkParse runs the parsing alone (MIME, charsets, HTML to text,
// header fields) over the corpus: the part of BenchmarkAnalyze before the
// text is read for asks.
func BenchmarkParse(b *testing.B) {
	msgs := corpusMessages(b)
	lim := DefaultConfig().Limits
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ParseBytes(msgs[i%len(msgs)], lim)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkAnalyzeParsed is BenchmarkAnalyze without the MIME parsing:
// isolating, splitting, classifying and language detection on messages
// parsed beforehand, the text side's share of the work.
func BenchmarkAnalyzeParsed(b *testing.B) {
	msgs := corpusMessages(b)
	e := New(DefaultConfig())
	parsed := make([]*Parsed, len(msgs))
	for i, m := range msgs {
		parsed[i] = Parse(bytes.NewReader(m), e.cfg.Limits)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.AnalyzeParsed(parsed[i%len(parsed)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkNew builds an engine from the default configuration, the
// start-up cost every run of the CLI pays once (the shared tables built on
// first use are built once per process and not counted here).
func BenchmarkNew(b *testing.B) {
	cfg := DefaultConfig()
	b.ReportAllocs()
	for b.Loop() {
		New(cfg)
	}
}
