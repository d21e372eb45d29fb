package triage

// paperworkNouns name the client's own billing paperwork.
var paperworkNouns = set("po po's purchase paperwork payment remittance")

// paperworkFollow say the paperwork comes later: "PO to follow", "payment
// will follow".
var paperworkFollow = set("follow follows following")

// paperworkToFollow: the words before a condition say the client's
// paperwork will follow ("PO to follow once our accounts team are
// back"): the condition is on the paperwork, not on the go-ahead.
func paperworkToFollow(ws []string) bool {
	noun := false
	for _, w := range ws {
		noun = noun || paperworkNouns[w]
		if noun && paperworkFollow[w] {
			return true
		}
	}
	return false
}
