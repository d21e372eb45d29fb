package triage

import "testing"

// TestFindingsOfExamination: an examination asked for, then its findings
// asked to be reported ("… and let us know what …", "… and tell me if
// there is a problem"), is paid work; the report clause's quick words do
// not make it a fact to hand. Guards: a report asked for alone, after a
// status question, or after a check of whether something happened stays
// quick.
func TestFindingsOfExamination(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"findings", "Could you go through the lease and let us know what the rent covers and whether anything looks odd?",
			[]string{"paid: Could you go through the lease and let us know what the rent covers and whether anything looks odd?"}},
		{"findings", "Can you check the contract and tell me if there is a problem with the notice clause?",
			[]string{"paid: Can you check the contract and tell me if there is a problem with the notice clause?"}},
		{"findings", "Please go through the van hire agreement and then let me know what the excess covers.",
			[]string{"paid: Please go through the van hire agreement and then let me know what the excess covers."}},
		{"findings", "Could you check the shareholder agreement and tell us whether anything in it is an issue for the sale?",
			[]string{"paid: Could you check the shareholder agreement and tell us whether anything in it is an issue for the sale?"}},
		{"findings", "Can you go through the franchise pack and let me know what the monthly fee covers?",
			[]string{"paid: Can you go through the franchise pack and let me know what the monthly fee covers?"}},
		// Guards.
		{"guard: report alone", "Can you let me know what the service charge covers?",
			[]string{"quick: Can you let me know what the service charge covers?"}},
		{"guard: status then report", "Can you check whether the parcel arrived and let me know if that's a problem?",
			[]string{"quick: Can you check whether the parcel arrived and let me know if that's a problem?"}},
		{"guard: report before the check", "Let me know if it's a problem and I'll check the contract myself.",
			[]string{"quick: Let me know if it's a problem and I'll check the contract myself."}},
		{"guard: whether the client must act", "Could you check the letter from the landlord and tell me if we need to respond?",
			[]string{"quick: Could you check the letter from the landlord and tell me if we need to respond?"}},
		{"guard: question on cover", "Does the warranty cover the gearbox?",
			[]string{"quick: Does the warranty cover the gearbox?"}},
	})
}
