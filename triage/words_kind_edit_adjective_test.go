package triage

import "testing"

// TestEditAdjective: after a determiner an edit word ("the correct
// spelling") only describes the detail a piece of work must carry; the
// work verb decides (editAdjective, words_kind_modifier.go).
func TestEditAdjective(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"recut a plate", "Please recut the brass plate with the correct spelling.",
			[]string{"paid: Please recut the brass plate with the correct spelling."}},
		{"reprint menus", "Please reprint the menus with the correct address.",
			[]string{"paid: Please reprint the menus with the correct address."}},
		{"redo a sign", "Could you redo the shop sign with the correct spelling?",
			[]string{"paid: Could you redo the shop sign with the correct spelling?"}},
		{"re-engrave a trophy", "Please re-engrave the trophy with the correct date.",
			[]string{"paid: Please re-engrave the trophy with the correct date."}},
		{"rebuild a label run", "Can you rebuild the label file with the correct address for the depot?",
			[]string{"paid: Can you rebuild the label file with the correct address for the depot?"}},
		{"guard: correcting a detail stays quick", "Can you correct the spelling of my surname on the booking?",
			[]string{"quick: Can you correct the spelling of my surname on the booking?"}},
		{"guard: updating a field on file stays quick", "Please update the phone number you have for us.",
			[]string{"quick: Please update the phone number you have for us."}},
		{"guard: changing an address stays quick", "Could you change the address on the invoice?",
			[]string{"quick: Could you change the address on the invoice?"}},
	})
}

// TestDrawingsPlural: sketches and mock-ups named in the plural are
// design work as the singular is (words.go); rows put as a "quick
// question" whose frame weighs nothing, so the noun decides.
func TestDrawingsPlural(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"sketches of a porch", "Quick question - can you knock up some sketches of the new porch?",
			[]string{"paid: Quick question - can you knock up some sketches of the new porch?"}},
		{"sketches of a float", "Quick question - can you knock up two sketches of the float for the parade committee?",
			[]string{"paid: Quick question - can you knock up two sketches of the float for the parade committee?"}},
		{"sketches of a tree house", "Quick question - can you knock up a few sketches of the tree house?",
			[]string{"paid: Quick question - can you knock up a few sketches of the tree house?"}},
		{"mockups of a livery", "Quick question - can you knock up mockups of the van livery?",
			[]string{"paid: Quick question - can you knock up mockups of the van livery?"}},
		{"mock-ups of an awning", "Quick question - can you knock up mock-ups of the shop awning?",
			[]string{"paid: Quick question - can you knock up mock-ups of the shop awning?"}},
		{"guard: asking after sketches sent", "Quick one - did the sketches go to the council?",
			[]string{"quick: Quick one - did the sketches go to the council?"}},
	})
}
