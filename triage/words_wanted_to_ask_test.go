package triage

import "testing"

// TestWantedToAsk: "I (just) wanted to ask whether…" puts the question as
// the reason for writing: it is an ask, quick when a yes/no or a fact
// follows and paid when work does. Sentences written for this test.
func TestWantedToAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"whether", "I just wanted to ask whether the skip is being collected on Monday.",
			[]string{"quick: I just wanted to ask whether the skip is being collected on Monday."}},
		{"if", "We wanted to ask if the deposit has been returned to the tenant.",
			[]string{"quick: We wanted to ask if the deposit has been returned to the tenant."}},
		{"you if", "Wanted to ask you if the boiler part has arrived yet.",
			[]string{"quick: Wanted to ask you if the boiler part has arrived yet."}},
		{"when", "I also wanted to ask when the next payroll run is due.",
			[]string{"quick: I also wanted to ask when the next payroll run is due."}},
		{"present", "I want to ask whether you take card payments over the phone.",
			[]string{"quick: I want to ask whether you take card payments over the phone."}},
		{"work", "I wanted to ask whether you could redesign the menu boards for the café.",
			[]string{"paid: I wanted to ask whether you could redesign the menu boards for the café."}},
		// Guards: asking someone else, and a question already answered.
		{"guard: someone else", "I'll ask the landlord whether the fence is ours.", nil},
		{"guard: no need now", "I was going to phone, but I've found the answer myself, thanks.", nil},
	})
}
