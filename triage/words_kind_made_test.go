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
