package triage

// Quick-vs-paid cues from the category probes (testdata/PROBES.md): a
// small edit to one element of a piece that exists, and goods put aside
// for the client. Each has rows in TestProbes (K6, K7) and rows where it
// must not fire in TestProbeRules.

// textElements are single elements of a piece that exists (a flyer, a
// menu, an invoice): changing one is a minute's edit, not a redesign.
// Plurals ("the figures", "the prices") are left out: changing them all is
// rework.
var textElements = set("headline title heading subtitle caption tagline typo amount total price date spelling number " +
	"wording footer " +
	// One word swapped (kinds3): "swap the word 'sale' for 'offer'".
	"word")

// changeDegrees say by how much an element changes: "a bit shorter".
var changeDegrees = set("shorter longer bigger smaller larger bolder clearer darker lighter")

// swapVerbs change one element for another: "swap the date on the poster".
var swapVerbs = set("swap switch replace change correct fix amend")

// smallEditWeight is the hand weight of a small edit: above the paid cues
// its edit verb brings ("correct {det}", "you correct").
const smallEditWeight = 5

// priceAskWeight is the hand weight of a question about a job's price,
// as the firm's own fee question ("what do you charge") weighs.
const priceAskWeight = 3

// putAsideWeight is the hand weight of goods put aside for the client.
const putAsideWeight = 4

func init() {
	wordClasses["textel"] = textElements
	wordClasses["changedeg"] = changeDegrees
	wordClasses["swapverb"] = swapVerbs
	registerSignals(probeSignals, nil)
	ruleSignals[choiceProbeMatch] = true
	registerLexicon("en", Lexicon{Words: Words{
		// An indirect question in the present: "I wonder whether the
		// rules changed", "I'm curious if the grant arrived" (F7). "I
		// wonder why they bother" names no "whether" and vents; "I wonder
		// if it isn't time to…" is the idiom of a tentative claim, so
		// "wonder if" is left out.
		RequestFrames: []string{"i wonder whether", "we wonder whether",
			"i'm curious whether", "i'm curious if", "i am curious whether", "i am curious if", "curious to know"},
		// Out-of-office wording (F16): the absence, no mail read, where
		// urgent queries go.
		OutOfOffice: []string{"no access to email", "no access to e-mail", "without access to email", "currently away",
			"away until", "urgent queries", "urgent enquiries", "bear with me"},
	}})
	registerLexicon("de", Lexicon{Words: Words{OutOfOffice: []string{"wenden sie sich bitte an", "wenden sie sich an"}}})
	registerLexicon("nl", Lexicon{Words: Words{OutOfOffice: []string{"contact opnemen met"}}})
}

// choiceProbeMatch weighs options as choiceMatch does (K2): whether a
// change is worth it to the client ("is it worth us switching?") and
// which option suits them best ("which of the schemes would suit our staff
// best?"). Like choiceMatch it weighs the same whoever would act.
const choiceProbeMatch = "worth us|worth me|worth our|worth my|suit ... best|suits ... best|suit ... ... best|" +
	"suits ... ... best|suited ... best"

// quickCue is a quick signal of weight w, minutes long, of the act act.
func quickCue(match string, w float64, minutes int, act string) Signal {
	return Signal{Match: match, Kind: "quick", Weight: w, Minutes: minutes, Act: act}
}

var probeSignals = []Signal{
	{Match: choiceProbeMatch, Kind: "paid", Weight: choiceWeight, Act: "research", Category: "advisory"},
	// One element made shorter or bigger: "can you make the title on the
	// menu a bit shorter?".
	quickCue("make {det} {textel} {changedeg}|make {det} {textel} ... {changedeg}|make {det} {textel} ... ... {changedeg}", smallEditWeight, 5, "work"),
	// One element swapped or corrected: "could you correct the amount on
	// the invoice?", "swap the date on the flyer for the 14th".
	quickCue("{swapverb} {det} {textel}|{swapverb} {det} ... {textel}", smallEditWeight, 5, "work"),
	// The price of a job asked ("roughly what would the audit cost?", "how
	// much the payroll setup will cost"): the firm knows its price (K13).
	// Asked straight or after "know"; working a cost out ("work out how
	// much the van will cost us") is costing work and does not match.
	quickCue("^what would {det} ... cost|^what will {det} ... cost|^roughly what would {det} ... cost|"+
		"^how much will {det} ... cost|^how much would {det} ... cost|^roughly how much will {det} ... cost|"+
		"know how much {det} ... will cost|know roughly how much {det} ... will cost|know how much {det} ... would cost|"+
		"know what {det} ... will cost|know what {det} ... would cost|know roughly what {det} ... will cost|"+
		// The same in the present, a price on the firm's list: "what
		// does a pre-purchase survey usually cost?".
		"^what does {det} ... cost|^what do {det} ... cost|^roughly what does {det} ... cost|^what does {det} ... ... cost|"+
		"know what {det} ... costs|know roughly what {det} ... costs", priceAskWeight, 2, "info"),
	// Goods put aside until the client collects: "could you put aside
	// ten tins for us?", "hold three of the tables for us until Monday".
	// Money put aside ("how much to put aside for tax") names no client.
	quickCue("put aside ... for {me}|put aside ... ... for {me}|put ... aside for {me}|set aside ... for {me}|"+
		"hold ... for {me} until|hold ... ... for {me} until", putAsideWeight, 2, "date"),
}
