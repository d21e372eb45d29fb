package triage

import "testing"

// TestAwayReadingAndTopicRedirect: an out-of-office without automatic
// headers that says the sender reads mail only now and then and sends
// queries on a topic elsewhere ("if your query is about …, please speak
// to …") is automatic; a client who mentions reading mail occasionally
// and asks is answered.
func TestAwayReadingAndTopicRedirect(t *testing.T) {
	const hdr = "From: Lena Moss <lena@mossfarm.test>\nTo: Ada Kerr <ada@kerrvets.test>\nSubject: Re: Herd test dates\nIn-Reply-To: <a1@kerrvets.test>\n"
	runSkipCases(t, []skipCase{
		{"leave, occasional reading, topic redirect", hdr,
			"Hello,\n\nI'm on annual leave until 3 February and will be checking email only occasionally.\n\nIf your query is about the dairy herd, please speak to Tom in the farm office.\n\nLena\n", SkipAuto},
		{"intermittent access, enquiry redirect", hdr,
			"Thank you for your email. I'm away until the 12th with intermittent access to email.\nIf your enquiry relates to an order, please contact sales@mossfarm.test.\n", SkipAuto},
		{"checking intermittently, query concerns", hdr,
			"I'm out until Monday and checking my inbox intermittently. If your query concerns invoices, please ring the office.\n", SkipAuto},
		// Guards: a person who reads mail now and then and asks; one cue only.
		{"guard: client asks, occasional reading", hdr,
			"Hi Ada,\n\nI'm checking email only occasionally this week. Could you move the herd test to the 14th?\n\nLena\n", SkipNone},
		{"guard: topic words in a real ask", hdr,
			"If your query is about the cattle passports, I posted them on Friday. Can you confirm the test date?\n", SkipNone},
	})
}
