package triage

import "testing"

// TestDroppedSubjectPromise: a modal with its subject (I) dropped and a
// verb taking an object at once is the sender's own promise, not a
// question without its mark; a texted question with its subject still
// asks.
func TestDroppedSubjectPromise(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"will forward", "Thanks, got it. Will forward it to our finance team.", nil},
		{"will send", "Will send the meter readings over tonight.", nil},
		{"can confirm", "Can confirm the scaffold is down.", nil},
		{"will chase", "Will chase the landlord for the deposit myself.", nil},
		{"can drop", "Can drop the keys in on Friday if that helps.", nil},
		// Guards: texted questions with a subject, a day as the subject.
		{"guard: will sarah", "will sarah need to sign the forms as well", []string{"quick: will sarah need to sign the forms as well"}},
		{"guard: can you", "can you send the meter readings over tonight", []string{"quick: can you send the meter readings over tonight"}},
		{"guard: would friday", "would friday the 12th work for the survey", []string{"quick: would friday the 12th work for the survey"}},
	})
}
