package triage

import "testing"

// TestThingWouldHelp: "a delivery slot would be great" asks for the
// thing named, as "… would be appreciated" does; an answer wished for (a
// number, a code, an update) is quick, a document or work wished for is
// left to the classifier (words_thing_would_help.go). Guards: agreement,
// a wish for no thing sent, a date given as an answer, a noun that only
// opens with a sentthing word. Sentences written for the test.
func TestThingWouldHelp(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"tracking number", "A tracking number would be brilliant so I can watch for the van.",
			[]string{"quick: A tracking number would be brilliant so I can watch for the van."}},
		{"access code", "The key safe code would be really helpful before Saturday.",
			[]string{"quick: The key safe code would be really helpful before Saturday."}},
		{"your number", "Your mobile number would be handy in case the lane is blocked.",
			[]string{"quick: Your mobile number would be handy in case the lane is blocked."}},
		{"so useful", "A booking reference would be so useful for our records.",
			[]string{"quick: A booking reference would be so useful for our records."}},
		{"an update", "An update on the valve would be lovely when you have a minute.",
			[]string{"quick: An update on the valve would be lovely when you have a minute."}},
		{"a copy of", "A copy of the gas certificate would be helpful for the tenants.",
			[]string{"quick: A copy of the gas certificate would be helpful for the tenants."}},
		// Guards.
		{"guard: agreement", "That would be great, thanks.", nil},
		{"guard: no thing sent", "A dry weekend would be great for the laying.", nil},
		{"guard: a date", "The 21st would be great for us.", nil},
		{"guard: number plate", "The new number plate would be great.", nil},
		{"guard: past", "The code was helpful, thanks.", nil},
	})
}
