package triage

import "testing"

// TestVisitArrangements: leaving out a regular visit, calling again,
// collecting the client's goods, crediting a charge and taking a
// constraint on board are answered with a yes or a time
// (words_kind_visits.go); work that follows the visit is still work.
func TestVisitArrangements(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"skip a dog walk", "Could you skip us on Thursday? We're taking Bramble to my mum's.",
			[]string{"quick: Could you skip us on Thursday?"}},
		{"skip the lawn cut", "Can you skip the Friday mow this week?",
			[]string{"quick: Can you skip the Friday mow this week?"}},
		{"gardener comes back", "Can the lad come back tomorrow? The side gate was bolted.",
			[]string{"quick: Can the lad come back tomorrow?"}},
		{"pick the rugs up", "Could you pick them up on Friday morning?",
			[]string{"quick: Could you pick them up on Friday morning?"}},
		{"collection time", "Please can you make sure the pickup is before noon.",
			[]string{"quick: Please can you make sure the pickup is before noon."}},
		{"credit a missed lesson", "Can you credit the missed lesson on next month's bill?",
			[]string{"quick: Can you credit the missed lesson on next month's bill?"}},
		{"constraint taken on board", "The school only lets contractors in after 4pm. Could you work around that?",
			[]string{"quick: Could you work around that?"}},
		{"german pick-up", "Können Sie die Stühle am Montag abholen?",
			[]string{"quick: Können Sie die Stühle am Montag abholen?"}},
		{"join a round", "Could you add our cottage to your window round from March?",
			[]string{"quick: Could you add our cottage to your window round from March?"}},
		{"waiting list", "Can you put me on your waiting list for the spring?",
			[]string{"quick: Can you put me on your waiting list for the spring?"}},
		{"dutch round", "Kunt u ons adres op uw vaste ronde zetten?",
			[]string{"quick: Kunt u ons adres op uw vaste ronde zetten?"}},
		{"guard: a team then a plan", "Can you put me on the project team and draft the project plan?",
			[]string{"paid: Can you put me on the project team and draft the project plan?"}},
		{"guard: research then a list", "Can you find out which allotment sites still have plots and put us on their waiting lists?",
			[]string{"paid: Can you find out which allotment sites still have plots and put us on their waiting lists?"}},
		{"guard: collect then strip", "Could you collect it and strip the old varnish off?",
			[]string{"paid: Could you collect it and strip the old varnish off?"}},
		{"guard: come back then rebuild", "Can you come back tomorrow and rebuild the garden wall properly?",
			[]string{"paid: Can you come back tomorrow and rebuild the garden wall properly?"}},
		{"guard: come back with a design", "Can you come back with a revised layout for the garden?",
			[]string{"paid: Can you come back with a revised layout for the garden?"}},
		{"guard: pick up where left off", "Could you pick up where the previous bookkeeper left off and finish the ledgers?",
			[]string{"paid: Could you pick up where the previous bookkeeper left off and finish the ledgers?"}},
		{"guard: work on the report", "Could you work on that report tonight?",
			[]string{"paid: Could you work on that report tonight?"}},
	})
}
