package triage

import (
	"strings"
	"testing"
)

// TestLeaveReturnWording: an out-of-office reply without the automatic
// headers that names the return day and the time away ("returning
// Tuesday", "during this time") gets no draft; a person who says when
// they are back and asks something is answered. Messages written for
// the test.
func TestLeaveReturnWording(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		body string
		skip bool
	}{
		{"I am on annual leave, returning Tuesday 9 March. I will have no access to email during this time. For bookings please ring the front desk.\n\nLeah Moss", true},
		{"I'm on holiday and back on Wednesday 17 June. I won't be checking messages during this period; for site queries contact Carl on 07700 900123.\n\nPete Nwosu", true},
		{"Thank you for your email. I'm out of the office returning on Monday 4 May, with no access to my email. Please contact reception@quarrylane.test in my absence.\n\nDina Shah", true},
		{"I'm away at a conference returning Friday. During this time I have no access to emails. Orders can go to orders@tilecraft.test.\n\nBen Ortiz", true},
		{"I am on leave and will return on Thursday 2 April. During my absence please send invoices to accounts@marlowgardens.test.\n\nFaye Kerr", true},
		{"Hi Ann,\n\nI'm back on Monday after the holiday. Could you send me the revised schedule before then?\n\nLeah", false},
		{"Hi Ann,\n\nWe close for two weeks from Friday and the alarm is off during this time. Can your team still get in to finish the skirting?\n\nPete", false},
	}
	for i, tt := range tests {
		t.Run(strings.Repeat("x", i+1), func(t *testing.T) {
			msg := "From: Someone <someone@example.test>\r\nTo: Ann Bell <ann@firm.example.com>\r\nSubject: Re: March visit" +
				"\r\nMessage-ID: <lr-" + strings.Repeat("x", i+1) + "@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
				strings.ReplaceAll(tt.body, "\n", "\r\n")
			res := e.AnalyzeBytes([]byte(msg))
			if res.Skip != tt.skip || (tt.skip && res.SkipReason != SkipAuto) {
				t.Errorf("skip=%v (%s), want %v", res.Skip, res.SkipReason, tt.skip)
			}
		})
	}
}
