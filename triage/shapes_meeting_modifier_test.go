package triage

import "testing"

// TestMeetingWordAsModifier: a meeting word that modifies the noun after
// it ("the meeting room", "appointment reminders") names a place, a
// paper or a tool, not a meeting asked for, so it does not pull the ask
// to scheduling (shapes_meeting_modifier.go). Meetings and calls asked
// for stay quick. Sentences written for the test.
func TestMeetingWordAsModifier(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you do a quick sketch of how the meeting room should be laid out?", Paid},
		{"en", "Can you set up appointment reminders in the booking system for all three clinics?", Paid},
		{"en", "Could you mock up a sign for the meeting room door?", Paid},
		{"en", "Can you tidy up the meeting notes into something we can circulate?", Paid},
		{"en", "Can you do an artwork for the meeting room wall?", Paid},
		{"en guard: a meeting asked for", "Can we have a meeting on Tuesday?", Quick},
		{"en guard: a call asked for", "Could we set up a call next week?", Quick},
		{"en guard: a room's availability", "Is the meeting room free on Friday?", Quick},
		{"en guard: a paper sent", "Can you send me the meeting notes?", Quick},
		{"en guard: a call back", "Can you call me back after lunch?", Quick},
		{"en guard: booking a room", "Can we book the meeting room for Tuesday?", Quick},
		{"en guard: a room readied", "Would you have the meeting room ready for the auditors at nine?", Quick},
		{"en guard: a space readied", "Could you have the small office ready for the new starter on Monday?", Quick},
	})
}
