package triage

import "testing"

// TestDispatchKinds: getting a third party to a site, letting someone in
// or having a fault seen to is a booking (quick); work the firm itself
// is asked for stays paid.
func TestDispatchKinds(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"arrange for a trade to attend", "Could you arrange for a plumber to come out to the shop on Monday?",
			[]string{"quick: Could you arrange for a plumber to come out to the shop on Monday?"}},
		{"arrange for someone to come", "Could you arrange for someone to come and read the meters before we move out?",
			[]string{"quick: Could you arrange for someone to come and read the meters before we move out?"}},
		{"somebody to let a visitor in", "We need somebody to let the electrician into the server cupboard on Friday.",
			[]string{"quick: We need somebody to let the electrician into the server cupboard on Friday."}},
		{"a fault seen to", "Please get the blocked gutter seen to before the weekend.",
			[]string{"quick: Please get the blocked gutter seen to before the weekend."}},
		{"a fault looked at", "Could you have the fire alarm panel looked at, it keeps beeping?",
			[]string{"quick: Could you have the fire alarm panel looked at, it keeps beeping?"}},
		// Guards: the firm's own work, or a firm that sends its own engineer.
		{"the firm's own drafting still counts", "Please arrange for the surveyor to visit and draft a full schedule of dilapidations.",
			[]string{"quick: Please arrange for the surveyor to visit", "paid: draft a full schedule of dilapidations."}},
		{"looking at a document is a review", "Could you look at our cash-flow forecast and let us know if it holds up?",
			[]string{"paid: Could you look at our cash-flow forecast and let us know if it holds up?"}},
		{"arranging work is not a visit", "Please arrange the payroll for the new starters and prepare their contracts.",
			[]string{"paid: Please arrange the payroll for the new starters and prepare their contracts."}},
		{"sending an engineer is the engineer's job", "Can you send an engineer round to check the boiler pressure at the surgery?",
			[]string{"paid: Can you send an engineer round to check the boiler pressure at the surgery?"}},
	})
}
