package triage

import "testing"

// TestInformsOnly: a frame whose act is the firm's taking in a fact ("I
// want you to know…", "we'd like you to be aware…") tells and asks
// nothing; the same frame with work or with what to find out still asks.
func TestInformsOnly(t *testing.T) {
	runAskRows(t, []askRow{
		{"want you to know", "Hi Ros,\n\nI want you to know that we've moved the office to Quay Street. Is the VAT return on track?\n\nMo\n",
			"Is the VAT return on track?", "I want you to know that we've moved the office to Quay Street."},
		{"like you to be aware", "Hello,\n\nWe would like you to be aware that the lease on unit 4 ends in May. When is our next review?\n\nIvy\n",
			"When is our next review?", "We would like you to be aware that the lease on unit 4 ends in May."},
		{"need you to understand", "Hi,\n\nI need you to understand the launch date can't move. Can you send the draft on Friday?\n\nJo\n",
			"Can you send the draft on Friday?", "I need you to understand the launch date can't move."},
		{"want you to realise", "Hi Al,\n\nI want you to realise how much the team appreciated the training. Could you book the next one for March?\n\nBo\n",
			"Could you book the next one for March?", "I want you to realise how much the team appreciated the training."},
		{"like you to know", "Hello Dee,\n\nWe'd like you to know the boiler is working again. Are you free to service the other one?\n\nKit\n",
			"Are you free to service the other one?", "We'd like you to know the boiler is working again."},
		// Guards: work, or what to find out, after the same frame.
		{"guard: want you to check", "Hi,\n\nI want you to check the payroll figures before Friday.\n\nMo\n", "I want you to check the payroll figures before Friday.", ""},
		{"guard: like you to find out", "Hi,\n\nWe'd like you to find out whether the grant covers the roof.\n\nMo\n", "We'd like you to find out whether the grant covers the roof.", ""},
		{"guard: let me know", "Hi,\n\nPlease let me know whether the new rates apply from April.\n\nMo\n", "Please let me know whether the new rates apply from April.", ""},
	})
}

// TestWonderingWh: "just wondering where we are with…", "wondering how
// the application is going" ask as "wondering if…" does; "wondering why I
// bother" is left to the rest of the rules.
func TestWonderingWh(t *testing.T) {
	runAskRows(t, []askRow{
		{"where", "Hi Sue,\n\nJust wondering where we are with the deposit refund.\n\nTam\n", "Just wondering where we are with the deposit refund.", ""},
		{"how", "Hello,\n\nWondering how the planning application is going.\n\nLee\n", "Wondering how the planning application is going.", ""},
		{"when", "Hi,\n\nJust wondering when the scaffolding is coming down at number 9.\n\nNed\n", "Just wondering when the scaffolding is coming down", ""},
		{"who", "Hi Pam,\n\nJust wondering who I should send the mileage receipts to.\n\nOz\n", "Just wondering who I should send the mileage receipts to.", ""},
		{"which", "Hello,\n\nWe were wondering which of the two venues is still free on the 14th.\n\nRae\n", "We were wondering which of the two venues is still free", ""},
		{"what", "Hi,\n\nJust wondering what time the fitters arrive tomorrow.\n\nUna\n", "Just wondering what time the fitters arrive tomorrow.", ""},
	})
	e := New(DefaultConfig())
	for _, tt := range []struct{ text string }{
		{"Just wondering where we are with the deposit refund."},
		{"Wondering how the planning application is going."},
		{"Just wondering what time the fitters arrive tomorrow."},
	} {
		qs := e.Questions("Hi,\n\n" + tt.text + "\n\nPat\n")
		if len(qs) != 1 || qs[0].Kind != Quick {
			t.Errorf("%q: got %+v, want one quick ask", tt.text, qs)
		}
	}
}
