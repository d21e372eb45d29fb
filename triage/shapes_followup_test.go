package triage

// These rows test where asks are found and cut, not their kind.

import "testing"

// TestAskAfterLongStatement: after a long statement that asks nothing, an
// ask put to the firm after a comma is quoted from its own start, with or
// without a question mark.
func TestAskAfterLongStatement(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"full stop", "We dropped the signed lease and both deposit receipts through your letterbox late on Friday evening, could you file them with the rest of the tenancy papers.",
			[]string{"could you file them with the rest of the tenancy papers."}},
		{"no punctuation", "The accountant we had before left all of last year's payslips in a box in the back office, would you go through them and check the tax codes",
			[]string{"would you go through them and check the tax codes"}},
		{"question mark", "The accountant we had before left all of last year's payslips in a box in the back office, would you go through them?",
			[]string{"would you go through them?"}},
		{"short lead kept", "I posted it on Monday, can you check it arrived.",
			[]string{"I posted it on Monday, can you check it arrived."}},
	})
}

// TestOpinionFollowUp: "let me know what you think" after a question in
// the same paragraph asks that question again; after a statement it is
// the ask.
func TestOpinionFollowUp(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"after question", "Can we move the launch to March? Let me know what you think.",
			[]string{"Can we move the launch to March?"}},
		{"thoughts", "Should we switch to quarterly billing? Thoughts?",
			[]string{"Should we switch to quarterly billing?"}},
		{"please", "Is the old van worth keeping for another year? Please let us know your thoughts.",
			[]string{"Is the old van worth keeping for another year?"}},
		{"after statement", "Here is the new brochure layout. Let me know what you think.",
			[]string{"Let me know what you think."}},
		{"with object", "Can we move the launch to March? Let me know what you think of the new logo too.",
			[]string{"Can we move the launch to March?", "Let me know what you think of the new logo too."}},
	})
}

// TestShrugAfterNotKnowing: a shrug word closing "no idea", "not sure"
// belongs to the admission; the question after it is asked. Without the
// admission the shrug still makes the question rhetorical.
func TestShrugAfterNotKnowing(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"no idea honestly", "No idea honestly - which option do most landlords pick?",
			[]string{"No idea honestly - which option do most landlords pick?"}},
		{"not sure really", "Not sure really, how long do other firms keep the old ledgers?",
			[]string{"Not sure really, how long do other firms keep the old ledgers?"}},
		{"rhetorical", "Honestly, who reads the small print on these forms?", nil},
	})
}

func TestAdmitsNotKnowing(t *testing.T) {
	tests := []struct {
		ws   []string
		want bool
	}{
		{[]string{"no", "idea"}, true},
		{[]string{"dunno"}, true},
		{[]string{"i", "don't", "know"}, true},
		{[]string{"good", "idea"}, false},
		{nil, false},
		{[]string{"sure"}, false},
	}
	for _, tt := range tests {
		if got := admitsNotKnowing(tt.ws); got != tt.want {
			t.Errorf("admitsNotKnowing(%q) = %v, want %v", tt.ws, got, tt.want)
		}
	}
}

// TestLongStoryBeforeShortAsk: a short run-on ask that points back is
// quoted with a short statement of what it is about, but not with a
// long story; a need put as a statement is the ask and stays with it.
func TestLongStoryBeforeShortAsk(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"long story", "the boiler in the back kitchen has been making that banging noise again every morning since the cold snap started can you come and look at it",
			[]string{"can you come and look at it"}},
		{"short statement", "the wifi upstairs keeps dropping can you have a look",
			[]string{"the wifi upstairs keeps dropping can you have a look"}},
		{"need", "need another two boxes of the headed paper same as the last order by next friday can u do that",
			[]string{"need another two boxes of the headed paper same as the last order by next friday can u do that"}},
	})
}

// TestConditionWithoutComma: "if …" typed without its comma before
// "could you" is a request quoted with its condition; a condition with
// no request to the firm after it asks nothing.
func TestConditionWithoutComma(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"with aside", "If the landlord says no could you write the formal notice for us, we have never done one.",
			[]string{"If the landlord says no could you write the formal notice for us, we have never done one."}},
		{"can you", "If the parcel turns up today can you put it in the safe.",
			[]string{"If the parcel turns up today can you put it in the safe."}},
		{"no request", "If the parcel turns up today we will collect it after lunch.", nil},
	})
}

func TestConditionAskAt(t *testing.T) {
	tests := []struct {
		ws   []string
		want int
	}{
		{[]string{"if", "it", "rains", "could", "you", "bring", "it", "in"}, 3},
		{[]string{"if", "you", "could", "send", "it"}, 0},
		{[]string{"when", "it", "rains", "could", "you", "bring", "it"}, 0},
	}
	for _, tt := range tests {
		if got := conditionAskAt(tt.ws); got != tt.want {
			t.Errorf("conditionAskAt(%q) = %d, want %d", tt.ws, got, tt.want)
		}
	}
}

// TestUnjoinedRequestAfterStory: "can you" straight after a long
// statement, with no joiner, starts the request in a punctuated sentence;
// a contact detail after the last comma is not part of it.
func TestUnjoinedRequestAfterStory(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"contact tail", "Our new bookkeeper Tamsin says the login you set up for her last week still does not work can you reset it for her, her email is tamsin@example.org.",
			[]string{"can you reset it for her"}},
		{"indirect", "The bank manager wanted to know from us last Tuesday at the branch meeting whether you could send the accounts.", nil},
		{"number", "Please ring her back today, her number is 0161 555 0199.",
			[]string{"Please ring her back today"}},
		{"no contact", "Please post the forms to the office, the address is on the letter.",
			[]string{"Please post the forms to the office, the address is on the letter."}},
	})
}

func TestUnjoinedRequest(t *testing.T) {
	ws := []string{"the", "man", "from", "the", "bank", "rang", "twice", "this", "week", "about", "the", "old", "loan", "again", "can", "you", "call", "him"}
	tests := []struct {
		k    int
		want bool
	}{
		{14, true},
		{5, false},
		{15, false},
	}
	for _, tt := range tests {
		if got := unjoinedRequest(ws, tt.k); got != tt.want {
			t.Errorf("unjoinedRequest(%d) = %v, want %v", tt.k, got, tt.want)
		}
	}
}

// TestRunOnSomeone: in a run-on "can someone", "could anyone" asks the
// firm for one of its people just as "can you" does.
func TestRunOnSomeone(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"someone", "the card reader at the front desk went offline twice this morning and we lost two sales can someone ring me back before lunch about it",
			[]string{"can someone ring me back before lunch about it"}},
		{"anyone then question", "the shared calendar stopped syncing on my phone over the weekend could anyone reset my account and is the server being moved this month",
			// a statement of twelve words stays with the short ask after it
			[]string{"the shared calendar stopped syncing on my phone over the weekend could anyone reset my account", "is the server being moved this month"}},
	})
}
