package triage

import "testing"

// TestReaderAsksTag: a question tagged as the reader's own ("…, you
// might ask?", "…, I hear you ask?") is one the client answers, not an
// ask (shapes_reader_asks.go); without the comma-set tag it still asks.
func TestReaderAsksTag(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"you might ask", "Why would a bakery need a second oven, you might ask? Christmas orders, mostly.", nil},
		{"I hear you ask", "Is it worth repainting the whole hall, I hear you ask? We think so.", nil},
		{"you may wonder", "How did the van end up in a ditch, you may wonder? Black ice.", nil},
		{"you ask", "Why change accountants now, you ask? Our old one retired.", nil},
		{"you would say", "What could possibly go wrong with a bouncy castle, you would say? Plenty.", nil},
		{"guard: if you ask", "What should I tell the landlord if you ask?",
			[]string{"quick: What should I tell the landlord if you ask?"}},
		{"guard: a real question to the firm", "Could you tell me what the tenants might ask about the deposit?",
			[]string{"quick: Could you tell me what the tenants might ask about the deposit?"}},
	})
}
