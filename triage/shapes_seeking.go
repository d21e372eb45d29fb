package triage

// "Looking for someone to…" (and "cherchons quelqu'un pour…", "wir suchen
// jemanden, der…": frames in words.go) asks the firm to take work on when
// the client is the one looking.

// clientLooking: the words before "looking" that make the client the one
// looking ("I'm", "we're", "we are"); "my sister is looking for someone
// to…" passes on another's search.
var clientLooking = set("i'm im we're were am")

// othersSeek: the frame at core[start] is "looking for someone to…" with
// someone other than the client looking.
func othersSeek(core []string, start int) bool {
	if core[start] != "looking" || start == 0 || start+1 >= len(core) || core[start+1] != "for" {
		return false
	}
	p := core[start-1]
	return !clientLooking.has(p) && !(p == "are" && start >= 2 && core[start-2] == "we")
}
