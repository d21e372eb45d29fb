package triage

// Asking how the client could lessen a cost or a tax, or the best way to
// arrange its own affairs, asks the firm to weigh the client's case:
// "is there any way to cut the inheritance tax on the estate?", "what
// would be the best way to finance the new press?". How to hand
// something to the firm ("the best way to pay you") names none of these
// verbs and stays a fact. Table rows: TestKindWaysAndOwnDiary.

// lessenVerbs lower a sum the client pays.
var lessenVerbs = set("reduce cut lower minimise minimize mitigate lessen")

// arrangeVerbs arrange the client's own affairs or money.
var arrangeVerbs = set("structure restructure finance fund organise organize extract")

// Like optionsMatch they weigh the same whoever would act, so they count
// as rule words.
const (
	lessenMatch = "any way to {lessen}|any way we can {lessen}|any way i can {lessen}|any way of reducing|" +
		"anything we can do to {lessen}|anything we could do to {lessen}|anything i can do to {lessen}|anything i could do to {lessen}|" +
		"ways to {lessen}|ways of reducing"
	arrangeMatch = "best way to {arrange}|best way for us to {arrange}|best way for me to {arrange}|" +
		"best way of structuring|best way of financing|best way of funding|tax efficient way|tax-efficient way"
)

// The client's offer to help the firm along ("is there anything I can do
// to help?") asks for a word back, whatever work its tail names ("help
// speed things up").
const helpOfferMatch = "anything i can do to help|anything we can do to help|anything i can do to assist|anything we can do to assist"

// A look at the firm's own diary, calendar or records finds a slot or a
// fact: "could you check your calendar and tell me which day works?".
// "check the calendar we sent" or "check our records" is not of the shape:
// only "your" makes them the firm's.
var ownRecordNouns = set("calendar diary schedule availability inbox records system")

var waysSignals = []Signal{
	{Match: lessenMatch, Kind: "paid", Weight: adviceWeight, Act: "research", Category: "advisory"},
	{Match: arrangeMatch, Kind: "paid", Weight: adviceWeight, Act: "research", Category: "advisory"},
	{Match: helpOfferMatch, Kind: "quick", Weight: slotWeight, Minutes: 1, Act: "info"},
	{Match: "check your {ownrecord}|look at your {ownrecord}|look in your {ownrecord}|look through your {ownrecord}",
		Kind: "quick", Weight: slotWeight, Minutes: 1, Act: "info"},
}

func init() {
	wordClasses["lessen"] = lessenVerbs
	wordClasses["arrange"] = arrangeVerbs
	wordClasses["ownrecord"] = ownRecordNouns
	registerSignals(waysSignals, nil)
	ruleSignals[lessenMatch] = true
	ruleSignals[arrangeMatch] = true
}

// A reminder of a fact asks for the fact: "can you remind me when the
// audit fieldwork starts?", "remind us what the login is". The slot
// weight outweighs the work the fact is about ("the audit"). "remind me
// how to" is an instruction (instructMatch).
var reminderSignals = []Signal{
	{Match: "remind me when|remind us when|remind me what|remind us what|remind me where|remind us where|" +
		"remind me who|remind us who|remind me which|remind us which|remind me of {det}|remind us of {det}",
		Kind: "quick", Weight: slotWeight, Minutes: 1, Act: "info"},
}

func init() { registerSignals(reminderSignals, nil) }
