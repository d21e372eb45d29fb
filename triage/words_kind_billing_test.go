package triage

import "testing"

// TestPriceAndBilling: a quote or a price asked for goods is the firm's
// price (a job named by its work stays with the job's words); an instruction about whom to invoice or which order
// number to use is noted in a minute; a wish to understand why something
// happened asks for an explanation. Work asked for in its own right stays
// paid.
func TestPriceAndBilling(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"quote for goods", "Could you quote us for 300 branded mugs and a pull-up stand?",
			[]string{"quick: Could you quote us for 300 branded mugs and a pull-up stand?"}},
		{"quote me, as a request", "Please quote me for two replacement gate posts in green oak.",
			[]string{"quick: Please quote me for two replacement gate posts in green oak."}},
		{"price up", "Would you be able to price up a new oak worktop for the kitchen?",
			[]string{"quick: Would you be able to price up a new oak worktop for the kitchen?"}},
		{"a job that adds counted goods", "Could you quote for supplying 200 more hi-vis vests for the site crew?",
			[]string{"quick: Could you quote for supplying 200 more hi-vis vests for the site crew?"}},
		{"a price for goods with a logo", "Can you give us a price for 40 hoodies with our logo on the back?",
			[]string{"quick: Can you give us a price for 40 hoodies with our logo on the back?"}},
		{"bill us", "Please bill us for the extra hours on the company card.",
			[]string{"quick: Please bill us for the extra hours on the company card."}},
		{"invoice it to someone else", "Could you invoice it to the charity rather than to me personally?",
			[]string{"quick: Could you invoice it to the charity rather than to me personally?"}},
		{"an order number", "Please put our PO number 5521 on the invoice.",
			[]string{"quick: Please put our PO number 5521 on the invoice."}},
		{"understand why", "I would like to understand why my premium went up so much this year.",
			[]string{"quick: I would like to understand why my premium went up so much this year."}},
		// Guards: reviewing someone else's quote, quoting a text, working
		// a bill out, costing work and eligibility research stay paid.
		{"a quote for a job named by its work", "Could you quote us for rewiring the barn and fitting new consumer units?",
			[]string{"paid: Could you quote us for rewiring the barn and fitting new consumer units?"}},
		{"reviewing a quote is work", "Could you review the quote the builder gave us and tell me if it is fair?",
			[]string{"paid: Could you review the quote the builder gave us and tell me if it is fair?"}},
		{"quoting a clause names no client", "Can you quote the break clause in your letter to the landlord and explain what it means for us?",
			[]string{"paid: Can you quote the break clause in your letter to the landlord and explain what it means for us?"}},
		{"working a bill out", "Can you work out what we owe for the extra hours and break it down by person?",
			[]string{"paid: Can you work out what we owe for the extra hours and break it down by person?"}},
		{"costing a project", "Please prepare a detailed costing for the whole refurbishment, room by room.",
			[]string{"paid: Please prepare a detailed costing for the whole refurbishment, room by room."}},
		{"understand whether we qualify", "I would like to understand how the scheme works and whether we qualify.",
			[]string{"paid: I would like to understand how the scheme works and whether we qualify."}},
	})
}
