package triage

import (
	"strings"
	"testing"
)

// invitation builds a multipart/alternative message with a text rendering
// and, when method is set, a text/calendar part.
func invitation(text, method string) []byte {
	var b strings.Builder
	b.WriteString("From: Dana Reyes <dana@example.test>\r\nTo: ann@example.test\r\nSubject: Invitation: Quarterly review @ Tue Mar 3, 2026 9am\r\n")
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n")
	b.WriteString("--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
	b.WriteString(strings.ReplaceAll(text, "\n", "\r\n"))
	b.WriteString("\r\n")
	if method != "" {
		b.WriteString("--b1\r\nContent-Type: text/calendar; charset=UTF-8; method=" + method + "\r\n\r\n")
		b.WriteString("BEGIN:VCALENDAR\r\nMETHOD:" + method + "\r\nBEGIN:VEVENT\r\nSUMMARY:Quarterly review\r\n")
		b.WriteString("ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ann@example.test\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
	}
	b.WriteString("--b1--\r\n")
	return []byte(b.String())
}

const teamsBlock = `________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_x>
Meeting ID: 123 456 789 012
Passcode: a1b2c3
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+1 555-0100,,123456789#   United States, Springfield
Phone Conference ID: 123 456 789#
Find a local number<https://dialin.teams.microsoft.com/x> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
Need help?<https://aka.ms/JoinTeamsMeeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________`

const googleInvite = `Quarterly review
Tuesday Mar 3, 2026 ⋅ 9am – 10am
Eastern Time - New York

Join with Google Meet
meet.google.com/abc-defg-hij
Join by phone
(US) +1 555-0100 PIN: 123456789
More phone numbers

%s
Guests
Dana Reyes - organizer
ann@example.test
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=x

Going (ann@example.test)? Yes - Maybe - No
Reply for ann@example.test
Yes
No
Maybe
More options https://calendar.google.com/calendar/event?action=VIEW&eid=y

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
Forwarding this invitation could allow any recipient to send a response to the organizer. Learn more`

// TestInvitations: an invitation's rendering asks nothing; what the
// sender typed into it can.
func TestInvitations(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		name string
		raw  []byte
		want []string // the asks' texts
		gone []string // boilerplate that must not be in the new text
	}{
		{
			name: "Teams invitation with a text/calendar part and no own text",
			raw:  invitation(teamsBlock, "REQUEST"),
			gone: []string{"Need help?", "Meeting ID", "Passcode", "Join on the web"},
		},
		{
			name: "Google invitation: the RSVP question is the calendar's",
			raw:  invitation(strings.Replace(googleInvite, "%s\n", "", 1), "REQUEST"),
			gone: []string{"Going (", "Reply for", "Maybe", "Invitation from Google Calendar"},
		},
		{
			name: "Google invitation with a question the sender wrote",
			raw:  invitation(strings.Replace(googleInvite, "%s", "Could you bring last year's return and the 1099 forms?\n", 1), "REQUEST"),
			want: []string{"Could you bring last year's return and the 1099 forms?"},
			gone: []string{"Going (", "Need help"},
		},
		{
			name: "Teams invitation with the sender's question above the block",
			raw:  invitation("Can you look over the draft budget before we meet?\n\n"+teamsBlock, "REQUEST"),
			want: []string{"Can you look over the draft budget before we meet?"},
			gone: []string{"Need help?"},
		},
		{
			name: "Outlook buttons in the text alone, no calendar part",
			raw:  invitation("Accept Tentative Decline\n\n"+teamsBlock, ""),
			gone: []string{"Accept", "Need help?"},
		},
		{
			name: "a cancellation (METHOD:CANCEL) asks nothing either",
			raw:  invitation("This event has been cancelled.\n\nWill you attend? Yes | No", "CANCEL"),
			gone: []string{"Will you attend"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := e.AnalyzeBytes(tt.raw)
			var got []string
			for _, q := range res.Questions {
				got = append(got, q.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("asks %q, want %q\nnew text:\n%s", got, tt.want, res.NewText)
			}
			for _, g := range tt.gone {
				if strings.Contains(res.NewText, g) {
					t.Errorf("new text keeps %q:\n%s", g, res.NewText)
				}
			}
		})
	}
}

// TestNotAnInvitation: a message that mentions one meeting marker is not
// an invitation, and keeps its text.
func TestNotAnInvitation(t *testing.T) {
	e := New(DefaultConfig())
	in := "Microsoft Teams meeting next week?\n\nCan you join a call on Friday at 10?"
	if got := e.Isolate(in); got != in {
		t.Errorf("Isolate(%q) = %q", in, got)
	}
}
