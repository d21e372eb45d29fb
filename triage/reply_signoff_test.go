package triage

import (
	"strings"
	"testing"
)

// TestReplyBeforeSignOff: replies written for beforeSignOff (none is an
// email of any labelled set): a tagline or footer under a closing and a
// name answers nothing; the guards keep what the client said.
func TestReplyBeforeSignOff(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		name, text string
		want       Decision
		reason     string
	}{
		{"tagline with a yes", "We won't be going ahead with the survey.\n\nKind regards,\n\nPriya Shah\nOffice Manager | Northgate Dental\nYes, we are open on Saturdays - book online at northgate.test", Declined, "not going ahead"},
		{"tagline with a no", "Please proceed.\n\nBest wishes,\nTom Quayle\nQuayle Haulage Ltd\nNo thanks needed - just leave us a review on our website when you can", Accepted, "proceed"},
		{"footer with ok", "Thanks, we'll leave it for this year.\n\nRegards\nMaeve\nOK to print? Please think of the planet before printing this email", Declined, "leave it"},
		{"closing with a name", "Not needed after all, the insurer settled.\n\nThanks, Ravi\nRavi Desai Plumbing & Heating\nYes! Now covering the whole county with same-day call-outs", Declined, "not needed"},
		{"local closing", "Vous pouvez y aller.\n\nBien cordialement,\nJulie Marchand\nPas besoin d'imprimer ce message : pensez à l'environnement avant tout", Accepted, "vous pouvez y aller"},
		{"guard: more on the closing line", "Cheers, go ahead\nDan", Accepted, "go ahead"},
		{"guard: postscript", "Thanks for the note.\n\nBest,\nAnn\n\nPS go ahead with the full review", Accepted, "go ahead"},
		{"guard: closing with no name after", "Hold off for now.\n\nThanks,\nand sorry for the late reply, no need to wait on us next time", Declined, ""},
		{"guard: closing first", "Thanks,\nJo\nYes go ahead", Accepted, "go ahead"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.ReadReply(e.beforeSignOff(tt.text))
			if got.Decision != tt.want || !strings.Contains(got.Reason, tt.reason) {
				t.Errorf("ReadReply(beforeSignOff(%q)) = %s (%s), want %s (%s…)", tt.text, got.Decision, got.Reason, tt.want, tt.reason)
			}
		})
	}
}
