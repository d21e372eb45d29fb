package triage

import "testing"

// TestSets6Shapes: the shapes the dev6 and messy5 sets showed missing,
// each as a general rule with sentences written for it (none is taken
// from a set). The rows are about which asks are found and how they are
// quoted, not their kinds.
func TestSets6Shapes(t *testing.T) {
	t.Run("footers that ask nothing", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"print footer", "Can you send the rota?\n\nAnn Bell\nBell Bakery\n\nPlease think of the environment before printing this e-mail.",
				[]string{"Can you send the rota?"}},
			{"print footer, other wording", "Could you ring me on Monday?\n\nPlease consider the environment before you print this message.",
				[]string{"Could you ring me on Monday?"}},
			{"social footer", "Can you book the van for Friday?\n\nFollow us on Facebook and LinkedIn for our latest offers",
				[]string{"Can you book the van for Friday?"}},
			{"newsletter footer", "When is the audit?\n\nJoin our mailing list for 15% off your next visit!",
				[]string{"When is the audit?"}},
			{"subscribe footer", "Is the invoice paid?\n\nSubscribe to our newsletter at example.com/news",
				[]string{"Is the invoice paid?"}},
			{"sign-up footer", "Can you resend the quote?\n\nSign up for our newsletter and get a free sample with your next order!",
				[]string{"Can you resend the quote?"}},
			{"printing without the environment still asks", "Could you check the proof before printing it?",
				[]string{"Could you check the proof before printing it?"}},
			{"a client asking the firm to follow an account still asks", "Could you follow up on the refund with the bank?",
				[]string{"Could you follow up on the refund with the bank?"}},
			{"a client asking to sign up still asks", "Please sign up our new starter for the pension scheme.",
				[]string{"Please sign up our new starter for the pension scheme."}},
		})
	})
	t.Run("no space after a question mark", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"two questions run together", "did the rent go out?can you check the bank",
				[]string{"did the rent go out?", "can you check the bank"}},
			{"capitalised", "Is the payroll done?When will the payslips come?",
				[]string{"Is the payroll done?", "When will the payslips come?"}},
			{"a link with a query keeps its question mark", "Can you look at https://example.com/form?id=42 before Friday?",
				[]string{"Can you look at https://example.com/form?id=42 before Friday?"}},
		})
	})
	t.Run("a bare condition opens an ask", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"if not without a comma", "is the parcel there? if not can you call the courier",
				[]string{"is the parcel there?", "if not can you call the courier"}},
			{"if not before can we", "Did the courier come? if not can we rebook for Monday",
				[]string{"Did the courier come?", "if not can we rebook for Monday"}},
			{"a real condition clause is not bare", "if not for the snow we would have come", nil},
		})
	})
	t.Run("a wh-question in question order after a comma", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"opener then when do i", "last thing, when do we have to pay the rates by",
				[]string{"when do we have to pay the rates by"}},
			{"opener then where should we", "Before I forget, where should we send the signed forms",
				[]string{"where should we send the signed forms"}},
			{"a relative clause asks nothing", "We moved the meeting to Friday, when I am back from Leeds.", nil},
			{"a relative which clause asks nothing", "The parcel came on Monday, which was a relief.", nil},
		})
	})
	t.Run("a yes or no that answers", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"yes and a noun phrase", "yes, the usual account please.", nil},
			{"no and a noun phrase", "No, the old address please", nil},
			{"yes please and a verb still asks", "yes please send it to the office",
				[]string{"yes please send it to the office"}},
			{"no then a question still asks", "No, but could you check the date?",
				[]string{"No, but could you check the date?"}},
		})
	})
	t.Run("a reason in a run-on is not part of the ask", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"because after a question", "morning did the invoice go out to parkers because they rang saying they never got it",
				[]string{"did the invoice go out to parkers"}},
			{"cos after a request", "can you ring the bank for me today cos i am stuck on site all day",
				[]string{"can you ring the bank for me today"}},
		})
	})
	t.Run("btw joins the asks of a run-on", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"request then wh-question", "hi jo can you post the forms today btw when is the vat due",
				[]string{"can you post the forms today", "when is the vat due"}},
			{"question then request", "did the new till arrive btw can you send me the manual for it",
				[]string{"did the new till arrive", "can you send me the manual for it"}},
		})
	})
	t.Run("a second question after a comma and", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a question that puts work to the firm", "Why has the bill gone up, and is it something you could look into?",
				[]string{"Why has the bill gone up", "and is it something you could look into?"}},
			{"a question about the same thing stays", "What is the new levy, and does it apply to us?",
				[]string{"What is the new levy, and does it apply to us?"}},
			{"a second fact under tell me stays one ask", "Can you tell me if the boiler is covered, and when the engineer can come?",
				[]string{"Can you tell me if the boiler is covered, and when the engineer can come?"}},
			{"no comma keeps one question", "Could you tell me when and where the hearing is?",
				[]string{"Could you tell me when and where the hearing is?"}},
		})
	})
	t.Run("a second job set apart by a comma", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"review then draft", "Could you review the tenancy agreement, and draft a notice to the tenant for me?",
				[]string{"Could you review the tenancy agreement", "draft a notice to the tenant for me?"}},
			{"no comma keeps one job", "Could you review the tenancy agreement and draft a notice to the tenant for me?",
				[]string{"Could you review the tenancy agreement and draft a notice to the tenant for me?"}},
		})
	})
}
