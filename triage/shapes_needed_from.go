package triage

// A need of the firm stated as someone's need, not put as a request:
// "the bank needs a reference letter from you", "our landlord will want
// a copy of the insurance certificate from you". What is needed from
// the reader is asked of the reader, whoever needs it.

// fromNeedVerbs need or want a thing; fromReach is how far back from
// "from you" the need may be stated.
var fromNeedVerbs = set("need needs needed require requires required want wants " +
	// A wait on the reader: "still waiting on the signed copy from you".
	"waiting awaiting")

const fromReach = 9

// fromNeedBreaks open another clause between the need and "from you";
// fromNeedReaders make the need the reader's own.
var (
	fromNeedBreaks  = set("but so because if when whether what which who whatever anything")
	fromNeedReaders = set("you you'll u")
	fromNeedDenials = set("nothing no not don't dont doesn't won't isn't aren't never hear hearing")
)

// fromNeedDenied: a negation ("nothing needed from you", "we don't need
// anything from you") or hearing ("want to hear from you") in the words
// up to "from".
func fromNeedDenied(ws []string) bool {
	for _, w := range ws {
		if fromNeedDenials.has(w) {
			return true
		}
	}
	return false
}

// neededFromReader reports a statement that something is needed "from
// you" (or "from your side", "from your end"), with the need verb within
// fromReach words before it, in the same clause, and not negated.
func neededFromReader(core []string) bool {
	for j := 1; j+1 < len(core); j++ {
		if core[j] != "from" || core[j+1] != "you" && core[j+1] != "your" {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-fromReach; i-- {
			w := core[i]
			if fromNeedBreaks.has(w) {
				break
			}
			if fromNeedVerbs.has(w) {
				// "whatever you need from your side" is the reader's own
				// need; "we want to hear from you" asks for news, not a thing.
				return !fromNeedDenied(core[max(0, i-fromReach):j]) && (i == 0 || !fromNeedReaders.has(core[i-1]))
			}
		}
	}
	return false
}

// chaseSignals: a wait on the reader chases a thing already due: "still
// waiting on the signed copy from you", "we're awaiting the P60 from
// you". Chasing is a status; the work, if any, was asked before.
var chaseSignals = []Signal{
	{Match: "still waiting on|still waiting for|waiting on ... from you|waiting for ... from you|awaiting ... from you|" +
		"waiting on {det} ... from you|waiting for {det} ... from you|awaiting {det} ... from you",
		Kind: "quick", Weight: 2.5, Minutes: 1, Act: "status"},
}

func init() { registerSignals(chaseSignals, nil) }
