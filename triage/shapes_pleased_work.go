package triage

// "Please could you rehang the door?", "could you please take the old
// boiler away?": "please" before or after a polite frame makes it a
// request frame too, but it asks for the same act as "could you rehang
// the door?" does, so an act of work after it leans paid as that does
// (classify questionForm). Table rows in TestPleasedWork
// (shapes_pleased_work_test.go).

// politeFramedWork: "would you be able to <work>" (ableWork) or a
// polite frame with "please" and work after it.
func politeFramedWork(ws []string) bool {
	return ableWork(ws) || pleasedWork(ws)
}

// pleasedWork: ws opens "please" + a polite frame, or a polite frame +
// "please", and the verb after it is an act of work.
func pleasedWork(ws []string) bool {
	if len(ws) < 4 {
		return false
	}
	if ws[0] == "please" || ws[0] == "pls" {
		ws = ws[1:]
	} else if ws[2] != "please" {
		return false
	}
	return actionVerb(ws)
}
