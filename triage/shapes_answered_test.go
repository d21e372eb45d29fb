package triage

import (
	"strings"
	"testing"
)

// TestSelfAnsweredQuestions: a question the client answers in the same
// paragraph ("Was it the lease? Yes, …", "…? Never mind, I found it",
// "…, so no.") is not asked of the firm. Guards: "No rush" after an ask,
// a yes/no that answers a quoted question of the firm's (another
// paragraph, or an "or" question, or one put to the firm), and a
// sentence opening with Spanish "No" (not).
func TestSelfAnsweredQuestions(t *testing.T) {
	runAskRows(t, []askRow{
		{"yes after", "Hi Omar,\n\nDid the refund from the insurer come through? Yes, it landed on Monday. Could you post it to the right account?\n\nBen\n", "Could you post it to the right account", "Did the refund from the insurer"},
		{"never mind", "Hi,\n\nIs your office closed on Boxing Day? Never mind, it says so on your website. Please send me the December statement.\n\nAnn\n", "Please send me the December statement", "Is your office closed"},
		{"turns out", "Hi Jo,\n\nWas it the new till that caused the gap? Turns out it was, the engineer found it. Can you redo the November reconciliation?\n\nPat\n", "Can you redo the November reconciliation", "Was it the new till"},
		{"lowercase no it", "hi\n\ndid the plumber invoice us twice? no it was the builder. can u chase the builder for the credit note\n\nsid\n", "can u chase the builder", "did the plumber invoice"},
		{"so no verdict", "Hello,\n\nDo we need a licence for the music in the shop? I read the guidance and we're too small, so no. When is the rates bill due?\n\nMia\n", "When is the rates bill due", "Do we need a licence"},
		{"yep", "Hi Carl,\n\nHas the landlord signed the lease? Yep, he did it yesterday. Could you register the lease for us?\n\nEve\n", "Could you register the lease", "Has the landlord signed"},
		{"no rush stays", "Hi Lin,\n\nCould you send me a copy of the engagement letter? No rush, next week is fine.\n\nTom\n", "Could you send me a copy of the engagement letter", ""},
		{"no worries stays", "Hi,\n\nCan you join the call on Thursday? No worries if not.\n\nKay\n", "Can you join the call on Thursday", ""},
		{"or question stays", "Hi Bea,\n\nShould we pay the bill now or wait for the credit? Yes, the supplier knows we're late.\n\nRon\n", "Should we pay the bill now or wait", ""},
		{"put to the firm stays", "Hi,\n\nDo you need the original receipts? No, I can't find them anyway, but I'll look again.\n\nGus\n", "Do you need the original receipts", ""},
		{"answer in next paragraph stays", "Answers below.\n\nIs the van covered for business use?\n\nYes, most days it is used for deliveries.\n\nLea\n", "Is the van covered for business use", ""},
		{"spanish no stays", "Hola Ana:\n\n¿Me puedes mandar el certificado de retenciones? No lo encuentro en el correo.\n\nLuis\n", "Me puedes mandar el certificado", ""},
	})
}

// TestQuestionAndAnswerBriefs: a brief or list written as questions with
// their answers ("Budget? About £2k.", "Who has the keys? Mel and Ian.")
// asks nothing; it takes two such pairs in a mail, so one short question
// followed by context still asks.
func TestQuestionAndAnswerBriefs(t *testing.T) {
	runAskRows(t, []askRow{
		{"brief headings", "Hi Kit,\n\nThe brief:\n\nAudience?\nFamilies within ten miles.\n\nWhy now?\nWe reopen after the refit in May.\n\nCould you draft three poster ideas for the reopening?\n\nRay\n", "Could you draft three poster ideas", "Audience"},
		{"brief why now", "Hi Kit,\n\nTiming?\nEaster weekend.\n\nWhy now?\nWe reopen after the refit in May.\n\nCould you draft three poster ideas for the reopening?\n\nRay\n", "Could you draft three poster ideas", "Why now"},
		{"list pairs", "Hi,\n\nAlready checked:\n- Who signs the cheques? Dora and Len.\n- Where is the safe key? With the manager.\n\nCan you send the audit checklist?\n\nMo\n", "Can you send the audit checklist", "Who signs the cheques"},
		{"heading over list", "Hi Sue,\n\nWhat have we got?\n- a logo\n- two old leaflets\n\nWhat do we need?\n- a new price list\n\nCould you design the price list?\n\nAmy\n", "Could you design the price list", "What do we need"},
		{"inline pairs", "Hi,\n\nHow many staff? Six. Which payroll day? The last Friday. Could you set up the payroll for us from January?\n\nJed\n", "Could you set up the payroll", "How many staff"},
		{"one pair stays", "Hi Tess,\n\nWhen is the VAT return due?\nWe want to pay it early this time.\n\nThanks\nIan\n", "When is the VAT return due", ""},
		{"yes/no heading stays", "Hi,\n\nIs the return filed?\nThe bank wants it.\n\nHas payroll run?\nStaff are asking.\n\nMo\n", "Is the return filed", ""},
		{"yes/no heading stays 2", "Hi,\n\nIs the return filed?\nThe bank wants it.\n\nHas payroll run?\nStaff are asking.\n\nMo\n", "Has payroll run", ""},
		{"verb heading stays", "Hi,\n\nWhat's the fee?\nWe have three staff.\n\nWhen is it due?\nWe want to pay early.\n\nMo\n", "What's the fee", ""},
		{"verb heading stays 2", "Hi,\n\nWhat's the fee?\nWe have three staff.\n\nWhen is it due?\nWe want to pay early.\n\nMo\n", "When is it due", ""},
		{"asks to the firm stay", "Hi,\n\nWhen can you start? Monday.\nWhat do you charge? Roughly.\n\nLiz\n", "When can you start", ""},
	})
}

// TestNoEndsSentence: "no." is "number" only before a digit.
func TestNoEndsSentence(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"We checked, so no. Is the rate the same?", 2},
		{"The answer was no. Can you check again?", 2},
		{"Please quote invoice No. 4471 when paying.", 1},
		{"See Nos. 3 and 4 on the list.", 1},
	} {
		if got := len(sentences(tt.in)); got != tt.want {
			t.Errorf("sentences(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestLastDash: lastDash finds what searching for both dashes finds.
func TestLastDash(t *testing.T) {
	for _, s := range []string{"", "no dash here", "the boiler - it was", "a - b – c", "a – b - c", "well-known – fine",
		"x -y", "café – open - shut", "€ 5 - 6", "-", " - ", " – ", "tail –"} {
		want := max(strings.LastIndex(s, " - "), strings.LastIndex(s, " \u2013 "))
		if got := lastDash(s); got != want {
			t.Errorf("lastDash(%q) = %d, want %d", s, got, want)
		}
	}
}
