package triage

import "testing"

// TestBookingsAndRefunds: a request to book, pencil in, reserve or refund
// is admin (quick) whatever the form; work named beside the booking keeps
// the ask paid (words_kind_bookings.go).
func TestBookingsAndRefunds(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"book it, request form", "That date is perfect, please book it for me.",
			[]string{"quick: That date is perfect, please book it for me."}},
		{"pencil in", "Please pencil me in for the 9am slot on the 14th.",
			[]string{"quick: Please pencil me in for the 9am slot on the 14th."}},
		{"reserve", "Could you reserve two seats at the tasting for Helga and me?",
			[]string{"quick: Could you reserve two seats at the tasting for Helga and me?"}},
		{"refund a deposit", "Could you refund the deposit for the cancelled piano lesson?",
			[]string{"quick: Could you refund the deposit for the cancelled piano lesson?"}},
		{"a refund", "Please arrange a refund for the duplicate payment on my account.",
			[]string{"quick: Please arrange a refund for the duplicate payment on my account."}},
		{"guard: booking beside work", "Please book it in and rebuild the carburettor while you have it.",
			[]string{"paid: Please book it in and rebuild the carburettor while you have it."}},
		{"guard: a refund claim to prepare", "Can you prepare the paperwork to claim a refund of the overpaid business rates for the last three years?",
			[]string{"paid: Can you prepare the paperwork to claim a refund of the overpaid business rates for the last three years?"}},
		{"guard: work without a booking", "Please redesign the booking form on our website.",
			[]string{"paid: Please redesign the booking form on our website."}},
	}, askListInLanguage)
}
