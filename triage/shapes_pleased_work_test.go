package triage

import "testing"

// TestPleasedWork: "please" before or after a polite frame ("please could
// you …", "could you please …") asks for the same act as the frame alone:
// an act of work leans paid. Guards: an answer, a call or a copy stays
// quick with "please" as without it.
func TestPleasedWork(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"please could you rehang", "Please could you rehang the back door so it stops sticking?",
			[]string{"paid: Please could you rehang the back door so it stops sticking?"}},
		{"could you please reupholster", "Could you please reupholster the two dining chairs in the green velvet?",
			[]string{"paid: Could you please reupholster the two dining chairs in the green velvet?"}},
		{"would you please take away", "Would you please take the old boiler away when you fit the new one?",
			[]string{"paid: Would you please take the old boiler away when you fit the new one?"}},
		{"can you please lengthen", "Can you please lengthen the curtains in the front room by ten centimetres?",
			[]string{"paid: Can you please lengthen the curtains in the front room by ten centimetres?"}},
		{"please would you trim", "Please would you trim the beech hedge along the lane before the spring?",
			[]string{"paid: Please would you trim the beech hedge along the lane before the spring?"}},
		// Guards: the same frames asking for an answer, a call or a copy.
		{"guard: a copy", "Could you please send me the certificate for the gas check?",
			[]string{"quick: Could you please send me the certificate for the gas check?"}},
		{"guard: a call", "Please could you ring me after lunch?",
			[]string{"quick: Please could you ring me after lunch?"}},
		{"guard: a date", "Could you please tell me when the van is due?",
			[]string{"quick: Could you please tell me when the van is due?"}},
		{"guard: confirm", "Please could you confirm the booking for Saturday?",
			[]string{"quick: Please could you confirm the booking for Saturday?"}},
	})
}
