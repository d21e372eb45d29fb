package triage

import "testing"

// TestBookInSlot: booking a visit "in" asks for a slot in the diary,
// quick whatever the visit is; booking with no "in", and the work itself,
// keep their kind, as does "book in" before the work it
// commissions. Sentences written for the test (a chimney sweep, a
// piano tuner, a boiler engineer, a window fitter).
func TestBookInSlot(t *testing.T) {
	e := New(DefaultConfig())
	rows := []struct {
		name string
		text string
		want Kind
	}{
		{"book the sweep in", "Could you book the chimney sweep in for a Friday?", Quick},
		{"book it in", "Happy with that, can you book it in for after New Year?", Quick},
		{"book the service in", "Please book the boiler service in for the week of the 12th.", Quick},
		{"guard: the work itself", "Can you replace the two cracked panes in the porch?", Paid},
		{"guard: book in before the work", "We'd like you to book in a full valet of both vans over the weekend.", Paid},
		{"guard: booked in for the work", "Could you book the trailer in for its annual brake test?", Paid},
		{"guard: fit, not book", "Please fit a new flue liner in the chimney.", Paid},
	}
	for _, r := range rows {
		qs := e.Questions(r.text)
		if len(qs) != 1 || qs[0].Kind != r.want {
			t.Errorf("%s: %q: got %q, want %s", r.name, r.text, askList(e, r.text), r.want)
		}
	}
}
