package triage

// meetingModifierHeads are nouns a meeting word can modify, making the
// phrase a place, a paper or a tool rather than a meeting: "the meeting
// room", "the call centre", "the meeting minutes", "appointment reminders".
var meetingModifierHeads = set("room rooms space spaces area areas hall halls point centre center centres centers " +
	"table tables pod pods booth booths notes minutes agenda agendas pack packs papers slides deck " +
	"reminder reminders recording recordings transcript transcripts software system systems")

// meetingAsModifier: a scheduling signal whose last word is a meeting
// noun used as a modifier ("could you draw where the desks go in the
// meeting room?", "set up call recording for the team") asks for no
// meeting; the noun after it is what the ask is about.
func (e *Engine) meetingAsModifier(ws []string, end, si int) bool {
	return end > 0 && end < len(ws) && e.signals[si].Act == "schedule" &&
		meetingNouns.has(ws[end-1]) && meetingModifierHeads.has(ws[end])
}

// placeReadyMatch: a room or space to have ready for a visit ("could you
// have the meeting room ready for ten?") is readying a place, quick, as
// having the keys ready is; without it, the veto above would leave the
// "have … ready" frame of prepared work to decide.
const placeReadyMatch = "room ready|rooms ready|hall ready|space ready|office ready"

func init() {
	registerSignals([]Signal{{Match: placeReadyMatch, Kind: "quick", Weight: 5, Minutes: 1, Act: "confirm"}}, nil)
}
