package triage

import "testing"

// TestRelayedAsk: someone the client speaks for asked whether the firm
// could do a thing ("our office manager asked whether you could …"): the
// client passes the ask on, and its kind is that of "could you …?";
// "asked me to check whether you can …" passes on a question. Guards: the
// firm's or the client's own asking, and a question about no act of the
// firm's, ask nothing.
func TestRelayedAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"office manager, work", "Our office manager asked whether you could repaint the meeting room before the audit.",
			[]string{"paid: Our office manager asked whether you could repaint the meeting room before the audit."}},
		{"has asked me to check", "My wife has asked me to check whether you can deliver on Saturdays.",
			[]string{"quick: My wife has asked me to check whether you can deliver on Saturdays."}},
		{"foreman, would", "The site foreman asked if you would survey the retaining wall next week.",
			[]string{"paid: The site foreman asked if you would survey the retaining wall next week."}},
		{"honorific, asks", "Dr Patel asks whether you could redraft the tenancy agreement with the new break clause.",
			[]string{"paid: Dr Patel asks whether you could redraft the tenancy agreement with the new break clause."}},
		{"name, a copy", "Jenny asked if you could send the March invoice again.",
			[]string{"quick: Jenny asked if you could send the March invoice again."}},
		{"find out, can", "Our treasurer has asked us to find out whether you can take card payments.",
			[]string{"quick: Our treasurer has asked us to find out whether you can take card payments."}},
		{"landlord, fitting", "My landlord asked whether you could fit a new extractor fan in the bathroom.",
			[]string{"paid: My landlord asked whether you could fit a new extractor fan in the bathroom."}},
		// Guards.
		{"guard: the firm asked", "You asked whether we could move the delivery to Tuesday, and that is fine.", nil},
		{"guard: no act of the firm", "My neighbour asked whether the fence was ours.", nil},
		{"guard: asked the client", "The inspector asked whether we had a fire certificate.", nil},
		{"guard: asked someone else", "My brother asked the garage whether they could look at the brakes.", nil},
	})
}
