package triage

import "testing"

// TestSettledWonderNoAsk: a past wondering of the client's, then "but"
// and their own finding, asks nothing; a wondering put to the firm, or
// one the client could not settle, still asks.
func TestSettledWonderNoAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"wondered whether, but I've checked", "I wondered whether the van needed a new MOT, but I've checked the logbook and it's good until May.", nil},
		{"was wondering if, but found", "I was wondering if the hall was free on the 9th, but I found the booking calendar online.", nil},
		{"we wondered, but read", "We wondered whether the kiln counts as a new installation, but we've read the council's note and it doesn't apply to us.", nil},
		{"wondered, so that's fine", "I wondered whether we'd need a second fire exit, but the inspector saw the plans, so that's fine.", nil},
		{"wondered, but remembered", "I wondered whether the quarterly figures were due this month, but I remembered you moved them to January.", nil},
		// Guards: put to the firm; not settled; no "but".
		{"guard: wondered if you could, but", "I wondered if you could redo the seating plan, but only once the numbers are final.",
			[]string{"paid: I wondered if you could redo the seating plan, but only once the numbers are final."}},
		{"guard: but can't find", "I was wondering whether the grant letter had arrived, but I can't find it anywhere?",
			[]string{"quick: I was wondering whether the grant letter had arrived, but I can't find it anywhere?"}},
		{"guard: wondering whether you", "I was wondering whether you received the signed mandate.",
			[]string{"quick: I was wondering whether you received the signed mandate."}},
	})
}

// TestFoundItAnswer: a question followed by "Oh, I've just found…" is
// settled by the client; a finding with a negation leaves it asked.
func TestFoundItAnswer(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"oh, I've just looked", "When is the skip being collected? Oh, I've just looked at the booking and it says Friday.", nil},
		{"ah, I see", "Which room are we in for the course? Ah, I saw it on the joining email, room 4.", nil},
		{"actually, found it", "Has the refund gone through yet? Actually, I found it on this morning's statement.", nil},
		{"oh, we've checked", "How many places are left on the minibus? Oh, we've checked the sheet, it's two.", nil},
		{"ok, I've read", "Do the new rules cover our smokehouse? OK, I've read the leaflet and they do.", nil},
		// Guards: the finding fails; no interjection; a new ask after it.
		{"guard: oh, I've looked but can't", "Has the refund gone through yet? Oh, I've looked and can't see it.",
			[]string{"quick: Has the refund gone through yet?"}},
		{"guard: I've just checked", "Did the parcel go out on Monday? I've just checked the tracking page and it shows nothing.",
			[]string{"quick: Did the parcel go out on Monday?"}},
	})
}

// TestSettledWonderAboutFirm: a past wondering that only talks about the
// firm ("whether you needed …", "whether your team …"), settled by the
// client's own finding after "but", asks nothing, nor does "Oh, I've
// seen your …" after a question; a wondering that asks the firm to act
// ("whether you could …"), a finding that asks ("could you confirm …")
// or fails ("can't see it") still asks.
func TestSettledWonderAboutFirm(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"you needed, but I see", "I had wondered whether you needed the gas certificate too, but I see from your list that you do, so I'll bring it.", nil},
		{"you wanted, but we found", "We wondered whether you wanted the old invoices as well, but we found the answer in your welcome pack.", nil},
		{"your team, but I saw", "I was wondering whether your team works weekends, but I saw on your website that you open on Saturdays.", nil},
		{"your fee, but I've read", "I wondered if your fee covered the second visit, but I've read your terms and it does.", nil},
		{"oh, I've seen your email", "Where do I park for the appointment? Oh, I've just seen your directions email. Could you send the invoice to my work address?",
			[]string{"quick: Could you send the invoice to my work address?"}},
		// Guards: the firm asked to act; a finding that asks; a failed finding.
		{"guard: whether you could", "I was wondering whether you could look at the loft too, but I've seen how cramped it is.",
			[]string{"paid: I was wondering whether you could look at the loft too, but I've seen how cramped it is."}},
		{"guard: could you confirm", "I wondered whether you needed the bills, but I've seen the list, could you confirm which months?",
			[]string{"quick: I wondered whether you needed the bills, but I've seen the list, could you confirm which months?"}},
		{"guard: can't see it", "I was wondering whether you had the signed lease, but I can't see it in your portal.",
			[]string{"quick: I was wondering whether you had the signed lease, but I can't see it in your portal."}},
	})
}
