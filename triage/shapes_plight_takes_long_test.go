package triage

import "testing"

// TestWhyAllTakesLong: a why-question whose subject is everything or
// everyone and that says how long things take complains; the ask beside
// it stays. A particular subject, or "all" + a noun, asks.
func TestWhyAllTakesLong(t *testing.T) {
	runAskRows(t, []askRow{
		{"everything months", "Hi,\n\nWhy does everything at the land registry take four months? Can you chase the title update?\n\nAl\n", "Can you chase the title update", "Why does everything at the land registry"},
		{"everyone forever", "Hi,\n\nWhy does everyone at the depot take forever to answer? Please send me the new delivery slots.\n\nBo\n", "Please send me the new delivery slots", "Why does everyone at the depot"},
		{"everybody weeks", "Hi,\n\nWhy does everybody in procurement take weeks to sign anything? Could you resend the order form?\n\nCy\n", "Could you resend the order form", "Why does everybody in procurement"},
		{"everything so long", "Hi,\n\nWhy does everything involving the insurer take so long? Can you call them about the claim?\n\nDi\n", "Can you call them about the claim", "Why does everything involving the insurer"},
		{"does everything ages", "Morning,\n\nWhy must everything with planning take ages? Could you book the site visit for Friday?\n\nEd\n", "Could you book the site visit", "Why must everything with planning"},
		// Guards: a particular subject, or "all" + a noun, the firm can explain.
		{"guard: the refund", "Hi,\n\nWhy does the refund take three weeks?\n\nFi\n", "Why does the refund take three weeks", ""},
		{"guard: all the transfers", "Hi,\n\nWhy do all the transfers take two days to clear?\n\nGil\n", "Why do all the transfers take two days", ""},
		{"guard: everything without length", "Hi,\n\nWhy does everything on the statement take VAT at 20%?\n\nHal\n", "Why does everything on the statement take VAT", ""},
	})
}

// TestOwnPlightWonder: "how did we end up here?", "how have I got myself
// into this mess?": the client sighs at their own plight; the ask beside
// it stays. Ending up with or doing a thing asks the firm to explain it.
func TestOwnPlightWonder(t *testing.T) {
	runAskRows(t, []askRow{
		{"end up here again", "Hi,\n\nThe till is short again. How did we end up here again? Can you go through March's cash sheets?\n\nIvo\n", "Can you go through March's cash sheets", "How did we end up here again"},
		{"got myself into this mess", "Hi,\n\nHow have I got myself into this mess? Please send me the payment plan form.\n\nJo\n", "Please send me the payment plan form", "How have I got myself into this mess"},
		{"land in such a muddle", "Hi,\n\nHow did we land in such a muddle with the rota? Could you draft a new one for May?\n\nKit\n", "Could you draft a new one for May", "How did we land in such a muddle"},
		{"wind up back here", "Hi,\n\nHow did I wind up back here? Can you confirm the hearing date?\n\nLee\n", "Can you confirm the hearing date", "How did I wind up back here"},
		{"ever get into this situation", "Hi,\n\nHow did we ever get into this situation? Could you call the landlord's agent?\n\nMo\n", "Could you call the landlord's agent", "How did we ever get into this situation"},
		// Guards: what they ended up with or doing is a fact to explain.
		{"guard: end up with", "Hi,\n\nHow did we end up with two invoices for March?\n\nNia\n", "How did we end up with two invoices", ""},
		{"guard: end up paying", "Hi,\n\nHow did I end up paying the penalty twice?\n\nOz\n", "How did I end up paying the penalty twice", ""},
		{"guard: present get here", "Hi,\n\nHow do we get here from the station?\n\nPat\n", "How do we get here from the station", ""},
	})
}
