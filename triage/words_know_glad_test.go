package triage

import "testing"

// TestGladToKnowQuick: "I'd be glad / grateful / pleased / curious to know
// whether…" asks for a fact, as "I'd like to know whether…" does: quick.
// Work named after the frame keeps the ask paid.
func TestGladToKnowQuick(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"glad to know whether you have", "I'd be glad to know whether you have any Saturday slots in February.",
			[]string{"quick: I'd be glad to know whether you have any Saturday slots in February."}},
		{"grateful to know if", "We'd be grateful to know if you have restored a long-case clock before.",
			[]string{"quick: We'd be grateful to know if you have restored a long-case clock before."}},
		{"pleased to know whether", "I would be pleased to know whether the new tiles have reached your warehouse yet.",
			[]string{"quick: I would be pleased to know whether the new tiles have reached your warehouse yet."}},
		{"curious to know if", "I'm curious to know if you still stock the walnut veneer we used last year.",
			[]string{"quick: I'm curious to know if you still stock the walnut veneer we used last year."}},
		{"also glad to know", "I'd also be glad to know whether you work weekends, given the lambing season.",
			[]string{"quick: I'd also be glad to know whether you work weekends, given the lambing season."}},
		// Guards: work asked for in the same sentence stays paid; gladness at
		// news asks nothing.
		{"guard: work after the frame", "Could you redraw the garden plan with the new pond, and I'd be glad to know the cost afterwards.",
			[]string{"paid: Could you redraw the garden plan with the new pond, and I'd be glad to know the cost afterwards."}},
		{"guard: glad to hear", "We were glad to hear the kiln is working again.", nil},
	})
}
