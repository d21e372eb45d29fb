package triage

// The client's own purpose after an ask for something to be sent: "send
// us the bank details so we can complete the set-up", "could you email the
// plan so that I can print it". What follows "so (that) we can" is the
// client's next step with what is sent, not work asked of the firm, so
// its words take no part in the ask's kind. After other asks ("a rough
// quote … so we can work out …") the purpose may size the work, and stays.
// Table rows in TestOwnPurpose (shapes_own_purpose_test.go).

// purposeSubjects are the client's own persons; a third party's purpose
// ("so the bank can review it") may still be work the firm prepares for.
var purposeSubjects = set("i we")

// purposeModals follow the subject in a purpose clause.
var purposeModals = set("can could may might")

// purposeContracted are a subject and a modal written as one word.
var purposeContracted = set("we'll i'll")

// minAskBeforePurpose is the fewest words the ask must keep before the
// purpose clause, so that a sentence that is all purpose stays whole.
const minAskBeforePurpose = 3

// ownPurposeAt returns where a purpose clause of the client's own opens
// in ws, or len(ws) when there is none.
func ownPurposeAt(ws []string) int {
	sent := false
	for i := 0; i+1 < len(ws); i++ {
		sent = sent || deliverVerbs.has(ws[i])
		if ws[i] != "so" || !sent || i < minAskBeforePurpose {
			continue
		}
		j := i + 1
		if ws[j] == "that" {
			j++
		}
		switch {
		case j < len(ws) && purposeContracted.has(ws[j]):
			return i
		case j+1 < len(ws) && purposeSubjects.has(ws[j]) && purposeModals.has(ws[j+1]):
			return i
		}
	}
	return len(ws)
}
