package triage

import "testing"

// TestWhAfterBackground: after a comma, a wh-question in question word
// order opens the ask, with a word of degree ("how soon could you …")
// or an indefinite subject ("when can someone …"), and after a long
// run-on of background when a modal puts it to the firm. A relative
// clause and the generic "you" of a remark do not.
func TestWhAfterBackground(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"how soon", "the gate has come off its hinges, how soon could you get here",
			[]string{"quick: how soon could you get here"}},
		{"someone", "the card machine is down again, when can someone look at it",
			[]string{"quick: when can someone look at it"}},
		{"how long", "the render is cracking round the window, how long will it take to patch",
			[]string{"quick: how long will it take to patch"}},
		{"long background", "hi the extractor fan in the upstairs bathroom at the rental has stopped working altogether, when could someone pop round",
			[]string{"quick: when could someone pop round"}},
		{"long background, u", "morning so the tenant in flat 2 rang last night about the heating going off again, how soon can u send an engineer",
			[]string{"quick: how soon can u send an engineer"}},
		// Guards: a relative clause, a generic remark, a statement.
		{"guard: relative", "the parcel came on Friday, when we were away", nil},
		{"guard: generic you", "so the new bakery on the corner opened last week with a coffee bar, how do you compete with that", nil},
		{"guard: statement", "the lock has jammed again, we will get it fixed ourselves", nil},
	})
}
