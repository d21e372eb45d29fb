package triage

import "testing"

// The shapes of dev12's misses, each with sentences written for the rule
// (none taken from a labelled set) and guards where it must not fire.

// TestTellingVerbWhClause: a verb that takes the reader as its object and
// a wh-clause after it ("remind me what time…", "email us which day…")
// asks one question; the wh-word after the pronoun opens no ask of its
// own. Another thing between the pronoun and the wh-word still lets a
// run-on's second question open there.
func TestTellingVerbWhClause(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"remind me what time", "Could you remind me what time the site meeting starts?",
			[]string{"quick: Could you remind me what time the site meeting starts?"}},
		{"please remind me what day", "Could you please remind me what day the bins go out?",
			[]string{"quick: Could you please remind me what day the bins go out?"}},
		{"email me which day", "Can you email me which day the inspector is coming?",
			[]string{"quick: Can you email me which day the inspector is coming?"}},
		{"text us what date, no mark", "would you text us what date the van is booked for",
			[]string{"quick: would you text us what date the van is booked for"}},
		{"advise us what date", "Could you advise us what date the payment is due?",
			[]string{"quick: Could you advise us what date the payment is due?"}},
		{"remind us where", "Can you remind us where the spare keys are kept?",
			[]string{"quick: Can you remind us where the spare keys are kept?"}},
		// Guards: a thing after the pronoun, then a question of its own.
		{"guard: a thing then a question", "can you send me the invoice what time is the call tomorrow",
			[]string{"quick: can you send me the invoice", "quick: what time is the call tomorrow"}},
		{"guard: remind me a thing then a question", "hi can you remind me the password for the portal what time is the call tomorrow",
			[]string{"quick: can you remind me the password for the portal", "quick: what time is the call tomorrow"}},
	})
}

// TestNeedContactFact: needing who someone is or how to reach them ("I
// need the name of…", "we need their email address") asks for a fact the
// firm has to hand, quick; needing a thing made from names or contacts,
// or a name invented, is work.
func TestNeedContactFact(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "I need the name of the person who handles our payroll.", Quick},
		{"en", "I need the phone number of your colleague in the Leeds office.", Quick},
		{"en", "we need their email address so we can invite them", Quick},
		{"en", "I need contact details for the new landlord.", Quick},
		{"en", "We need the mobile number for the site manager before Monday.", Quick},
		{"en", "I need the names of the two people who signed the minutes.", Quick},
		// Guards: work with names, a name to invent, a contact page to build.
		{"en", "I need the name on the lease changed and the whole lease redrafted.", Paid},
		{"en", "I need a name for our new product line, something catchy.", Paid},
		{"en", "I need the names of all our suppliers put into a spreadsheet with their payment terms.", Paid},
		{"en", "I need the contact page on the website rebuilt with a booking form.", Paid},
		{"en", "We need the address of every property we own listed in a schedule with its rental income.", Paid},
	})
}

// TestAdviceOnAThing: asking for the firm's view of a thing ("give us
// your advice on the clause", "advise me on the offer") asks it to study
// that thing, paid; after a request for a fact joined by "and" it is a
// second ask, while a view of what the first job looked at ("review the
// lease and give me your thoughts on it") is that job's result.
func TestAdviceOnAThing(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"your advice on", "Could you give us your advice on the break clause?",
			[]string{"paid: Could you give us your advice on the break clause?"}},
		{"your views on", "Can you give me your views on the new supplier contract?",
			[]string{"paid: Can you give me your views on the new supplier contract?"}},
		{"advise us on", "Could you advise us on the break clause in the lease?",
			[]string{"paid: Could you advise us on the break clause in the lease?"}},
		{"after a fact: let me know … and give me your views", "Could you let me know when you're back in the office and give me your views on the planning conditions?",
			[]string{"quick: Could you let me know when you're back in the office", "paid: give me your views on the planning conditions?"}},
		{"after a fact: confirm … and give us your opinion", "Can you confirm you received the contract and give us your opinion on the termination clause?",
			[]string{"quick: Can you confirm you received the contract", "paid: give us your opinion on the termination clause?"}},
		{"after a fact: tell me … and advise us on", "Please tell me if the meeting is still on and advise us on the new tenancy agreement.",
			[]string{"quick: Please tell me if the meeting is still on", "paid: advise us on the new tenancy agreement."}},
		// Guards: the view delivers the first job's result; a call is no view.
		{"guard: thoughts on it", "Can you review the lease and give me your thoughts on it?",
			[]string{"paid: Can you review the lease and give me your thoughts on it?"}},
		{"guard: comments on them", "Could you check the drawings and give us your comments on them?",
			[]string{"paid: Could you check the drawings and give us your comments on them?"}},
		{"guard: give me a call", "Can you send me the invoice and give me a call on Monday?",
			[]string{"quick: Can you send me the invoice and give me a call on Monday?"}},
	})
}
