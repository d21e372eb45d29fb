package triage

import (
	"strings"
	"testing"
)

// TestSets5Shapes: the shapes the dev5 and messy4 sets showed missing,
// each as a general rule with sentences written for it (none is taken
// from a set). The rows are about which asks are found and how they are
// quoted, not their kinds (classify.go and the weights decide those).
func TestSets5Shapes(t *testing.T) {
	t.Run("a line cut after an article goes on", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"short line ending in the", "Could you post me the\nreceipt for the van repair?",
				[]string{"Could you post me the receipt for the van repair?"}},
			{"short line ending in our", "Can you move our\nmeeting to Friday?",
				[]string{"Can you move our meeting to Friday?"}},
			{"a short line ending a clause stays apart", "Can you ring me?\nalso the alarm code changed",
				[]string{"Can you ring me?"}},
		})
	})
	t.Run("a list of wanted things", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"items without verbs under a line of need", "Still outstanding from your side:\n- the signed minutes of the AGM\n- a copy of the insurance renewal",
				[]string{"the signed minutes of the AGM", "a copy of the insurance renewal"}},
			{"waiting on", "Bits I'm waiting on from you:\n1. the new rota template\n2. the date of the fire drill",
				[]string{"the new rota template", "the date of the fire drill"}},
			{"a need without the firm named", "Things we need for the open day:\n- a price list\n- the banner artwork",
				[]string{"a price list", "the banner artwork"}},
			{"needs as a noun", "Our needs for next year:\n- more space\n- a second van", nil},
			{"pending things not the firm's ask nothing", "Outstanding invoices:\n- the March rent\n- the window cleaner", nil},
			{"a line that asks makes its items asks", "Could you advise on these please:\n- the mileage rate for electric vans\n- the deadline for the benefits forms",
				[]string{"the mileage rate for electric vans", "the deadline for the benefits forms"}},
			{"questions put as clauses under let me know", "Could you let me know:\n\n1. When the rent review is due\n2. Whether the deposit can be paid in two parts",
				[]string{"When the rent review is due", "Whether the deposit can be paid in two parts"}},
			{"clauses under a report ask nothing", "Here is how it went:\n- When the van arrived it was scratched\n- Whether it was the driver nobody knows", nil},
			{"a line naming questions", "Questions for our meeting:\n1. Pension cost for the new porter\n2. Can we pay the bonuses in December?",
				[]string{"Pension cost for the new porter", "Can we pay the bonuses in December?"}},
			{"the firm's questions answered ask nothing", "Answers to your questions:\n- the leased van\n- Unit 4 on Mill Road", nil},
			{"a list of done things asks nothing", "Things we sorted this week:\n- the new rota template\n- the fire drill", nil},
			{"the client's own need to act asks nothing", "Things we need to send you:\n- the new rota template\n- the meter readings", nil},
			{"what the firm needs asks nothing", "You'll need these for the visit:\n- the gate code\n- a parking permit", nil},
			{"statements in the list stay statements", "Still missing from you:\n- the bank letter\n- Logo files are in the shared drive",
				[]string{"the bank letter"}},
			{"the need is read in the line's last sentence", "We needed lots of help before the sale. Here's where we are:\n- the sign is up\n- the new price labels", nil},
		})
	})
	t.Run("not asks", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a wh-exclamation", "How lucky are we to have you!", nil},
			{"a wh-question with a question mark still asks", "How long will the audit take?",
				[]string{"How long will the audit take?"}},
			{"subject-less will", "will send the meter readings on sunday", nil},
			{"subject-less will do", "Will do the stock count after the sale.", nil},
			{"will you still asks", "will you send the meter readings on sunday",
				[]string{"will you send the meter readings on sunday"}},
			{"subject-less will with a question mark asks", "Will send the meter readings on sunday?",
				[]string{"Will send the meter readings on sunday?"}},
			{"a statement closed by ??", "the insurer says the premium doubles in march which is mad??", nil},
			{"a question closed by ?? still asks", "is the premium really doubling in march??",
				[]string{"is the premium really doubling in march??"}},
			{"who would have thought", "Who would have thought the shop would be this busy in January?", nil},
			{"a closing line", "Look forward to hearing from you.", nil},
			{"a conditional offer to talk", "Give me a ring if that's easier.", nil},
			{"a call asked for still asks", "Give me a ring tomorrow about the lease.",
				[]string{"Give me a ring tomorrow about the lease."}},
			{"looking forward", "Really looking forward to seeing the new shop!", nil},
			{"an ask after a closing lead still asks", "Looking forward to the designs - can you send them by Friday?",
				[]string{"Looking forward to the designs - can you send them by Friday?"}},
			{"presumed news", "You'll have heard about the change to the mileage rate?", nil},
			{"presumed news then an ask", "You've probably seen the new mileage rate. Does it change our claims?",
				[]string{"Does it change our claims?"}},
		})
	})
	t.Run("leads before the ask", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"an acknowledgement without punctuation", "sounds great could you pencil in tuesday at ten",
				[]string{"could you pencil in tuesday at ten"}},
			{"a hand-over lead", "See attached - could you tell me if this fine is genuine?",
				[]string{"could you tell me if this fine is genuine?"}},
			{"a request frame alone before a dash introduces the ask", "quick question - is the van insurance due this month",
				[]string{"is the van insurance due this month"}},
			{"in punctuated writing the frame stays with its ask", "Quick question \u2013 is the van insurance due this month?",
				[]string{"Quick question \u2013 is the van insurance due this month?"}},
			{"a wish then a request after a dash is one ask", "I'd like to get my head round the new pension rules - could you walk me through them?",
				[]string{"I'd like to get my head round the new pension rules - could you walk me through them?"}},
			{"a lowercase run-on with a dash is still split", "hey sam - can you send the rota also whats the code for the side gate",
				[]string{"can you send the rota", "whats the code for the side gate"}},
			{"a wh-question after a dash opener", "Last thing - when does the shop lease end",
				[]string{"Last thing - when does the shop lease end"}},
			{"after a comma a wh-word stays a relative clause", "We sent the rota on Monday, when the office was shut.", nil},
		})
	})
	t.Run("run-ons", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a need after also", "can you send the rota to the new cook and also we need a new till login for the weekend staff",
				[]string{"can you send the rota to the new cook", "we need a new till login for the weekend staff"}},
			{"need to is the client's own act", "the freezer broke again and we need to get someone out", nil},
			{"an elliptic condition", "is the rent on the unit still unpaid because if it is can you send the landlord a reminder",
				[]string{"is the rent on the unit still unpaid because", "if it is can you send the landlord a reminder"}},
			{"if you could … that would help after and", "when's the next payroll run and if you could add the two new porters that would help",
				[]string{"when's the next payroll run", "if you could add the two new porters that would help"}},
			{"a joiner before the second question is not quoted", "which forms are still missing and do you need them by friday",
				[]string{"which forms are still missing", "do you need them by friday"}},
			{"a contracted wh-word after a statement", "the insurers want our policy number whats that again and should i send them the lease too",
				[]string{"the insurers want our policy number whats that again", "should i send them the lease too"}},
			{"a contracted wh-word after an ask is its object", "the cleaners missed the kitchen can u check with the team whats going on",
				[]string{"can u check with the team whats going on"}},
			{"the client's question inside a run-on", "the new forklift cost 4000 can we claim all of it this year",
				[]string{"the new forklift cost 4000 can we claim all of it this year"}},
			{"a statement after the only ask", "can you send me the p60 for last year i cant find mine anywhere",
				[]string{"can you send me the p60 for last year"}},
			{"a statement after the first of two asks", "can you redo the rota for march we totally forgot the bank holiday also whats the cutoff for timesheets",
				[]string{"can you redo the rota for march", "whats the cutoff for timesheets"}},
			{"a clause the verb takes stays", "can you check with the bank whether we didnt pay the lease twice",
				[]string{"can you check with the bank whether we didnt pay the lease twice"}},
			{"do we after a subject is no question", "all the extra hours we do we never get paid for and the van needs a service", nil},
			{"can i before another auxiliary is no question", "the printer comes monday and as soon as i can i will send the forms over", nil},
		})
	})
	t.Run("indirect frames", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"wondered whether you'd", "I wondered whether you'd be able to redo the price list before the fair.",
				[]string{"I wondered whether you'd be able to redo the price list before the fair."}},
			{"wonder if you'd", "I wonder if you'd mind sending the minutes again.",
				[]string{"I wonder if you'd mind sending the minutes again."}},
			{"German verb-second need", "Für die Bank bräuchte ich bis Freitag eine Übersicht der Kredite.",
				[]string{"Für die Bank bräuchte ich bis Freitag eine Übersicht der Kredite."}},
			{"German verb-second wish", "Außerdem hätte ich gern einen Termin im Januar.",
				[]string{"Außerdem hätte ich gern einen Termin im Januar."}},
		})
	})
	t.Run("wanting or needing a thing without a request verb", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"I'm after", "I'm after the login details for the new pension portal.",
				[]string{"I'm after the login details for the new pension portal."}},
			{"appreciate your advice", "We would appreciate your advice on leasing the new forklift.",
				[]string{"We would appreciate your advice on leasing the new forklift."}},
			{"keen to hear", "I'd be keen to hear whether the van should be leased or bought.",
				[]string{"I'd be keen to hear whether the van should be leased or bought."}},
			{"interested to know", "We'd be interested to know what the audit would cost.",
				[]string{"We'd be interested to know what the audit would cost."}},
			{"it'd be good to catch up", "It'd be good to catch up about the new shop sometime next week.",
				[]string{"It'd be good to catch up about the new shop sometime next week."}},
			{"it would be great to talk", "It would be great to talk through the loan options before March.",
				[]string{"It would be great to talk through the loan options before March."}},
			{"it would be good to see is a wish", "It would be good to see you at the open day.", nil},
			{"would be appreciated", "Any advice on the grant form would be much appreciated.",
				[]string{"Any advice on the grant form would be much appreciated."}},
			{"hoping to get a thing", "We were hoping to get the revised forecast before the board meets.",
				[]string{"We were hoping to get the revised forecast before the board meets."}},
			{"hoping to get away is a wish", "We were hoping to get away for a week in May.", nil},
			{"a benefit with the subject dropped", "Would be great if you could chase the insurer for us.",
				[]string{"Would be great if you could chase the insurer for us."}},
			{"be great if", "Be great if someone could fix the shared drive permissions.",
				[]string{"Be great if someone could fix the shared drive permissions."}},
			{"a negated need asks nothing", "We don't need your advice on the forklift any more.", nil},
			{"need with the subject dropped in a run-on", "morning ana need the rota for january also when is the xmas party",
				[]string{"need the rota for january", "when is the xmas party"}},
		})
	})
	t.Run("texting wh-words without the apostrophe", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"whens", "hey jo whens the next vat payment due", []string{"whens the next vat payment due"}},
			{"wheres after an ask", "can you send the rota also wheres the spare key", []string{"can you send the rota", "wheres the spare key"}},
			{"a statement stays one", "the plumber came round and fixed the leak this morning", nil},
		})
	})
	t.Run("a meeting asked for as a wish is scheduling", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"catch up", "It'd be good to catch up about the new shop sometime next week.",
				[]string{"quick: It'd be good to catch up about the new shop sometime next week."}},
		})
	})
	t.Run("I wanted to know, in other languages", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"German wonder", "Wer hätte das gedacht, dass der Umsatz so steigt?", nil},
			{"French wonder", "Qui l'aurait cru, un bénéfice dès la première année ?", nil},
			{"Spanish wonder", "¿Quién lo iba a decir, con lo mal que empezó el año?", nil},
			{"Italian wonder", "Chi l'avrebbe mai detto che il negozio andasse così bene?", nil},
			{"Dutch wonder", "Wie had dat gedacht, zo'n goed jaar?", nil},
			{"Portuguese wonder", "Quem diria que a loja ia correr tão bem?", nil},
			{"Portuguese", "Queria saber se a fatura de março já foi paga.", []string{"Queria saber se a fatura de março já foi paga."}},
			{"Spanish", "Quisiera saber cuándo llega la devolución del IVA.", []string{"Quisiera saber cuándo llega la devolución del IVA."}},
			{"Italian", "Volevo sapere se la banca ha risposto.", []string{"Volevo sapere se la banca ha risposto."}},
			{"Dutch", "Ik vroeg me af of de huur al is overgemaakt.", []string{"Ik vroeg me af of de huur al is overgemaakt."}},
			{"German", "Ich wollte fragen, ob die Rechnung schon bezahlt ist.", []string{"Ich wollte fragen, ob die Rechnung schon bezahlt ist."}},
			{"French", "Nous voulions savoir si le dossier est complet.", []string{"Nous voulions savoir si le dossier est complet."}},
		})
	})
	t.Run("the client's own plan after a dash", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a question then our plan", "When will the new menus be printed - we'd like to hand them out at the fair.",
				[]string{"When will the new menus be printed"}},
			{"a request then my plan", "Can you send the floor plan again – I want to show it to the landlord on Monday.",
				[]string{"Can you send the floor plan again"}},
			{"a plan naming the firm asks", "When is the board meeting - I'd like you to present the figures.",
				[]string{"When is the board meeting - I'd like you to present the figures."}},
			{"I'd like to know asks too", "Can you send the lease - I'd like to know who signs it.",
				[]string{"Can you send the lease - I'd like to know who signs it."}},
		})
	})
	t.Run("several facts asked in one sentence", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"confirm, tell me and let me know", "Could you confirm the fee, tell me who signs the form and let me know when it is due?",
				[]string{"Could you confirm the fee", "tell me who signs the form", "let me know when it is due?"}},
			{"two facts joined by and", "Can you tell me the deadline and let me know what it costs?",
				[]string{"Can you tell me the deadline", "let me know what it costs?"}},
			{"work then its result stays one ask", "Can you review the lease and let me know what you think?",
				[]string{"Can you review the lease and let me know what you think?"}},
		})
	})
	t.Run("a request that depends on the answer", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"and if not", "Could you check whether the deposit came back and if not chase the agent?",
				[]string{"Could you check whether the deposit came back", "and if not chase the agent?"}},
			{"and if so", "Can you see if the grant was approved and if so please tell the board.",
				[]string{"Can you see if the grant was approved", "and if so please tell the board."}},
			{"and if with a statement stays one ask", "Can you check the boiler and if not we will call someone else.",
				[]string{"Can you check the boiler and if not we will call someone else."}},
		})
	})
}

// runShapeTexts is runShapeCases on the asks' texts only.
func runShapeTexts(t *testing.T, tests []shapeCase) {
	t.Helper()
	runShapesWith(t, tests, func(e *Engine, text string) []string {
		var got []string
		for _, q := range e.Questions(text) {
			got = append(got, q.Text)
		}
		return got
	})
}

// TestSets5Skips: automatic mail without the automatic headers (a ticket
// acknowledgement, a plain-text read receipt) gets no draft; a client who
// mentions the same words in a real ask is still answered. Messages
// written for the test.
func TestSets5Skips(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		name, subject, body string
		skip                bool
	}{
		{"ticket acknowledgement", "[Case 7781] Request received",
			"Hello,\n\nThis is an automated message: we have received your enquiry and will respond within 3 working days. Please do not reply to this email.\n\nHelpdesk", true},
		{"read receipt", "Read: VAT return",
			"Your message\n\n  To: Ann Bell\n  Subject: VAT return\n\nwas read on Tuesday 8 December 2026 10:14.", true},
		{"a client quoting a do-not-reply notice still asks", "Portal email",
			"Hi Ann,\n\nThe portal sent me an email saying please do not reply to this address. Can you tell me who I should contact instead?\n\nThanks\nRay", false},
		{"a subject that only starts with read", "Reading list for the new starter",
			"Hi Ann, could you send me the reading list for the new starter?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := "From: Someone <someone@example.test>\r\nTo: Ann Bell <ann@firm.example.com>\r\nSubject: " + tt.subject +
				"\r\nMessage-ID: <s5-" + strings.ReplaceAll(tt.name, " ", "-") + "@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
				strings.ReplaceAll(tt.body, "\n", "\r\n")
			res := e.AnalyzeBytes([]byte(msg))
			if res.Skip != tt.skip || (tt.skip && res.SkipReason != SkipAuto) {
				t.Errorf("skip %v (%s), want %v; questions %v", res.Skip, res.SkipReason, tt.skip, res.Questions)
			}
		})
	}
}
