package triage

import "testing"

// TestVentingQuestionsLangs: venting questions in the other languages ask
// the firm nothing (ventLangs): a degree that can hardly be so, nobody as
// the subject, German "wer soll denn…" and wonder with "nur", and "how is
// that possible?" closing the question or before a comma. Guards: a plea
// with the client as the one left waiting, "how is it possible to…"
// asking a way, and the real ask after the vent.
func TestVentingQuestionsLangs(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"nl: hoe moeilijk kan het zijn", "Hoe moeilijk kan het zijn om een afspraak met de monteur na te komen?", nil},
		{"sv: hur svårt kan det vara", "Hur svårt kan det vara att skicka rätt faktura?", nil},
		{"da: hvor svært kan det være", "Hvor svært kan det være at lukke døren efter sig?", nil},
		{"de: wie schwer kann das sein", "Wie schwer kann das sein, einen Rückruf zu machen?", nil},
		{"en: how hard can it be", "Honestly, how hard can it be to label a box?", nil},
		{"es: es que nadie", "¿Es que nadie revisa las facturas antes de mandarlas?", nil},
		{"pt: será que ninguém", "Será que ninguém atende o telefone nesse escritório?", nil},
		{"de: denn niemand", "Liest denn niemand die Hinweise auf dem Lieferschein?", nil},
		{"en: does nobody", "Does nobody proofread these letters before they go out?", nil},
		{"de: wer soll denn", "Wer soll denn diese Rechnung noch verstehen?", nil},
		{"de: wonder with nur", "Wie macht ihr das nur, immer so pünktlich?", nil},
		{"de: wonder with nur, perfect", "Wie haben Sie das nur so schnell hinbekommen?", nil},
		{"de: wonder with nur, another verb", "Wie schafft ihr das nur jedes Jahr?", nil},
		{"it: come è possibile, aside", "Ma come è possibile, dopo tre solleciti?", nil},
		{"es: cómo es posible closing", "Tres semanas sin agua caliente. ¿Cómo es posible?", nil},
		{"guard es: a plea", "¿Es que nadie me puede decir cuándo viene el técnico?",
			[]string{"quick: ¿Es que nadie me puede decir cuándo viene el técnico?"}},
		{"guard en: a plea", "Does nobody there want to call us back about the leak?",
			[]string{"quick: Does nobody there want to call us back about the leak?"}},
		{"guard es: how it is possible to pay", "¿Cómo es posible pagar la cuota con tarjeta?",
			[]string{"quick: ¿Cómo es posible pagar la cuota con tarjeta?"}},
		{"guard nl: the ask after the vent", "Hoe moeilijk kan het zijn? Kunt u mij laten weten wanneer de monteur komt?",
			[]string{"quick: Kunt u mij laten weten wanneer de monteur komt?"}},
	}, askListInLanguage)
}
