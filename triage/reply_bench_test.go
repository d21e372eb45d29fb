package triage

import "testing"

// BenchmarkReadReply reads the new text of every corpus message as a
// reply to a quote: the reply reader alone, without parsing or isolation.
func BenchmarkReadReply(b *testing.B) {
	e := New(DefaultConfig())
	var texts []string
	for _, m := range corpusMessages(b) {
		texts = append(texts, e.AnalyzeBytes(m).NewText)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.ReadReply(texts[i%len(texts)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "texts/s")
}
