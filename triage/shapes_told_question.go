package triage

// News told as a question: "Did you know they now charge for parking?",
// "did you know that we won the tender?". The client tells the firm
// something it may not know; no answer is wanted. "Did you know about
// the new rule?" and "did you know if the van was booked?" ask what the
// firm knows, and stay asks. Table rows in TestToldAsQuestion
// (shapes_told_question_test.go).

// toldAsQuestion: ws, a question's core words, open "did you know
// (that)" and then a clause with a subject pronoun of its own.
func toldAsQuestion(ws []string) bool {
	if len(ws) < 6 || ws[0] != "did" || ws[2] != "know" || ws[1] != "you" && ws[1] != "u" {
		return false
	}
	i := 3
	if ws[i] == "that" {
		i++
	}
	return toldSubjects.has(ws[i])
}

// toldSubjects open the clause of news: another person's or the
// client's own ("they", "we've"), or "there" of a thing that exists.
var toldSubjects = set("they he she we i it there they've they're they'll he's she's we've we're we'll i've i'm it's there's")
