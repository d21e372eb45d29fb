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
