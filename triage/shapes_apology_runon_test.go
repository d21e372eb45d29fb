package triage

import "testing"

// TestApologyRunOn: an apology clause run straight into a question with
// no punctuation ("sorry to bother you again is the…") quotes the
// question; sympathy and a bare apology ask nothing.
func TestApologyRunOn(t *testing.T) {
	runAskRows(t, []askRow{
		{"bother again", "Hi,\n\nsorry to bother you again is the boiler engineer still coming thursday\n\nMia\n", "is the boiler engineer still coming thursday", ""},
		{"after hi", "hi sorry to chase you but has the planning fee been paid yet\n\nOwen\n", "has the planning fee been paid yet", ""},
		{"trouble", "Hello,\n\nsorry to trouble you do we need receipts for the phone bill\n\nKit\n", "do we need receipts for the phone bill", ""},
		{"pester, so", "Hiya,\n\nsorry to pester u so are the new business cards printed\n\nZed\n", "are the new business cards printed", ""},
		{"nag", "Hi Al,\n\nsorry to nag you again did the payroll run go through ok\n\nBo\n", "did the payroll run go through ok", ""},
		{"guard: sympathy", "Hi,\n\nsorry to hear you were unwell, hope you are better. When is the audit?\n\nBo\n", "When is the audit?", "sorry to hear you were unwell, hope you are better."},
		{"guard: bare apology", "Hi,\n\nSorry to bother you, I know it's a busy week. Can you send the form?\n\nBo\n", "Can you send the form?", "Sorry to bother you, I know it's a busy week."},
		{"guard: apology statement", "Hi,\n\nsorry to bother you again we have moved the meeting. Is Tuesday ok?\n\nBo\n", "Is Tuesday ok?", "sorry to bother you again we have moved the meeting."},
	})
}
