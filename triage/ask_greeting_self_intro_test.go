package triage

import "testing"

// TestGreetingSelfIntroAsk: a texted greeting and self-introduction
// with no punctuation ("hi its sam from flat 3 did…") is no part of the
// question after it, which asks, also before a run-on's next question;
// an introduction with no question after it asks nothing. Sentences
// written for the test (a parcel room, an allotment society, a ferry
// desk).
func TestGreetingSelfIntroAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"intro then yes/no question, run-on", "hi its sam from flat 3 did my parcel get left at reception and whats the best time to collect it tonight",
			[]string{"quick: did my parcel get left at reception", "quick: whats the best time to collect it tonight"}},
		{"intro then question alone", "hiya its marek plot 12 is the water back on at the allotments",
			[]string{"quick: is the water back on at the allotments"}},
		{"guard: intro and thanks only", "hi its me again thanks for sorting the ferry tickets yesterday",
			nil},
	})
}
