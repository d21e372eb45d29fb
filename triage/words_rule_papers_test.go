package triage

import "testing"

// TestPapersTermsAllow: a client asking what an agreement, contract,
// guarantee, warranty or licence lets, allows or covers in their case asks
// for its terms to be read against their facts (research, paid); whether
// such a paper was signed, sent or registered, how long it runs and a copy
// of it stay quick (words_rule_makers.go, words_shapes.go RuleWords).
func TestPapersTermsAllow(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"an agreement lets the firm bill", "Could you check whether our maintenance agreement lets you bill us for the second callout?",
			[]string{"paid: Could you check whether our maintenance agreement lets you bill us for the second callout?"}},
		{"a contract actually lets", "Can you find out if the franchise contract actually lets us open a second shop in the next town?",
			[]string{"paid: Can you find out if the franchise contract actually lets us open a second shop in the next town?"}},
		{"a warranty covers the fault", "Would you look into whether the manufacturer's warranty covers the damp patch, seeing as we fitted the panels ourselves?",
			[]string{"paid: Would you look into whether the manufacturer's warranty covers the damp patch, seeing as we fitted the panels ourselves?"}},
		{"a guarantee covers a leak", "Could you tell me whether the guarantee covers a leak that started after the storm?",
			[]string{"paid: Could you tell me whether the guarantee covers a leak that started after the storm?"}},
		{"a licence allows", "Please check whether the premises licence allows us to play recorded music in the bar.",
			[]string{"paid: Please check whether the premises licence allows us to play recorded music in the bar."}},
		{"a contract permits", "Can you see whether our service contract permits you to subcontract the repairs?",
			[]string{"paid: Can you see whether our service contract permits you to subcontract the repairs?"}},
		{"does the warranty allow", "Does the warranty allow me to have the van serviced by another garage?",
			[]string{"paid: Does the warranty allow me to have the van serviced by another garage?"}},
		// Guards: the paper's status, a copy of it, its length or price.
		{"warranty registered", "Has the warranty been registered yet?",
			[]string{"quick: Has the warranty been registered yet?"}},
		{"a copy of the agreement", "Could you send me a copy of the service agreement?",
			[]string{"quick: Could you send me a copy of the service agreement?"}},
		{"how long the guarantee lasts", "How long does the guarantee last?",
			[]string{"quick: How long does the guarantee last?"}},
		{"contract signed", "Has the contract been signed by your director?",
			[]string{"quick: Has the contract been signed by your director?"}},
		{"licence ready", "Is the new licence ready to collect?",
			[]string{"quick: Is the new licence ready to collect?"}},
		{"agreement arrived", "Did the signed agreement arrive in the post?",
			[]string{"quick: Did the signed agreement arrive in the post?"}},
		{"guarantee comes with a certificate", "Does the guarantee come with a certificate?",
			[]string{"quick: Does the guarantee come with a certificate?"}},
		{"who the contract lets in", "Which door does the key you sent let us into?",
			[]string{"quick: Which door does the key you sent let us into?"}},
	})
}
