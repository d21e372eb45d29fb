package triage

import "testing"

// TestHaveItMade: "have" as a causative after a modal request ("could you
// have the leaflet redesigned?") asks for the work as "get it redesigned"
// does; a question whether the work is done ("do you have the plans
// drawn yet?") is a status. Sentences written for the test.
func TestHaveItMade(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you have the menu translated into Italian before the reopening?", Paid},
		{"en", "Can we have the shop signage redesigned by the end of March?", Paid},
		{"en", "Would you have the lease redrafted with the new break clause?", Paid},
		{"en", "Could you have it rewritten in plainer English for the trustees?", Paid},
		{"en", "Can you have the site plan drawn up before the planning meeting on the 9th?", Paid},
		// After a wish or a possibility, and with two words before the
		// participle.
		{"en", "Is it possible to have the whole boiler room serviced during the half-term closure?", Paid},
		{"en", "We'd like to have the back office repainted while the staff are away.", Paid},
		{"en", "Could we have the old stable block rewired before the spring?", Paid},
		{"en", "Do you have the plans drawn yet?", Quick},
		{"en", "Is it possible to have the signed copy back by Friday?", Quick},
		{"en", "Have you had the invoice sent out?", Quick},
		{"en", "Could you have a look at the date on the letter?", Quick},
	})
}
