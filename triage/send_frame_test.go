package triage

import "testing"

// TestSendFrameWithFiller: "please also send …" and "please just send …"
// ask for a copy as "please send …" does: quick. Sending made work, or a
// request to prepare something, stays paid.
func TestSendFrameWithFiller(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"delivery note", "Please also send the delivery note for pallet 3.",
			[]string{"quick: Please also send the delivery note for pallet 3."}},
		{"insurance certificate", "Please also send your insurance certificate for the scaffold.",
			[]string{"quick: Please also send your insurance certificate for the scaffold."}},
		{"gas safety record", "Please just send the gas safety record for flat 2.",
			[]string{"quick: Please just send the gas safety record for flat 2."}},
		{"menu", "Please also send the set menu for the Friday booking.",
			[]string{"quick: Please also send the set menu for the Friday booking."}},
		{"price list", "Please just send the price list for the oak worktops.",
			[]string{"quick: Please just send the price list for the oak worktops."}},
		{"guard: prepare stays paid", "Please also prepare the service charge budget for next year.",
			[]string{"paid: Please also prepare the service charge budget for next year."}},
		{"guard: redesign stays paid", "Please also redesign the menu for the spring.",
			[]string{"paid: Please also redesign the menu for the spring."}},
	})
}
