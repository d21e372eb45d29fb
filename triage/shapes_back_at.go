package triage

// "Back at my desk today", "back from leave and …", "back in the office
// now": a clause that opens with "back" and a place or a time says the
// writer has returned; it is not the verb of "back up the files" or "back
// the claim". Table rows in TestBackAtDesk (shapes_back_at_test.go).

// returnWords follow "back" when it means the writer has returned.
var returnWords = set("at in from home on after today now again to")

// returnedBack: ws opens with "back" and a return word.
func returnedBack(ws []string) bool {
	return len(ws) > 1 && ws[0] == "back" && returnWords.has(ws[1])
}
