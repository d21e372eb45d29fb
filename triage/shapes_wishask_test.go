package triage

import "testing"

// TestWishAskedNext: a wish statement ("we'd like to repaint …") followed
// by a request to the firm for the same act on the same thing is that
// request's background, not a second ask. A wish the next ask does not
// repeat still asks.
func TestWishAskedNext(t *testing.T) {
	runAskRows(t, []askRow{
		{"repaint", "Hi,\n\nWe would like to repaint the shopfront before Easter. Could you quote for repainting the shopfront in the new colours?\n\nAl\n", "Could you quote for repainting", "We would like to repaint"},
		{"extend", "Hello,\n\nWe would like to extend the kitchen into the garden.\n\nCan you draw up plans for extending the kitchen by three metres?\n\nBea\n", "Can you draw up plans", "We would like to extend"},
		{"payroll", "Hi,\n\nWe would like to move the payroll to a monthly cycle. Please set up the move of the payroll from April.\n\nCy\n", "Please set up the move", "We would like to move the payroll"},
		{"renew", "Hi Di,\n\nWe would like to renew the van leases in June. Could you compare renewing the van leases with buying outright?\n\nEd\n", "Could you compare renewing", "We would like to renew"},
		{"register", "Hi,\n\nWe would like to register the trademark this year. Can you handle registering the trademark in the UK and the EU?\n\nFi\n", "Can you handle registering", "We would like to register"},
		{"guard: another thing asked", "Hi,\n\nWe would like to replace the boiler before winter. Could you send the gas safety record?\n\nGus\n", "We would like to replace the boiler", ""},
		{"guard: same verb, other thing", "Hi,\n\nWe'd like to update the menu for spring. Could you update the allergen sheet as well?\n\nHal\n", "We'd like to update the menu", ""},
	})
}
