package triage

import "testing"

// TestUnmonitoredNotice: a notification's note that its own mailbox is
// read by no one, telling every reader how to answer, asks nothing; a
// request beside a mailbox that is not monitored, a question about
// monitoring, and monitoring that is not denied still ask.
func TestUnmonitoredNotice(t *testing.T) {
	e := New(DefaultConfig())
	notes := []string{
		"Replies to this mailbox are not monitored, so please use the booking page to get in touch.",
		"Please respond through the tenant portal, as this inbox is not monitored.",
		"This address is unmonitored; reply to the customer directly using the details above.",
		"To answer the enquiry, please reply to the sender's own address, since replies sent here are never monitored.",
		"Kindly respond via the supplier hub because responses to this email address are not monitored.",
	}
	const ask = "Could you move the boiler service to Thursday?"
	for _, n := range notes {
		qs := e.Questions(ask + "\n\n" + n)
		if len(qs) != 1 || qs[0].Text != ask {
			t.Errorf("%q: got %d asks %v, want only the ask", n, len(qs), qs)
		}
	}
	guards := []string{
		"Our old address is not monitored any more, please update your records for the March invoices.",
		"The shared inbox isn't monitored at weekends, could you reply to my mobile instead?",
		"Please make sure the fire panel is monitored overnight and reply to confirm.",
		"Can you tell me whether the alarm at the depot is monitored by your control room?",
		"Please reply to the landlord's agent with the gas certificate by Friday.",
	}
	for _, g := range guards {
		if qs := e.Questions(g); len(qs) == 0 {
			t.Errorf("%q: no ask found", g)
		}
	}
}
