package triage

import "testing"

// TestReplyYesToWhole: a yes to the whole of a quote named with a noun for
// the whole ("yes to the lot", "yes to the whole package") authorises the
// work; a part taken out or a no beside it leaves the reply to a person.
func TestReplyYesToWhole(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"the lot", "Yes to the lot, thanks. The side door is unlocked.", Accepted, "yes to the"},
		{"whole package", "Right, yes to the whole package please.", Accepted, "yes to the whole"},
		{"full job", "Yes to the full job - sanding, sealing and the skirting.", Accepted, "yes to the full"},
		{"the works", "OK, yes to the works. See you Monday.", Accepted, "yes to the"},
		{"entire quote", "We've talked it over: yes to the entire quote.", Accepted, "yes to the entire"},
		{"all of them", "Yes to all of them, the three gates and the post.", Accepted, "yes to all"},
		// Guards.
		{"guard: apart from", "Yes to the lot apart from the loft hatch.", Unclear, "part of the work"},
		{"guard: but not", "Yes to the whole job but not the second coat.", Unclear, ""},
		{"guard: lot of", "Yes, that's a lot of hours for a small patio.", Unclear, ""},
		{"guard: whole thing question", "Would you say yes to the whole thing if you were me?", Unclear, ""},
	})
}
