package triage

// Quick mail drops the subject of a wish for work: "Looking to have the
// P11Ds done", "Keen to get the drawings in this month", "Appreciate if
// you could send the schedule". The frames are in words.go; a bare
// "Appreciate…" opening otherwise reads as thanks.

// appreciateIf: ws open "appreciate (it) if you…": a request put to the
// firm, not thanks.
func appreciateIf(ws []string) bool {
	if len(ws) < 4 || ws[0] != "appreciate" {
		return false
	}
	i := 1
	if ws[i] == "it" {
		i++
	}
	return i+1 < len(ws) && ws[i] == "if" && secondPerson.has(ws[i+1])
}
