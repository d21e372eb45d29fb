package triage

// A wish for a new thing the firm makes, voiced by those the client
// answers to or lives with ("the partners would like a proposal for…",
// "my husband wants a breakdown of the fees"), asks the firm for it: the
// client passes on their own side's wish. An outside party's demand ("the
// bank wants a forecast before…") is the reason for an ask, which the
// client then puts in words of their own. Only an indefinite deliverable
// counts (newDeliverable): "the builder would like a cup of tea" names
// none, and a wish to act ("would like to start") is thirdPartyWish's.
func wantsDeliverable(ws []string) bool {
	for i := 1; i+2 < len(ws); i++ {
		n := wishVerbLen(ws[i:])
		if n > 0 && clientSide.has(ws[i-1]) && (newDeliverable(ws[i+n:]) || newMadeThing(ws[i+n:])) {
			return true
		}
	}
	return false
}

// wishVerbLen is the length of the wish verb that opens ws ("would like",
// "would love", "wants", "want"), 0 if none.
func wishVerbLen(ws []string) int {
	switch ws[0] {
	case "wants", "want":
		return 1
	case "would":
		switch ws[1] {
		case "like", "love":
			return 2
		case "really", "also":
			// A degree between: "the board would really like…".
			if len(ws) > 2 && (ws[2] == "like" || ws[2] == "love") {
				return 3
			}
		}
	}
	return 0
}

// newMadeThing: ws opens an indefinite thing and, within a few words, a
// participle of made work ("a proper induction handbook written", "a new
// seating plan drawn"): the thing is wanted made, whatever its noun
// (TestWishedMadeThing).
func newMadeThing(ws []string) bool {
	if len(ws) < 3 || ws[0] != "a" && ws[0] != "an" {
		return false
	}
	for _, w := range ws[1:min(len(ws), 2+newDeliverableReach)] {
		if madeParticiples.has(w) || workParts.has(w) {
			return true
		}
		if nounPhraseBreaks.has(w) {
			return false
		}
	}
	return false
}

// clientSide are those on the client's own side whose wish the client
// voices: its owners and governing bodies, and the household.
var clientSide = set("partners directors board owners trustees committee governors management shareholders " +
	"boss husband wife")
