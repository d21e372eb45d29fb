package triage

import "testing"

// TestRuleCriteriaTerms: a payer's criteria, terms named with their kind
// or owner, and a duty to notify a body are what a rule allows or obliges
// (words_shapes.go RuleWords): research, not a fact or a status.
func TestRuleCriteriaTerms(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"meets a funder's criteria", "Could you check whether the apprenticeship meets the levy's criteria for funding?",
			[]string{"paid: Could you check whether the apprenticeship meets the levy's criteria for funding?"}},
		{"satisfies the lender's criteria", "Can you see if our accounts satisfy the bank's lending criteria?",
			[]string{"paid: Can you see if our accounts satisfy the bank's lending criteria?"}},
		{"fulfils the grant criteria", "Would you check the roof insulation fulfils the grant criteria?",
			[]string{"paid: Would you check the roof insulation fulfils the grant criteria?"}},
		{"under the supplier's terms", "Can you tell me whether we can return the unused stock under the wholesaler's trade terms?",
			[]string{"paid: Can you tell me whether we can return the unused stock under the wholesaler's trade terms?"}},
		{"under standard terms", "Could you let me know if the venue can keep our deposit under their standard booking terms?",
			[]string{"paid: Could you let me know if the venue can keep our deposit under their standard booking terms?"}},
		{"meets their criteria", "Could you find out whether my evening course meets their criteria for a bursary?",
			[]string{"paid: Could you find out whether my evening course meets their criteria for a bursary?"}},
		{"under the landlord's terms", "Can you check whether we can sublet the back room under the landlord's standard terms?",
			[]string{"paid: Can you check whether we can sublet the back room under the landlord's standard terms?"}},
		{"has to be notified", "Can you tell me whether the new gas meter position has to be notified?",
			[]string{"paid: Can you tell me whether the new gas meter position has to be notified?"}},
		{"notifiable", "Is replacing the consumer unit notifiable?",
			[]string{"paid: Is replacing the consumer unit notifiable?"}},
		// Guards: the words used of other things stay quick.
		{"criteria the firm set", "What were the criteria you used for the shortlist?",
			[]string{"quick: What were the criteria you used for the shortlist?"}},
		{"terms of payment asked", "What are your payment terms?",
			[]string{"quick: What are your payment terms?"}},
		{"being told is no duty", "Can I be notified when the parcel is dispatched?",
			[]string{"quick: Can I be notified when the parcel is dispatched?"}},
		{"which terms an account is on", "Could you check whether our studio hire is still under last year's terms?",
			[]string{"quick: Could you check whether our studio hire is still under last year's terms?"}},
		{"a status of notice", "Has the landlord been notified about the leak?",
			[]string{"quick: Has the landlord been notified about the leak?"}},
	})
}
