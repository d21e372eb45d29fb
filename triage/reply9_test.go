package triage

import "testing"

// TestReplyNinthShapes holds the shapes the replies9 set's misses
// prompted, with one-line answers written for them (none is a sentence of
// any labelled set) and the guards that must not fire. Every firing row
// was read otherwise before the rule (unclear, or declined for "hard to
// say no to that").
func TestReplyNinthShapes(t *testing.T) {
	runReplyRows(t, []replyRow{
		// Being unable to refuse the offer agrees to it; its "no" is no
		// refusal.
		{"can't refuse", "Honestly, I can't say no to that.", Accepted, "can't say no"},
		{"can't refuse", "Well, we can hardly refuse an offer like that.", Accepted, "can hardly refuse"},
		{"can't refuse", "Hard to say no to that, thanks.", Accepted, "hard to say no"},
		{"can't refuse", "I couldn't turn that down - thanks Mo.", Accepted, "couldn't turn that down"},
		{"can't refuse", "It's difficult to say no to it really.", Accepted, "difficult to say no"},
		{"can't refuse", "We can't argue with that price.", Accepted, "can't argue with"},
		{"can't refuse", "Frankly we cannot refuse the offer, cheers.", Accepted, "cannot refuse"},
		{"can't refuse guard", "I can't say no to my landlord, so I'll have to check with him first.", Unclear, ""},
		{"can't refuse guard", "You can't say no to the tax office.", Unclear, ""},
		{"can't refuse guard", "I can't say no right now.", Unclear, ""},
		{"can't refuse guard", "I can't say no, but I can't say yes either.", Unclear, ""},
		{"can't refuse guard", "We can't refuse the auditors, but the fee is too much for us.", Declined, ""},

		// A go-ahead for an opening stretch of the quoted time is a part
		// of the work.
		{"opening stretch", "Go ahead with the first hour and let's see.", Unclear, "first hour"},
		{"opening stretch", "Please proceed with the initial two hours.", Unclear, "initial two hours"},
		{"opening stretch", "Yes please, go ahead for the first hour.", Unclear, "first hour"},
		{"opening stretch", "Carry on with the opening hour, then we'll talk.", Unclear, "opening hour"},
		{"opening stretch", "Crack on with the first hour please.", Unclear, "first hour"},
		{"opening stretch guard", "Go ahead - the first hour is usually the slowest, I know.", Accepted, "go ahead"},
		{"opening stretch guard", "Please go ahead. The first hour of Monday is when I'm free to talk.", Accepted, "go ahead"},
		{"opening stretch guard", "Go ahead, first thing Monday, the hours look right.", Accepted, "go ahead"},
		{"opening stretch guard", "Go ahead, it's the first time we've needed more hours.", Accepted, "go ahead"},

		// A request framed as a wish ("we'd be grateful if you could …")
		// sets no condition.
		{"wish request", "We'd be grateful if you could go ahead with the review.", Accepted, "go ahead"},
		{"wish request", "I'd appreciate it if you would proceed as you suggest.", Accepted, "proceed"},
		{"wish request", "We would be very grateful if you could get started next week.", Accepted, "get started"},
		{"wish request", "I'd be obliged if you would go ahead with the filing.", Accepted, "go ahead"},
		{"wish request", "I would appreciate it if you could crack on with it.", Accepted, "crack on"},
		{"wish request", "We'd be grateful if you could hold off for now.", Declined, "hold off"},
		{"wish request guard", "I'd be grateful if you could do it for $300.", Unclear, "amount"},
		{"wish request guard", "I'd be grateful if you could tell me whether that includes VAT.", Unclear, ""},
		{"wish request guard", "We'd be grateful if you could proceed, provided it's done by the 10th.", Unclear, "conditional"},
		{"wish request guard", "Go ahead if you could finish by Friday.", Unclear, "conditional"},

		// An approval reported given: someone has signed the work off.
		{"signed off", "Sam has signed it off.", Accepted, "signed it off"},
		{"signed off", "Our director has signed this off.", Accepted, "signed this off"},
		{"signed off", "The board signed off on it yesterday.", Accepted, "signed off on it"},
		{"signed off", "Finance have now signed off on the spend.", Accepted, "signed off on the spend"},
		{"signed off", "Good news - the partners signed that off this morning.", Accepted, "signed that off"},
		{"signed off guard", "I've signed off the accounts you sent.", Unclear, ""},
		{"signed off guard", "Sam hasn't signed it off yet.", Unclear, "not yet"},
		{"signed off guard", "Once Sam has signed it off, go ahead.", Unclear, "conditional"},
		{"signed off guard", "The board needs to sign off on it first.", Unclear, "not decided"},
		{"signed off guard", "I signed off the last email too quickly - is the price per hour?", Unclear, "question back"},
	})
}
