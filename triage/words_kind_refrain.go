package triage

import "slices"

// A request not to do something ("please don't send the invoice yet", "do
// not file the return until I've signed it") asks the firm to hold back:
// noting it takes a minute, whatever work it names. "Don't forget to send
// …" and "do not hesitate to …" are not of the kind: the first asks for
// the work, the second offers.

// refrainLeads may come before the negation: "please don't", "but just
// don't".
var refrainLeads = set("please pls kindly just but and so")

// refrainOpeners negate the request's verb when they open it (after
// refrainLeads or fillers).
var refrainOpeners = set("don't dont never")

// refrainTurns follow a negation and turn it into a request to act or an
// offer: "don't forget to", "do not hesitate", "don't fail to".
var refrainTurns = set("forget hesitate fail you we")

// refrains reports a request not to act: its work signals and its form's
// lean count for nothing (classify); rule words still make it research.
func refrains(ws []string) bool {
	i := 0
	for i < len(ws) && (isFiller(ws[i]) || refrainLeads.has(ws[i])) {
		i++
	}
	switch {
	case i+1 < len(ws) && refrainOpeners.has(ws[i]) && !refrainTurns.has(ws[i+1]):
		return true
	case i+2 < len(ws) && ws[i] == "do" && ws[i+1] == "not" && !refrainTurns.has(ws[i+2]):
		return true
	case i+1 < len(ws) && ws[i] == "hold" && holdBacks.has(ws[i+1]):
		return true
	}
	return false
}

// holdBacks turn "hold" into a request to wait: "please hold off on the
// filing", "hold fire on the order". "Hold" alone keeps a thing ("hold
// the room for us").
var holdBacks = set("off fire")

// imperativeLeads open a request before its verb: "kindly send …",
// "remember to book …", "don't forget to include …".
var imperativeLeads = [][]string{{"kindly"}, {"remember", "to"}, {"don't", "forget", "to"}, {"dont", "forget", "to"},
	{"do", "not", "forget", "to"}, {"never", "forget", "to"}, {"also", "remember", "to"}, {"also", "don't", "forget", "to"}}

// afterImperativeLead returns ws past an imperativeLeads opening, or nil.
func afterImperativeLead(ws []string) []string {
	for _, lead := range imperativeLeads {
		if len(ws) > len(lead) && slices.Equal(ws[:len(lead)], lead) {
			return ws[len(lead):]
		}
	}
	return nil
}
