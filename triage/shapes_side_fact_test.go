package triage

import "testing"

// TestSideFactSplit: after ", and", a fact beside the job (the client's
// own step of coming, fetching or booking, or the price put to the firm)
// is an ask of its own; what the job finds, a plain "and" and a step the
// job decides stay with the first ask. Sentences written for the test (a
// bike shop, a piano tuner, a framer, a vet, a kennel, a sign-writer).
func TestSideFactSplit(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"let me know when I can collect", "Could you true the back wheel on my bike, and let me know when I can collect it?",
			[]string{"Could you true the back wheel on my bike", "let me know when I can collect it?"}},
		{"bare how far ahead we need to book", "Can you tell me whether you tune upright pianos, and how far ahead we need to book a visit?",
			[]string{"Can you tell me whether you tune upright pianos", "how far ahead we need to book a visit?"}},
		{"tell me what you charge", "Would you be able to frame the two watercolours in oak, and tell me what you charge for that?",
			[]string{"Would you be able to frame the two watercolours in oak", "tell me what you charge for that?"}},
		{"what time we should bring", "Could you confirm the booster is due, and let me know what time we should bring the dog in?",
			[]string{"Could you confirm the booster is due", "let me know what time we should bring the dog in?"}},
		{"how much your fee", "Can you repaint the shop fascia in the new colours, and let me know how much your fee would be?",
			[]string{"Can you repaint the shop fascia in the new colours", "let me know how much your fee would be?"}},
		{"where we can drop", "Could you take our two cats for the last week of June, and tell me where we can drop them off?",
			[]string{"Could you take our two cats for the last week of June", "tell me where we can drop them off?"}},
		{"guard: the job's finding", "Could you look over the tenancy, and let me know whether we can sublet the garage?",
			[]string{"Could you look over the tenancy, and let me know whether we can sublet the garage?"}},
		{"guard: no comma", "Can you service the boiler and let me know when I can turn the heating back on?",
			[]string{"Can you service the boiler and let me know when I can turn the heating back on?"}},
		{"guard: a step that is not a visit", "Could you check the accounts, and let me know when we can pay the dividend?",
			[]string{"Could you check the accounts, and let me know when we can pay the dividend?"}},
		{"guard: what it costs us", "Can you work out the new rent, and tell me what it costs us each month?",
			[]string{"Can you work out the new rent, and tell me what it costs us each month?"}},
	}, askTextsInLanguage)
}
