package triage

import "strings"

// Calendar invitations carry a text rendering full of buttons and
// questions nobody wrote ("Going? Yes - Maybe - No", "Accept Tentative
// Decline", "Need help?"). Isolate drops that boilerplate so that only
// what the sender typed into the invitation can hold an ask.

// inviteStrongMarkers are lines only invitations carry; two of them mark
// a text as an invitation even without a text/calendar part (a forwarded
// invite, a client that sends the rendering alone).
var inviteStrongMarkers = []string{
	"join microsoft teams meeting", "microsoft teams meeting", "click here to join the meeting",
	"join with google meet", "invitation from google calendar", "you have been invited to the following event",
	"accept tentative decline", "accept | tentative | decline", "begin:vcalendar", "forwarding this invitation could allow",
	"join zoom meeting", "you are receiving this courtesy email",
}

// inviteLines start the boilerplate lines of an invitation: join links,
// dial-in numbers, RSVP buttons and the calendar's footer.
var inviteLines = []string{
	"join microsoft teams meeting", "microsoft teams meeting", "microsoft teams need help", "join on your computer",
	"click here to join the meeting", "meeting id:", "passcode:", "conference id:", "meeting options", "learn more about teams",
	"download teams", "join on the web", "local numbers", "reset pin", "join by phone", "join with google meet",
	"more phone numbers", "join zoom meeting", "one tap mobile", "dial by your location", "find your local number",
	"reply for ", "view all guest info", "more options", "invitation from google calendar", "accept tentative decline",
	"accept | tentative | decline", "going (", "going?", "will you attend", "rsvp", "yes - maybe - no", "yes | no | maybe",
	"you have been invited to the following event", "event details:", "need help?", "view event in google calendar",
	"learn more", "for organizers:", "pin:",
}

// inviteFooters open the footer of a calendar's message: the rest is the
// calendar's, not the sender's.
var inviteFooters = []string{
	"invitation from google calendar", "you are receiving this courtesy email", "you are receiving this email because you are an attendee",
	"forwarding this invitation could allow", "to stop receiving future updates for this event",
}

// inviteLinkHosts are meeting links; a line holding one is a join line.
var inviteLinkHosts = []string{"teams.microsoft.com/", "meet.google.com/", "zoom.us/j/", "aka.ms/jointeamsmeeting", "calendar.google.com/", "google.com/calendar/"}

// isInvitation: the text carries two strong invitation markers.
func isInvitation(lines []string) bool {
	n := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t != "" && hasAnyPrefixFold(t, inviteStrongMarkers) {
			n++
			if n >= 2 {
				return true
			}
		}
	}
	return false
}

// stripInvite drops an invitation's boilerplate: an iCalendar block shown
// as text, join and dial-in lines, RSVP buttons, lone Yes/No/Maybe lines,
// and the calendar's footer to the end.
func stripInvite(lines []string) []string {
	out := lines[:0:0]
	inICS := false
	for _, l := range lines {
		t := strings.ToLower(strings.TrimSpace(strings.Trim(strings.TrimSpace(l), "*_")))
		switch {
		case t == "begin:vcalendar":
			inICS = true
		case inICS:
			inICS = t != "end:vcalendar"
		case hasAnyPrefix(t, inviteFooters):
			return trimTrailingRule(out)
		case t != "" && (hasAnyPrefix(t, inviteLines) || containsAny(t, inviteLinkHosts) || rsvpWord(t) || dialIn(t)):
		default:
			out = append(out, l)
		}
	}
	return out
}

// rsvpWord: a line that is only an answer button.
func rsvpWord(t string) bool {
	switch strings.Trim(t, "[]<>()|-• ") {
	case "yes", "no", "maybe", "accept", "decline", "tentative", "propose new time":
		return true
	}
	return false
}

// dialIn: a phone number line of a dial-in list ("+1 555-0100,,1234#
// United States, Dallas (Toll)"), digits first.
func dialIn(t string) bool {
	if !strings.HasPrefix(t, "+") && !strings.HasPrefix(t, "(") {
		return false
	}
	digits := 0
	for _, r := range t {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return digits >= 7
}
