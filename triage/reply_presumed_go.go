package triage

// Words of a question that takes the go-ahead for granted: how the
// worker gets at the job, or where the finished work goes. Grammatical
// glue and closed classes, not cue phrases.
var (
	// presumeNeedVerbs ask what the worker needs or wants to do the job.
	presumeNeedVerbs = set("need needs want wants require requires")
	// accessNouns are what lets a worker in or on ("do you need the
	// keys?", "will the fitter want the alarm code?").
	accessNouns = set("key keys access code codes password passwords login logins fob fobs alarm parking permit entry")
	// onSite ends "need me there", "want someone there".
	onSite = set("there onsite on-site around")
	// handoverVerbs pass the finished work on ("send", "copy", "cc").
	handoverVerbs = set("send copy cc forward email pass give post share")
	// completions follow "when"/"once" when the work is done ("once it's
	// done", "when you send the report", "when you've finished").
	completions = set("finished done ready complete completed send sent finish finalised finalized")
)

// maxAccessGap bounds the words between a need verb and what it needs
// ("need the spare key", "want me to be there").
const maxAccessGap = 4

// presumedGo reads a question put to the reader that takes the go-ahead
// for granted: what the worker needs to get at the job ("Do you need the
// keys to the barn?", "Will you need me there to let you in?") or where
// the finished work goes ("Could you copy my architect in when you send
// the finished plan?"). Like startNeed, a light yes; a question that also
// asks the price, or asks why, is no such thing.
func presumedGo(ws []string, rl *replyLexicons, money string) (string, bool) {
	if money != "" || len(ws) < 3 || ws[0] == "why" || !hasSecondPerson(ws, rl) {
		return "", false
	}
	cue, ok := accessNeed(ws)
	if !ok {
		cue, ok = handover(ws, rl)
	}
	// The price test runs only on the rare question that matched.
	if !ok || pricedBeyondChoice(ws, rl) {
		return "", false
	}
	return cue, true
}

// pricedBeyondChoice reports a price word in ws other than "just" or
// "only" right after "or": "the keys to the barn as well or just the
// house?" chooses what to hand over, it narrows no work.
func pricedBeyondChoice(ws []string, rl *replyLexicons) bool {
	priced := false
	rl.price.find(ws, func(_, start, end int) bool {
		choice := end == start+1 && start > 0 && ws[start-1] == "or" && (ws[start] == "just" || ws[start] == "only")
		priced = !choice
		return !priced
	})
	return priced
}

func hasSecondPerson(ws []string, rl *replyLexicons) bool {
	for _, w := range ws {
		if rl.secondPerson.has(w) {
			return true
		}
	}
	return false
}

// accessNeed finds a need verb with an access noun or an on-site person
// after it ("need the keys", "need me there"), or "let you in".
func accessNeed(ws []string) (string, bool) {
	for i, w := range ws {
		if i+2 < len(ws) && w == "let" && ws[i+1] == "you" && (ws[i+2] == "in" || ws[i+2] == "into") {
			return "let you in", true
		}
		if !presumeNeedVerbs.has(w) {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+maxAccessGap; k++ {
			if accessNouns.has(ws[k]) || onSite.has(ws[k]) && k > i+1 {
				return w + " " + ws[k], true
			}
		}
	}
	return "", false
}

// handover finds a request to the reader ("could you", "can you") to
// pass something on, with "when" or "once" and a word of the work done
// after it ("…when it's finished", "once you've done it").
func handover(ws []string, rl *replyLexicons) (string, bool) {
	if !rl.requestModals.has(ws[0]) || !rl.secondPerson.has(ws[1]) {
		return "", false
	}
	verb := ""
	for i, w := range ws[2:] {
		if verb == "" && handoverVerbs.has(w) {
			verb = w
			continue
		}
		if verb == "" || w != "when" && w != "once" {
			continue
		}
		at := i + 2
		for k := at + 1; k < len(ws) && k <= at+3; k++ {
			if completions.has(ws[k]) {
				return verb + " " + w + " " + ws[k], true
			}
		}
	}
	return "", false
}
