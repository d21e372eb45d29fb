package triage

import "testing"

// TestKindnessWishFrames: a wish that names the reader and the client
// served asks the firm to act: German "es wäre nett/lieb/toll, wenn Sie
// …" (a quick ask when it asks to be told), Polish "chciałabym, żeby
// Pani …" to a woman, Spanish "nos vendría genial que nos …", French
// "tu pourrais me …" / "vous pourriez nous …" put as statements. Guards:
// the same wishes naming no one (the weather, a tax rate) and the present
// "vous pouvez me joindre" that offers.
func TestKindnessWishFrames(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"de: es wäre nett, wenn Sie … sagen", "Es wäre nett, wenn Sie mir sagen könnten, ob die Werkstatt zwischen den Jahren geöffnet hat.",
			[]string{"quick: Es wäre nett, wenn Sie mir sagen könnten, ob die Werkstatt zwischen den Jahren geöffnet hat."}},
		{"de: es wäre toll, wenn du … erstellen", "Es wäre toll, wenn du uns einen Entwurf für das neue Vereinslogo erstellen könntest.",
			[]string{"paid: Es wäre toll, wenn du uns einen Entwurf für das neue Vereinslogo erstellen könntest."}},
		{"pl: chciałabym, żeby Pani", "Chciałabym, żeby Pani przygotowała projekt umowy najmu garażu.",
			[]string{"paid: Chciałabym, żeby Pani przygotowała projekt umowy najmu garażu."}},
		{"es: nos vendría genial que nos", "Nos vendría genial que nos redactaras el plan de evacuación del taller.",
			[]string{"paid: Nos vendría genial que nos redactaras el plan de evacuación del taller."}},
		{"fr: tu pourrais me", "Et tu pourrais me préparer un devis détaillé pour la rénovation de la salle de bain.",
			[]string{"paid: Et tu pourrais me préparer un devis détaillé pour la rénovation de la salle de bain."}},
		{"guard de: a wish naming no one", "Es wäre nett, wenn es am Samstag nicht regnet.", nil},
		{"guard es: a wish naming no one", "Nos vendría bien que bajaran los tipos de interés este año.", nil},
		{"guard fr: the present offers", "Vous pouvez me joindre au 06 12 34 56 78.", nil},
	}, askListInLanguage)
}
