package triage

import "testing"

// TestKindAdvice: asking what the client's options are, how a sum should
// be split, treated or valued, who is liable in law, or what a change
// would save is advice on the client's case (paid); a firm's own menu of
// options, how to hand something over and a plain fact stay quick.
func TestKindAdvice(t *testing.T) {
	runLangCases(t, []langCase{
		// The client's options.
		{"en", "What are our options now that the tenant has stopped paying?", Paid},
		{"en", "What are my options if the supplier goes into administration?", Paid},
		{"en", "What options do we have for spreading the cost of the audit fee?", Paid},
		{"en", "What can we do about the neighbour's extension blocking our light?", Paid},
		{"en", "What should I do about the overpayment HMRC keeps asking for?", Paid},
		// How a sum should be split, treated or valued.
		{"en", "How should we split the van costs between the two partners?", Paid},
		{"en", "How should we treat the deposit we took for next year's festival?", Paid},
		{"en", "How do we allocate the shared office costs between the three charities?", Paid},
		{"en", "How should I value the livestock at the year end?", Paid},
		{"en", "How best to apportion the rates between the shop and the flat?", Paid},
		// Liability in law.
		{"en", "Are we liable for the flooding our plumber caused next door?", Paid},
		{"en", "Would I be liable if a volunteer got hurt at the fete?", Paid},
		{"en", "Could we be liable for the previous owner's unpaid rates?", Paid},
		// What a change would save.
		{"en", "What would an air source heat pump save us a year?", Paid},
		{"en", "How much would switching to LED lighting save me on the electricity bill?", Paid},
		// Guards: a menu of options, handing something over, plain facts.
		{"en", "What are the payment options?", Quick},
		{"en", "What are the delivery options to France?", Quick},
		{"en", "How should I send you the signed forms?", Quick},
		{"en", "How do I share the folder with you?", Quick},
		{"en", "Are you free for a call on Thursday?", Quick},
	})
}

// TestKindTaxOwedAndGetMade: what the client will owe in a tax is worked
// out (paid), what it owes the firm is on file (quick); getting a thing
// made is making it, getting it sent one step.
func TestKindTaxOwedAndGetMade(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you let me know what our VAT bill will be for the spring quarter?", Paid},
		{"en", "What will we owe in inheritance tax on the cottage?", Paid},
		{"en", "Can you tell me how much tax I'll owe on the rental income?", Paid},
		{"en", "Any idea what my tax bill would be if I took the pension lump sum?", Paid},
		{"en", "Can you give me a rough idea of the duty we'll owe on the wine shipment?", Paid},
		{"en", "Could you get the menu redesigned for the summer opening?", Paid},
		{"en", "Can you get the welcome pack translated into Polish?", Paid},
		{"en", "Please get the safety manual rewritten for the new press.", Paid},
		{"en", "Could you get the petty cash reconciled before the audit?", Paid},
		{"en", "Can you get the brochure redone with the new photos?", Paid},
		// Guards: what is owed the firm or on an account; one step.
		{"en", "How much do I owe you for the last invoice?", Quick},
		{"en", "What do we owe on the account?", Quick},
		{"en", "When is the VAT bill due?", Quick},
		{"en", "Could you get the engineer to call me?", Quick},
	})
}

// TestKindIdentifierNeeded: an identifier asked for with "need" (a
// number, a reference, a postcode, a date) is one field read out; a
// document, figures or a letter needed stay work.
func TestKindIdentifierNeeded(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "I need your EORI number for the customs declaration.", Quick},
		{"en", "need the policy number asap", Quick},
		{"en", "We need the booking reference for the ferry.", Quick},
		{"en", "I need the IBAN for the deposit transfer please.", Quick},
		{"en", "Need the completion date so the removals can be booked.", Quick},
		// Guards: a document, figures, a letter.
		{"en", "We need a reference letter for the new landlord.", Paid},
		{"en", "I need the management accounts for the bank by Friday.", Paid},
		{"en", "We need a breakdown of the overtime by department.", Paid},
	})
}

// TestKindDayOffered: a day offered as the object of "do" ("can you do a
// Saturday?") asks for a slot; work done on a day stays work.
func TestKindDayOffered(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could your fitter do a Wednesday instead?", Quick},
		{"en", "can u do sat morning", Quick},
		{"en", "Can you do next Friday at 2?", Quick},
		{"en", "Would you be able to do this Thursday after lunch?", Quick},
		{"en", "Could the surveyor do a Monday?", Quick},
		// Guards: work done on a day.
		{"en", "Could you do the stock count on Saturday?", Paid},
		{"en", "Can you do a full valuation next Monday?", Paid},
		{"en", "Can you do the payroll run on Friday?", Paid},
	})
}
