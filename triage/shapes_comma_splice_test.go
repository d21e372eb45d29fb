package triage

import "testing"

// TestCommaSplicedRunOn: texted run-ons with commas spliced between
// their clauses are read as run-ons and split at their asks, a comma
// before an auxiliary and its subject opening a question
// (shapes_comma_splice.go); short or capitalised writing with commas is
// left to the sentence rules.
func TestCommaSplicedRunOn(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a plumber's leak", "hi kev the tap in the downstairs loo is dripping again, we replaced the washer last month and it made no difference can you tell me when the plumber is free next week",
			[]string{"quick: can you tell me when the plumber is free next week"}},
		{"a status question after the comma", "morning lisa the printer on the second floor jammed twice yesterday and the toner light is flashing, did anyone order the new cartridges",
			[]string{"quick: did anyone order the new cartridges"}},
		{"an auxiliary after the comma", "hiya the dog groomer van blocked our drive for an hour this morning and my husband was late for work, is it the same driver every week",
			[]string{"quick: is it the same driver every week"}},
		{"two questions after commas", "sorry to bother you again the new blinds in the bedroom dont close properly on the left side, is the fitter back this week and can he bring the longer cord",
			[]string{"quick: is the fitter back this week", "quick: can he bring the longer cord"}},
		{"a request after two spliced clauses", "evening sam the boiler made a banging noise overnight, the pressure gauge is down near zero, can someone come out tomorrow to check it over",
			[]string{"paid: can someone come out tomorrow to check it over"}},
		{"a locksmith's gate code", "hey the gate code for the storage yard stopped working last night, we had to climb over the fence, has it been reset and can you email me the new number",
			[]string{"quick: has it been reset", "quick: can you email me the new number"}},
		{"guard: capitalised writing with commas", "Our tenant in flat 2 says the intercom buzzes all night, which is driving her mad, and she has asked twice already.", nil},
		{"guard: short texted line with a comma", "hi jo, can you send me the invoice",
			[]string{"quick: can you send me the invoice"}},
		{"guard: a negated auxiliary after the comma", "we tried restarting the router twice this morning and again at lunch, didn't help at all and the lights are still orange", nil},
		{"guard: a wh-question after the comma", "hi the gutter over the back door at the shop is overflowing again, when could someone come and clear it",
			[]string{"quick: when could someone come and clear it"}},
		{"guard: other marks make it punctuated", "hi ben the van is booked for monday, the keys are at reception; did you get the insurance papers", []string{"quick: did you get the insurance papers"}},
	})
}
