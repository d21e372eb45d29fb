package triage

import "testing"

// TestCoverNoteNotAsk: a cover line that names what the mail carries by a
// word that is also a verb ("Invite below for…", "Schedule attached for…")
// asks nothing; the same verb as an imperative, or a verb that is no such
// thing, still asks. Sentences written for the test (a choir hire, a
// removals firm, a boat yard, a sign-language interpreter).
func TestCoverNoteNotAsk(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"invite below", "Invite below for the hull survey on Thursday.", nil},
		{"schedule attached", "Schedule attached for the packing days.", nil},
		{"update below", "Update below on the mooring fees.", nil},
		{"draft attached alone", "Draft attached.", nil},
		{"guard: imperative with an object", "Update attached rota with the new interpreters.",
			[]string{"Update attached rota with the new interpreters."}},
		{"guard: check below", "Check below for any wrong dates.",
			[]string{"Check below for any wrong dates."}},
		{"guard: invite a person", "Invite the harbour master to the launch as well.",
			[]string{"Invite the harbour master to the launch as well."}},
	}, askTextsInLanguage)
}
