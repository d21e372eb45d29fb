package triage

// A client who finds the answer while writing often takes the question
// back at the end of the next sentence: "Is parking free on site? I've
// just checked your website, so ignore that." The closing "ignore that"
// settles the question before it, and is no request of its own: there is
// nothing for the firm to do.

// withdrawVerbs take back what was just written: "ignore that",
// "disregard it", "scratch that", "forget that question".
var withdrawVerbs = set("ignore disregard scratch forget")

// withdrawnObjects point back at the question just asked.
var withdrawnObjects = set("that it this me")

// withdrawnQuestionDets: "ignore my question", "forget that question".
var withdrawnQuestionDets = set("my that the this")

// withdrawLeads come right before a withdrawal: "so ignore that",
// "please disregard it", "just forget that question".
var withdrawLeads = set("so then please just")

// withdrawsAsk: ws ends by taking back what came before it: "… so please
// ignore that", "Please disregard it.", "… so never mind". A withdrawal
// with an object of its own ("ignore the old invoice") is not one, nor
// is a question about ignoring a thing ("… or can I ignore it?").
func withdrawsAsk(ws []string) bool {
	n := len(ws)
	switch {
	case n >= 2 && ws[n-2] == "never" && ws[n-1] == "mind", n >= 1 && ws[n-1] == "nevermind":
		return true
	case n >= 2 && withdrawVerbs.has(ws[n-2]) && withdrawnObjects.has(ws[n-1]):
		return ledWithdrawal(ws, n-2)
	case n >= 3 && ws[n-1] == "question" && withdrawnQuestionDets.has(ws[n-2]) && withdrawVerbs.has(ws[n-3]):
		return ledWithdrawal(ws, n-3)
	}
	return false
}

// ledWithdrawal: the withdrawal verb at ws[v] opens the sentence or
// follows one of withdrawLeads, not a subject or a modal ("can I
// ignore it").
func ledWithdrawal(ws []string, v int) bool {
	return v == 0 || withdrawLeads.has(ws[v-1])
}
