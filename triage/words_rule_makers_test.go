package triage

import "testing"

// TestRuleMakersAllow: what a body's standing rules allow, permit or
// accept is research; whether it did accept a thing, or would agree to a
// proposal, is a status or a willingness (words_rule_makers.go).
func TestRuleMakersAllow(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a cemetery's vases", "Can you find out whether the cemetery permits glass vases on the graves?",
			[]string{"paid: Can you find out whether the cemetery permits glass vases on the graves?"}},
		{"a council's kerb", "Does the council allow a dropped kerb on a bus route?",
			[]string{"paid: Does the council allow a dropped kerb on a bus route?"}},
		{"a registry's signatures", "Will a scanned signature be accepted by the land registry?",
			[]string{"paid: Will a scanned signature be accepted by the land registry?"}},
		{"a lease on subletting", "Could you tell me whether our lease allows us to sublet the flat?",
			[]string{"paid: Could you tell me whether our lease allows us to sublet the flat?"}},
		{"a venue's fireworks", "Can you check if the venue allows indoor fireworks?",
			[]string{"paid: Can you check if the venue allows indoor fireworks?"}},
		{"a consulate's copies", "Do you know if certified copies are accepted by the consulate for a visa?",
			[]string{"paid: Do you know if certified copies are accepted by the consulate for a visa?"}},
		{"a lease on charges", "Can you check whether our lease lets the freeholder bill us for the lift repairs?",
			[]string{"paid: Can you check whether our lease lets the freeholder bill us for the lift repairs?"}},
		{"a contract on ending early", "Does the contract allow us to end the cleaning service after six months?",
			[]string{"paid: Does the contract allow us to end the cleaning service after six months?"}},
		{"a warranty on own parts", "Could you tell me if the warranty lets us fit our own filters?",
			[]string{"paid: Could you tell me if the warranty lets us fit our own filters?"}},
		{"a policy on a second driver", "Does our policy permit a second driver on the hire van?",
			[]string{"paid: Does our policy permit a second driver on the hire van?"}},
		{"guard: a contract's date", "When does the contract end?",
			[]string{"quick: When does the contract end?"}},
		{"guard: has the warranty been registered", "Has the warranty been registered yet?",
			[]string{"quick: Has the warranty been registered yet?"}},
		{"guard: the firm lets a room", "Do you let the meeting room by the hour?",
			[]string{"quick: Do you let the meeting room by the hour?"}},
		{"guard: a past acceptance is a status", "Has the council accepted our plans?",
			[]string{"quick: Has the council accepted our plans?"}},
		{"guard: did it accept", "Did the embassy accept the documents?",
			[]string{"quick: Did the embassy accept the documents?"}},
		{"guard: would it agree", "Would the council accept a payment plan?",
			[]string{"quick: Would the council accept a payment plan?"}},
		{"guard: been accepted", "Has the application been accepted by the registry yet?",
			[]string{"quick: Has the application been accepted by the registry yet?"}},
	})
}
