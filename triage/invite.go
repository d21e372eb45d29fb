package triage

import "strings"

// Calendar invitations carry a text rendering full of buttons and
// questions nobody wrote ("Going? Yes - Maybe - No", "Accept Tentative
// Decline", "Need help?"). Isolate drops that boilerplate so that only
// what the sender typed into the invitation can hold an ask.

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
