package triage

import "testing"

// TestAppositiveName: a name set off by commas after the subject ("My
// colleague, Sam, is away…") closes an aside; the verb after it goes on
// with the subject, so no question opens there. A question put to the
// firm after the name still asks.
func TestAppositiveName(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"is away", "My assistant, Priya, is on leave until the 12th.", nil},
		{"has the keys", "Our caretaker, Len, has the keys to the plant room.", nil},
		{"would be happy to", "Our treasurer, Moira Quinn, would be happy to walk you through the accounts.", nil},
		{"was at the site", "The site foreman, Declan, was at the meeting on Tuesday.", nil},
		{"is very keen", "Their head gardener, Tobias, is very keen and would be glad to show you round.", nil},
		// Guards: a question after the name, a vocative, a list.
		{"guard: could you after the name", "Our bookkeeper, Jan, could you copy her in on the reply?",
			[]string{"quick: Our bookkeeper, Jan, could you copy her in on the reply?"}},
		{"guard: the firm addressed", "Hi Sam, is the survey still booked for Thursday?",
			[]string{"quick: is the survey still booked for Thursday?"}},
		{"guard: a request after a list", "The boiler, the taps, is the shower on your list too?",
			[]string{"quick: The boiler, the taps, is the shower on your list too?"}},
	})
}

// TestAppositiveAfterPartOfGroup: the subject may be one of a group ("One
// of our joiners, Marcus, is …"); the name after it is an aside all the
// same. A question put to the firm after it still asks.
func TestAppositiveAfterPartOfGroup(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"one of our, is deaf", "One of our drivers, Kwame, is Deaf and lip-reads well.", nil},
		{"two of my, have moved", "Two of my tenants, Ann and Ray, have moved to the ground-floor flat.", nil},
		{"one of their, was", "One of their cleaners, Dot, was the first to spot the leak.", nil},
		{"one of our, is moving", "One of our regulars, Mrs Pike, is moving to Spain in the spring.", nil},
		{"one of the, is", "One of the new starters, Hamid, is colour-blind and finds the charts hard.", nil},
		{"guard: could you after the name", "One of our drivers, Kwame, could you add him to the insurance?",
			[]string{"paid: One of our drivers, Kwame, could you add him to the insurance?"}},
		{"guard: a question with a question mark", "One of our drivers, Kwame, is he covered on the van?",
			[]string{"quick: One of our drivers, Kwame, is he covered on the van?"}},
	})
}
