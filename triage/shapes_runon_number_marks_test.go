package triage

import "testing"

// TestNumberMarksRunOn: a point or colon between digits (a time, a
// price, a version) leaves a texted run-on unpunctuated, so its
// asks are still split; a real full stop or comma keeps the sentence
// whole. Sentences written for this test.
func TestNumberMarksRunOn(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"time with a point", "hi can you book the hall for 7.30pm on the 3rd and can u send the invoice for the deposit",
			[]string{"paid: can you book the hall for 7.30pm on the 3rd", "quick: can u send the invoice for the deposit"}},
		{"time with a colon", "need a taxi at 10:45 from the station tomorrow and can u confirm the fare",
			[]string{"paid: need a taxi at 10:45 from the station tomorrow", "quick: can u confirm the fare"}},
		{"decimal", "hi did the 2.5 tonnes of gravel arrive yet and can you send the delivery note",
			[]string{"quick: did the 2.5 tonnes of gravel arrive yet", "quick: can you send the delivery note"}},
		{"price with a point", "hi did the 412.50 refund go through and can you send the statement",
			[]string{"quick: did the 412.50 refund go through", "quick: can you send the statement"}},
		{"version number", "hi did the 3.2 update go out yet and can you send the release notes",
			[]string{"quick: did the 3.2 update go out yet", "quick: can you send the release notes"}},
	})
}

// TestNumberMarksPunctuation: the marks between digits are not
// punctuation; the same marks elsewhere are.
func TestNumberMarksPunctuation(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"book the hall for 7.30pm and send the invoice", false},
		{"the 12.50 deposit and the 10:45 train", false},
		{"the 1,200 deposit", true},
		{"book the hall. and send the invoice", true},
		{"book the hall, and send the invoice", true},
		{"the total is 12. can you send it", true},
		{"at 10: can you call", true},
		{"the price (roughly) and the date", true},
	} {
		if got := hasPunctMark(tt.text); got != tt.want {
			t.Errorf("hasPunctMark(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
