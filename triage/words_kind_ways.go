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

// Having a thing done is getting it done: "would it be possible to have
// the accounts done by January?", "can we have the survey finished before
// the sale?". A status ("when will you have the accounts done?") names
// no frame of the shape, and its date signal decides.
// It is narrower than outcomeWords (reply_yes_need.go): "ready" is a
// room or a thing prepared ("have the meeting room ready", quick) and
// "filed" or "submitted" a status.
var finishedWords = set("done finished completed sorted")

const causativeMatch = "to have {det} ... {finished}|to have {det} {finished}|to have it {finished}|to have them {finished}|" +
	"can we have {det} ... {finished}|could we have {det} ... {finished}|can i have {det} ... {finished}|could i have {det} ... {finished}"

var causativeSignals = []Signal{
	{Match: causativeMatch, Kind: "paid", Weight: 3, Act: "prepare"},
}

// pricedWords ask what a thing costs: "how much would it cost to have
// our accounts done?" asks the price of the work, a fact.
var pricedWords = set("cost costs charge charges price")

// causativePriced: the having-done at ws[start:] is what a price is asked
// for.
func (e *Engine) causativePriced(ws []string, start, si int) bool {
	return start > 0 && e.signals[si].Match == causativeMatch && pricedWords.has(ws[start-1])
}

func init() {
	wordClasses["finished"] = finishedWords
	registerSignals(causativeSignals, nil)
}

// causativeAsk: "could we have the stock take finished…", "can I get the
// lease redrafted…": the client has the firm do it, so the firm is the
// one to act, though "we" opens the ask.
func causativeAsk(ws []string) bool {
	if len(ws) < 5 || (ws[0] != "can" && ws[0] != "could") || (ws[1] != "we" && ws[1] != "i") || (ws[2] != "have" && ws[2] != "get") {
		return false
	}
	for _, w := range ws[3:min(len(ws), causativeReach)] {
		if finishedWords.has(w) || madeParticiples.has(w) {
			return true
		}
	}
	return false
}

// causativeReach: how far the participle may stand ("could we have the
// year-end stock take finished", "could we get the management accounts
// for both shops finalised").
const causativeReach = 11

// causativePermission: the "can we" of a causative ask ("can we get the
// lease redrafted?") asks the firm to have it done, not whether the
// client may act.
func (e *Engine) causativePermission(ws []string, start, si int) bool {
	s := e.signals[si]
	return start == 0 && s.Kind == "quick" && s.Act == "advice" && causativeAsk(ws)
}

// causativeVetoed: a match a causative ask explains away (its "can we",
// or its having-done when a price is asked).
func (e *Engine) causativeVetoed(ws []string, start, si int) bool {
	return e.causativePermission(ws, start, si) || e.causativePriced(ws, start, si)
}
