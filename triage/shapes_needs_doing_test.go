package triage

import "testing"

// TestNeedsDoing: "the/our <thing> needs <job>" asks for the job; a need
// with no job word, or someone else's thing, asks nothing.
func TestNeedsDoing(t *testing.T) {
	runAskRows(t, []askRow{
		{"needs doing", "Hi Raj,\n\nOur payroll year-end needs doing before the 19th.\n\nKate\n", "Our payroll year-end needs doing before the 19th.", ""},
		{"need redoing", "Hello,\n\nThe March invoices need redoing with the new VAT number.\n\nEd\n", "The March invoices need redoing with the new VAT number.", ""},
		{"needs servicing", "Hi,\n\nThe boiler in flat 6 needs servicing before the new tenant moves in.\n\nFay\n", "The boiler in flat 6 needs servicing", ""},
		{"needs renewing", "Hi Lou,\n\nOur domain name needs renewing this month.\n\nGus\n", "Our domain name needs renewing this month.", ""},
		{"needs updating", "Hi,\n\nThe charity's safeguarding policy needs updating for the new trustees.\n\nIda\n", "The charity's safeguarding policy needs updating", ""},
		{"needs clearing", "Hi,\n\nThe drain by the back door needs unblocking again.\n\nAl\n", "The drain by the back door needs unblocking again.", ""},
		{"needs painting", "Hi Bea,\n\nThe railings at the front need painting before the open day.\n\nCy\n", "The railings at the front need painting before the open day.", ""},
		{"needs testing", "Hello,\n\nAll the kettles in the staff room need testing for the insurance.\n\nDi\n", "All the kettles in the staff room need testing for the insurance.", ""},
		// The job named as a noun: "needs a service", "needs a complete refresh".
		{"needs a service", "Hi,\n\nThe boiler at the shop needs a service before the winter.\n\nFay\n", "The boiler at the shop needs a service before the winter.", ""},
		{"needs a refresh", "Hi Lou,\n\nOur booking page needs a complete refresh before the summer season.\n\nGus\n", "Our booking page needs a complete refresh", ""},
		{"needs a tidy", "Hello,\n\nThe front border needs a proper tidy before the viewings.\n\nCy\n", "The front border needs a proper tidy before the viewings.", ""},
		{"needs a redesign", "Hi,\n\nOur menu needs a redesign for the new season.\n\nDi\n", "Our menu needs a redesign for the new season.", ""},
		{"needs an inspection", "Hi,\n\nThe roof on the garage needs an inspection after the storm.\n\nEd\n", "The roof on the garage needs an inspection after the storm.", ""},
		{"guard: needs a part", "Hi,\n\nThe van needs a new tyre. Is the invoice ready?\n\nIda\n", "Is the invoice ready?", "The van needs a new tyre."},
		{"guard: needs a signature", "Hi,\n\nThe report needs a signature from both directors. When is it due?\n\nIda\n", "When is it due?", "The report needs a signature from both directors."},
		{"guard: cut a report", "Hi,\n\nThe hedge needs cutting, we can quote for it. Is Friday ok?\n\nIda\n", "Is Friday ok?", "The hedge needs cutting, we can quote for it."},
		{"guard: no job", "Hi,\n\nThe garden needs rain badly. Is the fence quote ready?\n\nIda\n", "Is the fence quote ready?", "The garden needs rain badly."},
		{"guard: a person", "Hi,\n\nHe needs checking in at reception first. When is the meeting?\n\nIda\n", "When is the meeting?", "He needs checking in at reception first."},
		{"guard: need to", "Hi,\n\nThe builders need to finish first. Can you send the invoice?\n\nIda\n", "Can you send the invoice?", "The builders need to finish first."},
	})
}
