package triage

import "testing"

// TestSlotAsks: moving agreed work to another day, or asking whether the
// firm works on a kind of day, asks about the calendar (quick); the same
// work asked for with a day attached is still the work (paid).
func TestSlotAsks(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"instead of a weekday", "Could you do the chimney inspection on Friday instead of Monday?",
			[]string{"quick: Could you do the chimney inspection on Friday instead of Monday?"}},
		{"rather than the", "Can the window fitters come on the Tuesday rather than the Thursday?",
			[]string{"quick: Can the window fitters come on the Tuesday rather than the Thursday?"}},
		{"day instead", "Would it be possible to do the tree survey Wednesday instead?",
			[]string{"quick: Would it be possible to do the tree survey Wednesday instead?"}},
		{"on a weekday", "Are your fitters able to come out on a Sunday?",
			[]string{"quick: Are your fitters able to come out on a Sunday?"}},
		{"on a weekday, install", "Could your crew set up the scaffolding on a Saturday?",
			[]string{"quick: Could your crew set up the scaffolding on a Saturday?"}},
		{"out of hours", "Can your team carry out the fire door inspection out of hours?",
			[]string{"quick: Can your team carry out the fire door inspection out of hours?"}},
		// Guards: a day set for the work is still the work.
		{"guard: on Monday", "Please redesign the shop sign on Monday.",
			[]string{"paid: Please redesign the shop sign on Monday."}},
		{"guard: by Friday", "Could you prepare the damp survey report by Friday?",
			[]string{"paid: Could you prepare the damp survey report by Friday?"}},
		{"guard: rule asked about weekend use", "Is the van still covered by the relief if we use it on a Sunday?",
			[]string{"paid: Is the van still covered by the relief if we use it on a Sunday?"}},
		{"guard: instead of a thing", "Can you draw up a new planting plan with lavender instead of the roses?",
			[]string{"paid: Can you draw up a new planting plan with lavender instead of the roses?"}},
	})
}
