package triage

import "testing"

// TestGreetingNameOpener: a greeting and a name run into a question
// opener of another language with no comma between, in a sentence that
// goes on after a comma ("hola Marta me reservas …, llego a las 10"): the
// ask starts at the opener. Guards: a greeting with a comma after the
// name is trimmed as before; a greeting and a name before a statement
// ask nothing.
func TestGreetingNameOpener(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"es: hola + name + me reservas", "hola Marta me reservas la bici de carretera para el domingo, llego a las 10",
			[]string{"quick: me reservas la bici de carretera para el domingo, llego a las 10"}},
		{"it: ciao + name + mi fai sapere", "ciao Paolo mi fai sapere se il gommista ha finito, passo dopo pranzo",
			[]string{"quick: mi fai sapere se il gommista ha finito, passo dopo pranzo"}},
		{"guard es: a statement after the name", "hola Marta llego el domingo a las 10, nos vemos allí", nil},
	}, askListInLanguage)
}
