package triage

import (
	"strings"
	"testing"
)

func TestSkip(t *testing.T) {
	cfg := DefaultConfig()
	cfg.OwnDomains = []string{"firm.test"}
	e := New(cfg)
	body := "Content-Type: text/plain\n\nCan you send me the 2023 P&L?\n"
	greet := func(g string) string {
		return "Content-Type: text/plain\n\n" + g + "\n\nCan you send me the 2023 P&L?\n"
	}
	group := "From: Office at Client <office@client.test>\nList-Id: <office.client.test>\nList-Unsubscribe: <mailto:office+unsubscribe@client.test>\n"
	tests := []struct {
		name    string
		headers string
		body    string
		want    SkipReason
	}{
		{"human mail", "From: Ann <ann@client.test>\n", body, SkipNone},
		{"Auto-Submitted: no is human", "From: ann@client.test\nAuto-Submitted: no\n", body, SkipNone},
		{"auto-replied", "From: ann@client.test\nAuto-Submitted: auto-replied\n", body, SkipAuto},
		{"auto-generated", "From: ann@client.test\nAuto-Submitted: auto-generated\n", body, SkipAuto},
		{"X-Autoreply", "From: ann@client.test\nX-Autoreply: yes\n", body, SkipAuto},
		{"X-Autorespond", "From: ann@client.test\nX-Autorespond: 1\n", body, SkipAuto},
		{"Precedence auto_reply", "From: ann@client.test\nPrecedence: auto_reply\n", body, SkipAuto},
		// X-Auto-Response-Suppress asks that no auto-reply come back;
		// Outlook sets it on mail people write (TestSuppressIsNotAuto).
		{"X-Auto-Response-Suppress All is human", "From: ann@client.test\nX-Auto-Response-Suppress: All\n", body, SkipNone},
		{"X-Auto-Response-Suppress OOF is human", "From: ann@client.test\nX-Auto-Response-Suppress: DR, OOF\n", body, SkipNone},
		// X-Loop marks mail a forwarder passed on (TestLoopHeaderIsNotAuto).
		{"X-Loop is human", "From: ann@client.test\nX-Loop: helpdesk@client.test\n", body, SkipNone},
		{"X-Loop with out-of-office wording", "From: ann@client.test\nX-Loop: ann@client.test\n", "Content-Type: text/plain\n\nI am on annual leave until Monday.\n", SkipAuto},
		{"List-Id", "From: news@client.test\nList-Id: <news.client.test>\n", body, SkipBulk},
		{"List-Unsubscribe", "From: news@client.test\nList-Unsubscribe: <mailto:u@client.test>\n", body, SkipBulk},
		{"Precedence bulk", "From: news@client.test\nPrecedence: bulk\n", body, SkipBulk},
		{"Precedence list", "From: news@client.test\nPrecedence: list\n", body, SkipBulk},
		{"Precedence junk", "From: news@client.test\nPrecedence: junk\n", body, SkipBulk},
		// An organisation's group address relaying a person's mail to the
		// firm: the text decides, and greeting the recipient by name says
		// a person wrote it.
		{"group relays a person's mail", group + "To: Carla Byrne <carla@firm.test>\n", greet("Hi Carla,"), SkipNone},
		{"group relays, recipient without a display name", group + "To: carla.byrne@firm.test\n", greet("Dear Carla"), SkipNone},
		{"group relays, Cc'd recipient greeted", group + "To: desk@firm.test\nCc: Carla Byrne <carla@firm.test>\n", greet("Hello Carla -"), SkipNone},
		{"list mail greeting everyone", group + "To: Carla Byrne <carla@firm.test>\n", greet("Hi all,"), SkipBulk},
		{"list mail greeting someone else", group + "To: Carla Byrne <carla@firm.test>\n", greet("Hi Tom,"), SkipBulk},
		{"list mail without a greeting", group + "To: Carla Byrne <carla@firm.test>\n", body, SkipBulk},
		// Sent to the list alone, the greeted member may be the firm's
		// person: answered (TestListGreetsOneMember).
		{"posted to the list itself", group + "To: office@client.test\n", greet("Hi Carla,"), SkipNone},
		{"posted to the list, greeting everyone", group + "To: office@client.test\n", greet("Hello everyone,"), SkipBulk},
		{"posted to List-Post's address", "From: ann@client.test\nList-Post: <mailto:board@lists.client.test>\nTo: board@lists.client.test\n", greet("Hi Carla,"), SkipBulk},
		{"bulk with a mail-merge greeting", group + "Precedence: bulk\nTo: Carla Byrne <carla@firm.test>\n", greet("Hi Carla,"), SkipBulk},
		{"one-click unsubscribe", group + "List-Unsubscribe-Post: List-Unsubscribe=One-Click\nTo: Carla Byrne <carla@firm.test>\n", greet("Hi Carla,"), SkipBulk},
		{"list mail without recipients", group, greet("Hi Carla,"), SkipNone},
		{"list mail without recipients nor a greeting", group, body, SkipBulk},
		{"MAILER-DAEMON", "From: Mail Delivery System <MAILER-DAEMON@mx.test>\n", body, SkipBounce},
		// postmaster@ bounces say so in the subject; without one it may
		// be a small firm's admin writing (TestPostmasterWriter).
		{"postmaster", "From: postmaster@mx.test\nSubject: Undeliverable: P&L\n", body, SkipBounce},
		{"empty Return-Path", "Return-Path: <>\nFrom: ann@client.test\n", body, SkipBounce},
		{"multipart/report", "From: ann@client.test\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n", "\n--b\nContent-Type: text/plain\n\nCan you help?\n--b--\n", SkipBounce},
		{"own domain", "From: carla@firm.test\n", body, SkipOwn},
		{"own subdomain", "From: carla@mail.firm.test\n", body, SkipOwn},
		{"own draft in inbox", "From: ann@client.test\nX-Fivemin-Source: abc123\n", body, SkipOwn},
		{"out-of-office subject", "From: ann@client.test\nSubject: Out of Office: RE: invoices\n", "Content-Type: text/plain\n\nI am away from the office until Monday.\n", SkipAuto},
		{"out-of-office body alone", "From: ann@client.test\nSubject: RE: invoices\n", "Content-Type: text/plain\n\nThank you for your message. I am away from the office until Monday and will not be checking email. For anything urgent, please contact Declan.\n", SkipAuto},
		{"a client who is away still gets an answer", "From: ann@client.test\nSubject: Out of office next week\n", "Content-Type: text/plain\n\nI'll be out of the office next week. Can you file the return before Friday?\n", SkipNone},
		{"thanks only", "From: ann@client.test\n", "Content-Type: text/plain\n\nThanks so much for getting it done early!\n\nAnn\n", SkipNoQuestions},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.AnalyzeBytes([]byte(tt.headers + tt.body))
			if r.SkipReason != tt.want || r.Skip != (tt.want != SkipNone) {
				t.Errorf("skip = %v %q, want %q (questions %v)", r.Skip, r.SkipReason, tt.want, r.Questions)
			}
		})
	}
}

func TestDecide(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		text string
		want Decision
	}{
		{"Yes please, go ahead. Thanks!", Accepted},
		{"ok go ahead thx", Accepted},
		{"Approved, thanks Tom", Accepted},
		{"No problem at all, go ahead whenever you have time.", Accepted},
		{"I don't mind paying for it. Please proceed.", Accepted},
		{"That works. Please go ahead. Do you need the statements on paper, or is a PDF fine?", Accepted},
		{"Please go ahead with the review. We'd like it before the 14th if possible.", Accepted},
		{"C'est d'accord, vous pouvez commencer.", Accepted},
		{"Sure, sounds good.", Accepted},
		{"Not right now, thanks. We're going to wait.", Declined},
		{"Ok, thanks for explaining. I think I'll leave it as it is.", Declined},
		{"We've decided to hold off on this. If the project grows I'll come back to you.", Declined},
		{"Thanks but no, Helen.", Declined},
		{"Please don't start on the review.", Declined},
		{"Please don't go ahead with it.", Declined},
		{"No, that's ok.", Declined},
		{"De momento lo dejamos.", Declined},
		{"Before I say yes - would the 2 hours also cover the estimates, or is that extra?", Unclear},
		{"Is the $450 on top of our monthly fee?", Unclear},
		{"Let me talk it over with my brother first, I'll get back to you.", Unclear},
		{"Yes, if someone can come before Thursday. If not, let's leave it until after the holidays.", Unclear},
		{"go ahead with the paycheck fix. the 401k stuff can wait.", Unclear},
		{"Could you start with just moving the July expenses?", Unclear},
		{"I uploaded the files this morning.", Unclear},
	}
	for _, tt := range tests {
		if got := e.Decide(tt.text); got != tt.want {
			t.Errorf("Decide(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDecisionIgnoresQuotedQuote: the "go ahead" of the firm's own quote
// below the reply must not turn a no into a yes.
func TestDecisionIgnoresQuotedQuote(t *testing.T) {
	e := New(DefaultConfig())
	raw := "From: ann@client.test\nIn-Reply-To: <q1@firm.test>\nContent-Type: text/plain\n\n" +
		"Not right now, thanks.\n\nOn Mon, Jun 22, 2026 at 2:10 PM Raj <raj@firm.test> wrote:\n> Shall I go ahead? Yes, please proceed is all you need to say.\n"
	r := e.AnalyzeBytes([]byte(raw))
	if r.ReplyDecision != Declined {
		t.Errorf("decision = %q, want declined", r.ReplyDecision)
	}
	if !r.Skip || r.SkipReason != SkipNoQuestions {
		t.Errorf("a bare decision needs no draft: skip=%v %q", r.Skip, r.SkipReason)
	}
	nonReply := e.AnalyzeBytes([]byte("From: ann@client.test\nContent-Type: text/plain\n\nGo ahead.\n"))
	if nonReply.ReplyDecision != DecisionNone {
		t.Errorf("a message that is not a reply got decision %q", nonReply.ReplyDecision)
	}
}

func TestClassify(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		ask      string
		kind     Kind
		category string
	}{
		{"Did you get the bank statements I dropped off?", Quick, ""},
		{"When is our Q3 sales tax return due?", Quick, ""},
		{"Can you send me a copy of the engagement letter?", Quick, ""},
		{"Can we set up a call next week?", Quick, ""},
		{"Do I need to send you the payroll reports?", Quick, ""},
		{"Has my return been e-filed yet?", Quick, ""},
		{"Should I print it from the portal?", Quick, ""},
		{"Please prepare the 2025 S corp return.", Paid, "tax"},
		{"Could you reconcile the company credit card for November and December?", Paid, "bookkeeping"},
		{"Can you run the numbers on whether electing S corp status would save us anything?", Paid, "advisory"},
		{"Could you look into whether we can claim the R&D relief?", Paid, ""},
		{"Design a pull-up banner like our brochure.", Paid, "design"},
		{"We need someone to look at the office router.", Paid, "it"},
		{"Please set up the new 401(k) deductions for the five employees.", Paid, "payroll"},
		{"can you check whether it went through?", Quick, ""},
		{"can you check whether anyone else in the office clicked on it?", Paid, ""},
	}
	for _, tt := range tests {
		qs := e.Questions(tt.ask)
		if len(qs) != 1 {
			t.Errorf("%q: %d asks found, want 1", tt.ask, len(qs))
			continue
		}
		if qs[0].Kind != tt.kind || (tt.category != "" && qs[0].Category != tt.category) {
			t.Errorf("%q: %s/%q, want %s/%q", tt.ask, qs[0].Kind, qs[0].Category, tt.kind, tt.category)
		}
		if qs[0].Minutes <= 0 {
			t.Errorf("%q: no minutes estimated", tt.ask)
		}
	}
}

// TestConfiguredWords shows a firm teaching triage a new phrase.
func TestConfiguredWords(t *testing.T) {
	raw := []byte("From: a@client.test\nContent-Type: text/plain\n\nMuch obliged should you lodge the BAS.\n")
	if r := New(DefaultConfig()).AnalyzeBytes(raw); !r.Skip {
		t.Fatalf("without the frame the sentence is not an ask: %+v", r.Questions)
	}
	cfg := DefaultConfig()
	cfg.Words.RequestFrames = []string{"much obliged should you"}
	cfg.Signals = []Signal{{Match: "lodge {det} bas", Kind: "paid", Weight: 3, Minutes: 90, Category: "tax", Act: "prepare"}}
	r := New(cfg).AnalyzeBytes(raw)
	if len(r.Questions) != 1 || r.Questions[0].Kind != Paid || r.Questions[0].Minutes != 90 || r.Questions[0].Category != "tax" {
		t.Fatalf("configured frame and signal not applied: %+v", r.Questions)
	}
}

func TestValidate(t *testing.T) {
	cfg := DefaultConfig()
	if err := cfg.Validate(); err != nil {
		t.Fatalf("default config invalid: %v", err)
	}
	cfg.Limits.MaxDepth = 0
	cfg.Signals = []Signal{{Match: "", Kind: "maybe"}}
	err := cfg.Validate()
	if err == nil {
		t.Fatal("bad config accepted")
	}
	for _, key := range []string{"triage.limits.max_depth", "triage.signal[0].match", "triage.signal[0].kind"} {
		if !strings.Contains(err.Error(), key) {
			t.Errorf("error %q does not name %s", err, key)
		}
	}
}

// TestGeneralCues holds the general cues learnt from held-out mail: each
// row is a phenomenon, not a memorised sentence.
func TestGeneralCues(t *testing.T) {
	runQuestionCases(t, []questionCase{
		{"two asks on two unpunctuated lines", "did the march invoices get paid\nalso whats the last day to send in my mileage log",
			[]string{"quick: did the march invoices get paid", "quick: also whats the last day to send in my mileage log"}},
		{"a wrapped clause that looks like a question stays joined", "What we need is for you to go through the old invoices and sort out\nwhich ones were paid twice and which are still open. Thanks.",
			[]string{"paid: What we need is for you to go through the old invoices and sort out which ones were paid twice and which are still open."}},
		{"polite conditional request", "I would be grateful if you could prepare a formal demand letter on our behalf.",
			[]string{"paid: I would be grateful if you could prepare a formal demand letter on our behalf."}},
		{"a wish to have work done is an ask", "We'd like to add an online booking page for repairs.",
			[]string{"paid: We'd like to add an online booking page for repairs."}},
		{"a vague wish is not", "Given all this we would like to tighten things up next year.", nil},
		{"wanting to know, with nothing to know, is not an ask", "I'd like to know before we commit to the new landlord.", nil},
		{"a negated frame asks nothing", "Non vorrei che fosse un errore.", nil},
		{"a statement with its subject dropped", "Haven't had the monthly summary email for a few weeks.", nil},
		{"an ask after a conjunction, with the client's plan cut off", "also our logo changed a bit so can you update the label file with the new logo, i'll send the file tonight.",
			[]string{"paid: can you update the label file with the new logo"}},
		{"holiday small talk", "Did you manage to get away at all over the summer?", nil},
		{"rhetorical", "I mean, how hard is it to answer a phone? Who keeps fax machines anyway?", nil},
		{"a yes/no question about a thing is quick", "Is that going to be an issue for the year-end accounts?",
			[]string{"quick: Is that going to be an issue for the year-end accounts?"}},
		{"producing work with a gap in the phrase", "Could you put that together, along with a balance sheet?",
			[]string{"paid: Could you put that together, along with a balance sheet?"}},
		{"formal British requests", "I should be grateful if you would review the draft lease. I would also ask you to prepare a letter to their solicitors.",
			[]string{"paid: I should be grateful if you would review the draft lease.", "paid: I would also ask you to prepare a letter to their solicitors."}},
		{"a question in an aside is not the sentence's ask", "Bookings are flat since the new place opened (they have a sauna, how do you compete with a sauna?)", nil},
		{"a shrug", "I stopped the blog because honestly, who reads yoga blogs?", nil},
		{"a verb used as a noun", "OK so update from the shop floor.", nil},
		{"a decision without further work", "The committee met again and would like to go ahead.", nil},
		{"work asked for with a participle", "We also need the mobile phone policy rewritten.",
			[]string{"paid: We also need the mobile phone policy rewritten."}},
		{"moving a call is scheduling", "Would it be possible to move our call on Thursday to Friday?",
			[]string{"quick: Would it be possible to move our call on Thursday to Friday?"}},
		{"a noun 'draft' is not drafting", "I was wondering whether you'd had a chance to look at the handbook draft I sent.",
			[]string{"quick: I was wondering whether you'd had a chance to look at the handbook draft I sent."}},
		{"a polite request for an act of work is paid", "Can you move the en-suite to the other side? Could you re-edit the two banner images with a darker blue?",
			[]string{"paid: Can you move the en-suite to the other side?", "paid: Could you re-edit the two banner images with a darker blue?"}},
		{"a polite request for an answer is quick", "Can you tell me who handles our payroll now?",
			[]string{"quick: Can you tell me who handles our payroll now?"}},
		{"choosing between dates is scheduling", "Also, can you do the handover meeting on May 4 or May 11?",
			[]string{"quick: Also, can you do the handover meeting on May 4 or May 11?"}},
		{"the same job, its object pointing back", "Please prepare the dormant accounts and file them before the deadline.",
			[]string{"paid: Please prepare the dormant accounts and file them before the deadline."}},
		{"'and also' marks a second ask", "Could you put together a social media plan for June and also let me know whether Meg is still our account manager?",
			[]string{"paid: Could you put together a social media plan for June", "quick: also let me know whether Meg is still our account manager?"}},
		{"'it'll need' describes the job", "It'll need the floors scrubbing and all the windows done.", nil},
		{"a negated need", "I'm not sure we need that, so let's park it for now.", nil},
		{"background after a dash is not part of the ask", "We also need the guest Wi-Fi separated from the office network – a client mentioned they could see our printer.",
			[]string{"paid: We also need the guest Wi-Fi separated from the office network"}},
		{"a new deliverable, even when 'sent over'", "Could you send over a training plan for the first six weeks?",
			[]string{"paid: Could you send over a training plan for the first six weeks?"}},
	})
}

// questionCase is a text and the asks Questions must find in it, each as
// "kind: text".
type questionCase struct {
	name, text string
	want       []string
}

// runQuestionCases runs Questions on each case's text with the default
// configuration.
func runQuestionCases(t *testing.T, cases []questionCase) {
	t.Helper()
	e := New(DefaultConfig())
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range e.Questions(tt.text) {
				got = append(got, string(q.Kind)+": "+q.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Questions(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestDecideGeneralCues(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		text string
		want Decision
	}{
		{"No objections from us, please carry on with the revised elevations.", Accepted},
		{"Sounds reasonable. Green light from me.", Accepted},
		// A weak yes with a question back is for a person to read (when
		// the reader can come takes the yes for granted: see
		// TestReadReplyGeneralShapes, "timing question").
		{"Works for us. Who else have you done this for?", Unclear},
		{"Pode avançar, sim.", Accepted},
		{"The drops have stopped, so no need for the investigation. Go ahead and close the ticket.", Declined},
		{"We've agreed with both staff members to try mediation first, so we won't need the investigation.", Declined},
		{"We've decided to handle the migration in-house. Thanks anyway!", Declined},
		{"Let's not do the video this year. Maybe next spring!", Declined},
		{"Spending that much on the appeal doesn't make sense for us. I'll write to the council myself.", Declined},
	}
	for _, tt := range tests {
		if got := e.Decide(tt.text); got != tt.want {
			t.Errorf("Decide(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDropDecisions: once a reply is known to answer a quote, the yes or
// no is not a new ask; other asks in it still are.
func TestDropDecisions(t *testing.T) {
	e := New(DefaultConfig())
	raw := "From: dana@client.test\nIn-Reply-To: <q@firm.test>\nContent-Type: text/plain\n\nYes, go ahead and book the review for Friday. Also, do you need the December bank statements?\n"
	r := e.AnalyzeBytes([]byte(raw))
	if len(r.Questions) != 2 {
		t.Fatalf("before: %d asks %+v", len(r.Questions), r.Questions)
	}
	e.DropDecisions(r)
	if len(r.Questions) != 1 || !strings.HasPrefix(r.Questions[0].Text, "Also, do you need") || r.NeedsQuote || r.Skip {
		t.Fatalf("after: %+v needsQuote=%v skip=%v", r.Questions, r.NeedsQuote, r.Skip)
	}
	bare := e.AnalyzeBytes([]byte("From: dana@client.test\nIn-Reply-To: <q@firm.test>\nContent-Type: text/plain\n\nYes please, go ahead and start the migration.\n"))
	e.DropDecisions(bare)
	if !bare.Skip || bare.SkipReason != SkipNoQuestions || bare.ReplyDecision != Accepted {
		t.Fatalf("a bare yes: skip=%v %q decision %q", bare.Skip, bare.SkipReason, bare.ReplyDecision)
	}
}

func TestLexiconAnchors(t *testing.T) {
	l := newLexicon([]string{"^ agreed", "go ahead $", "put ... together", "{det} report"})
	tests := []struct {
		text string
		want bool
	}{
		{"Agreed, thanks", true},
		{"We've agreed with the staff", false},
		{"ok go ahead", true},
		{"go ahead and close it", false},
		{"can you put the figures together", true},
		{"put it in a drawer and some day together", false},
		{"send the report", true},
	}
	for _, tt := range tests {
		if got := l.has(words(tt.text)); got != tt.want {
			t.Errorf("has(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestQuoteTagMakesAReply: a message whose subject carries a quote's tag
// is read as an answer even without In-Reply-To or References (the README
// promises the tag is enough); a bracket that is not a tag is not.
func TestQuoteTagMakesAReply(t *testing.T) {
	e := New(DefaultConfig())
	for _, tc := range []struct {
		subject string
		want    Decision
	}{
		{"Re: Bookkeeping for May [Q-7K3M9QX2ABCD]", Accepted},
		{"payroll question [q-7k3m9qx2abcd]", Accepted},
		{"Quote [ Q-AB12 ] for the audit", Accepted},
		{"Re: Bookkeeping for May", DecisionNone},
		{"[Q-] empty tag", DecisionNone},
		{"[Q-not a tag] and [URGENT]", DecisionNone},
	} {
		raw := "From: ann@client.test\nSubject: " + tc.subject + "\nContent-Type: text/plain\n\nYes please, go ahead.\n"
		if got := e.AnalyzeBytes([]byte(raw)).ReplyDecision; got != tc.want {
			t.Errorf("%q: decision %q, want %q", tc.subject, got, tc.want)
		}
	}
}
