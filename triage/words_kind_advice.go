package triage

// Cues of advice on the client's own situation: asking what the client's
// options are ("what are our options now the buyer has pulled out?") and
// how a sum or a thing should be split, treated or valued ("how should we
// split the rent between the two companies?"). Both ask the firm to weigh
// the client's case, which is research, though worded as a short
// question. What a firm's own menu offers ("what are the payment
// options?") and how to hand something over ("how should I send you the
// documents?") stay facts. Table rows: TestKindAdvice.

// apportionVerbs divide or value a sum for the books: the object of a
// "how should we …" that asks for a treatment, not a how-to.
var apportionVerbs = set("split divide allocate apportion treat value")

// adviceWeight is choiceWeight's: weighing the client's case is advice.
const adviceWeight = choiceWeight

// Like choiceMatch they weigh the same whoever would act ("how should we
// split …" asks about the client's act), so they count as rule words.
const (
	optionsMatch = "our options|my options|options do we have|options do i have|options have we got|options have i got|" +
		"what can we do about|what can i do about|what should we do about|what should i do about"
	apportionMatch = "how should we {apportion}|how should i {apportion}|how do we {apportion}|how do i {apportion}|" +
		"how would we {apportion}|how would you {apportion}|how best to {apportion}|how to {apportion}|" +
		"how we should {apportion}|how i should {apportion}"
)

var adviceSignals = []Signal{
	{Match: optionsMatch, Kind: "paid", Weight: adviceWeight, Act: "research", Category: "advisory"},
	{Match: apportionMatch, Kind: "paid", Weight: adviceWeight, Act: "research", Category: "advisory"},
}

// What the client owes in a tax is worked out from the year's figures:
// "how much corporation tax do we owe?", "what our VAT bill will be for
// the quarter", "what will we owe in capital gains tax?". What the client
// owes the firm ("how much do I owe you?") or on an account is a figure
// on file and names no tax.
var taxNouns = set("tax vat cgt iht gst paye duty duties")

// Getting a thing made is making it: "could you get the brochure
// redesigned?", "can we get the logo redone?" (as "get … ready"; "get the
// invoice sent" is one step). Finishing, repairing, fitting and decorating
// are made things too ("can we get the spare room redecorated?", "get the
// accounts finalised"). "Updated" is left out: it is as often a detail
// on file ("get our address updated on your records", one step).
var madeParticiples = set("redone designed redesigned drafted redrafted drawn redrawn written rewritten translated reconciled rebuilt remade " +
	"finalised finalized redecorated decorated painted repainted plastered replastered rewired refitted fitted installed " +
	"repaired fixed serviced audited prepared landscaped resurfaced upgraded migrated restyled proofread")

// taxOwedMatch weighs the same whoever owes ("do we owe" is the client's
// debt, the working out the firm's).
const taxOwedMatch = "{taxnoun} ... owe|{taxnoun} owe|owe in {taxnoun}|owe in ... {taxnoun}|{taxnoun} bill will|{taxnoun} bill would|" +
	"{taxnoun} bill be|{taxnoun} bill is going to|cost us in {taxnoun}|cost me in {taxnoun}|cost us in ... {taxnoun}|cost me in ... {taxnoun}"

var liabilitySignals = []Signal{
	{Match: taxOwedMatch, Kind: "paid", Weight: taxOwedWeight, Act: "calculate", Category: "tax"},
	{Match: "get {det} ... {madepp}|get {det} ... ... {madepp}|get {det} {madepp}|get it {madepp}|get them {madepp}", Kind: "paid", Weight: 3, Act: "prepare"},
	// "Have" as causative after a modal request: "could you have the
	// price list designed by January?", "can we have the letter
	// redrafted?". Without the modal ("do you have the accounts drafted
	// yet?") it asks after work done (TestHaveItMade).
	// So is "to have" after a wish or a possibility: "is it possible to
	// have the whole fleet serviced over the shutdown?", "we'd like to
	// have the hall repainted" (TestHaveItMade).
	{Match: "{askmodal} {pron} have {det} ... {madepp}|{askmodal} {pron} have {det} ... ... {madepp}|{askmodal} {pron} have {det} {madepp}|" +
		"{askmodal} {pron} have it {madepp}|{askmodal} {pron} have them {madepp}|" +
		"to have {det} {madepp}|to have {det} ... {madepp}|to have {det} ... ... {madepp}|to have it {madepp}|to have them {madepp}", Kind: "paid", Weight: 3, Act: "prepare"},
}

// taxOwedWeight outweighs the fact-question form of "how much … do we
// owe?".
const taxOwedWeight = 3

// An identifier of the firm's or on file, asked for with "need": "I need
// your company registration number for the tender", "need the VAT
// number asap". One field read out is a minute; a document, figures or a
// breakdown needed ("I need the accounts", "a breakdown of the costs")
// are not identifiers and stay work.
var identifierNouns = set("number reference postcode zip iban sort-code swift utr eori date deadline")

// identifierNext may follow an identifier that ends its noun phrase.
var identifierNext = set("for on to asap please so by from when as and urgently today")

var identifierSignals = []Signal{
	// The identifier ends its noun phrase ("the reference for …", "the
	// VAT number asap"): in "a reference letter" it only names the letter.
	{Match: "need {det} {ident} {identnext}|need {det} ... {ident} {identnext}|need your {ident} {identnext}|need your ... {ident} {identnext}|" +
		"need {det} {ident} $|need {det} ... {ident} $|need your {ident} $|need your ... {ident} $",
		Kind: "quick", Weight: identifierWeight, Minutes: 1, Act: "info"},
}

// identifierWeight outweighs a request's form and one object word ("the
// VAT number" names VAT, a tax's work).
const identifierWeight = 3

// A day offered for the firm's visit or call: "can you do a Saturday?",
// "could you do next Monday at 10?", "can u do thurs morning". The day
// is the object of "do"; work named after it ("do a valuation on
// Monday") is not of the shape, as the day does not follow "do".
var daySignals = []Signal{
	{Match: "do a {weekday}|do {weekday}|do next {weekday}|do this {weekday}|do the {weekday}",
		Kind: "quick", Weight: slotWeight, Minutes: 1, Act: "schedule"},
}

// init files the word classes and signals above with the registry.
func init() {
	wordClasses["apportion"] = apportionVerbs
	registerSignals(adviceSignals, nil)
	ruleSignals[optionsMatch] = true
	ruleSignals[apportionMatch] = true
	wordClasses["taxnoun"] = taxNouns
	wordClasses["madepp"] = madeParticiples
	registerSignals(liabilitySignals, nil)
	ruleSignals[taxOwedMatch] = true
	wordClasses["ident"] = identifierNouns
	wordClasses["identnext"] = identifierNext
	registerSignals(identifierSignals, nil)
	registerSignals(daySignals, nil)
}

// waitChoiceMatch: "is the update safe to install or do we wait?",
// "should we sign now or should we hold off?": the client weighs acting
// now against waiting on its own act, a yes or a no from what the firm
// knows. The client must be the one waiting ("we", "I"): "can you file it
// now or wait for the figures?" asks the firm for the filing.
// Table rows in TestWaitOrAct (words_kind_reschedule_test.go).
const waitChoiceMatch = "or do we wait|or should we wait|or shall we wait|or do i wait|or should i wait|or shall i wait|" +
	"or do we hold off|or should we hold off|or shall we hold off|or should i hold off|or do i hold off|" +
	"or are we better waiting|or are we better off waiting|or is it better to wait|or best to wait"

// waitChoiceWeight is the weight of the advice frames ("should we").
const waitChoiceWeight = 2

func init() {
	registerSignals([]Signal{
		{Match: waitChoiceMatch, Kind: "quick", Weight: waitChoiceWeight, Minutes: 1, Act: "advice"},
	}, nil)
}
