package triage

import "testing"

// TestHopingTail: "…, hoping you can <verb>" after a long statement asks;
// a hope that wishes the firm well, or one about the client's own doing,
// asks nothing.
func TestHopingTail(t *testing.T) {
	runAskRows(t, []askRow{
		{"cover line", "Hi Joss,\n\nEnclosed are the last three months of bank statements for the shop account, hoping you can reconcile them before the VAT deadline.\n\nPip\n", "hoping you can reconcile them", ""},
		{"report", "Hello,\n\nThe water in the cellar has come up again after all the rain this week, hoping someone could pump it out.\n\nMrs Hale\n", "hoping someone could pump it out", ""},
		{"print", "Hi,\n\nWe have the charity gala dinner on the 3rd of next month at the town hall, hoping you could print the menus and place cards.\n\nRuth\n", "hoping you could print the menus", ""},
		{"it", "Hi Dev,\n\nThe new laptops for the front desk arrived this morning from the supplier, hoping you can set them up on Thursday.\n\nOla\n", "hoping you can set them up", ""},
		{"legal", "Dear Ms Frost,\n\nAttached is the letter we received from the landlord's solicitors last Friday, hoping you might advise us on how to respond.\n\nYours,\nT. Vane\n", "hoping you might advise us", ""},
		{"guard: well-wish", "Hi,\n\nThe crew did a cracking job on the roof over the last three days, hoping you can get some rest now. Is the invoice ready?\n\nIda\n", "Is the invoice ready?", "hoping you can get some rest"},
		{"guard: own hope", "Hi,\n\nWe have booked the hall for the whole of the second weekend in June, hoping we can fit everyone in. When is the deposit due?\n\nIda\n", "When is the deposit due?", "hoping we can fit everyone in"},
		{"guard: weather", "Hi,\n\nThe patio slabs arrived this morning and are stacked by the side gate for now, hoping it stays dry. When do you start?\n\nIda\n", "When do you start?", "hoping it stays dry"},
	})
}
