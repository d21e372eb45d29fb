package triage

import "testing"

// TestPatiencePleas: asking the firm to bear with the client or excuse a
// mess asks for nothing, at the start or after "so"; a request joined
// after the plea still asks.
func TestPatiencePleas(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"bear with us this week", "Please bear with us this week, half the office is off with flu.", nil},
		{"excuse the notes", "Please excuse the scrappy notes, I typed them on the train.", nil},
		{"forgive the late reply", "Please forgive the late reply, it's been a hectic month on the farm.", nil},
		{"be patient with a new starter", "Please be patient with the new bookkeeper while she learns our system.", nil},
		{"after so, mid-sentence", "The last treasurer kept everything on paper and most of it is in a shed, so please bear with me while I sort it out.", nil},
		// Guards: a request joined to the plea, or a plain request.
		{"a request joined by and", "Please bear with me and send the forms again, the first lot went missing.",
			[]string{"paid: Please bear with me and send the forms again, the first lot went missing."}},
		{"let me know joined", "Please excuse the delay and let me know when the return is due.",
			[]string{"quick: Please excuse the delay and let me know when the return is due."}},
		{"a question to the firm after but", "Please forgive the scrawl, but can you tell me when the return is due?",
			[]string{"quick: Please forgive the scrawl, but can you tell me when the return is due?"}},
		{"a request before so", "Could you resend the payslips so please ignore the earlier ones?",
			[]string{"quick: Could you resend the payslips so please ignore the earlier ones?"}},
	})
}
