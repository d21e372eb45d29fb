package triage

import "testing"

// TestReplyClippedSoftener: texting's clipped softeners ("if poss", "if u
// can") soften a go-ahead's timing as "if possible" does; a real
// condition in the same clipped style still makes the reply unclear.
func TestReplyClippedSoftener(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"if poss", "yes go ahead, before easter if poss", Accepted, ""},
		{"if poss", "ok lets do it, by the end of the month if poss thanks", Accepted, ""},
		{"if at all poss", "Please proceed - Monday start if at all poss.", Accepted, ""},
		{"if u can", "go for it, need the drawings friday if u can", Accepted, ""},
		{"if u get a chance", "Yes please book it in, ring me the day before if u get a chance", Accepted, ""},
		// Guards: a condition stays one, clipped or not.
		{"guard: only if", "go ahead only if u can do it for 400", Unclear, ""},
		{"guard: if it's under", "ok if its under 500 go ahead", Unclear, ""},
	})
}
