package triage

import "testing"

// TestNamedWorkerRequest: "could <Name> <trade work>" asks the firm's
// worker for work (shapes_namedworker.go); a lower-case noun, a reflexive
// or a verb of telling asks something else.
func TestNamedWorkerRequest(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"name assesses", "Could Priya assess my shoulder before the match on Saturday?",
			[]string{"paid: Could Priya assess my shoulder before the match on Saturday?"}},
		{"name cleans", "Can Olek clean the extractor hood when he's in on Monday?",
			[]string{"paid: Can Olek clean the extractor hood when he's in on Monday?"}},
		{"name prunes", "Could Dave prune the wisteria on the front wall next visit?",
			[]string{"paid: Could Dave prune the wisteria on the front wall next visit?"}},
		{"name grooms", "Can Lucy groom both spaniels on Friday?",
			[]string{"paid: Can Lucy groom both spaniels on Friday?"}},
		{"name repaints", "Could Ahmed repaint the skirting in the hall while the scaffold is up?",
			[]string{"paid: Could Ahmed repaint the skirting in the hall while the scaffold is up?"}},
		{"guard: name calls back", "Could Ahmed ring me back after lunch?",
			[]string{"quick: Could Ahmed ring me back after lunch?"}},
		{"guard: lower-case noun asks leave", "Can tenants repaint the bedrooms themselves?",
			[]string{"quick: Can tenants repaint the bedrooms themselves?"}},
		{"guard: reflexive", "Could Tom fit the new shelves himself?",
			[]string{"quick: Could Tom fit the new shelves himself?"}},
		{"guard: client pronoun", "Can we clean the filters ourselves between visits?",
			[]string{"quick: Can we clean the filters ourselves between visits?"}},
	})
}
