package triage

import "testing"

// TestReplyEmphaticSelfPlan: the client's plan to do the job, said with
// an emphatic pronoun in Portuguese, Spanish, Italian or French ("vamos
// fazer nós mesmos"), declines as "we'll do it ourselves" does; negated,
// asked or without a verb of doing it does not. Answers written for the
// test.
func TestReplyEmphaticSelfPlan(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"emphatic self es", "Vamos a hacer la mudanza nosotros mismos.", Declined, ""},
		{"emphatic self pt", "Agradeço, mas vamos tratar da pintura nós mesmos.", Declined, ""},
		{"emphatic self pt", "Decidimos fazer a instalação nós mesmos.", Declined, ""},
		{"emphatic self it", "Grazie, ma faremo il trasloco noi stessi.", Declined, ""},
		{"emphatic self fr", "Nous allons faire les travaux nous-mêmes cet été.", Declined, ""},
		{"emphatic self es", "Al final haremos el jardín nosotros mismos.", Declined, ""},
		{"emphatic self guard", "No tenemos tiempo de hacerlo nosotros mismos, adelante por favor.", Accepted, ""},
		{"emphatic self guard", "¿Podemos hacer la pintura nosotros mismos?", Unclear, ""},
		{"emphatic self guard", "Sim, podem avançar, não temos tempo de fazer isso nós mesmos.", Accepted, ""},
	})
}
