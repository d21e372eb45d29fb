package triage

import "testing"

// TestRequestAfterSemicolon: a request after a semicolon is an ask even
// after a long cover line or statement; a cover phrase, a reassurance or
// a statement after the semicolon stays no ask (shapes_semicolon_ask.go).
// Sentences written for the test.
func TestRequestAfterSemicolon(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"cover line then please check", "Attached is the survey of the east wing with the damp patches marked; please check whether the wall needs tanking.",
			[]string{"paid: Attached is the survey of the east wing with the damp patches marked; please check whether the wall needs tanking."}},
		{"i've attached then please send", "I've attached the signed delivery notes from last week's orders at the depot; please send me the matching invoices.",
			[]string{"quick: I've attached the signed delivery notes from last week's orders at the depot; please send me the matching invoices."}},
		{"statement then please confirm", "The tiles for the upstairs bathroom arrived from the supplier this morning; please confirm the fitter is still coming on Monday.",
			[]string{"quick: The tiles for the upstairs bathroom arrived from the supplier this morning; please confirm the fitter is still coming on Monday."}},
		{"cover line then could you without a question mark", "Here is the list of the guests who have asked for vegetarian meals at the dinner; could you confirm the numbers with the kitchen.",
			[]string{"quick: Here is the list of the guests who have asked for vegetarian meals at the dinner; could you confirm the numbers with the kitchen."}},
		{"attached are then please redraw", "Attached are the photos of the garden wall and the old gate from the lane side; please redraw the plan with the new gate.",
			[]string{"paid: Attached are the photos of the garden wall and the old gate from the lane side; please redraw the plan with the new gate."}},
		{"guard: please note after the semicolon", "Attached is the timetable for the spring term at the new site; please note the hall is shut on Fridays.",
			nil},
		{"guard: a statement after the semicolon", "Attached is the timetable for the spring term at the new site; the hall is shut on Fridays.",
			nil},
		{"guard: a reassurance after the semicolon", "The cheque for the October invoice from the garage went in the post on Monday; please don't worry about the delay.",
			nil},
	})
}

// TestWelcomedAfterSemicolon: after a cover line and a semicolon, "any
// <thing> … would be appreciated/welcome/a great help" asks for that
// thing; an offer of answers or a statement after the semicolon stays no
// ask. Sentences written for the test (a decorator, a caterer, a wedding
// planner, a newsletter editor, a tiler).
func TestWelcomedAfterSemicolon(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"advice welcome", "I have attached the colour chart for the hall; any advice on the ceiling would be welcome.",
			[]string{"I have attached the colour chart for the hall; any advice on the ceiling would be welcome."}},
		{"suggestions great", "I've enclosed last year's menus; any suggestions for the starters would be great.",
			[]string{"I've enclosed last year's menus; any suggestions for the starters would be great."}},
		{"comments much appreciated", "Please find attached the seating plan; any comments on the top table would be much appreciated.",
			[]string{"Please find attached the seating plan; any comments on the top table would be much appreciated."}},
		{"corrections a great help", "I have attached the draft newsletter; any corrections before Thursday would be a great help.",
			[]string{"I have attached the draft newsletter; any corrections before Thursday would be a great help."}},
		{"idea useful", "Please see attached the photos of the cracked tile; any idea what caused it would be useful.",
			[]string{"Please see attached the photos of the cracked tile; any idea what caused it would be useful."}},
		{"guard: questions offer", "I have attached the invoice; any questions, let me know.", nil},
		{"guard: a statement with would", "Please find attached the quote; any delay would be down to the supplier.", nil},
	}, askTextsInLanguage)
}
