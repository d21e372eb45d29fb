package triage

import "testing"

// TestHoldOffRefrains: "hold off" and "hold fire" ask the firm to wait,
// a minute's note whatever work they name; "hold" keeping a thing, or
// held off in a report, does not.
func TestHoldOffRefrains(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"hold off on filing", "Please hold off on filing the VAT return until I've checked the sales figures.",
			[]string{"quick: Please hold off on filing the VAT return until I've checked the sales figures."}},
		{"hold fire on a reprint", "Hold fire on the brochure reprint for now, the prices may change.",
			[]string{"quick: Hold fire on the brochure reprint for now, the prices may change."}},
		{"kindly hold off sending", "Kindly hold off sending the reminder letters to the members this week.",
			[]string{"quick: Kindly hold off sending the reminder letters to the members this week."}},
		{"also hold off on a charge", "Please also hold off on any late fees while the dispute is looked into.",
			[]string{"quick: Please also hold off on any late fees while the dispute is looked into."}},
		{"just hold off on a journal", "Please just hold off on the payroll journal until the bonus is agreed.",
			[]string{"quick: Please just hold off on the payroll journal until the bonus is agreed."}},
		// Guards.
		{"held off in a report", "The supplier held off the delivery, so please redo the stock count for December.",
			[]string{"paid: The supplier held off the delivery, so please redo the stock count for December."}},
		{"holding off as a reason", "Holding off any longer will cost us, please prepare the insurance claim now.",
			[]string{"paid: Holding off any longer will cost us, please prepare the insurance claim now."}},
		{"hold onto is keeping", "Please hold onto the originals and prepare copies of the deeds for the bank.",
			[]string{"paid: Please hold onto the originals and prepare copies of the deeds for the bank."}},
	})
}
