package triage

import "testing"

// TestIdealWish: what the client would ideally have from the firm, a
// thing named after the verb, asks for it; a hope that the firm can get
// hold of a thing asks too. Sentences written for the test (a roofer, a
// translator, a caterer, a piano tuner, a tailor, a courier); guards: no
// thing named, the client's own plan, a hope that wishes the reader well.
func TestIdealWish(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"ideally we'd get", "Ideally we'd get a written report on the flashing before the buyers visit.",
			[]string{"Ideally we'd get a written report on the flashing before the buyers visit."}},
		{"ideally I would receive", "Ideally I would receive the translated certificates by the end of next week.",
			[]string{"Ideally I would receive the translated certificates by the end of next week."}},
		{"preferably we would have", "Preferably we would have the samples of both wools before the fitting.",
			[]string{"Preferably we would have the samples of both wools before the fitting."}},
		{"ideally I'd get", "Ideally I'd get the same tuner who came last spring.",
			[]string{"Ideally I'd get the same tuner who came last spring."}},
		{"hope you can get hold of", "I hope you can get hold of the matching lining fabric for the jacket.",
			[]string{"I hope you can get hold of the matching lining fabric for the jacket."}},
		{"hoping you could get hold of", "We're hoping you could get hold of a second van for the Saturday run.",
			[]string{"We're hoping you could get hold of a second van for the Saturday run."}},
		{"guard: no thing named", "Ideally we'd get away before the roofers start.", nil},
		{"guard: own plan", "Ideally we'll have moved into the flat by March.", nil},
		{"guard: wishes well", "I hope you can get some rest over the holidays.", nil},
		{"guard: hope to have", "Ideally we'd have more time, but the wedding is in June.", nil},
	}, askTextsInLanguage)
}
