package triage

// English cues of quick vs paid added for issue #11 (helper "kind"): verb
// classes and objects that tell small admin from production work, and
// wording that asks for thought, bespoke work or a site survey. Each is a
// general rule with table rows in TestKindShapes (kinds_shapes_test.go).

// oneStepVerbs ask for a one-step change the firm makes in a minute:
// hold stock, send a file again, reset a password, cancel a booking. As
// the verb a request puts to the firm ("could you reserve…", "please
// cancel…") they lean quick; named work in the same ask still wins.
var oneStepVerbs = set("reserve resend re-send reset unlock cancel rename unsubscribe reactivate re-activate postpone rebook re-book " +
	// Stopping a payment and paying a bill (kinds2): "please stop the
	// direct debit", "can you pay the printer on Monday?".
	"stop pause suspend pay")

// recordDetails are single fields of a record (an address, a password, a
// phone number): changing or correcting one is admin, not production.
var recordDetails = set("address addresses email e-mail password passwords passcode pin login logins username " +
	"usernames phone mobile postcode spelling typo typos date " +
	// The category or nominal code one transaction is booked to: "fix
	// the category on the fuel receipt" (a quarter's coding is named by
	// its period and stays work).
	"category " +
	// Details and bank numbers on file (kinds3): "update my bank
	// details", "change the IBAN we pay you from".
	"details iban")

// detailEditWeight outweighs the edit verb's own paid signals.
const detailEditWeight = 5

// detailEditVerbs change a record's field: with a recordDetails object
// (within a few words) the ask is one-step admin.
var detailEditVerbs = set("change changing update updating correct correcting amend amending fix fixing move")

// billNouns are what a job was charged: "what was the bill for the
// survey?" asks a figure on file.
var billNouns = set("bill invoice fee fees charge cost total")

// rescheduleVerbs move a meeting: with a meeting noun the ask is
// scheduling.
var rescheduleVerbs = set("move swap switch change shift push bring")

func init() {
	wordClasses["onestep"] = oneStepVerbs
	wordClasses["detail"] = recordDetails
	wordClasses["detailedit"] = detailEditVerbs
	wordClasses["resched"] = rescheduleVerbs
	wordClasses["billnoun"] = billNouns
	wordClasses["viewnoun"] = viewNouns
	registerSignals(kindSignals, kindSignalsByLang)
}

// registerSignals adds English signals and other languages' signals to
// the built-in lexicons.
func registerSignals(en []Signal, byLang map[string][]Signal) {
	registerLexicon("en", Lexicon{Signals: en})
	for lang, sigs := range byLang {
		registerLexicon(lang, Lexicon{Signals: sigs})
	}
}

// kindSignalsByLang are the same rules in the other languages: work made
// to the client's requirements, and work verbs the per-language lists
// lacked (reconciling, setting up, supporting, doing for the client,
// renewing and designing).
var kindSignalsByLang = map[string][]Signal{
	"de": {
		{Match: "maßgeschneidert*|massgeschneidert*|nach maß|individuell angepasst*", Kind: "paid", Weight: 3, Act: "design"},
		{Match: "abstimm*|abgleich*", Kind: "paid", Weight: 3, Act: "reconcile", Category: "bookkeeping"},
		// "uns bei … unterstützen": the object comes between.
		{Match: "unterstützen|unterstützung", Kind: "paid", Weight: 2, Act: "work"},
	},
	"fr": {{Match: "sur mesure|personnalisé*", Kind: "paid", Weight: 3, Act: "design"}},
	// "personalizad*" is Spanish and Portuguese alike: listed once, here.
	"es": {
		{Match: "a medida|personalizad*", Kind: "paid", Weight: 3, Act: "design"},
		// Doing a thing for the client: "¿nos puedes hacer la nómina?".
		{Match: "hacernos|hacerme|nos haces|me haces|nos hagas|me hagas|nos puedes hacer|me puedes hacer|nos podrías hacer|me podrías hacer",
			Kind: "paid", Weight: 2, Act: "work"},
	},
	"it": {{Match: "su misura|personalizzat*", Kind: "paid", Weight: 3, Act: "design"}},
	"pt": {{Match: "sob medida|à medida", Kind: "paid", Weight: 3, Act: "design"}},
	"nl": {
		{Match: "op maat|maatwerk", Kind: "paid", Weight: 3, Act: "design"},
		{Match: "opzetten|opzet", Kind: "paid", Weight: 2.5, Act: "setup"},
		{Match: "vernieuw*|ontwerp*|herschrijv*|herschrijf*", Kind: "paid", Weight: 3, Act: "redo"},
	},
}

// kindSignals are the signals of the rules above.
var kindSignals = []Signal{
	// A one-step admin act put to the firm: "could you reserve two for us?".
	{Match: "you {onestep}|you also {onestep}|you just {onestep}|you please {onestep}|please {onestep}|someone {onestep}|kindly {onestep}",
		Kind: "quick", Weight: 2, Minutes: 2, Act: "info"},
	// Moving a meeting is scheduling, whatever the verb: "can you swap our
	// Monday call to Friday?", "could we shift the appointment?".
	{Match: "{resched} {det} ... call|{resched} {det} ... meeting|{resched} {det} ... appointment|{resched} {det} ... catch-up",
		Kind: "quick", Weight: 3, Minutes: 1, Act: "schedule"},
	// Delivery of goods is logistics a rep answers: where, when, how fast.
	{Match: "delivery to|deliver to|deliver on|delivery on|delivery by|deliver by|next-day|next day delivery|same-day delivery|delivery date|delivery times|delivery charge|delivery cost",
		Kind: "quick", Weight: 2, Minutes: 1, Act: "date"},
	// Planning for tax or structure is advice: "how should we structure
	// the bonus to be tax efficient?".
	{Match: "tax efficient|tax-efficient|tax efficiently|tax planning|how to structure|how we should structure|how should we structure|how best to structure|best way to structure",
		Kind: "paid", Weight: 2.5, Act: "research", Category: "advisory"},
	// Passing a message on is one step: "please pass my thanks to Jo".
	{Match: "pass on|pass {det} ... on|pass {det} ... to|pass my", Kind: "quick", Weight: 2, Minutes: 1, Act: "send"},
	// Help with a job is the job: "could you help us with the tender?".
	{Match: "help with|help us with|help me with|help out with|help them with", Kind: "paid", Weight: 2.5, Act: "work"},
	// Help to find or get into something is a pointer: "can you help me
	// find the login page?".
	{Match: "help me find|help us find|help me locate|help us locate|help me log in|help us log in|help me get into|help me access|help us access",
		Kind: "quick", Weight: 3, Minutes: 2, Act: "info"},
	// Getting a thing ready is making it: "can you get the stand ready for
	// the fair?" (not "is it ready", a status).
	{Match: "get {det} ... ready|get it ready|get them ready|get everything ready", Kind: "paid", Weight: 3, Act: "prepare"},
	// Noting a detail down is one step: "please make a note of our new
	// bank details".
	{Match: "make a note of|make a note that|note down|take note of|take a note of", Kind: "quick", Weight: 2, Minutes: 2, Act: "info"},
	// Changing one field of a record: "update the email address on file".
	// Its weight outweighs the edit verb's own paid signals ("correct
	// {det}" and "you correct" both fire on "can you correct the…").
	{Match: "{detailedit} {det} ... {detail}|{detailedit} {detail}", Kind: "quick", Weight: detailEditWeight, Minutes: 2, Act: "info"},
	// "Draft" or "write" put to the firm is the verb even before a number
	// or a pronoun: "could you draft 5 posts", "could you write one"
	// ("draft {det}" in words.go needs a determiner, as "the draft" is a
	// noun).
	{Match: "you draft|you also draft|please draft|someone draft|you write|you also write|please write|someone write",
		Kind: "paid", Weight: 2.5, Act: "write"},
	// Finding a document the firm holds is a look in its files, not a
	// review: "could you dig out our old certificate?".
	{Match: "dig out|dig ... out|have a look in your|look in your files|look in your records|search your files|search your records|look through your files|look through your records",
		Kind: "quick", Weight: 2.5, Minutes: 2, Act: "send"},
	// Returning originals is one step: "please post the deeds back to me".
	{Match: "post ... back|send ... back to|post back|send back|send it back|return the originals|return ... originals",
		Kind: "quick", Weight: 2, Minutes: 2, Act: "send"},
	// Signing a paper the client sends is a minute's act: "could you sign
	// the consent form and send it back?", "please countersign page 3".
	// Looking a paper over before the client signs it is another ask
	// ("review the lease before I sign it" has the review's signal).
	{Match: "you sign {det} form|you sign {det} ... form|please sign {det} form|please sign {det} ... form|you sign and return|please sign and return|countersign",
		Kind: "quick", Weight: 2, Minutes: 2, Act: "send"},
	// Asking the firm to think a question through is advice work: "have a
	// think about whether…", "give some thought to…".
	{Match: "have a think|having a think|have a little think|having a little think|a think about|give ... some thought|give some thought|put some thought into|think through|think it through|think about how|think about whether|mull over|weigh up",
		Kind: "paid", Weight: 2.5, Act: "research"},
	// Made to the client's own requirements: a custom quote or spec is
	// design work, unlike the price of a stock item.
	{Match: "bespoke|custom|custom-made|customised|customized|made to measure|made-to-measure|made to order|made-to-order|tailor-made|tailor made",
		Kind: "paid", Weight: 3, Act: "design"},
	// A survey of a site or building is a visit and a report.
	{Match: "survey|site survey|surveys|surveyed", Kind: "paid", Weight: 2, Act: "review"},
	// New written deliverables: "a short note explaining…", "a spec for…",
	// "explain it in writing".
	{Match: "a ... spec|a ... specification|short note|brief note|written note|note explaining|note setting out|a ... write-up|in writing|written explanation|written summary|written advice",
		Kind: "paid", Weight: 2, Act: "write"},
	// A guide, plan or checklist written for the client outweighs the
	// "send me" that delivers it: "send us written instructions for…".
	{Match: "written instructions|written guide|written guidance|written plan|written checklist|written procedure|written breakdown|written assessment|step by step guide|step by step instructions",
		Kind: "paid", Weight: 3, Act: "write"},
}
