package triage

import (
	"strings"
	"testing"
)

// TestInvitationSubjectIsNoAsk: a calendar invitation's subject is the
// event's title ("Invitation: Review the lease draft @ …"); with a few
// words of the sender's and no ask in them, the message asks nothing,
// even when the title names work. The same short message without a
// calendar part still reads a subject that asks ("Review the lease
// draft") as the ask.
func TestInvitationSubjectIsNoAsk(t *testing.T) {
	e := New(DefaultConfig())
	titles := []string{
		"Invitation: Review the lease draft @ Tue Mar 3, 2026 9am - 10am",
		"Invitation: Prepare the year-end accounts @ Wed 14 Jan 2026 14:00 - 15:00 (GMT)",
		"Updated invitation: Audit of the stock count @ Fri 6 Feb 2026 10:00",
		"Einladung: Steuererklärung prüfen @ Mo. 2. März 2026 09:00 - 10:00 (MEZ)",
		"Invitation: Redesign the menu cards @ Thu Apr 9, 2026 3pm - 4pm",
	}
	for _, subj := range titles {
		for _, method := range []string{"REQUEST", ""} {
			raw := invitation("Sending an invite for the meeting. Agenda is in the invite.", method)
			raw = []byte(strings.Replace(string(raw), "Invitation: Quarterly review @ Tue Mar 3, 2026 9am", subj, 1))
			res := e.AnalyzeBytes(raw)
			if method != "" && len(res.Questions) != 0 {
				t.Errorf("%q with a calendar part: asks %v, want none", subj, res.Questions)
			}
			// Guard: no calendar part, so the subject may be the ask.
			if method == "" && strings.Contains(subj, "lease") && len(res.Questions) == 0 {
				t.Errorf("%q without a calendar part: no ask, want the subject read", subj)
			}
		}
	}
}
