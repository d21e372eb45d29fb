package triage

import "testing"

// TestHowMuchToFix: the price of a hands-on job is a figure the firm
// knows, quick; a figure worked out for the client stays paid. Sentences
// written for the test (a bike shop, a boiler engineer, a
// shoe repairer, a gutter cleaner, a tax adviser).
func TestHowMuchToFix(t *testing.T) {
	e := New(DefaultConfig())
	rows := []struct {
		name string
		text string
		want Kind
	}{
		{"texted", "how much to replace both brake cables?", Quick},
		{"is it to", "How much is it to service a combi boiler?", Quick},
		{"would it cost to", "How much would it cost to repair the heel on these boots?", Quick},
		{"does it cost to", "How much does it cost to unblock a downpipe?", Quick},
		{"guard: a figure to set aside", "How much would it cost us to set aside for the tax bill each month?", Paid},
		{"guard: a saving worked out", "How much would we save by switching to quarterly returns?", Paid},
	}
	for _, r := range rows {
		qs := e.Questions(r.text)
		if len(qs) != 1 || qs[0].Kind != r.want {
			t.Errorf("%s: %q: got %q, want %s", r.name, r.text, askList(e, r.text), r.want)
		}
	}
}
