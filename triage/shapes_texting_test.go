package triage

import "testing"

// TestElidedAreYou: texting drops "are" from a question about the firm's
// availability; such a clause is an ask on its own and opens one inside a
// run-on. "free up", "about to" and a statement about the client are not.
func TestElidedAreYou(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"around for a call", "hi priya u around friday for a quick call about the payslips",
			[]string{"quick: u around friday for a quick call about the payslips"}},
		{"free after lunch", "you free after lunch for ten mins",
			[]string{"quick: you free after lunch for ten mins"}},
		{"available monday", "morning jo u available monday afternoon for a phone call",
			[]string{"quick: u available monday afternoon for a phone call"}},
		{"about tomorrow", "hey sam u about tomorrow morning for a chat re the menu",
			[]string{"quick: u about tomorrow morning for a chat re the menu"}},
		{"then a second ask", "hi kit u free thursday for a call and can you send the draft rota before friday",
			[]string{"quick: u free thursday for a call", "quick: can you send the draft rota before friday"}},
		{"guard: free up", "you free up space on the drive by emptying the bin", nil},
		{"guard: about to", "you about to get a letter from the council about the parking", nil},
		{"guard: the client around", "we are around all week if that helps", nil},
	})
}

// TestNeedAgentOpen: a need with its subject dropped whose object is the
// firm ("need u to…", "need someone to…") opens an ask inside a run-on.
func TestNeedAgentOpen(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"after a report", "the boiler is leaking again and need u to come out friday",
			[]string{"paid: the boiler is leaking again and need u to come out friday"}},
		{"after a greeting", "hi tess also need u to draw up the lease for the new unit",
			[]string{"paid: need u to draw up the lease for the new unit"}},
		{"replace", "hi mo also need u to replace the cracked tiles in the downstairs loo",
			[]string{"paid: need u to replace the cracked tiles in the downstairs loo"}},
		{"someone to", "hiya the hedge is massive now and need someone to cut it back before the survey",
			[]string{"paid: hedge is massive now and need someone to cut it back before the survey"}},
		{"two asks", "hey ray can u send the march rota and also need you to redo the holiday planner for april",
			[]string{"quick: can u send the march rota", "paid: need you to redo the holiday planner for april"}},
		{"guard: own act", "the pallets are in and we need to ring the haulier ourselves", nil},
		{"guard: subject kept", "the flat is let now and i would also need you to draw up the inventory",
			[]string{"paid: the flat is let now and i would also need you to draw up the inventory"}},
		{"guard: the firm's need", "ok so you need the figures by friday then", nil},
	})
}

// TestHandsOnWork: hands-on work on fittings ("replace the…", "rekey",
// "service the…") is paid; the same verb in a condition on the client's
// own act is not work asked of the firm.
func TestHandsOnWork(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"replace", "Could you replace the two cracked tiles above the bath?",
			[]string{"paid: Could you replace the two cracked tiles above the bath?"}},
		{"rekey", "Please rekey the side gate and the garage.",
			[]string{"paid: Please rekey the side gate and the garage."}},
		{"service", "Would you mind servicing the two garage door motors?",
			[]string{"paid: Would you mind servicing the two garage door motors?"}},
		{"refit", "Would you be able to refit the kitchen door hinges next week?",
			[]string{"paid: Would you be able to refit the kitchen door hinges next week?"}},
		{"German", "Können Sie die alten Fenstergriffe austauschen?",
			[]string{"paid: Können Sie die alten Fenstergriffe austauschen?"}},
		{"French", "Pourriez-vous remplacer le thermostat du salon ?",
			[]string{"paid: Pourriez-vous remplacer le thermostat du salon ?"}},
		{"guard: own act", "Does the warranty still hold if we replace the filters ourselves?",
			[]string{"quick: Does the warranty still hold if we replace the filters ourselves?"}},
		{"guard: own act, no condition", "Do I need to replace the smoke alarm batteries every year?",
			[]string{"quick: Do I need to replace the smoke alarm batteries every year?"}},
		{"guard: a noun", "What time does your service desk open?",
			[]string{"quick: What time does your service desk open?"}},
	})
}
