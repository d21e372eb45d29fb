package triage

import "testing"

// TestKindWaysAndOwnDiary: how the client could lessen a cost or a tax,
// and the best way to arrange its own affairs, are advice (paid); the
// best way to reach or pay the firm, an offer of help and a look at the
// firm's own diary stay quick.
func TestKindWaysAndOwnDiary(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Is there any way to reduce the stamp duty on the new warehouse?", Paid},
		{"en", "Anything we can do to cut the business rates on the shop?", Paid},
		{"en", "Are there ways to lower the employer's national insurance we pay?", Paid},
		{"en", "Is there anything I could do to minimise the tax on my redundancy payment?", Paid},
		{"en", "What is the best way to fund the refit of the second salon?", Paid},
		{"en", "What would be the best way for us to structure the buyout of Tom's shares?", Paid},
		{"en", "Is there a tax-efficient way to pass the flat to my son?", Paid},
		{"en", "Is there anything we can do to help on our side?", Quick},
		{"en", "Is there anything I can do to help get this moving?", Quick},
		{"en", "Could you check your diary and let me know if Tuesday suits?", Quick},
		{"en", "Can you look at your calendar for a free hour next week?", Quick},
		{"en", "Could you look in your records for the date we signed up?", Quick},
		// Guards: handing something over, a fact, the client's own records.
		{"en", "What's the best way to pay you?", Quick},
		{"en", "What is the best way to send you the receipts?", Quick},
		{"en", "Could you check our records and fix the duplicate invoices?", Paid},
		{"en", "Can you look at the schedule of works and price the extra items?", Paid},
	})
}

// TestKindTextedReceiptAndDrawnUp: texting's "u" asks whether a thing
// arrived as "you" does (quick); getting a document drawn up or written
// is making it (paid).
func TestKindTextedReceiptAndDrawnUp(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "just checking u got the photos of the damp ok", Quick},
		{"en", "did u receive the signed lease yet", Quick},
		{"en", "have u received the deposit from the tenant", Quick},
		{"en", "We'd like to get a partnership agreement drawn up before we open.", Paid},
		{"en", "Could you get a letter written to the council about the parking permit?", Paid},
		{"en", "Could you get the shareholder agreement drawn up before the investment?", Paid},
		{"en", "Can we get the tenancy agreement redrafted with the new break clause?", Paid},
		// Guards: a thing the client got, a letter already written.
		{"en", "Did you see the letter the council wrote to us?", Quick},
		{"en", "Can you get the engineer to ring me?", Quick},
	})
}

// TestKindReminderOfAFact: a reminder of when, what or where is the fact
// (quick), whatever work it is about; a reminder of how to do a job is
// an instruction and other work stays work.
func TestKindReminderOfAFact(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Can you remind me when the payroll audit is booked for?", Quick},
		{"en", "Could you remind us what the deadline for the grant report is?", Quick},
		{"en", "Remind me where the survey of the roof ended up?", Quick},
		{"en", "Can you remind me which accountant did our tax return last year?", Quick},
		{"en", "Could you remind me of the reference for the VAT inspection?", Quick},
		// Guards: work named without a reminder.
		{"en", "Can you prepare the payroll audit pack for when the auditors arrive?", Paid},
		{"en", "Could you work out when the loan will be paid off if we overpay?", Paid},
	})
}

// TestKindHaveItDoneAndTaxObjects: having a thing done is the work
// (paid); a tax named in another language is work as the English one is.
func TestKindHaveItDoneAndTaxObjects(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Would it be possible to have the payroll year end done before the 19th?", Paid},
		{"en", "Could we have the stock take finished by the end of the month?", Paid},
		{"nl", "Kunnen jullie de aangifte inkomstenbelasting voor mijn moeder doen?", Paid},
		{"fr", "Pouvez-vous faire la déclaration de TVA du trimestre ?", Paid},
		{"it", "Potete fare la dichiarazione dei redditi per mio padre?", Paid},
		// Guards: when a thing will be done, whether it has been.
		{"en", "When will you have the accounts done?", Quick},
		{"en", "How much would it cost to have our year-end stock count done?", Quick},
		{"en", "Have you done the VAT return yet?", Quick},
		{"nl", "Is de aangifte al verstuurd?", Quick},
		// One word read as two paid acts counts once: checking whether a
		// return was filed stays a status.
		{"nl", "Kunnen jullie controleren of de aangifte loonheffing over november al is ingediend?", Quick},
	})
}

// TestKindPriceOfHavingDone: the price of having a job done is the
// firm's price, a fact (quick); what a thing will cost the client in tax
// is worked out (paid).
func TestKindPriceOfHavingDone(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "How much does it cost to have the payroll done each month?", Quick},
		{"en", "How much would it cost to get the chimney swept and lined?", Quick},
		{"en", "Roughly how much does it cost to have a will drawn up?", Quick},
		{"en", "How much will it cost to get all three vans serviced?", Quick},
		{"en", "How much would it cost us to have the carpets cleaned every quarter?", Quick},
		// Guards: a cost worked out for the client.
		{"en", "How much would selling the shares cost us in capital gains tax?", Paid},
		{"en", "How much will gifting the cottage to my daughter cost me in inheritance tax?", Paid},
		{"en", "Can you work out how much the new pension rules will cost us each year?", Paid},
	})
}
