package triage

import "testing"

// TestKindShapesLight: the quick-vs-paid rules of words_kind_light.go,
// each a general rule with sentences written for it (none is taken from a
// labelled set), with rows where the rule must not fire.
func TestKindShapesLight(t *testing.T) {
	t.Run("deal with a named matter is handing over work", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"insurance claim", "Could you deal with the insurance claim for the flood?",
				[]string{"paid: Could you deal with the insurance claim for the flood?"}},
			{"landlord's letter", "Please deal with our landlord's letter about the service charge.",
				[]string{"paid: Please deal with our landlord's letter about the service charge."}},
			{"my parking fine appeal", "Can you deal with my appeal against the parking fine?",
				[]string{"paid: Can you deal with my appeal against the parking fine?"}},
			{"the renewal of a licence", "Would you deal with the licence renewal for the bar?",
				[]string{"paid: Would you deal with the licence renewal for the bar?"}},
			{"the council's survey", "Can someone deal with the council's business survey this week?",
				[]string{"paid: Can someone deal with the council's business survey this week?"}},
			{"guard: the pronoun form is unchanged", "Could you deal with this for us?",
				[]string{"paid: Could you deal with this for us?"}},
			{"guard: a status of a past step stays quick", "Has the invoice from the printer been paid?",
				[]string{"quick: Has the invoice from the printer been paid?"}},
		})
	})
	t.Run("a tiny product is quick whatever the verb", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"prepare a quick confirmation", "Could you prepare a quick confirmation that our registered name hasn't changed?",
				[]string{"quick: Could you prepare a quick confirmation that our registered name hasn't changed?"}},
			{"write a one-line note", "Can you write a one-line note for the bank saying you act for us?",
				[]string{"quick: Can you write a one-line note for the bank saying you act for us?"}},
			{"draft a line confirming", "Please draft a line confirming the meeting moved to Friday.",
				[]string{"quick: Please draft a line confirming the meeting moved to Friday."}},
			{"review one figure", "Can you review one figure in the budget for me, the heating cost?",
				[]string{"quick: Can you review one figure in the budget for me, the heating cost?"}},
			{"check a single number", "Could you double-check a single number on the payslip, the 38 hours?",
				[]string{"quick: Could you double-check a single number on the payslip, the 38 hours?"}},
			{"guard: reworking this figure is work", "Could you recalculate this figure for the whole year with the new rates?",
				[]string{"paid: Could you recalculate this figure for the whole year with the new rates?"}},
			{"guard: a one-page summary is work", "Could you prepare a one-page summary of the new lease?",
				[]string{"paid: Could you prepare a one-page summary of the new lease?"}},
			{"guard: a quick report is work", "Can you write a quick report on the two builders' quotes?",
				[]string{"paid: Can you write a quick report on the two builders' quotes?"}},
		})
	})
	t.Run("getting hold of a copy is sending it", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"sort out a copy", "Could you sort out a copy of the insurance schedule for the landlord?",
				[]string{"quick: Could you sort out a copy of the insurance schedule for the landlord?"}},
			{"dig out the deed", "Can you dig out the title deed for the garage?",
				[]string{"quick: Can you dig out the title deed for the garage?"}},
			{"get me a copy", "Please get me a copy of last year's tax computation.",
				[]string{"quick: Please get me a copy of last year's tax computation."}},
			{"find us a copy", "Could you find us a copy of the signed partnership agreement?",
				[]string{"quick: Could you find us a copy of the signed partnership agreement?"}},
			{"sort me out a copy", "Can you sort me out a copy of the share certificate?",
				[]string{"quick: Can you sort me out a copy of the share certificate?"}},
			{"guard: sort out the work itself", "Could you sort out the insurance schedule for the new van?",
				[]string{"paid: Could you sort out the insurance schedule for the new van?"}},
		})
	})
	t.Run("the client's obligations under a rule are research", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"as an employer", "What are our obligations as an employer when someone goes on sick leave?",
				[]string{"paid: What are our obligations as an employer when someone goes on sick leave?"}},
			{"any obligations", "Do we have any obligations to report the grant income?",
				[]string{"paid: Do we have any obligations to report the grant income?"}},
			{"what obligations", "What obligations come with being a company director?",
				[]string{"paid: What obligations come with being a company director?"}},
			{"my legal obligations", "Can you tell me my legal obligations for storing customer data?",
				[]string{"paid: Can you tell me my legal obligations for storing customer data?"}},
			{"duties as a trustee", "What are my duties as a trustee of the family trust?",
				[]string{"paid: What are my duties as a trustee of the family trust?"}},
			{"guard: a status of meeting them", "Did we meet our obligations for the quarter?",
				[]string{"quick: Did we meet our obligations for the quarter?"}},
		})
	})
	t.Run("tell me how to asks for instructions", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"tell me how to set up", "Can you tell me how to set up the scanner on my laptop?",
				[]string{"quick: Can you tell me how to set up the scanner on my laptop?"}},
			{"explain how to reconcile", "Could you explain how to reconcile the petty cash tin?",
				[]string{"quick: Could you explain how to reconcile the petty cash tin?"}},
			{"show us how to update", "Please show us how to update the prices on the website.",
				[]string{"quick: Please show us how to update the prices on the website."}},
			{"remind me how to", "Can you remind me how to prepare the monthly stock sheet?",
				[]string{"quick: Can you remind me how to prepare the monthly stock sheet?"}},
			{"tell me quickly", "Could you tell me quickly how to redesign the header in the template?",
				[]string{"quick: Could you tell me quickly how to redesign the header in the template?"}},
			{"guard: doing it for the client", "Can you set up the scanner on my laptop for me?",
				[]string{"paid: Can you set up the scanner on my laptop for me?"}},
			{"guard: how it was done is not how to", "Can you update the prices on the website?",
				[]string{"paid: Can you update the prices on the website?"}},
		})
	})
	t.Run("the last revision names a version", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"drawings from the last revision", "Could you send me the drawings from the last revision?",
				[]string{"quick: Could you send me the drawings from the last revision?"}},
			{"latest revision", "Can you email me the layout from the latest revision?",
				[]string{"quick: Can you email me the layout from the latest revision?"}},
			{"previous revision", "Please send us the site plan as it was in the previous revision.",
				[]string{"quick: Please send us the site plan as it was in the previous revision."}},
			{"current revision", "Could you forward me the elevations of the current revision?",
				[]string{"quick: Could you forward me the elevations of the current revision?"}},
			{"final revision", "Can you resend the artwork from the final revision?",
				[]string{"quick: Can you resend the artwork from the final revision?"}},
			{"guard: a revision to make", "Could you do a revision of the kitchen layout with the island moved?",
				[]string{"paid: Could you do a revision of the kitchen layout with the island moved?"}},
		})
	})
	t.Run("a team's named shared mailbox", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"sales shared mailbox", "Could you add Tariq to the sales shared mailbox?",
				[]string{"quick: Could you add Tariq to the sales shared mailbox?"}},
			{"support team calendar", "Please add our new temp to the support team calendar.",
				[]string{"quick: Please add our new temp to the support team calendar."}},
			{"finance shared drive", "Can you add me to the finance shared drive?",
				[]string{"quick: Can you add me to the finance shared drive?"}},
			{"marketing team channel", "Could you add Bea to the marketing team channel?",
				[]string{"quick: Could you add Bea to the marketing team channel?"}},
			{"bookings shared inbox", "Can you add Mo to the bookings shared inbox?",
				[]string{"quick: Can you add Mo to the bookings shared inbox?"}},
			{"guard: moving the shared mailbox", "Could you migrate the sales shared mailbox to the new server?",
				[]string{"paid: Could you migrate the sales shared mailbox to the new server?"}},
		})
	})
	t.Run("light verbs in French and Dutch", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"fr vous occuper de", "Pouvez-vous vous occuper de la déclaration de la société ?",
				[]string{"paid: Pouvez-vous vous occuper de la déclaration de la société ?"}},
			{"fr refonte", "Pourriez-vous faire la refonte du catalogue ?",
				[]string{"paid: Pourriez-vous faire la refonte du catalogue ?"}},
			{"fr est-ce que vous pouvez", "Est-ce que vous pouvez vous occuper des contrats des saisonniers ?",
				[]string{"paid: Est-ce que vous pouvez vous occuper des contrats des saisonniers ?"}},
			{"nl op orde brengen", "Kunt u onze boekhouding van dit jaar op orde brengen?",
				[]string{"paid: Kunt u onze boekhouding van dit jaar op orde brengen?"}},
			{"nl administratie op orde krijgen", "Kunnen jullie helpen de administratie op orde te krijgen?",
				[]string{"paid: Kunnen jullie helpen de administratie op orde te krijgen?"}},
			{"guard: fr a date stays quick", "Le rendez-vous de lundi est-il confirmé ?",
				[]string{"quick: Le rendez-vous de lundi est-il confirmé ?"}},
		})
	})
}
