package triage

import "testing"

// TestProgressQuestions: a progress frame ("where are we with the …",
// "how are you getting on with the …") asks how far a job has got; the work
// it names is what the news is about (progressAsk, shapes_progress.go).
func TestProgressQuestions(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"where are we with an audit", "Where are we with the audit of the charity's accounts?",
			[]string{"quick: Where are we with the audit of the charity's accounts?"}},
		{"where are you with a redesign", "where are you with the menu redesign?",
			[]string{"quick: where are you with the menu redesign?"}},
		{"where are we on a translation", "Where are we on the translation of the lease?",
			[]string{"quick: Where are we on the translation of the lease?"}},
		{"getting on with a reupholstery", "How are you getting on with the reupholstery of the two armchairs?",
			[]string{"quick: How are you getting on with the reupholstery of the two armchairs?"}},
		{"getting along with a survey", "how are you getting along with our damp survey?",
			[]string{"quick: how are you getting along with our damp survey?"}},
		{"how far with a deed", "How far are you with the drafting of the partnership deed?",
			[]string{"quick: How far are you with the drafting of the partnership deed?"}},
		{"guard: small talk about a pet", "How are you getting on with the new puppy?", nil},
		{"guard: small talk alone", "How are you getting on?", nil},
		{"guard: work asked after a progress question", "Where are we with the plans? Could you also redesign the brochure?",
			[]string{"quick: Where are we with the plans?", "paid: Could you also redesign the brochure?"}},
		{"guard: a request with a location", "Where are we meant to park? Please draw up the site plan too.",
			[]string{"quick: Where are we meant to park?", "paid: Please draw up the site plan too."}},
	})
}
