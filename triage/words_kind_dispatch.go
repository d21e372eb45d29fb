package triage

// Sending someone out (helper "inbox17"): a client who asks the firm to
// get a third party to a site (a roofer to attend, a fault seen to,
// somebody to let the contractor in) asks for a phone call or a
// booking, a minute's work for whoever manages the site, whatever the
// job the visitor will do. The work done on site is the visitor's, not
// the firm's. Named work the firm itself would do in the same ask still
// counts ("arrange a visit and draft the schedule of works"). Table rows
// in TestDispatchKinds (words_kind_dispatch_test.go).

// calloutVerbs are what a visitor does on arriving: "arrange for a
// plumber to attend", "for someone to come".
var calloutVerbs = set("attend come visit call pop drop inspect")

// visitors are people sent out to a site: "arrange for someone to come".
var visitors = set("someone somebody engineer engineers contractor contractors plumber electrician roofer locksmith " +
	"technician surveyor cleaner cleaners glazier builder builders handyman")

// admitted are who a client asks to be let in: "let us into the plant
// room", "let the engineer in".
var admitted = set("us them him her me")

// dispatchWeight outweighs a request's form and one work word read as
// the firm's ("look at", "inspect"); two named jobs of the firm's still
// win.
const dispatchWeight = 2.5

func init() {
	wordClasses["callout"] = calloutVerbs
	wordClasses["visitor"] = visitors
	wordClasses["admitted"] = admitted
	registerSignals(dispatchSignals, nil)
}

// dispatchSignals are the English signals of the rule above.
var dispatchSignals = []Signal{
	// A visit arranged: "arrange for a roofer to attend", "for someone
	// to come". "Send an engineer round" is left out: a firm of
	// engineers sends its own, and that visit is the paid job.
	{Match: "arrange for {det} ... to {callout}|arrange for {visitor} to {callout}",
		Kind: "quick", Weight: dispatchWeight, Minutes: 1, Act: "schedule"},
	// Access: "someone to let us into the motor room", "let the
	// surveyor in on Monday".
	{Match: "let {admitted} in|let {admitted} into|let {det} {visitor} in|let {det} {visitor} into",
		Kind: "quick", Weight: dispatchWeight, Minutes: 1, Act: "schedule"},
	// Having a fault seen to by someone else: "could you get it looked
	// at?", "have the boiler seen to".
	{Match: "get {onething} looked at|have {onething} looked at|get {onething} seen to|have {onething} seen to|" +
		"get {det} ... looked at|have {det} ... looked at|get {det} ... seen to|have {det} ... seen to",
		Kind: "quick", Weight: dispatchWeight, Minutes: 1, Act: "schedule"},
}
