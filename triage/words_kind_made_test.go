package triage

import "testing"

// TestSendNewMadeThing: asking to be sent a report, breakdown or proposal
// that must first be made is paid work, in each language; sending one
// already made ("the report", "a copy") stays quick. Sentences written
// for the test.
func TestSendNewMadeThing(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you send me a breakdown of our fuel spend by vehicle for the year?", Paid},
		{"en", "Can you send us a summary of the payroll costs per department since April?", Paid},
		{"en", "Please send over a cash flow forecast for the next two quarters.", Paid},
		{"fr", "Pourriez-vous m'envoyer une analyse des charges de l'immeuble sur trois ans ?", Paid},
		{"es", "¿Nos pueden enviar un desglose de los gastos de personal por centro?", Paid},
		{"it", "Potreste inviarci un riepilogo dei costi del personale per sede?", Paid},
		{"pt", "Podem enviar-nos um resumo dos custos de pessoal por loja?", Paid},
		{"en guard: the report already made", "Could you send me the report you mentioned on Friday?", Quick},
		{"en guard: a copy", "Can you send me a copy of the lease?", Quick},
		{"fr guard: the proposal already sent", "Pouvez-vous me renvoyer la proposition de la semaine dernière ?", Quick},
	})
}

// TestSendNewPlan: a plan asked to be sent that is not yet drawn up is
// made for the client's job, as a proposal is; the plan already made, or
// a copy of it, is sent in a minute (madeNouns). Sentences written for
// the test.
func TestSendNewPlan(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you send us a seating plan for the wedding breakfast?", Paid},
		{"en", "Can you send me a planting plan for the front border?", Paid},
		{"fr", "Pourriez-vous nous envoyer un plan de financement pour le projet ?", Paid},
		{"es", "¿Nos pueden enviar un plan de trabajo para la reforma del local?", Paid},
		{"pt", "Podem enviar-nos um plano de manutenção para os elevadores?", Paid},
		{"en guard: the plan already drawn", "Could you send me the plan you drew up last year?", Quick},
		{"en guard: a copy of a plan", "Can you send me a copy of the floor plan?", Quick},
	})
}
