package triage

// Checking whether two sets of records overlap, duplicate each other or
// tally ("check whether any of these funds overlap with my pension",
// "see if the till reports tally with the bank") is a comparison of one
// list against another, item by item: a reconciliation, paid. Checking
// whether one thing happened ("check whether the payment went through")
// stays a status, and a meeting that clashes is a glance at a diary, so
// clash and conflict are not in the class.

// crossCheckVerbs say two sets of records agree or repeat each other.
var crossCheckVerbs = set("overlap overlaps overlapping duplicate duplicates duplicated tally tallies reconcile reconciles")

// crossCheckWeight outweighs the polite request for an answer ("could
// you check whether …") that otherwise makes the ask quick.
const crossCheckWeight = 2.5

func init() {
	wordClasses["crosscheck"] = crossCheckVerbs
	registerSignals([]Signal{
		{Match: "check whether ... ... {crosscheck}|check if ... ... {crosscheck}|see whether ... ... {crosscheck}|see if ... ... {crosscheck}|check that ... ... {crosscheck}",
			Kind: "paid", Weight: crossCheckWeight, Act: "reconcile"},
	}, nil)
}
