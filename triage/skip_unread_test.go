package triage

import (
	"strconv"
	"testing"
)

// TestUnreadWhileAway: an out-of-office reply without the automatic
// headers that says mail goes unread or is not passed on ("I will not be
// reading email", "messages will not be forwarded") gets no draft under
// an "Out of office" subject; a client who says they won't be reading
// email and asks something is answered.
func TestUnreadWhileAway(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		body string
		skip bool
	}{
		{"Hello,\n\nI am out of the office until 5 January and will not be reading email.\n\nRegards\nTom Vale", true},
		{"Hi,\n\nI'm out of the office this week. Your email will not be forwarded; please resend it after the 12th.\n\nJo", true},
		{"Dear sender,\n\nI am currently out of the office and won't be reading messages until Monday.\n\nKind regards\nLia Ward", true},
		{"Hello,\n\nOut of the office until 3 March. Mail to this address won't be forwarded.\n\nSam Ellis", true},
		{"Good afternoon,\n\nI am out of the office on site visits and not reading email until Thursday.\n\nMaya Cole", true},
		{"Hi Ann,\n\nI'm out of the office next week and won't be reading email, so could you file the return before Friday?\n\nThanks\nTom", false},
		{"Ann - I am out of the office from Monday and will not be reading email. Can you send the payslips today please?\n\nJo", false},
	}
	for i, tt := range tests {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			msg := "From: Someone <someone@example.test>\r\nTo: Ann Bell <ann@firm.example.com>\r\nSubject: Out of office" +
				"\r\nMessage-ID: <ua-" + strconv.Itoa(i) + "@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body
			res := e.AnalyzeBytes([]byte(msg))
			if res.Skip != tt.skip || (tt.skip && res.SkipReason != SkipAuto) {
				t.Errorf("skip %v (%s), want %v; questions %v", res.Skip, res.SkipReason, tt.skip, res.Questions)
			}
		})
	}
}
