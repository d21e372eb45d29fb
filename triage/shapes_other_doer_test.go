package triage

import "testing"

// TestOtherDoerAlternative: a question offering another person as the
// alternative to the firm asks who will do the work, which is quick; a
// request whose "or" is the client's own step, or another task, still
// asks for the work.
func TestOtherDoerAlternative(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"survey or someone else", "Will you be doing the site survey yourself or is it someone else?",
			[]string{"quick: Will you be doing the site survey yourself or is it someone else?"}},
		{"router or somebody from team", "Are you going to fit the new router or will it be somebody from your team?",
			[]string{"quick: Are you going to fit the new router or will it be somebody from your team?"}},
		{"photos or colleague", "Will you take the wedding photos or one of your colleagues?",
			[]string{"quick: Will you take the wedding photos or one of your colleagues?"}},
		{"hearing or a colleague", "Can you run the hearing or will it be a colleague?",
			[]string{"quick: Can you run the hearing or will it be a colleague?"}},
		{"audit or head office", "Is it you doing the year-end audit or someone from head office?",
			[]string{"quick: Is it you doing the year-end audit or someone from head office?"}},
		// Guards: the "or" is another act of the firm's, the client's own
		// step, or a question of size.
		{"guard: or get someone else", "Can you redesign the logo or get someone else to do it?",
			[]string{"paid: Can you redesign the logo or get someone else to do it?"}},
		{"guard: or I call someone", "Could you fix the boiler or should I call someone else?",
			[]string{"paid: Could you fix the boiler or should I call someone else?"}},
		{"guard: or too big", "Could you rewire the kitchen or is that too big a job?",
			[]string{"paid: Could you rewire the kitchen or is that too big a job?"}},
	})
}

// TestOtherDoerAlternativeWords: the word test alone, on shapes that
// never reach classify in the table above.
func TestOtherDoerAlternativeWords(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"will you do it or is it someone else", true},
		{"or somebody from the office", true},
		{"or your colleague", true},
		{"or someone", false},
		{"or should i ask someone else", false},
		{"someone else", false},
	} {
		if got := otherDoerAlternative(words(c.s)); got != c.want {
			t.Errorf("otherDoerAlternative(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
