package triage

import "testing"

// TestRequireFrames: a requirement the client puts on the firm ("we will
// also require a method statement") and the Spanish polite past
// "queríamos pedirte …" ask, though neither has a request verb or a
// question mark. Another party's requirement is no ask. Sentences written
// for the test (a scaffolder, a caterer, a print shop, a florist, a
// baker).
func TestRequireFrames(t *testing.T) {
	runAskRows(t, []askRow{
		{"require", "Hi,\n\nThanks for the site visit. We will also require a method statement for the roof scaffolding.\n\nIan\n", "We will also require a method statement", ""},
		{"require plural", "Hello,\n\nFor the gala we'll require a vegetarian menu for forty guests.\n\nJo\n", "we'll require a vegetarian menu", ""},
		{"require, would", "Hi,\n\nFor the launch we would require a proof of every poster before printing.\n\nKim\n", "we would require a proof of every poster", ""},
		{"es le quería pedir", "Buenos días:\n\nLe quería pedir una tarta sin gluten para el sábado.\n\nMo\n", "Le quería pedir una tarta sin gluten", ""},
		{"es queríamos pedirte", "Hola Ana:\n\nQueríamos pedirte un ramo más pequeño para la madrina.\n\nUn saludo,\nLola\n", "Queríamos pedirte un ramo más pequeño", ""},
		{"es te quería pedir", "Hola:\n\nTe quería pedir que cambies la fecha de entrega al viernes.\n\nGracias,\nEva\n", "Te quería pedir que cambies", ""},
		{"guard: another party requires", "Hi,\n\nThe council will require a survey before any work starts. Can you book the surveyor?\n\nIan\n", "Can you book the surveyor?", "The council will require a survey"},
		{"guard: a rule requires", "Hi,\n\nThe venue will require a copy of your insurance. Could you send the menu for the buffet?\n\nJo\n", "Could you send the menu", "The venue will require a copy"},
	})
}
