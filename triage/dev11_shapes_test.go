package triage

import "testing"

// The shapes of dev11's misses, each with sentences written for the rule
// (none taken from a labelled set) and guards where it must not fire.

// TestPoliteWishNoCondition: "if you could …, that would be great" is a
// polite request closed by a wish, not a condition on the go-ahead; a
// real condition, an amount, a price or hours, a counter-offer or a part
// of the work still leave the reply unclear.
func TestPoliteWishNoCondition(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"wish", "Happy to go with that. If you could have it ready by the 18th, that would be great.", Accepted, ""},
		{"wish", "Yes please. If you could send the draft over before the 20th that'd be brilliant.", Accepted, ""},
		{"wish", "Go ahead. If you can copy my office manager in on the emails, that would be really helpful.", Accepted, ""},
		{"wish", "Sounds fair, please proceed - if you could start after the school holidays that would be ideal.", Accepted, ""},
		{"wish", "That's fine, go for it. If you could keep me posted on progress, it would be much appreciated.", Accepted, ""},
		{"wish", "Please crack on. If you would put the new logo on the letterhead, that'd be lovely.", Accepted, ""},
		// Guards: a condition, an amount, a price, a counter-offer or a part.
		{"guard", "If you can have it finished before the 11th then yes, otherwise there's no point.", Unclear, ""},
		{"guard", "Go ahead if you can finish it by Friday.", Unclear, ""},
		{"guard", "If you could do it for $300, that would be great.", Unclear, ""},
		{"guard", "If you could do it for less, that would be great.", Unclear, ""},
		{"guard", "Yes, if you could knock a bit off the price that would be great.", Unclear, ""},
		{"guard", "Yes, if you could do it in two hours rather than three that would be great.", Unclear, ""},
		{"guard", "If you could just do the first part that would be great.", Unclear, ""},
		{"guard", "If you could have it done by Friday that would be great, otherwise we'll leave it.", Unclear, ""},
	})
}

// TestPlanToLeaveForNow: the client's own plan to leave the named work
// for now ("we'll leave the redesign for now") declines it, as "let's
// leave it" does; leaving a part, handing something over ("we'll leave
// the keys with you") or a yes to other work is no plain no.
func TestPlanToLeaveForNow(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"plan to leave", "Thanks, we'll leave the redesign for now.", Declined, "leave"},
		{"plan to leave", "I think we'll leave the audit for now, the budget is tight.", Declined, "leave"},
		{"plan to leave", "We will leave the payroll setup for the time being, thanks anyway.", Declined, "leave"},
		{"plan to leave", "Appreciate the quick reply - I'll leave the website changes for the moment.", Declined, "leave"},
		{"plan to leave", "Ok, we'll leave the new laptop for now then.", Declined, "leave"},
		{"plan to leave", "Thanks Sue, I'll leave the stock count for now.", Declined, "leave"},
		// Guards: a part, a hand-over, a yes to other work.
		{"guard", "We'll leave the rest for now.", Unclear, ""},
		{"guard", "Do the first part; we'll leave the second part for now.", Unclear, ""},
		{"guard", "Go ahead with the return but we'll leave the invoices for now.", Unclear, ""},
		{"guard", "We'll leave the old server running for now, go ahead with the new one.", Unclear, ""},
		{"guard", "We'll leave the keys with you for now.", Unclear, ""},
		{"guard", "We'll leave the choice of colours up to you, go ahead.", Accepted, ""},
		{"guard", "I'll leave the details to you - please proceed.", Accepted, ""},
	})
}

// TestChoiceAfterOffer: "let me know if you need X or whether Y" puts a
// choice to the reader and asks which; an offer with an alternative that
// is an offer too ("… or if you have any questions") asks nothing.
func TestChoiceAfterOffer(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		line string
		ask  bool
	}{
		{"Let me know if you need the original receipts or whether scans are enough.", true},
		{"Let me know if you need me to sign the forms in person or whether I can do it online.", true},
		{"Let me know if you want the logo files as PDFs or whether PNGs will do.", true},
		{"Let me know if you'd like to meet at our office or whether a video call suits you better.", true},
		{"Please let me know if you need anything from me before the audit or whether you have everything already.", true},
		{"Do let me know if you need the keys dropped off or if you still have the spare set.", true},
		// Guards: offers only.
		{"Let me know if you need anything else or if you have any questions.", false},
		{"Let me know if you need more information or if there's anything else I can help with.", false},
		{"Let me know if you need me to resend anything.", false},
		{"Let me know if you need anything, or if you'd like to catch up next week.", false},
	}
	for _, tt := range tests {
		body := "Hi Sam,\n\nThe shop is closed on Monday.\n\n" + tt.line + "\n\nThanks,\nIra\n"
		if got := messy11Ask(t, e, body, tt.line); got != tt.ask {
			t.Errorf("%q: ask %v, want %v", tt.line, got, tt.ask)
		}
	}
}
