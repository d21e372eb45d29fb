package triage

import "testing"

// TestHopefullyAsk: a request put as a hope with the adverb
// ("Hopefully you can <verb> …", "hopefully someone could …") asks for
// the work as "I'm hoping you can …" does; a hope about the client's own
// plans, a holiday or a thing with no one asked to act is no ask.
func TestHopefullyAsk(t *testing.T) {
	runAskRows(t, []askRow{
		{"can, deadline", "Hi Mo,\n\nHopefully you can send the signed accounts back to me by Friday.\n\nAnn\n", "Hopefully you can send the signed accounts", ""},
		{"could, look", "Hello,\n\nHopefully you could take a look at the payroll errors before the 20th.\n\nPriya\n", "take a look at the payroll errors", ""},
		{"someone can", "Team,\n\nHopefully someone can fix the shared drive permissions this week, nobody in sales can open anything.\n\nJo\n", "someone can fix the shared drive", ""},
		{"you'll be able", "Hi Greta,\n\nHopefully you'll be able to update the website banner for the January sale.\n\nThanks\nOwen\n", "update the website banner", ""},
		{"lowercase phone", "hopefully u can sort the invoice template before monday\n\nSent from my phone\n", "sort the invoice template", ""},
		{"after context", "Morning,\n\nThe auditors arrive on the 12th. Hopefully you could pull together the fixed asset schedule before then.\n\nLes\n", "pull together the fixed asset schedule", ""},
		// Guards: a hope about a holiday, the reader's plans or a thing.
		{"guard: make it", "Hi Jen,\n\nHopefully you can make it to the drinks on Friday. Could you send the October statement?\n\nSue\n", "Could you send the October statement", "make it to the drinks"},
		{"guard: had a break", "Hi Ray,\n\nHopefully you had a restful break. Can you confirm the VAT return went in?\n\nBo\n", "confirm the VAT return", "restful break"},
		{"guard: enjoy", "Hi Ray,\n\nHopefully you'll enjoy the rest of the holidays. Can you confirm the VAT return went in?\n\nBo\n", "confirm the VAT return", "enjoy the rest"},
		{"guard: open it", "Hi Ray,\n\nHopefully you can open the attachment this time. Can you confirm the VAT return went in?\n\nBo\n", "confirm the VAT return", "open the attachment"},
		{"guard: like it", "Hi Ray,\n\nHopefully you'll like the new logo. Can you confirm the VAT return went in?\n\nBo\n", "confirm the VAT return", "like the new logo"},
		{"guard: hoping, see", "Hi Ray,\n\nI'm hoping you can see the changes in red. Can you confirm the VAT return went in?\n\nBo\n", "confirm the VAT return", "see the changes in red"},
		{"guard: a thing", "Hi Ray,\n\nHopefully the parcel arrives tomorrow. Can you confirm the VAT return went in?\n\nBo\n", "confirm the VAT return", "parcel arrives"},
	})
}

// TestWishAsk: "I wish someone would tell me …", "I wish you could …"
// asks someone to act or to answer, as a hope does; a wish for the
// reader ("I wish you a happy new year") or for the writer's own lot
// ("I wish I could come") is no ask.
func TestWishAsk(t *testing.T) {
	runAskRows(t, []askRow{
		{"someone would tell", "Hi Kit,\n\nI wish someone would just tell me when the new mileage rate starts.\n\nDee\n", "tell me when the new mileage rate starts", ""},
		{"you could explain", "Hello,\n\nI really wish you could explain the difference between the two pension schemes on one page.\n\nMarta\n", "explain the difference between the two pension schemes", ""},
		{"you would send", "Hi Abe,\n\nI wish you'd send the invoices as PDFs instead of links, our system can't read them.\n\nTom\n", "send the invoices as PDFs", ""},
		{"we wish someone could", "Dear Ms Reid,\n\nWe wish someone could look at why the card machine keeps dropping the connection.\n\nThe Lamb Inn\n", "look at why the card machine", ""},
		{"lowercase", "honestly i wish u would just confirm whether the payment went thru\n", "confirm whether the payment went thru", ""},
		// Guards: greetings and the writer's own wishes.
		{"guard: season", "Hi Sol,\n\nI wish you a very happy new year. Could you send the P60 again?\n\nKay\n", "Could you send the P60", "happy new year"},
		{"guard: own wish", "Hi Sol,\n\nI wish I could come to the seminar. Could you send the P60 again?\n\nKay\n", "Could you send the P60", "come to the seminar"},
		{"guard: weather", "Hi Sol,\n\nI wish it would stop raining. Could you send the P60 again?\n\nKay\n", "Could you send the P60", "stop raining"},
	})
}

// TestStillCoveredStatus: whether something is still covered by an
// arrangement the firm keeps for the client (a warranty, a support plan,
// a maintenance contract) asks whether it is still in force, a fact, not
// what a rule allows; a condition ("still covered if …") or an
// arrangement without "still" keeps it a question of the rule.
func TestStillCoveredStatus(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Is the server still covered by the support plan?", Quick},
		{"en", "Are our laptops still covered by the warranty you arranged?", Quick},
		{"en", "is the boiler still covered by the service contract", Quick},
		{"en", "Are we still covered by the hosting agreement until March?", Quick},
		{"en", "Is the phone system still covered for repairs under the plan we bought?", Quick},
		{"en", "Is our alarm still covered by the maintenance contract?", Quick},
		// Guards: a condition or a rule, not whether a plan is in force.
		{"en", "Is the staff party still covered by the exemption if partners come along?", Paid},
		{"en", "Would the new van be covered by the annual investment allowance?", Paid},
		{"en", "Is the home office still covered by the relief when I work from the shop instead?", Paid},
		{"en", "Are we still covered by the small business exemption?", Paid},
		{"en", "Is the van still covered by the relief now that we use it at weekends?", Paid},
		{"en", "Is my pension still covered by the allowance after the move abroad?", Paid},
	})
}

// TestLeadInBareYes: a phone answer puts a lead-in before the bare yes
// ("ok go", "yes go", "okay sure", "so yes"); the sentence is
// still only a yes. A lead-in alone ("ok", "ok thanks") only
// acknowledges, and a lead-in before a no is no yes.
func TestLeadInBareYes(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"ok go", "ok go", Accepted, ""},
		{"yes go", "Yes go!", Accepted, ""},
		{"okay sure", "Okay sure.", Accepted, ""},
		{"so yes", "So yes.", Accepted, ""},
		{"ok then yep", "ok then yep", Accepted, ""},
		{"please go", "Please, go.", Accepted, ""},
		{"guard: ok alone", "ok", Unclear, "weak"},
		{"guard: ok thanks", "OK thanks.", Unclear, ""},
		{"guard: ok no", "ok no", Unclear, ""},
		{"guard: ok so no", "ok so no thanks", Declined, ""},
	})
}

// TestStillTalkAfterNo: after a no, "we can still talk it through / discuss
// it at the review" offers the talk anyway; it leaves nothing undecided.
// A talk still needed ("I still need to discuss it"), or offered without
// a no, keeps the reply unclear.
func TestStillTalkAfterNo(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"pass, talk it over", "Thanks, but we'll pass on this one. We can still talk it over at the January meeting.", Declined, ""},
		{"no thanks, discuss", "No thanks, it's more than we can spend this year. We could still discuss the figures when you're next in.", Declined, ""},
		{"don't go ahead", "Please don't go ahead. We can still discuss the rest on Friday.", Declined, ""},
		{"not this time", "Not this time, thanks. We can still talk it through at the year-end meeting.", Declined, ""},
		{"leave it", "No thank you, we'll leave it. We could still talk it over in the spring.", Declined, ""},
		{"guard: still need", "No thanks for now, but I still need to discuss it with Tom.", Unclear, ""},
		{"guard: no no", "We can still discuss it on Friday.", Unclear, ""},
		{"guard: not sure", "I'm still not sure, sorry.", Unclear, ""},
	})
}
