package triage

import "testing"

// TestNeedsDoingLater: the job the thing "will need", a report on the
// thing joined to its need ("has stopped working and will need
// replacing"), and a need followed by a clause about the thing itself
// ask for the job; the speaker's own doing after it, or a report with no
// need, asks nothing.
func TestNeedsDoingLater(t *testing.T) {
	runAskRows(t, []askRow{
		{"will need", "Hi Mo,\n\nThe flat roof over the garage will need resealing before the autumn.\n\nRuth\n", "will need resealing", ""},
		{"will need, payroll", "Hello,\n\nOur pension scheme paperwork will need updating for the two new starters.\n\nKev\n", "will need updating", ""},
		{"report then need", "Hi,\n\nThe hot tap in the staff kitchen is leaking again and needs fixing.\n\nJo\n", "needs fixing", ""},
		{"report then will need", "Hi Tam,\n\nThe back gate has rusted through at the hinge and will need replacing.\n\nBo\n", "will need replacing", ""},
		{"need then thing clause", "Hi,\n\nOur booking calendar needs fixing, nothing has shown on it since Sunday.\n\nNell\n", "needs fixing", ""},
		{"need then thing was", "Hello,\n\nThe boiler in unit 2 needs servicing, it was last done in 2023.\n\nAmir\n", "needs servicing", ""},
		{"guard: own doing after", "Hi,\n\nThe shed roof will need resealing but we'll do it ourselves. Is the invoice ready?\n\nIda\n", "Is the invoice ready?", "The shed roof will need resealing"},
		{"guard: report no need", "Hi,\n\nThe hot tap is leaking again and we have put a bucket under it. When is the visit?\n\nIda\n", "When is the visit?", "The hot tap is leaking"},
		{"guard: described, not a fault", "Hi,\n\nThe lift in block B is thirty years old and will need replacing one day. Is the rent due on the 1st?\n\nIda\n", "Is the rent due on the 1st?", "The lift in block B is thirty years old"},
		{"guard: would need", "Hi,\n\nThe porch would need painting if we ever sold. Can you send the statement?\n\nIda\n", "Can you send the statement?", "The porch would need painting"},
		{"guard: report then someone else", "Hi,\n\nThe lift has broken down and they say it needs replacing. Is the rent due on the 1st?\n\nIda\n", "Is the rent due on the 1st?", "The lift has broken down"},
	})
}
