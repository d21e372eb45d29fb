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
		{"can't refuse", "I wouldn't say no to that.", Accepted, "wouldn't say no"},
		{"can't refuse", "Wouldn't say no to that, thanks.", Accepted, "wouldn't say no"},
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

		// Beyond the set: answers written for its shapes' neighbours.

		// "so" before an answer ends the premise's clause: its negator
		// does not reach the answer ("I don't see a problem so go ahead").
		{"consequence", "I don't see a problem so go ahead.", Accepted, "go ahead"},
		{"consequence", "No complaints here so please proceed.", Accepted, "proceed"},
		{"consequence", "That doesn't sound unreasonable so please go ahead.", Accepted, "go ahead"},
		{"consequence", "Not much choice really so go ahead.", Accepted, "go ahead"},
		{"consequence", "I don't know the answer so please go ahead and find out.", Accepted, "go ahead"},
		{"consequence", "We haven't got time to do it ourselves so please go ahead.", Accepted, "go ahead"},
		{"consequence", "I don't have the budget so don't go ahead.", Declined, "not go ahead"},
		{"consequence guard", "Go ahead so long as it's done by Friday.", Unclear, "conditional"},
		{"consequence guard", "It's not so expensive that we'd go elsewhere.", Unclear, ""},
		{"consequence guard", "It's not urgent so don't start yet.", Unclear, "not yet"},
		{"consequence guard", "I'm not sure so hold off for now.", Unclear, "not sure"},
		{"consequence guard", "We're not in a hurry, so whenever suits.", Unclear, ""},
		{"consequence guard", "I don't mind either way so you decide.", Unclear, ""},

		// Praise by understatement opening a clause is no part left out.
		{"understatement", "Not a bad price, so please go ahead.", Accepted, "go ahead"},
		{"understatement", "Not a bad idea, go ahead.", Accepted, "go ahead"},
		{"understatement", "Not a bad shout - crack on.", Accepted, "crack on"},
		{"understatement", "Not a bad deal at all, please proceed.", Accepted, "proceed"},
		{"understatement", "Not a bad rate, go for it.", Accepted, "go for it"},
		{"understatement guard", "Not the report, just the letters please.", Unclear, ""},
		{"understatement guard", "Go ahead, but not the payroll.", Unclear, ""},
		{"understatement guard", "Not bad, but we'll pass.", Declined, "pass"},
		{"understatement guard", "The price is not unreasonable, but we've decided against it.", Declined, "decided against"},
		{"understatement guard", "Not a chance, sorry.", Declined, "not a chance"},

		// Passing the quote on to someone else hands the decision over;
		// passing on the work refuses it.
		{"hand on", "I'll pass this to our office manager to approve.", Unclear, ""},
		{"hand on", "I'll pass it on to Jan and she'll let you know.", Unclear, ""},
		{"hand on", "We'll pass the quote to the board on Monday.", Unclear, ""},
		{"hand on", "I'll pass this one along to Priya.", Unclear, ""},
		{"hand on", "We'll pass your email on to the partners.", Unclear, ""},
		{"hand on guard", "I'll pass on this one, thanks.", Declined, "pass"},
		{"hand on guard", "I'll pass this time.", Declined, "pass"},
		{"hand on guard", "We'll pass, thanks.", Declined, "pass"},
		{"hand on guard", "I think we'll pass this year.", Declined, "pass"},
		{"hand on guard", "We'll pass for now, thanks anyway.", Declined, "pass"},

		// Waiving the cost or the time ("never mind the price") is no
		// refusal; "never mind" said of the work or alone still is.
		{"cost waiver", "Never mind the cost, just do it.", Accepted, "do it"},
		{"cost waiver", "Never mind the price - go ahead.", Accepted, "go ahead"},
		{"cost waiver", "Never mind the expense, please proceed.", Accepted, "proceed"},
		{"cost waiver", "Never mind the hours, please get it done.", Accepted, "get it done"},
		{"cost waiver", "Never mind what it costs, go ahead.", Accepted, "go ahead"},
		{"cost waiver", "Never mind how long it takes, please do it.", Accepted, "please do"},
		{"cost waiver guard", "Never mind.", Declined, "never mind"},
		{"cost waiver guard", "Never mind the quote, we've sorted it.", Declined, "never mind"},
		{"cost waiver guard", "Oh never mind, we found the file.", Declined, "never mind"},
		{"cost waiver guard", "Never mind, we'll leave it.", Declined, "never mind"},

		// Not needing the work, said in the progressive or with "shan't".
		{"not needing", "We won't be needing that, thanks.", Declined, "won't be needing"},
		{"not needing", "I won't be needing it after all.", Declined, "won't be needing"},
		{"not needing", "We shan't need it now, thanks.", Declined, "shan't need"},
		{"not needing", "Thanks, but we shan't be needing it.", Declined, "shan't be needing"},
		{"not needing", "We will not be needing the work now, thank you.", Declined, "will not be needing"},
		{"not needing guard", "We won't be needing anything else, go ahead.", Accepted, "go ahead"},
		{"not needing guard", "We won't be needing it now, go ahead with the other one.", Unclear, "mixed"},
		{"not needing guard", "If we won't be needing it after all, I'll let you know.", Unclear, ""},

		// A yes said twice, or with another word of yes, is still a bare
		// yes.
		{"stacked yes", "yep go", Accepted, "yep"},
		{"stacked yes", "Yes yes, go.", Accepted, "yes"},
		{"stacked yes", "Oui oui, merci.", Accepted, "oui"},
		{"stacked yes", "Yep yep.", Accepted, "yep"},
		{"stacked yes", "Go, go, go!", Accepted, "go"},
		{"stacked yes guard", "Yes no maybe.", Unclear, ""},
		{"stacked yes guard", "Yes, no.", Unclear, "mixed"},
		{"stacked yes guard", "Yes, go on the 5th.", Unclear, ""},
		{"stacked yes guard", "Sure? Yes.", Unclear, "question back"},
	})
}
