package triage

import "testing"

// TestRunOnTimedNeed: in a run-on, "we need" or "i need" with a thing
// right after a word of when opens a second ask; "i need to…" (the
// client's own act) and a need with no time before it do not. Sentences
// written for this test.
func TestRunOnTimedNeed(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"next week we need", "hi are you around next week we need the boiler serviced before the tenants move in",
			[]string{"quick: are you around next week", "paid: we need the boiler serviced before the tenants move in"}},
		{"today i need", "hi did the parcel go out today i need the tracking number for the customer",
			[]string{"quick: did the parcel go out today", "quick: i need the tracking number for the customer"}},
		{"on friday we need", "can we move the tasting to friday we need a new menu drafted for the vegan guests",
			[]string{"quick: can we move the tasting to friday", "paid: we need a new menu drafted for the vegan guests"}},
		{"this morning i need", "did the payroll run this morning i need the login for the new portal",
			[]string{"quick: did the payroll run this morning", "quick: i need the login for the new portal"}},
		{"tonight we need", "is the van free tonight we need the old sofa taken to the tip",
			[]string{"quick: is the van free tonight", "paid: we need the old sofa taken to the tip"}},
		// Guards: the client's own act; no word of when before the need.
		{"guard: need to", "is the hall free on saturday we need to set up by nine",
			[]string{"quick: is the hall free on saturday we need to set up by nine"}},
		{"guard: no time", "can you check the meter we need the reading for the landlord",
			[]string{"paid: can you check the meter we need the reading for the landlord"}},
	})
}
