package triage

import "testing"

// TestOthersWillingness: whether a third party would agree to something
// is a note (quick); asked of the firm, or wrapped in a letter to write,
// it stays work.
func TestOthersWillingness(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"would the bank accept", "Would the bank accept a revised repayment plan if we sent one?",
			[]string{"quick: Would the bank accept a revised repayment plan if we sent one?"}},
		{"is the lender open to", "Is the lender open to a three-month payment holiday on the van loan?",
			[]string{"quick: Is the lender open to a three-month payment holiday on the van loan?"}},
		{"if the funders will agree", "Do you know if the funders will agree to moving the unspent grant into next year's budget?",
			[]string{"quick: Do you know if the funders will agree to moving the unspent grant into next year's budget?"}},
		{"whether the insurers would accept a design", "We'd like to know whether the insurers would accept a new alarm design instead of the old one.",
			[]string{"quick: We'd like to know whether the insurers would accept a new alarm design instead of the old one."}},
		{"wonder whether the owner would let", "I wonder whether the owner would let us paint the shopfront artwork ourselves.",
			[]string{"quick: I wonder whether the owner would let us paint the shopfront artwork ourselves."}},
		// Guards.
		{"asked of the firm", "Would you consider redrawing the elevation plans for the planning office?",
			[]string{"paid: Would you consider redrawing the elevation plans for the planning office?"}},
		{"a letter that asks it is writing", "Could you draft a letter asking whether the landlord would consider a rent reduction?",
			[]string{"paid: Could you draft a letter asking whether the landlord would consider a rent reduction?"}},
		{"a party in a relative clause", "Could you prepare a budget the trustees would approve for the new youth project?",
			[]string{"paid: Could you prepare a budget the trustees would approve for the new youth project?"}},
		{"finding out a planning rule is research", "Can you find out whether the council would allow a second storey on the workshop drawings?",
			[]string{"paid: Can you find out whether the council would allow a second storey on the workshop drawings?"}},
	})
}
