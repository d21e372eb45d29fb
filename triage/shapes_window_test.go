package triage

import "testing"

// TestTimeWindowOnly: "anything before/by/after …" without a question
// mark gives the time a client allows for an ask already made; it asks
// nothing of its own. Put as a question, or "anything by way of …", it
// still asks.
func TestTimeWindowOnly(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"anything before a month", "Anything before Easter would be ideal for the brochure reprint.", nil},
		{"anything by the end", "Anything by the end of January is fine for the stock count.", nil},
		{"after a semicolon", "There's no deadline as such; anything within the next fortnight works for us.", nil},
		{"anything after a date", "Anything after the 20th suits, since the scaffolding comes down that week.", nil},
		{"anything until", "Anything until the spring half-term would be perfect for the classroom mural.", nil},
		// Guards: a question, news asked for, an ask before the window.
		{"guard: window put as a question", "Anything before Easter?", []string{"quick: Anything before Easter?"}},
		{"guard: by way of news", "Anything by way of news from the planning office?",
			[]string{"quick: Anything by way of news from the planning office?"}},
		{"guard: ask then window", "Could you send the revised floor plan? Anything by Friday would be great.",
			[]string{"quick: Could you send the revised floor plan?"}},
		{"guard: anything else we need", "Is there anything we need to bring to the inspection?",
			[]string{"quick: Is there anything we need to bring to the inspection?"}},
	})
}
