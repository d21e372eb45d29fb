package triage

import "testing"

// TestSearchIsResearch: carrying out or running a search of a register
// or of published work is research, paid, even when its purpose is put
// as a check that something has or has not happened; searching an inbox
// for one email is not asked this way. Sentences written for this test.
func TestSearchIsResearch(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you run a search to check that no one has registered our logo in Canada?", Paid},
		{"en", "Can you carry out a search to check whether anyone has filed a similar patent?", Paid},
		{"en", "Please do a quick search to check that the domain name hasn't been trademarked.", Paid},
		{"en", "Would you run a register search to check whether the company name has been taken?", Paid},
		{"en", "Could you carry out a clearance search to make sure nobody has registered the name for cosmetics?", Paid},
		// Guards: a status and a fact about a search, quick.
		{"en", "Has the land registry search come back yet?", Quick},
		{"en", "When will the search results be ready?", Quick},
	})
}

// TestFindOutWhenIsDate: finding out a date or time ("find out when the
// parts arrive", "find out from the landlord when…") asks for it, quick;
// finding out an amount, or working out a date from figures, is work.
// Sentences written for this test.
func TestFindOutWhenIsDate(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Can you find out when the replacement parts will arrive?", Quick},
		{"en", "Could you find out from the landlord when the scaffolding comes down?", Quick},
		{"en", "Please find out what time the hall opens for setting up.", Quick},
		{"en", "Can you find out when the new tenants move in?", Quick},
		{"en", "Could you find out how soon the printer can deliver the banners?", Quick},
		// Guards: an amount found out; a date worked out from figures.
		{"en", "Can you find out how much we overpaid the contractor last year?", Paid},
		{"en", "Could you work out when the loan will be paid off if we double the repayments?", Paid},
	})
}

// TestMeetsRequirementsIsRule: whether a thing meets the requirements or
// standards is what rules ask, research (paid); whether a thing arrived
// is a status, and one named requirement of what the firm chose a fact. Sentences written for this test.
func TestMeetsRequirementsIsRule(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you check whether our stair lift meets the current safety requirements?", Paid},
		{"en", "Can you check if the new signage meets the accessibility standards?", Paid},
		{"en", "Please check the shop fit-out meets the fire regulation requirements.", Paid},
		{"en", "Does our ventilation meet the statutory requirements for a commercial kitchen?", Paid},
		{"en", "Could you check whether the new labels meet the legal requirements for organic produce?", Paid},
		// Guards: a status; a known fact; one named requirement of what
		// the firm chose.
		{"en", "Could you check whether the new labels have arrived?", Quick},
		{"en", "Can you confirm that the glass you ordered meets the 30-minute fire rating requirement?", Quick},
		{"en", "Is the requirements document you sent last week the final version?", Quick},
	})
}
