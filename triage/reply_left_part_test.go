package triage

import "testing"

// TestReplyLeftPart: a go-ahead that turns to leave a named part of the
// work out ("Please do the survey, but leave the planting plan") says no
// to a part (reply_left_part.go), which leaves the reply to a person; an
// instruction about the visit ("but leave the key with reception") or
// "leave" without a go-ahead before it does not. Sentences written for
// the test.
func TestReplyLeftPart(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"left part", "Please do the survey, but leave the planting plan.", Unclear, "leave the planting plan"},
		{"left part", "Yes, draft the lease, but leave the side letter.", Unclear, "leave the side letter"},
		{"left part", "Go ahead with the valuation but leave the insurance schedule, our broker has one.", Unclear, "no to part"},
		{"left part", "Happy for you to service the boiler, but please leave the radiators.", Unclear, "leave the radiators"},
		{"left part", "Yes, tune the piano, but leave the pedals - they were done in May.", Unclear, "leave the pedals"},
		{"left part guard place", "Yes please, but leave the key with reception.", Accepted, "yes please"},
		{"left part guard state", "Go ahead, but leave the gate open for the dog.", Accepted, "go ahead"},
		{"left part guard time", "Yes go ahead but leave the invoice until March.", Accepted, ""},
		{"left part guard no yes", "Thanks, but leave the brochure for now.", Declined, ""},
		{"left part guard negated", "Go ahead, but don't leave the ladder behind.", Accepted, "go ahead"},
	})
}
