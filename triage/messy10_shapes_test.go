package triage

import (
	"strings"
	"testing"
)

// TestListPostGroupQuestion: a discussion-list post answered because a
// member puts a request to the firm's person by name still holds list
// talk: a question to the whole group ("does anyone know …", "has anybody
// got …", "can someone bring …") is for the members, not the firm, so it
// is no ask of the draft; the named request is.
func TestListPostGroupQuestion(t *testing.T) {
	const head = "From: Wendy Sato <wendy@example.org>\n" +
		"To: Board <board@lists.kestrelrowing.test>\n" +
		"Subject: [Board] Spring regatta\n" +
		"List-Id: Kestrel board <board.lists.kestrelrowing.test>\n" +
		"List-Post: <mailto:board@lists.kestrelrowing.test>\n" +
		"Precedence: list\n" +
		"Content-Type: text/plain\n\n"
	tests := []struct {
		name, body, ask, group string
	}{
		{"does anyone know, before the named ask",
			"Hi all,\n\nDoes anyone know whether the boathouse keys were returned?\n\nIvo, could you draw up the regatta budget for the next meeting?\n\nWendy\n",
			"could you draw up the regatta budget", "Does anyone know"},
		{"has anybody got, after the named ask",
			"Morning everyone.\n\nMarta, can you send me the insurance schedule when you get a moment?\n\nHas anybody got a spare trailer board for Saturday?\n",
			"can you send me the insurance schedule", "Has anybody got"},
		{"can someone, in the same paragraph",
			"Lukas, could you look over the grant application before Friday? Can someone bring the urn to the clubhouse on Sunday?\n",
			"could you look over the grant application", "Can someone bring"},
		{"is anyone, texting style",
			"hey all\nNell, would u put together the treasurer's report for the AGM\nis anyone free to help rig the boats on the 9th?\n",
			"would u put together the treasurer's report", "is anyone free"},
		{"could everyone, polite",
			"Dear all,\n\nCould everyone please reply with their availability for the dinner?\n\nPavel, could you check the club's gift aid claim was submitted?\n",
			"could you check the club's gift aid claim", "Could everyone"},
		{"does anybody have",
			"Omar, can you prepare the membership fee invoices for January? Does anybody have the minutes from October?\n",
			"can you prepare the membership fee invoices", "Does anybody have"},
	}
	e := New(DefaultConfig())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.AnalyzeBytes([]byte(head + tt.body))
			if r.Skip {
				t.Fatalf("skipped (%s), want answered", r.SkipReason)
			}
			var found bool
			for _, q := range r.Questions {
				if strings.Contains(q.Text, tt.group) {
					t.Errorf("group question taken as an ask: %q", q.Text)
				}
				found = found || strings.Contains(q.Text, tt.ask)
			}
			if !found {
				t.Errorf("named ask %q not found in %v", tt.ask, r.Questions)
			}
		})
	}
}

// TestInlineAnswerShapes: a client answering the firm's questions between
// the quoted lines. A short answer under a quoted question ("recycled
// please", "the dark green please") picks an option the firm offered, it
// asks nothing, whether or not an "On … wrote:" line heads the quote; a
// line there that opens as a question ("when do you need …", "can we move
// it …") asks one, with or without its question mark.
func TestInlineAnswerShapes(t *testing.T) {
	const head = "From: Rosa Quint <rosa@quintflowers.test>\n" +
		"To: Office <office@fieldbooks.example.com>\n" +
		"Subject: Re: your order\n" +
		"In-Reply-To: <q1@fieldbooks.example.com>\n" +
		"Content-Type: text/plain\n\n"
	const attrib = "On Tue, 8 Dec 2026 at 10:02, Field Books <office@fieldbooks.example.com> wrote:\n"
	tests := []struct {
		name, body string
		ask        string // an ask that must be found ("" none)
		notAsk     string // a line that must not be an ask ("" none)
	}{
		{"choice please, no attribution",
			"Answers below\n\n> Shall we print on recycled paper or standard?\n\nrecycled please\n\n> Anything else?\n\nCan you also send the proof to my partner?\n",
			"Can you also send the proof to my partner?", "recycled please"},
		{"colour please, no attribution",
			"Hi\n> Which colour would you like for the folders?\nthe dark green please\n> Is the logo final?\nyes. could you make it a little larger on the spine?\n",
			"could you make it a little larger on the spine?", "the dark green please"},
		{"channel please with a detail",
			"See below.\n\n> Do you want the report by post or by email?\n\nEmail please, to the office address\n\nAlso what time do you close on the 23rd?\n",
			"what time do you close on the 23rd?", "Email please"},
		{"measure please under an attribution",
			attrib + "> What size should the banner be?\n2 metres wide please\n> Any wording changes?\nCould you put the phone number in bold?\n",
			"Could you put the phone number in bold?", "2 metres wide please"},
		{"wh-question without a mark under an attribution",
			attrib + "> Is there anything else you need from us?\nwhen do you need the receipts by\n",
			"when do you need the receipts by", ""},
		{"what would it cost, no mark",
			attrib + "> Any other changes before we print?\nwhat would it cost to add a second page\n",
			"what would it cost to add a second page", ""},
		{"can we move it, no mark",
			attrib + "> Do you still want the call on Tuesday?\ncan we move it to wednesday instead\n",
			"can we move it to wednesday instead", ""},
		{"where should I send, no attribution",
			"Thanks\n\n> Are the figures final?\n\nNot quite, where should I send the corrected ones\n\n> Shall we file?\n\nnot yet\n",
			"", "not yet"},
		{"how do we, no mark",
			attrib + "> Have the two new staff started?\nyes both on monday\n> Anything else?\nhow do we add them to the pension scheme\n",
			"how do we add them to the pension scheme", "yes both on monday"},
	}
	e := New(DefaultConfig())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.AnalyzeBytes([]byte(head + tt.body))
			var found bool
			for _, q := range r.Questions {
				if tt.notAsk != "" && strings.Contains(q.Text, tt.notAsk) {
					t.Errorf("answer taken as an ask: %q", q.Text)
				}
				found = found || strings.Contains(q.Text, tt.ask)
			}
			if tt.ask != "" && !found {
				t.Errorf("ask %q not found in %v", tt.ask, r.Questions)
			}
		})
	}
}

// TestCheckUnderAgreement: asking the firm to check whether someone may do
// something under a lease, contract, agreement or its terms is reading
// what that agreement allows, research (paid), whoever the someone is; a
// check of whether the agreement was signed or arrived stays a status.
func TestCheckUnderAgreement(t *testing.T) {
	tests := []langCase{
		{"en", "Could you check whether the supplier can charge us a cancellation fee under our contract?", Paid},
		{"en", "Can you find out if the landlord is able to keep the deposit under the tenancy agreement?", Paid},
		{"en", "Please look into whether the agency can make us give three months' notice under the agreement we signed.", Paid},
		{"en", "Would you check if she is free to work for a competitor under her employment contract?", Paid},
		{"en", "Can you advise whether the franchisor can end our franchise early under the terms we signed in 2023?", Paid},
		{"en", "Could you check whether the builder's delay penalty holds up under the contract?", Paid},
		{"en", "Could you check whether the landlord has signed the lease yet?", Quick},
		{"en", "Can you check if the contract arrived in this morning's post?", Quick},
	}
	runLangCases(t, tests)
}

// TestRunOnIsThat: in a run-on without punctuation, "is that", "is this"
// or "is it" straight after a statement ends on when it happened
// ("…since lunch yesterday", "…again") opens a question about what was
// just told, and an ask after it is one of its own; "the problem is that
// …" goes on with the statement.
func TestRunOnIsThat(t *testing.T) {
	tests := []struct {
		text string
		want []string // each held by one ask, in order (a short story before a
		// question that points back at it stays with it: runOnBackground)
	}{
		{"the card reader froze twice this morning is that something you can see from your end", []string{"is that something you can see"}},
		{"our broadband bill has doubled since march is that normal for the new contract", []string{"is that normal"}},
		{"hi the payroll email came through blank again is it meant to have an attachment", []string{"is it meant to have"}},
		{"we got a letter from the council yesterday is this the rates thing you mentioned", []string{"is this the rates thing"}},
		{"the backup drive has been beeping since friday is that a problem and can you take a look next week", []string{"is that a problem", "can you take a look"}},
		{"the invoice total changed overnight is that because of the exchange rate", []string{"is that because of"}},
	}
	// "the problem is that …": the statement goes on, no ask opens there.
	for _, q := range New(DefaultConfig()).Questions("the problem is that the printer keeps jamming again can you have a look when you are in") {
		if strings.HasPrefix(q.Text, "is that") {
			t.Errorf("ask opened inside the statement: %q", q.Text)
		}
	}
	e := New(DefaultConfig())
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			qs := e.Questions(tt.text)
			var got []string
			for _, q := range qs {
				got = append(got, q.Text)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("asks %q, want %d starting %q", got, len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("ask %d = %q, want it to hold %q", i, got[i], w)
				}
			}
		})
	}
}

// TestMeantToAsk: "I meant to ask whether …", "I forgot to ask …", "I've
// been meaning to ask …" put a question as a statement about the asking.
func TestMeantToAsk(t *testing.T) {
	tests := []string{
		"I also meant to ask if you got the signed forms back from my brother.",
		"I was going to ask whether the office is open on the 27th.",
		"Oh and I meant to ask when the next VAT payment leaves the account.",
		"I forgot to ask whether you need the original receipts or copies.",
		"I've been meaning to ask whether our pension contributions went up in April.",
		"We meant to ask if the parking permit renewal came through.",
	}
	e := New(DefaultConfig())
	for _, text := range tests {
		t.Run(text, func(t *testing.T) {
			ctx := "Thanks for sorting the payroll last week, it all went smoothly.\n\n"
			qs := e.Questions(ctx + text)
			if len(qs) != 1 || !strings.Contains(qs[0].Text, "ask") {
				t.Errorf("asks %v, want the one sentence", qs)
			}
		})
	}
}

// TestAndIfSo: ", and if so" after a question joins a second ask that
// depends on its answer: the question, and the work asked if the answer is
// yes, are two asks.
func TestAndIfSo(t *testing.T) {
	tests := []struct{ first, second string }{
		{"Could you tell me whether we need to register for the scheme", "can you do the registration for us?"},
		{"Let me know if the grant covers the new van", "please prepare the claim form."},
		{"Is the old laptop worth repairing", "could you book it in for next week?"},
		{"I need to know whether the lease has a break clause", "I'd like you to draft the notice."},
		{"Please check if the supplier invoice was paid twice", "could you chase them for a refund?"},
		// The second ask a statement of what the client wants done.
		{"What I need to know is whether the van counts as a company car", "I would like you to work out the benefit charge."},
		{"Let me know if the deposit can be reclaimed", "we'd like you to prepare the claim."},
		{"Please find out whether the deadline can be extended", "I need you to file the request."},
		{"I'd like to know if we have to register", "I want you to handle it for us."},
	}
	e := New(DefaultConfig())
	for _, tt := range tests {
		text := tt.first + ", and if so " + tt.second
		t.Run(text, func(t *testing.T) {
			qs := e.Questions(text)
			if len(qs) != 2 || !strings.HasPrefix(qs[0].Text, tt.first) || !strings.Contains(qs[1].Text, tt.second) {
				t.Errorf("asks %v, want %q and %q", qs, tt.first, tt.second)
			}
		})
	}
}

// TestHaveItReady: "could you have the draft budget ready by …" asks the
// firm to make the thing and have it done (paid when the thing is work);
// "will you have it ready", "is it ready" ask after work already asked for.
func TestHaveItReady(t *testing.T) {
	tests := []langCase{
		{"en", "Could you have the year-end pack ready for the board on the 14th?", Paid},
		{"en", "Can you have a first draft of the tender response ready by Wednesday?", Paid},
		{"en", "Would you have the revised floor plans ready to show the builder on Monday?", Paid},
		{"en", "Can you have the cash flow forecast ready to go through at our meeting?", Paid},
		{"en", "Could you have the new logo options ready for the launch meeting?", Paid},
		{"en", "Please have the board pack ready before the trustees meet on Thursday.", Paid},
		{"en", "Is the board pack ready yet?", Quick},
		{"en", "Would you have time for a call before the board meeting?", Quick},
	}
	runLangCases(t, tests)
}

// TestSendSomeone: asking the firm to send a person to look at or fix
// something is a visit, work (paid), whatever the verb after; sending a
// document or a detail stays quick.
func TestSendSomeone(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "can you send someone to look at it", Paid},
		{"en", "could you send someone to look at the boiler controller", Paid},
		{"en", "can you send someone to look at it tomorrow", Paid},
		{"en", "could you send someone to check the wiring in the shed", Paid},
		{"en", "can you send somebody over to look over the new till", Paid},
		{"en", "Could you send someone round to sort the door entry panel?", Paid},
		{"en", "Can you send us the engineer's report from Tuesday?", Quick},
		{"en", "Could you send someone the login for the portal?", Quick},
	})
}
