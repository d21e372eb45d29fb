package triage

import "testing"

// TestIntroThenWish: after the client introduces themself, "and would
// like…" or "and need…" with the subject dropped asks when the wish asks
// on its own; a wish to keep things, the client's own act and an
// introduction alone stay statements. Sentences written for the test (a
// café, a charity, a riding school, a dental practice, a choir).
func TestIntroThenWish(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"would like a logo", "We are a small vegan café in the old market and would like a new logo for the spring menu.",
			[]string{"We are a small vegan café in the old market and would like a new logo for the spring menu."}},
		{"own, would like a review", "I own three rental flats in Leith and would like a full review of the tenancy agreements.",
			[]string{"I own three rental flats in Leith and would like a full review of the tenancy agreements."}},
		{"would like you to", "I run a riding school near Ashby and would like you to look at our insurance cover.",
			[]string{"I run a riding school near Ashby and would like you to look at our insurance cover."}},
		{"would like staff trained", "We are a busy dental practice and would like our nurses trained in the new booking system.",
			[]string{"We are a busy dental practice and would like our nurses trained in the new booking system."}},
		{"would like to book", "We are a community choir of forty voices and would like to book the hall for two Saturdays in May.",
			[]string{"We are a community choir of forty voices and would like to book the hall for two Saturdays in May."}},
		{"manage, would like a quote", "We manage a block of twelve flats and would like a quote for repainting the stairwell.",
			[]string{"We manage a block of twelve flats and would like a quote for repainting the stairwell."}},
		{"have, would like photos retouched", "I have a small online shop and would like the product photos retouched before the sale.",
			[]string{"I have a small online shop and would like the product photos retouched before the sale."}},
		{"guard: keep it that way", "We are a family firm and would like to keep it that way.", nil},
		{"guard: own act", "I am retired now and need to watch every penny.", nil},
		{"guard: introduction alone", "We are a small charity and have been running since 1998.", nil},
	}, askTextsInLanguage)
}
