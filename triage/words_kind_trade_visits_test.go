package triage

import "testing"

// TestTradeVisitKinds: trade visits and their look-alikes
// (words.go fittings, words_kind.go written deliverables,
// words_kind_logistics.go spare parts, words_kind_modifier.go vehicle and
// cover nouns). Sentences written for this test, other trades and other
// words; guard rows keep their kind.
func TestTradeVisitKinds(t *testing.T) {
	e := New(DefaultConfig())
	rows := []struct {
		name string
		text string
		want Kind
	}{
		// Fitting new parts is hands-on work.
		{"supply and fit", "Could you supply and fit a thermostatic valve on the bathroom radiator?", Paid},
		{"order and fit", "Please order and fit two new hinges on the garden gate.", Paid},
		{"fit new", "Can you fit new brake pads on the trailer before Easter?", Paid},
		{"fit the new", "Would you fit the new letterbox we bought on the front door?", Paid},
		{"fit a replacement", "Can you fit a replacement seal on the shower screen?", Paid},
		{"guard: whether a part fits", "Will the old bracket fit on the new pump?", Quick},
		// A written guide or plan is made for the client.
		{"written instructions", "Could you send us written instructions for shutting the irrigation system down for winter?", Paid},
		{"written guide", "Can you email me a written guide to looking after the new oak worktop?", Paid},
		{"written plan", "Please send over a written plan for treating the woodworm in the loft.", Paid},
		{"written checklist", "Could you send a written checklist for opening the holiday cottage each spring?", Paid},
		{"step-by-step guide", "Can you send me a step-by-step guide to resetting the alarm panel?", Paid},
		{"guard: the manual already made", "Could you send me the manual for the alarm panel?", Quick},
		// A spare part brought to a booked visit.
		{"a spare fuse", "Could you bring a spare fuse for the outside light on Thursday?", Quick},
		{"spare washers with you", "Can you bring some spare washers with you for the kitchen tap?", Quick},
		{"a spare key blank", "Please bring a spare key blank when you come on Monday.", Quick},
		{"spares for the mower", "Could you bring spares for the mower blades?", Quick},
		{"a few spare tiles", "Can you bring a few spare tiles in case any crack?", Quick},
		{"guard: bring the records up to date", "Could you bring the maintenance log up to date for the insurer?", Paid},
		// A work noun naming a vehicle asks for no work.
		{"the service van", "Is the service van able to get under the car park barrier?", Quick},
		{"the repair truck", "Does the repair truck need a parking permit on our street?", Quick},
		{"a survey vehicle", "Will the survey vehicle block the lane for long?", Quick},
		{"the inspection van", "Can the inspection van park on the drive?", Quick},
		{"our audit van", "Does the audit van come with two people?", Quick},
		{"guard: a survey asked for", "Could you carry out a survey of the damp in the cellar?", Paid},
		// New covers are things, not insurance cover.
		{"new covers fitted", "Can you fit new covers on the pool filters?", Paid},
		{"replacement covers made", "Please make replacement covers for the two garden benches.", Paid},
		{"guard: what the policy covers", "Does the warranty cover the pump as well?", Quick},
	}
	for _, r := range rows {
		qs := e.Questions(r.text)
		if len(qs) != 1 || qs[0].Kind != r.want {
			t.Errorf("%s: %q: got %q, want %s", r.name, r.text, askList(e, r.text), r.want)
		}
	}
}
