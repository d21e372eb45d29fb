package triage

import "testing"

// TestKindShapes: the quick-vs-paid rules the kinds1 set showed missing,
// each a general rule with sentences written for it (none is taken from a
// labelled set), with rows where the rule must not fire.
func TestKindShapes(t *testing.T) {
	t.Run("work named in a relative clause is not asked for", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"the network you set up", "What's the password for the guest network you set up last spring?",
				[]string{"quick: What's the password for the guest network you set up last spring?"}},
			{"the summary we prepared", "Where is the summary we prepared for the bank kept?",
				[]string{"quick: Where is the summary we prepared for the bank kept?"}},
			{"that you drafted", "Which version of the lease that you drafted did the tenant sign?",
				[]string{"quick: Which version of the lease that you drafted did the tenant sign?"}},
			{"a request for the same work still asks", "Can you set up a guest network for the shop?",
				[]string{"paid: Can you set up a guest network for the shop?"}},
			{"a condition is not a relative", "If we set up a second company, would you prepare its accounts too?",
				[]string{"paid: If we set up a second company, would you prepare its accounts too?"}},
			{"a question word is not a noun", "What should we prepare before the audit starts?",
				[]string{"paid: What should we prepare before the audit starts?"}},
			{"a verb taking a clause is not a noun", "Please make sure you review the deposit terms and send me your comments.",
				[]string{"paid: Please make sure you review the deposit terms and send me your comments."}},
		})
	})
	t.Run("what a rule allows is research whoever would act", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"do I need to, under the rules", "Do I need to register for the scheme under the rules for seasonal traders?",
				[]string{"paid: Do I need to register for the scheme under the rules for seasonal traders?"}},
			{"can we claim, with an eligibility word", "Can we claim the grant if we are eligible as a social enterprise?",
				[]string{"paid: Can we claim the grant if we are eligible as a social enterprise?"}},
			{"are we allowed to deduct", "Are we allowed to deduct the cost of the staff gym membership?",
				[]string{"paid: Are we allowed to deduct the cost of the staff gym membership?"}},
			{"a plain do-I-need-to stays quick", "Do I need to sign both copies?",
				[]string{"quick: Do I need to sign both copies?"}},
			{"a plain can-we stays quick", "Can we move Thursday's meeting to 3pm?",
				[]string{"quick: Can we move Thursday's meeting to 3pm?"}},
		})
	})
	t.Run("asking to be told what a rule allows is research", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"tell me whether allowed", "Could you tell me whether we are allowed to reclaim the import duty on the returned goods?",
				[]string{"paid: Could you tell me whether we are allowed to reclaim the import duty on the returned goods?"}},
			{"advise us if eligible", "Can you advise us if the charity is eligible for the rates discount?",
				[]string{"paid: Can you advise us if the charity is eligible for the rates discount?"}},
			{"tell me whether something arrived is a status", "Can you tell me whether the parcel from the printers arrived?",
				[]string{"quick: Can you tell me whether the parcel from the printers arrived?"}},
			{"whether the rules changed is news", "Could you tell me if the rules on mileage claims have changed since April?",
				[]string{"quick: Could you tell me if the rules on mileage claims have changed since April?"}},
		})
	})
	t.Run("a ceiling the rules set is a calculation", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"how much can I put in", "How much can I put into my pension this year before the tax relief runs out?",
				[]string{"paid: How much can I put into my pension this year before the tax relief runs out?"}},
			{"how much could we gift", "How much could we give the kids each year without it counting for inheritance tax?",
				[]string{"paid: How much could we give the kids each year without it counting for inheritance tax?"}},
			{"a known amount stays quick", "How much is the next payment on account?",
				[]string{"quick: How much is the next payment on account?"}},
			{"the firm's price stays quick", "How much do you charge for a confirmation statement?",
				[]string{"quick: How much do you charge for a confirmation statement?"}},
		})
	})
	t.Run("one-step admin verbs lean quick", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"reserve stock", "Could you reserve six of the walnut stools for us until Tuesday?",
				[]string{"quick: Could you reserve six of the walnut stools for us until Tuesday?"}},
			{"reset a password", "Can you reset my password for the expenses app?",
				[]string{"quick: Can you reset my password for the expenses app?"}},
			{"cancel a booking", "Please cancel the courier pick-up for Friday.",
				[]string{"quick: Please cancel the courier pick-up for Friday."}},
			{"resend an invoice", "Could someone resend the October invoice?",
				[]string{"quick: Could someone resend the October invoice?"}},
			{"named work still wins", "Could you reset the router settings to fix the slow network?",
				[]string{"paid: Could you reset the router settings to fix the slow network?"}},
		})
	})
	t.Run("changing one field of a record is admin", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"update an address", "Could you update the delivery address on our account?",
				[]string{"quick: Could you update the delivery address on our account?"}},
			{"change an email", "Please change the email we use for invoices to the new one.",
				[]string{"quick: Please change the email we use for invoices to the new one."}},
			{"correct a spelling", "Can you correct the spelling of my surname on the certificate?",
				[]string{"quick: Can you correct the spelling of my surname on the certificate?"}},
			{"updating a document stays paid", "Could you update the cash flow forecast with the new rent?",
				[]string{"paid: Could you update the cash flow forecast with the new rent?"}},
		})
	})
	t.Run("asking the firm to think it through is advice work", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"have a think", "Could you have a think about whether we should lease or buy the new van?",
				[]string{"paid: Could you have a think about whether we should lease or buy the new van?"}},
			{"give some thought", "Can you give some thought to how we price the winter workshops?",
				[]string{"paid: Can you give some thought to how we price the winter workshops?"}},
			{"weigh up", "Please weigh up the two pension providers for us.",
				[]string{"paid: Please weigh up the two pension providers for us."}},
		})
	})
	t.Run("made to the client's requirements is paid", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"a custom quote", "Could you send us a custom quote for engraved trophies in our club colours?",
				[]string{"paid: Could you send us a custom quote for engraved trophies in our club colours?"}},
			{"bespoke shelving", "We'd like a bespoke shelf unit for the alcove in the reception.",
				[]string{"paid: We'd like a bespoke shelf unit for the alcove in the reception."}},
			{"resending a bespoke document stays quick", "Could you resend the bespoke spec you sent in May?",
				[]string{"quick: Could you resend the bespoke spec you sent in May?"}},
			{"a stock price stays quick", "What's the price of the standard trophy in gold?",
				[]string{"quick: What's the price of the standard trophy in gold?"}},
		})
	})
	t.Run("a survey of a site is paid", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"a survey of the roof", "Can you arrange a survey of the warehouse roof before we sign?",
				[]string{"paid: Can you arrange a survey of the warehouse roof before we sign?"}},
			{"when the surveyor comes is a date", "When is the survey booked for?",
				[]string{"quick: When is the survey booked for?"}},
		})
	})
	t.Run("new written deliverables", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"a short note", "Could you explain the new pension rules in a short note for our staff?",
				[]string{"paid: Could you explain the new pension rules in a short note for our staff?"}},
			{"a spec", "Please write us a spec for the new booking system.",
				[]string{"paid: Please write us a spec for the new booking system."}},
			{"explaining one thing stays quick", "Could you explain what the second line on the invoice is?",
				[]string{"quick: Could you explain what the second line on the invoice is?"}},
		})
	})
	t.Run("asking what the firm needs is no request for work", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"will you need", "Will you need the old keys back?",
				[]string{"quick: Will you need the old keys back?"}},
			{"would you prefer", "Would you prefer the receipts scanned or posted?",
				[]string{"quick: Would you prefer the receipts scanned or posted?"}},
		})
	})
	t.Run("a check of whether the client may or must do something is research", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"check if we can", "Could you check whether we can still claim the marriage allowance?",
				[]string{"paid: Could you check whether we can still claim the marriage allowance?"}},
			{"advise whether I need to", "Please advise whether I need to pay tax on the prize money.",
				[]string{"paid: Please advise whether I need to pay tax on the prize money."}},
			{"let me know if we need is a question for an answer", "Let me know if we need to bring anything on Friday.",
				[]string{"quick: Let me know if we need to bring anything on Friday."}},
			{"whether the firm can is availability", "Could you check whether you can come in on Monday instead?",
				[]string{"quick: Could you check whether you can come in on Monday instead?"}},
		})
	})
	t.Run("what a document is to say is not a question", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"a letter confirming", "We need a reference letter confirming our trading history.",
				[]string{"paid: We need a reference letter confirming our trading history."}},
			{"in writing", "Can you set out in writing what we agreed about the fee?",
				[]string{"paid: Can you set out in writing what we agreed about the fee?"}},
			{"confirming in writing stays quick", "Could you confirm that in writing?",
				[]string{"quick: Could you confirm that in writing?"}},
			{"a plain confirm stays quick", "Could you confirm the time of the meeting?",
				[]string{"quick: Could you confirm the time of the meeting?"}},
		})
	})
	t.Run("needing to know asks for an answer", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"I need to know", "I need to know when the direct debit will be taken.",
				[]string{"quick: I need to know when the direct debit will be taken."}},
			{"we need to know", "We need to know the name of the new contact at the bank.",
				[]string{"quick: We need to know the name of the new contact at the bank."}},
		})
	})
	t.Run("finding or returning a document is one step", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"dig out", "Could you dig out the 2019 lease from your records?",
				[]string{"quick: Could you dig out the 2019 lease from your records?"}},
			{"a look in the files", "Can you have a look in your files for our incorporation certificate?",
				[]string{"quick: Can you have a look in your files for our incorporation certificate?"}},
			{"a look at a document stays a review", "Can you have a look at our cash flow forecast?",
				[]string{"paid: Can you have a look at our cash flow forecast?"}},
			{"post back", "Please post the signed forms back to us.",
				[]string{"quick: Please post the signed forms back to us."}},
		})
	})
	t.Run("draft before a number is the verb", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"draft 3 emails", "Could you draft 3 emails for the spring mailing?",
				[]string{"paid: Could you draft 3 emails for the spring mailing?"}},
			{"the draft is a noun", "Can you send me the draft again?",
				[]string{"quick: Can you send me the draft again?"}},
		})
	})
	t.Run("rules named by subject and tax obligations are research", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"the X rules", "Can we treat the van as a pool car under the benefit-in-kind rules?",
				[]string{"paid: Can we treat the van as a pool car under the benefit-in-kind rules?"}},
			{"need to charge VAT", "Do I need to charge VAT on the workshops I run in Spain?",
				[]string{"paid: Do I need to charge VAT on the workshops I run in Spain?"}},
			{"have to pay tax on", "Will I have to pay tax on the money my aunt left me?",
				[]string{"paid: Will I have to pay tax on the money my aunt left me?"}},
			{"whether VAT was charged is a fact", "Did you charge VAT on your last invoice?",
				[]string{"quick: Did you charge VAT on your last invoice?"}},
			{"paying a bill is no rule question", "Do we need to pay the VAT bill by Friday?",
				[]string{"quick: Do we need to pay the VAT bill by Friday?"}},
		})
	})
	t.Run("noting a detail down is one step", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"make a note of", "Could you make a note of our new office address?",
				[]string{"quick: Could you make a note of our new office address?"}},
			{"note down", "Could you note down that Sam is our new contact for payroll?",
				[]string{"quick: Could you note down that Sam is our new contact for payroll?"}},
		})
	})
	t.Run("moving a meeting and delivery of goods are quick", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"swap a call", "Could you swap our Monday call to Thursday morning?",
				[]string{"quick: Could you swap our Monday call to Thursday morning?"}},
			{"shift a meeting", "Can you shift the review meeting back an hour?",
				[]string{"quick: Can you shift the review meeting back an hour?"}},
			{"delivery to a town", "Can you do free delivery to Norwich on orders over £200?",
				[]string{"quick: Can you do free delivery to Norwich on orders over £200?"}},
			{"deliver on a day", "Could you deliver on the Friday before the bank holiday?",
				[]string{"quick: Could you deliver on the Friday before the bank holiday?"}},
			{"a delivery schedule to plan stays paid", "Could you plan the delivery schedule for all 40 stores for next year?",
				[]string{"paid: Could you plan the delivery schedule for all 40 stores for next year?"}},
		})
	})
	t.Run("work in a clause about a person is not asked for", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"who did", "What was the name of the auditor who did our stock count?",
				[]string{"quick: What was the name of the auditor who did our stock count?"}},
			{"who prepared", "Is the person who prepared our payroll last year still with you?",
				[]string{"quick: Is the person who prepared our payroll last year still with you?"}},
			{"a request for the work still asks", "Could you prepare our payroll for March?",
				[]string{"paid: Could you prepare our payroll for March?"}},
		})
	})
	t.Run("write one confirming is writing", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"write one confirming", "The nursery needs proof of income, could you write one confirming my salary?",
				[]string{"paid: The nursery needs proof of income, could you write one confirming my salary?"}},
			{"write 2 emails", "Could you write 2 emails for the launch?",
				[]string{"paid: Could you write 2 emails for the launch?"}},
		})
	})
	t.Run("help with a job, help to find a thing, getting a thing ready", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"help us with", "Could you help us with the funding application for the new kiln?",
				[]string{"paid: Could you help us with the funding application for the new kiln?"}},
			{"help me find", "Can you help me find the payslips section in the app?",
				[]string{"quick: Can you help me find the payslips section in the app?"}},
			{"get ready", "Can you get the exhibition stand ready for the trade fair?",
				[]string{"paid: Can you get the exhibition stand ready for the trade fair?"}},
			{"is it ready stays a status", "Is the exhibition stand ready for the trade fair?",
				[]string{"quick: Is the exhibition stand ready for the trade fair?"}},
		})
	})
	t.Run("planning for tax is advice, passing a message on is one step", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"tax efficient", "What's the most tax efficient way to pay ourselves from the partnership?",
				[]string{"paid: What's the most tax efficient way to pay ourselves from the partnership?"}},
			{"how should we structure", "Could you tell me how we should structure the share options for the two managers?",
				[]string{"paid: Could you tell me how we should structure the share options for the two managers?"}},
			{"pass on", "Could you pass this message on to your payroll team?",
				[]string{"quick: Could you pass this message on to your payroll team?"}},
			{"pass my", "Can you pass my apologies to Ravi for missing the meeting?",
				[]string{"quick: Can you pass my apologies to Ravi for missing the meeting?"}},
		})
	})
	t.Run("work verbs the other languages lacked", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"de: bei … unterstützen", "Können Sie mich bei der Umstellung auf die neue Kasse unterstützen?",
				[]string{"paid: Können Sie mich bei der Umstellung auf die neue Kasse unterstützen?"}},
			{"es: hacernos", "¿Podrías hacernos las nóminas de los dos nuevos empleados?",
				[]string{"paid: ¿Podrías hacernos las nóminas de los dos nuevos empleados?"}},
			{"nl: vernieuwen", "Kunnen jullie ons logo vernieuwen voor de nieuwe winkel?",
				[]string{"paid: Kunnen jullie ons logo vernieuwen voor de nieuwe winkel?"}},
			{"nl: ontwerpen", "Kun je een nieuwe folder ontwerpen voor de markt?",
				[]string{"paid: Kun je een nieuwe folder ontwerpen voor de markt?"}},
			{"es: a time stays quick", "¿A qué hora nos vemos el martes?",
				[]string{"quick: ¿A qué hora nos vemos el martes?"}},
		})
	})
}
