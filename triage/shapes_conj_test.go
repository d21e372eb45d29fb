package triage

import "testing"

// TestJoinedAsks: sentences that join two requests with "and", a comma or
// "or", written for the rules of shapes_conj.go (none taken from a set).
// Two asks only when they clearly ask for different things: two quick
// jobs of their own, a job that makes something and a fact that does not
// point back at it, a fact and a thing sent. One ask when the second verb
// shares the object, delivers or reports the first job's result, or is
// what a visit is for; "or" joins alternatives of one ask.
func TestJoinedAsks(t *testing.T) {
	t.Run("two asks", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"two quick jobs on different things", "Could you send over the renewal invoice and update our postal address on your records?", []string{"Could you send over the renewal invoice", "update our postal address on your records?"}},
			{"two quick jobs, the second with its own object", "Can you resend the login details and update the phone number you hold for us?", []string{"Can you resend the login details", "update the phone number you hold for us?"}},
			{"a fact, then a thing sent: nothing to deliver after a fact", "Can you confirm the meeting time and send me the dial-in link?", []string{"Can you confirm the meeting time", "send me the dial-in link?"}},
			{"a fact, then a document sent", "Could you tell me what your hourly rate is and send me the engagement letter?", []string{"Could you tell me what your hourly rate is", "send me the engagement letter?"}},
			{"a drafted letter, then an unrelated fact", "Can you draft the disciplinary letter for me and tell me what notice period applies?", []string{"Can you draft the disciplinary letter for me", "tell me what notice period applies?"}},
			{"a written advert, then an unrelated fact", "Can you write the job advert and tell me how long the listing usually stays up?", []string{"Can you write the job advert", "tell me how long the listing usually stays up?"}},
			{"a fact and a paid job with also", "Can you confirm the deadline for the payroll return and also prepare the year-end forms?", []string{"Can you confirm the deadline for the payroll return", "also prepare the year-end forms?"}},
			{"three quick jobs in a comma list", "Can you resend the login, update our phone number and change the contact email to mine?", []string{"Can you resend the login", "update our phone number", "change the contact email to mine?"}},
			{"a visit, then a question of its own", "Can someone come out and have a look at the boiler, and could you send me the last service report?", []string{"Can someone come out and have a look at the boiler", "and could you send me the last service report?"}},
			{"a newsletter written, then an unrelated fact", "Could you write the newsletter and let me know what time the call is on Thursday?", []string{"Could you write the newsletter", "let me know what time the call is on Thursday?"}},
			{"a return prepared, then an unrelated fact", "Can you prepare the VAT return and tell me whether your office is open on Saturday?", []string{"Can you prepare the VAT return", "tell me whether your office is open on Saturday?"}},
			{"run-on: two quick jobs", "hi jo can u send me the invoice and update our address pls", []string{"can u send me the invoice", "update our address pls"}},
			{"run-on: a payslip and a phone number", "hey can you resend my p60 and change my phone number to the new one thanks", []string{"can you resend my p60", "change my phone number to the new one"}},
			{"a fact, then a paid job", "Could you confirm our VAT number and prepare the quarterly return?", []string{"Could you confirm our VAT number", "prepare the quarterly return?"}},
			{"a fee asked, then a reply drafted", "Can you let me know your fees for next year and draft a reply to the tax office?", []string{"Can you let me know your fees for next year", "draft a reply to the tax office?"}},
			{"a call booked, then a forecast", "Can you book a call for Thursday and prepare a cash flow forecast for the bank?", []string{"Can you book a call for Thursday", "prepare a cash flow forecast for the bank?"}},
			{"a redesign, then an unrelated fact", "Could you redesign the homepage and tell me what time your office opens on Monday?", []string{"Could you redesign the homepage", "tell me what time your office opens on Monday?"}},
			{"pls asks the firm like please", "pls send me the login and sort out the duplicate entries in the ledger", []string{"pls send me the login", "sort out the duplicate entries in the ledger"}},
			{"three quick jobs, the last without a clear signal of its own", "Could you resend the invoice, confirm the meeting time and book the room for Friday?", []string{"Could you resend the invoice", "confirm the meeting time", "book the room for Friday?"}},
			{"a fact, then details sent", "Can you tell me when the invoice is due and send me the bank details?", []string{"Can you tell me when the invoice is due", "send me the bank details?"}},
			{"a question, then a request put as a question after a comma", "Is that even legal, can you write to the landlord for me", []string{"Is that even legal", "can you write to the landlord for me"}},
			{"a wh-question, then could you after a comma", "What do I owe for March, could you send me a statement?", []string{"What do I owe for March", "could you send me a statement?"}},
			{"a fact, then a wish that asks for a job", "I'd like to know when the survey will be ready, and it would really help if you could send the invoice to my work address.", []string{"I'd like to know when the survey will be ready", "it would really help if you could send the invoice to my work address."}},
			{"a job, then a grateful wish for something else", "Can you tell me the filing deadline, and I'd be grateful if you could check the payroll figures.", []string{"Can you tell me the filing deadline", "I'd be grateful if you could check the payroll figures."}},
			{"a job, then an appreciated wish for a copy", "Can you prepare the accounts, and I'd appreciate it if you could send me a copy of the draft first.", []string{"Can you prepare the accounts", "I'd appreciate it if you could send me a copy of the draft first."}},
			{"a list of three jobs of their own, one paid", "Can you send me the payroll report, redesign the company website and tell me what time the office opens on Monday?", []string{"Can you send me the payroll report", "redesign the company website", "tell me what time the office opens on Monday?"}},
			{"a list of three jobs of their own, the last a status asked", "Could you forward me the insurance renewal, redesign our booking form and let me know when the new card reader is fixed?", []string{"Could you forward me the insurance renewal", "redesign our booking form", "let me know when the new card reader is fixed?"}},
			{"run-on: a yes/no question, then what to do", "is that even legal what can i do to stop it", []string{"is that even legal", "what can i do to stop it"}},
			{"run-on: whether covered, then what to do if not", "is the van still covered by the insurance what do i do if it breaks down", []string{"is the van still covered by the insurance", "what do i do if it breaks down"}},
		})
	})
	t.Run("a wh-clause that is the object of the question stays with it", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"tell me what we can do", "can you tell me what we can do about the late fee", []string{"can you tell me what we can do about the late fee"}},
			{"know what i should send", "do you know what i should send for the mortgage", []string{"do you know what i should send for the mortgage"}},
		})
	})
	t.Run("a list of jobs on one thing, or of one kind, stays one", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"the first job's object points back", "Please set it up, bring over the transactions and show my wife how the app works.", []string{"Please set it up, bring over the transactions and show my wife how the app works."}},
			{"a later job's object points back", "Can you review the lease, draft a reply and send it to the agent?", []string{"Can you review the lease, draft a reply and send it to the agent?"}},
			{"three paid jobs", "Could you prepare the accounts, file the return and pay the tax bill?", []string{"Could you prepare the accounts, file the return and pay the tax bill?"}},
		})
	})
	t.Run("anything more needed after a receipt check is the same hand-over", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"got it, and anything else needed", "Have you received the signed lease, and do you need anything further from us?", []string{"Have you received the signed lease, and do you need anything further from us?"}},
			{"got it, and is there anything more", "Did you get the mileage log I posted, and is there anything more you need for the return?", []string{"Did you get the mileage log I posted, and is there anything more you need for the return?"}},
			{"after a fact asked, anything else is its own ask", "Can you confirm the payroll date, and is there anything else you need from me?", []string{"Can you confirm the payroll date", "and is there anything else you need from me?"}},
			{"after a receipt check, another question is its own ask", "Did you get my email, and when is the next meeting?", []string{"Did you get my email", "and when is the next meeting?"}},
		})
	})
	t.Run("a lead before a comma, or a wish about the same job, stays one", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a condition before can you", "If you get a minute, can you send me the form?", []string{"If you get a minute, can you send me the form?"}},
			{"thanks before could you", "Thanks for the update, could you send me the revised plan?", []string{"Thanks for the update, could you send me the revised plan?"}},
			{"an apology before can u", "Sorry to chase, can u send the invoice again", []string{"Sorry to chase, can u send the invoice again"}},
			{"a wish for a date on the same job", "Could you check the lease, and it would help if it were done by Friday.", []string{"Could you check the lease, and it would help if it were done by Friday."}},
			{"a wish whose object points back", "Could you look at the gutters, and it would help if you could do it before the rain.", []string{"Could you look at the gutters, and it would help if you could do it before the rain."}},
		})
	})
	t.Run("a visit and the job it is for", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a visit and what it is for", "Can someone come out and have a look at the boiler this week?", []string{"Can someone come out and have a look at the boiler this week?"}},
			{"come round and do a job", "Could someone come round and do a survey of the loft next week?", []string{"Could someone come round and do a survey of the loft next week?"}},
			{"pop in and have a word", "Can you pop in and have a chat with the new manager about the alarm codes?", []string{"Can you pop in and have a chat with the new manager about the alarm codes?"}},
			{"pop round and fix", "Could you pop round and fix the gate latch on Friday?", []string{"Could you pop round and fix the gate latch on Friday?"}},
			{"remote in and sort", "Could you remote in and sort out the printer queue?", []string{"Could you remote in and sort out the printer queue?"}},
			{"try and get it working", "Can you try and get the scanner working again before Monday?", []string{"Can you try and get the scanner working again before Monday?"}},
			{"come over and replace", "Could an engineer come over and replace the cracked panel?", []string{"Could an engineer come over and replace the cracked panel?"}},
			{"run-on: a visit and its job", "hi can someone come out and have a look at the printer its jamming again", []string{"can someone come out and have a look at the printer its jamming again"}},
			{"go ahead and prepare", "Please go ahead and prepare the quarterly accounts.", []string{"Please go ahead and prepare the quarterly accounts."}},
		})
	})
	t.Run("one job: shared object or its result", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"two verbs sharing one object", "Can you check and sign the consent form?", []string{"Can you check and sign the consent form?"}},
			{"the second verb returns the same thing", "Could you review the tenancy agreement and send it back to us?", []string{"Could you review the tenancy agreement and send it back to us?"}},
			{"the second verb files the same thing", "Can you sort out the receipts and file them with the return?", []string{"Can you sort out the receipts and file them with the return?"}},
			{"review, then the review's finding (draft is a noun here)", "Please review the draft lease and tell me whether the break clause works for us.", []string{"Please review the draft lease and tell me whether the break clause works for us."}},
			{"look through, then what was found", "Could you look through the statements and let me know if anything is missing?", []string{"Could you look through the statements and let me know if anything is missing?"}},
			{"prepare and file it", "Can you prepare the payroll journal and file it before Friday?", []string{"Can you prepare the payroll journal and file it before Friday?"}},
			{"prepared accounts, then what they show once done", "Please prepare the annual accounts and tell me what we owe once they're done.", []string{"Please prepare the annual accounts and tell me what we owe once they're done."}},
			{"draft and send it", "Could you draft the letter and send it to me for approval?", []string{"Could you draft the letter and send it to me for approval?"}},
			{"work out, then its figure", "Can you work out the mileage claim and tell me how much I can reclaim?", []string{"Can you work out the mileage claim and tell me how much I can reclaim?"}},
			{"write and upload them", "Please write the product descriptions and upload them to the shop.", []string{"Please write the product descriptions and upload them to the shop."}},
			{"go through and flag", "Can you go through the invoices and flag any that look wrong?", []string{"Can you go through the invoices and flag any that look wrong?"}},
			{"check, then comments sent to the client", "Could you check the quote and send me your comments?", []string{"Could you check the quote and send me your comments?"}},
			{"fix, then word when it is done", "Could you fix the broken links and tell me when it's done?", []string{"Could you fix the broken links and tell me when it's done?"}},
			{"calculate, then what it does", "Can you calculate the bonus and let me know what it does to her net pay?", []string{"Can you calculate the bonus and let me know what it does to her net pay?"}},
			{"design and print copies of it", "Can you design the flyer and print two hundred copies?", []string{"Can you design the flyer and print two hundred copies?"}},
			{"update, then the result", "Please update the asset register and tell me the result.", []string{"Please update the asset register and tell me the result."}},
			{"compare, then which is cheaper", "Can you compare the two leases and tell me which one is cheaper?", []string{"Can you compare the two leases and tell me which one is cheaper?"}},
			{"update and send it over", "Could you update the spreadsheet and send it over?", []string{"Could you update the spreadsheet and send it over?"}},
			{"email someone to ask for a thing", "Could you email the landlord and ask him for the deposit certificate?", []string{"Could you email the landlord and ask him for the deposit certificate?"}},
			{"a draft, then word when it is ready (points back)", "Could you draft the contract and let me know when it's ready to sign?", []string{"Could you draft the contract and let me know when it's ready to sign?"}},
			{"prepare, then the outcome", "Can you prepare the VAT return and tell me the outcome?", []string{"Can you prepare the VAT return and tell me the outcome?"}},
			{"redo and send them", "Could you redo the payslips and send them to me?", []string{"Could you redo the payslips and send them to me?"}},
		})
	})
	t.Run("two paid jobs joined by a plain and stay one", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"two paid jobs on one set of books", "Could you catch up the ledger for the spring and reconcile the savings account?", []string{"Could you catch up the ledger for the spring and reconcile the savings account?"}},
			{"a paid series is one piece of work", "Could you set up the new starter, order her a laptop and add her to payroll?", []string{"Could you set up the new starter, order her a laptop and add her to payroll?"}},
		})
	})
	t.Run("or joins alternatives of one ask", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"or joins two ways of getting one thing", "Can you send me the form or should I download it from the portal?", []string{"Can you send me the form or should I download it from the portal?"}},
			{"or joins alternatives the client weighs", "Should we renew the licence now or wait until the price drops?", []string{"Should we renew the licence now or wait until the price drops?"}},
			{"or joins two ways of answering", "Could you call me tomorrow or send an email with the figures?", []string{"Could you call me tomorrow or send an email with the figures?"}},
		})
	})
	t.Run("other languages keep a visit and its job together", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"de: vorbeikommen und", "Könnten Sie vorbeikommen und den Drucker reparieren?", []string{"Könnten Sie vorbeikommen und den Drucker reparieren?"}},
			{"es: venir y", "¿Podrías venir y revisar la caldera esta semana?", []string{"¿Podrías venir y revisar la caldera esta semana?"}},
			{"fr: passer et", "Pourriez-vous passer et regarder la chaudière demain ?", []string{"Pourriez-vous passer et regarder la chaudière demain ?"}},
			{"it: passare e", "Potresti passare e controllare la caldaia domani?", []string{"Potresti passare e controllare la caldaia domani?"}},
			{"nl: langskomen en", "Kun je langskomen en de printer bekijken?", []string{"Kun je langskomen en de printer bekijken?"}},
		})
	})
}

// TestOneJobJoin: the "and" after a verb of coming (with or without its
// particle) joins the visit to its job, in each language with an entry;
// a question after the "and" is not the visit's job.
func TestOneJobJoin(t *testing.T) {
	tests := []struct {
		words string
		k     int
		want  bool
	}{
		{"can someone come out and look at it", 4, true},
		{"could you pop round and fix it", 4, true},
		{"please try and sort it", 2, true},
		{"could you sit down and go through it", 4, true},
		{"können sie kommen und den drucker ansehen", 3, true},
		{"könnten sie vorbeikommen und es reparieren", 3, true},
		{"kun je langskomen en het bekijken", 3, true},
		{"pourriez-vous passer et regarder", 3, true},
		{"podrías venir y revisar la caldera", 2, true},
		{"potresti passare e controllare la caldaia", 2, true},
		{"pode vir e verificar a caldeira", 2, true},
		{"did the payment go out and could you check it", 4, false},
		{"can you come in and when would suit", 4, false},
		{"can you check the form and sign it", 4, false},
		{"can you send the invoice and update the address", 4, false},
		{"can you come out", 3, false},
	}
	for _, tt := range tests {
		if got := oneJobJoin(words(tt.words), tt.k); got != tt.want {
			t.Errorf("oneJobJoin(%q, %d) = %v, want %v", tt.words, tt.k, got, tt.want)
		}
	}
}

// TestAnswerWishesAreQuick: "I'd love to know whether…" asks for an
// answer like "I'd like to know…", and "let me know when the … is fixed"
// to be told that something is done: neither asks for the work.
func TestAnswerWishesAreQuick(t *testing.T) {
	e := New(DefaultConfig())
	for _, text := range []string{
		"I would love to know whether that is normal for a house this age.",
		"We'd love to know if the grant covers the new windows.",
		"Let me know when the new bank feed is fixed.",
		"Please let us know when the shop sign is repaired.",
		"Can you let me know when the card machines are installed?",
	} {
		qs := e.Questions(text)
		if len(qs) != 1 || qs[0].Kind != Quick {
			t.Errorf("Questions(%q) = %+v, want one quick ask", text, qs)
		}
	}
}

// TestModalBeGoesOn: "and may be …", "and can be …" after a relative
// clause go on with its subject; no second question opens there. A
// question with its own subject after "and" still splits.
func TestModalBeGoesOn(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"may be nervous", "Do you board cats that are elderly and may be on medication?",
			[]string{"quick: Do you board cats that are elderly and may be on medication?"}},
		{"can be posted", "Do you sell hampers that come ready wrapped and can be posted abroad?",
			[]string{"quick: Do you sell hampers that come ready wrapped and can be posted abroad?"}},
		{"will be delivered", "Have you got sofas that are in stock and will be delivered before Christmas?",
			[]string{"quick: Have you got sofas that are in stock and will be delivered before Christmas?"}},
		{"should be kept", "Do you take plants that are frost-tender and should be kept indoors?",
			[]string{"quick: Do you take plants that are frost-tender and should be kept indoors?"}},
		{"could be collected", "Are there any tables left that seat eight and could be collected on Friday?",
			[]string{"quick: Are there any tables left that seat eight and could be collected on Friday?"}},
		{"guard: a question with its own subject", "Is the hall free on Saturday, and can we set up at noon?",
			[]string{"quick: Is the hall free on Saturday", "quick: and can we set up at noon?"}},
	})
}
