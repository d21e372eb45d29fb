package triage

import "testing"

// TestMissedMessage: doubting that the firm got an earlier message chases
// it and asks; followed by the ask it waited on, the chase only leads in.
// Knowing the message came, letting it go, or another thing than a
// message asks nothing.
func TestMissedMessage(t *testing.T) {
	runAskRows(t, []askRow{
		{"not sure if", "Hi Gwen,\n\nNot sure if you got my email on Monday about the shop lease.\n\nOtto\n", "Not sure if you got my email on Monday", ""},
		{"don't think", "Hello,\n\nI don't think you received my letter about the boundary wall.\n\nMrs Pike\n", "I don't think you received my letter", ""},
		{"not sure whether, voicemail", "Hi,\n\nI'm not sure whether you got my voicemail yesterday re the van service.\n\nDes\n", "got my voicemail yesterday", ""},
		{"unsure, earlier", "Dear Anna,\n\nUnsure if you saw my earlier message regarding the payroll dates.\n\nKind regards,\nLiam\n", "Unsure if you saw my earlier message", ""},
		{"don't know, text", "hi Ray dont know if you got my text about the skip thanks\n", "dont know if you got my text", ""},
		{"chase then ask", "Hi Sol,\n\nNot sure if you got my last email. Could you send the final drawings for the porch?\n\nMia\n", "Could you send the final drawings", "Not sure if you got my last email"},
		{"guard: knows it came", "Hi,\n\nI know you got my email about the fence. When can you start?\n\nIda\n", "When can you start?", "I know you got my email"},
		{"guard: let go", "Hi,\n\nNot sure if you got my message, but it's sorted now. Is the invoice ready?\n\nIda\n", "Is the invoice ready?", "Not sure if you got my message"},
		{"guard: not a message", "Hi,\n\nI don't think you got my point on the call. Can you send the agenda?\n\nIda\n", "Can you send the agenda?", "I don't think you got my point"},
	})
}
