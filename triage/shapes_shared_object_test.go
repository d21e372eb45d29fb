package triage

import "testing"

// TestSharedObjectPair: two bare work verbs joined by "and" share the
// object after them ("could you plan and do the server swap", "please check and
// sign the lease"): one job, one ask. A first verb with its own object, an
// "and also", or a question after the "and" still makes two. Sentences
// written for the test.
func TestSharedObjectPair(t *testing.T) {
	e := New(DefaultConfig())
	const head = "From: Ines Marlow <ines@marlowkitchens.test>\nTo: Office <office@greyledger.example.com>\n" +
		"Subject: a few things\nContent-Type: text/plain\n\n"
	rows := []struct {
		name, sentence string
		asks           int
	}{
		{"plan and do", "Could you plan and do the server swap over the bank holiday?", 1},
		{"organise and do", "Can you organise and do the stock take on the last Friday of the month?", 1},
		{"design and do", "Could you design and do the window display for the Easter weekend?", 1},
		{"draft and send", "Could you draft and send the letter to the freeholder about the roof?", 1},
		{"check and sign", "Please check and sign the tenancy renewal for the ground-floor shop.", 1},
		{"review and update", "Can someone review and update the fire risk assessment for the warehouse?", 1},
		// Guards: the first verb has its own object, "and also", a question after "and".
		{"guard: own object", "Could you price the extension and do the drawings for the loft?", 2},
		{"guard: own object, please", "Please phone the landlord and do the stock count on Friday.", 2},
		{"guard: and also", "Could you check the lease and also tell me when the rent review is due?", 2},
		{"guard: and do you", "Can you service the boiler and do you know when the gas check is due?", 2},
		{"guard: bare pair, question after", "Can you book and pay for the venue, and when is the deadline for numbers?", 2},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			r := e.AnalyzeBytes([]byte(head + "Hi Jo,\n\n" + tt.sentence + "\n\nKim\n"))
			if len(r.Questions) != tt.asks {
				t.Errorf("got %d asks %v, want %d", len(r.Questions), r.Questions, tt.asks)
			}
		})
	}
}
