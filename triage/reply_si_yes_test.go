package triage

import "testing"

// TestReplyUnaccentedSi: "si" typed without its accent, alone or closed by
// a comma, is the yes; "si" opening a clause is the condition.
func TestReplyUnaccentedSi(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"si, adelante", "Si, adelante con la declaración.", Accepted, ""},
		{"si alone", "Si.", Accepted, "sí"},
		{"si, hazlo", "Si, hazlo esta semana.", Accepted, ""},
		{"si, procedi", "Si, procedi pure con la pratica.", Accepted, ""},
		{"si, empiece", "Si, empiece cuando pueda, gracias.", Accepted, ""},
		{"guard: si condition", "Si el total no pasa de 300 euros, adelante.", Unclear, "conditional"},
		{"guard: si c'est", "Si c'est fait avant vendredi, allez-y.", Unclear, "conditional"},
		{"guard: si clause", "Si puede hacerlo en una hora, adelante.", Unclear, "conditional"},
	})
}
