package triage

import (
	"strings"
	"testing"
)

// TestReplyShapes holds the reply rules added for the replies3 set to
// sentences written for each rule (none taken from a set): a bare yes
// answers "shall I go ahead?"; the client planning to do the work
// themselves declines, while not having the time to do it themselves
// does not; a relative or employee of the client who will do the work is
// not the firm's go-ahead.
func TestReplyShapes(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		rule, text string
		want       Decision
		reason     string
	}{
		{"bare yes", "Yep.", Accepted, "yep"},
		{"bare yes", "Yes, thank you.", Accepted, "yes"},
		{"bare yes", "Yes. I'll drop the receipts round on Thursday.", Accepted, "yes"},
		{"bare yes", "Ja.", Accepted, "ja"},
		{"bare yes", "Sure.", Accepted, "sure"},
		{"bare yes", "Absolutely, thanks!", Accepted, "absolutely"},
		{"bare yes", "Sure, I'll ask Priya and let you know.", Unclear, "not decided"},
		{"bare yes", "Yes?", Unclear, "question back"},
		{"bare yes", "Yes. Thanks anyway though.", Unclear, "mixed"},
		{"bare yes", "Yes - but is the filing fee on top?", Unclear, "question back"},
		{"bare yes", "Yes. Let me just check with Sam first.", Unclear, "not decided"},
		{"bare yes", "Yes to the survey.", Unclear, "weak"},
		{"bare yes", "Yes, we moved office in May.", Unclear, "weak"},

		{"own plan", "Thanks for pricing it, but I'll sort it out myself.", Declined, "myself"},
		{"own plan", "We've agreed to handle the payroll in-house from now on.", Declined, "in house"},
		{"own plan", "Honestly, we're going to tackle it ourselves this year.", Declined, "ourselves"},
		{"own plan", "We simply don't have the people to do it ourselves, so please go ahead.", Accepted, "go ahead"},
		{"own plan", "I haven't got the patience to do it myself - go for it.", Accepted, "go for it"},
		{"own plan", "We haven't the time to do this ourselves.", Unclear, ""},
		{"own plan", "I'll give it a try myself first.", Declined, "myself"},
		{"own plan", "We might keep it in-house, we might not.", Unclear, ""},
		{"own plan", "We'll talk it over internally and let you know.", Unclear, "not decided"},

		{"someone else", "Our office manager will do it, so we'll pass.", Declined, "pass"},
		{"someone else", "My daughter has offered to take it on, so thanks anyway.", Declined, "someone else"},
		{"someone else", "My nephew said he'll do it, so we'll leave it.", Declined, "leave it"},
		{"someone else", "My son-in-law is going to do it for us.", Unclear, "someone else"},
		{"someone else", "My business partner is going to handle it.", Unclear, ""},
		{"someone else", "My business partner is going to do it.", Unclear, "someone else"},
		{"someone else", "My husband is happy to go ahead.", Accepted, "go ahead"},
		{"someone else", "Your bookkeeper can start on it on Monday.", Accepted, "start on it"},
		{"someone else", "Go ahead - our team will send you the files.", Accepted, "go ahead"},
		{"someone else", "Tell your juniors they can start on it on Monday.", Accepted, "start on it"},
		{"someone else", "Our IT guy says he can do it, so no thanks.", Declined, "no thanks"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := e.ReadReply(tt.text)
			if got.Decision != tt.want || !strings.Contains(got.Reason, tt.reason) {
				t.Errorf("ReadReply(%q) = %s (%s), want %s (%s…)", tt.text, got.Decision, got.Reason, tt.want, tt.reason)
			}
		})
	}
}

// TestReplyWordsFromConfig: the reply lists a firm may extend take its
// [triage.words] additions, and an engine without them reads as before.
func TestReplyWordsFromConfig(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Words.ThirdParties = []string{"godson"}
	cfg.Words.WeakAccept = []string{"suits us"}
	cfg.Words.WeakDecline = []string{"not for this firm"}
	cfg.Words.SelfWork = []string{"with our own people"}
	cfg.Words.CounterOffers = []string{"shave a bit off"}
	cfg.Words.Deferrals = []string{"circle back"}
	cfg.Words.Partial = []string{"the easy bits"}
	extended, plain := New(cfg), New(DefaultConfig())
	tests := []struct {
		text            string
		plain, extended Decision
		extReason       string
	}{
		{"My godson will do it, so we'll pass.", Unclear, Declined, "someone else"},
		{"Suits us, sounds good.", Unclear, Accepted, "suits us"},
		{"Not for this firm, thanks anyway.", Unclear, Declined, "not for this firm"},
		{"We'll do it with our own people.", Accepted, Declined, "with our own people"},
		{"Go ahead, but shave a bit off.", Accepted, Unclear, "counter-offer"},
		{"Thanks anyway, I'll circle back.", Unclear, Unclear, "not decided: circle back"},
		{"Go ahead with the easy bits.", Accepted, Unclear, "part of the work"},
	}
	for _, tt := range tests {
		if got := plain.ReadReply(tt.text).Decision; got != tt.plain {
			t.Errorf("built-in lists: ReadReply(%q) = %s, want %s", tt.text, got, tt.plain)
		}
		if got := extended.ReadReply(tt.text); got.Decision != tt.extended || !strings.Contains(got.Reason, tt.extReason) {
			t.Errorf("with [triage.words]: ReadReply(%q) = %s (%s), want %s (%s…)", tt.text, got.Decision, got.Reason, tt.extended, tt.extReason)
		}
	}
}
