package triage

import "testing"

// TestTestingWork: asking the firm to test a thing is work, in English and
// five other languages; whether a test was done is a status.
func TestTestingWork(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"guard: en test the reader, paid by its form", "Could you test the new card reader with our till before Friday?",
			[]string{"paid: Could you test the new card reader with our till before Friday?"}},
		{"nl testen", "Kunnen jullie de nieuwe kassa vooraf testen en laten weten of alles werkt?",
			[]string{"paid: Kunnen jullie de nieuwe kassa vooraf testen en laten weten of alles werkt?"}},
		{"de testen", "Könnten Sie die Alarmanlage vor der Übergabe testen?",
			[]string{"paid: Könnten Sie die Alarmanlage vor der Übergabe testen?"}},
		{"fr tester", "Pourriez-vous tester la sono avant le concert ?",
			[]string{"paid: Pourriez-vous tester la sono avant le concert ?"}},
		// Guards: whether a test happened.
		{"guard: did you test", "Did you test the smoke alarms on Tuesday?",
			[]string{"quick: Did you test the smoke alarms on Tuesday?"}},
		{"guard: has it been tested", "Has the water in the new tank been tested yet?",
			[]string{"quick: Has the water in the new tank been tested yet?"}},
	}, askListInLanguage)
}
