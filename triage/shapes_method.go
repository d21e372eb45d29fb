package triage

// Asks for a method ("how would we go about registering for Gift Aid?")
// name no work verb the signal lists know, yet a careful professional
// answers them with research or a plan, not a sentence. Table rows:
// TestMethodAsk, TestReceiveFromFirm (shapes_method_test.go).

// methodWeight pushes an ask for a way to do something towards paid, as
// ruleCheckWeight does for a check of a rule. It counts as rule weight,
// so the advice frames around it ("should we", "can we") drop out.
const methodWeight = 2.0

// methodAsk: the ask wants a way to do something: "how would we go about
// registering…", "what's the best way for us to structure…", "what would
// it take to move…". A way to hand something over or reach someone ("the
// best way to send you the receipts", "how do I go about booking a call")
// is logistics a rep answers in a line; so is the way to look after a
// thing the client owns ("the best way to clean the stone going forward").
func methodAsk(ws []string) bool {
	for i, w := range ws {
		var rest []string
		switch w {
		case "go":
			rest = goAboutRest(ws, i)
		case "way", "approach":
			rest = bestWayRest(ws, i)
		case "take":
			rest = whatItTakesRest(ws, i)
		default:
			continue
		}
		if len(rest) > 0 {
			return !methodLogistics.has(rest[0]) && !getsAcross(rest)
		}
	}
	return false
}

// getsAcross: "get the documents to you", "getting hold of the
// landlord", "get in touch": getting is a hand-over or reaching someone
// when a direction follows it; "getting probate" gets a thing made.
func getsAcross(rest []string) bool {
	if rest[0] != "get" && rest[0] != "getting" {
		return false
	}
	for _, w := range rest[1:min(len(rest), methodReach+1)] {
		if getDirections.has(w) {
			return true
		}
	}
	return false
}

// methodReach is how far "how" may stand before "go about" ("how would
// we go about", "how do I actually go about") and how many words "for us"
// may take before "to" ("best way for the two of us to…").
const methodReach = 5

// goAboutRest: the words after "how … go about".
func goAboutRest(ws []string, i int) []string {
	if i+2 >= len(ws) || ws[i+1] != "about" {
		return nil
	}
	for k := max(0, i-methodReach); k < i; k++ {
		if ws[k] == "how" {
			return ws[i+2:]
		}
	}
	return nil
}

// bestWayRest: the words after "best way (for us) to", "right approach to".
func bestWayRest(ws []string, i int) []string {
	if i == 0 || !methodJudges.has(ws[i-1]) {
		return nil
	}
	for k := i + 1; k < len(ws)-1 && k <= i+methodReach; k++ {
		if ws[k] == "to" {
			return ws[k+1:]
		}
		if k == i+1 && ws[k] != "for" {
			return nil // "the best way round", "the best approach we found"
		}
	}
	return nil
}

// whatItTakesRest: the words after "what would it take to".
func whatItTakesRest(ws []string, i int) []string {
	if i < 3 || i+2 >= len(ws) || ws[i-1] != "it" || !takeModals.has(ws[i-2]) || ws[i+1] != "to" {
		return nil
	}
	for _, w := range ws[:i-2] {
		if w == "what" || w == "what's" {
			return ws[i+2:]
		}
	}
	return nil
}

var (
	methodJudges = set("best right proper correct cleanest simplest")
	takeModals   = set("would will does")
	// getDirections send a thing somewhere or reach someone after "get".
	getDirections = set("to over back across round in hold through")
	// methodLogistics hand something over, reach someone, or look after
	// a thing.
	methodLogistics = set("send sending contact contacting reach reaching book booking call calling " +
		"ring email emailing phone drop dropping post posting deliver return share upload give find access " +
		"log sign signing pay paying come visit meet reply " +
		"clean cleaning maintain maintaining store storing water watering wash washing polish polishing " +
		"look care feed feeding protect protecting")
)

// receivesMade: "could we get a condition report…", "can I have a
// valuation of…": after a client frame of ability, getting a thing asks
// the firm to make or hand it over; the act is the firm's, not the
// client's own ("can we claim…", "should we get a survey?" ask about
// theirs). end is where the frame ends.
func receivesMade(ws []string, end int) bool {
	return end == 2 && end+1 < len(ws) && abilityModals.has(ws[0]) &&
		receiveVerbs.has(ws[end]) && detWords.has(ws[end+1])
}

// receiveFrame: "can we" opening "can we get a report on…" is no advice
// on the client's own act (receivesMade), so its advice signal is vetoed.
func (e *Engine) receiveFrame(ws []string, start, end, si int) bool {
	return start == 0 && e.signals[si].Act == "advice" && e.signals[si].Kind == "quick" && receivesMade(ws, end)
}

var (
	abilityModals = set("can could may")
	receiveVerbs  = set("get have receive")
)
