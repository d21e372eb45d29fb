package triage

import "testing"

// TestSoNeedAfterBackground: after a long statement of background, ", so
// we need …" opens the ask; the background is not quoted with it. A short
// lead, a need of the client's own to act, or a question stays whole.
func TestSoNeedAfterBackground(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"signs after a move", "We open the new branch in March and the old signs came down when the landlord repainted last week, so we need a full set of fascia signs designed and made.",
			[]string{"paid: we need a full set of fascia signs designed and made."}},
		{"accounts after a bank's request", "The bank has asked for up-to-date figures before they will renew the overdraft at the end of the month, so I need management accounts for the last two quarters.",
			[]string{"paid: I need management accounts for the last two quarters."}},
		{"a survey after a purchase", "We exchanged contracts on the old mill on Friday after months of waiting for the searches to come back, so we need a full structural survey before the builders start.",
			[]string{"paid: we need a full structural survey before the builders start."}},
		{"a copy after a loss", "The folder with all the signed engagement letters got thrown out when we cleared the storeroom at the old office, so we need a copy of ours.",
			[]string{"quick: we need a copy of ours."}},
		{"a date after a delay", "The shipping company pushed everything back a fortnight because of the strike at the port in Felixstowe, so we need a new delivery date from you.",
			[]string{"quick: we need a new delivery date from you."}},
		// Guards: a short lead, the client's own action, and no need.
		{"a short lead stays whole", "The auditors come in next week, so we need a copy of the lease.",
			[]string{"quick: The auditors come in next week, so we need a copy of the lease."}},
		{"the client's own action is no ask", "The board meets on the ninth and wants every option on the table before the vote, so we need to decide by then whether to go ahead.",
			nil},
	})
}
