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
	case n >= 3 && withdrawnNounEnd(ws[n-2:]) && withdrawVerbs.has(ws[n-3]):
		return ledWithdrawal(ws, n-3)
	}
	return openingWithdrawal(ws) || noNeedToAnswer(ws)
}

// noAnswerVerbs are what "no need to …" waives when it takes the question
// back: "…, so no need to answer that one", "No need to reply to my
// question, I found it" is openingWithdrawal's.
var noAnswerVerbs = set("answer reply respond")

// noNeedToAnswer: the sentence ends "so no need to answer that (one)", or
// is "No need to answer that": the client settled the question before it
// (TestNoNeedToAnswer). The object must point at the question ("that",
// "that one", "it", "my question"): "…, no need to reply to this" waives a
// reply to the mail, and an ask before it in the sentence still stands.
func noNeedToAnswer(ws []string) bool {
	n := len(ws)
	for k := n - 2; k >= 3 && k >= n-5; k-- {
		if !noAnswerVerbs.has(ws[k]) || ws[k-1] != "to" || ws[k-2] != "need" || ws[k-3] != "no" {
			continue
		}
		if k-3 > 0 && ws[k-4] != "so" {
			return false
		}
		obj := ws[k+1:]
		if len(obj) > 0 && (obj[0] == "to" || obj[0] == "on") {
			obj = obj[1:]
		}
		switch len(obj) {
		case 1:
			return obj[0] == "that" || obj[0] == "it"
		case 2:
			return withdrawnNounEnd(obj)
		}
		return false
	}
	return false
}

// withdrawnNounEnd: "my question", "that question", "that one", "this
// one" point back at the question just asked.
func withdrawnNounEnd(two []string) bool {
	return two[1] == "question" && withdrawnQuestionDets.has(two[0]) || two[1] == "one" && (two[0] == "that" || two[0] == "this")
}

// openingWithdrawal: "Please ignore that question, I've found your
// email.", "Scratch that, we sorted it.": the sentence opens by taking
// back the question before, then gives the reason in a clause with a
// subject of its own. "Please ignore that invoice" names its own object.
func openingWithdrawal(ws []string) bool {
	v := 0
	for v < len(ws) && v < 2 && withdrawLeads.has(ws[v]) {
		v++
	}
	if v+2 >= len(ws) || !withdrawVerbs.has(ws[v]) {
		return false
	}
	o := v + 1
	switch {
	case (ws[o] == "that" || ws[o] == "this" || withdrawnQuestionDets.has(ws[o])) && (ws[o+1] == "question" || ws[o+1] == "one"):
		o += 2
	case withdrawnObjects.has(ws[o]) && ws[o] != "me":
		o++
	default:
		return false
	}
	return o < len(ws) && withdrawReasonSubjects.has(ws[o])
}

// withdrawReasonSubjects open the reason after a withdrawal: "…, I've
// found it", "…, we sorted it", "…, it's on your website".
var withdrawReasonSubjects = set("i i've i'm i'd we we've we're it it's it’s i’ve i’m we’ve found just sorry")

// ledWithdrawal: the withdrawal verb at ws[v] opens the sentence or
// follows one of withdrawLeads, not a subject or a modal ("can I
// ignore it").
func ledWithdrawal(ws []string, v int) bool {
	return v == 0 || withdrawLeads.has(ws[v-1])
}
