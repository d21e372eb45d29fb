package triage

import "testing"

// TestValueEcho: valuing "your honest take" after a question echoes that
// question and asks nothing more; the same words with an object of their
// own still ask.
func TestValueEcho(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"honest take after a question", "Do you think the committee will accept the lower bid? I'd value your honest take.",
			[]string{"quick: Do you think the committee will accept the lower bid?"}},
		{"frank view after a question", "Is it sensible to open on Sundays over the winter? We'd really value your frank view.",
			[]string{"quick: Is it sensible to open on Sundays over the winter?"}},
		{"would appreciate your thoughts", "Would the old logo still work on the vans? I would appreciate your thoughts.",
			[]string{"quick: Would the old logo still work on the vans?"}},
		// Guards: a view on a thing named, and regard.
		{"guard: view on a named thing", "I'd value your view on whether the garden wall needs underpinning.",
			[]string{"paid: I'd value your view on whether the garden wall needs underpinning."}},
		{"guard: we value", "We value your input enormously, as always.", nil},
	})
}
