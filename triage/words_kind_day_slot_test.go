package triage

import "testing"

// TestDaySlotKinds: a visit put on a named day is quick in Portuguese,
// Spanish, French and Italian; the work done on a day keeps its kind.
// Sentences written for the test (a piano tuner, a chimney sweep, a
// boiler engineer, an alarm fitter).
func TestDaySlotKinds(t *testing.T) {
	e := New(DefaultConfig())
	rows := []struct {
		name string
		text string
		want Kind
	}{
		{"pt", "A afinação do piano pode ser na sexta-feira à tarde?", Quick},
		{"pt revisão", "Bom dia, a revisão do alarme pode ser no sábado?", Quick},
		{"es", "¿La revisión de la caldera puede ser el martes por la mañana?", Quick},
		{"fr", "Le ramonage peut avoir lieu le mercredi ?", Quick},
		{"it", "La manutenzione della caldaia può essere giovedì mattina?", Quick},
		{"guard pt: the work on a day", "Pode reparar a caldeira e substituir a bomba na quinta?", Paid},
	}
	for _, r := range rows {
		qs := e.Questions(r.text)
		if len(qs) != 1 || qs[0].Kind != r.want {
			t.Errorf("%s: %q: got %q, want %s", r.name, r.text, askList(e, r.text), r.want)
		}
	}
}
