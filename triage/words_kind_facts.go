package triage

// Cues of quick vs paid about facts and choices: a check of one fact on a
// document (quick), a choice the client asks the firm to weigh and a
// forecast of what would happen (paid). Each is a general rule with table
// rows in TestKindShapes2 (kinds2_shapes_test.go).

// inspectVerbs ask the firm to look something over; datumNouns name one
// fact on a document (a date, an amount, a reference). Together ("could
// you review the date on the proof?", "double-check the amount on the
// invoice") the ask is a glance at one fact, not a review of the
// document: plural objects ("the figures", "the dates on all the
// invoices") are not in the class and stay work.
var (
	inspectVerbs = set("check checking double-check recheck re-check review reviewing verify look glance " +
		"revisar comprobar verificar vérifier contrôler controllare verificare conferir")
	datumNouns = set("date due-date deadline amount total sum figure spelling name reference postcode " +
		"balance number time fecha importe nombre número date montant nom numéro data importo nome numero valor")
	// inspectVerbsLate and datumNounsLate are the same in the languages
	// that put the verb last ("das Datum auf der Rechnung prüfen", "de
	// datum op de factuur controleren").
	inspectVerbsLate = set("prüfen überprüfen kontrollieren nachsehen controleren checken nakijken")
	// bookRecords are single entries of the books: entering or posting
	// one of them ("the one receipt I forgot") is a minute's work, a year
	// of them a job (itemCount scales the plural).
	bookRecords    = set("receipt invoice bill payment transaction expense entry journal")
	datumNounsLate = set("datum betrag summe name nummer bedrag naam nummer")
)

// Named weights of the rules below (hand weights; weights.json holds the
// fitted ones).
const (
	// datumCheckWeight outweighs the inspection verb's own paid signal
	// ("review" 2.5, "check {det}" 2) and the polite-work form.
	datumCheckWeight = 5
	// choiceWeight: weighing options for the client ("is it better to
	// lease or buy") is advice.
	choiceWeight = 2.5
	// projectionWeight: a forecast of what would happen ("where we would
	// break even") is a calculation; put as a question about a thing
	// (agent factor 0.8) it must outweigh the fact-question form and a
	// condition read as a status ("if the customer paid late").
	projectionWeight = 5
	// effectWeight: what a rule or change means for the client ("what the
	// new rules mean for our staff") is research; it outweighs the quick
	// "explain" and "tell me" of the request around it.
	effectWeight = 4
	// ownChangeWeight outweighs effectWeight: the change is the firm's.
	ownChangeWeight = 5
	// agreementStatusWeight outweighs the rule words of "under {det}
	// contract" when what is asked is whether a thing happened.
	agreementStatusWeight = 4
	// slotWeight outweighs the subject of the meeting ("the review",
	// "the audit planning meeting") named after the time.
	slotWeight = 3
	// visitWeight outweighs the quick "send" signal.
	visitWeight = 3
	// oneDocumentWeight outweighs the print and need-a-thing signals
	// ("print" is a print shop's production work, "need the…" a request).
	oneDocumentWeight = 3.5
	// accessWeight: adding a user is admin, not setting up a system.
	accessWeight = 3
	// actAtAllWeight outweighs the look at the letter it follows.
	actAtAllWeight = 2.5
	// oneRecordWeight: one entry outweighs a bookkeeping verb put
	// politely, not the named work of reconciling or preparing (3).
	oneRecordWeight = 2.5
	// lookOverWeight is a look over a document or a redo in another
	// language, as "review" (2.5) is in English: it outweighs the
	// "tell me whether" that often follows ("…und mir sagen, ob…").
	lookOverWeight = 3
)

func init() {
	wordClasses["inspect"] = inspectVerbs
	wordClasses["datum"] = datumNouns
	wordClasses["inspectlate"] = inspectVerbsLate
	wordClasses["datumlate"] = datumNounsLate
	wordClasses["record"] = bookRecords
	registerSignals(kind2Signals, kind2SignalsByLang)
	ruleSignals[choiceMatch] = true
}

// lookOver is a signal of looking a document over, redoing or writing it.
func lookOver(match string) Signal {
	return Signal{Match: match, Kind: "paid", Weight: lookOverWeight, Act: "review"}
}

// forecast is a signal of a forecast to be made.
func forecast(match string) Signal {
	return Signal{Match: match, Kind: "paid", Weight: 2, Act: "prepare", Category: "advisory"}
}

// kind2SignalsByLang are work verbs the per-language lists lacked:
// looking a document over ("sich den Vertrag anschauen", "jeter un œil",
// "echar un vistazo", "doornemen", "dare un'occhiata", "dar uma
// olhada"), redoing and writing, and a forecast ("previsión").
var kind2SignalsByLang = map[string][]Signal{
	"de": {lookOver("anschau*|anzuschauen|ansehen|anzusehen|drüberschau*|drüber schau*|durchles*|gegenles*|angucken")},
	"fr": {lookOver("jeter un œil|jeter un oeil|coup d'œil|coup d'oeil|relire|relecture|passer en revue|examiner"),
		forecast("prévision|prévisions")},
	"es": {lookOver("echar un vistazo|echarle un vistazo|echar un ojo|echarle un ojo|repasar|rehacer|rehaga*"),
		forecast("previsión|previsiones|proyección|proyecciones")},
	"nl": {lookOver("doornemen|doorlopen|doorlichten|overdoen|opnieuw maken|opnieuw doen")},
	"it": {lookOver("un'occhiata|dare un occhio|rivedere|rivedi*|scriver*|stilar*|bozza"),
		forecast("previsione|previsioni")},
	"pt": {lookOver("dar uma olhada|uma olhadela|vista de olhos|refazer|refaça*|redigir|escrever"),
		forecast("previsão|previsões|projeção|projeções")},
}

// choiceMatch are the words of weighing options. Like rule words they
// weigh the same whoever would act ("should we lease or buy the van?" is
// advice about the client's act, and research), so "should we" is only
// the frame of the question (classify.go, dropRuleFrames).
const choiceMatch = "better to|better off|better for us|better for me|better for {det}|better for them|better for him|" +
	"better for her|make more sense|makes more sense|more sense to|worth it|worth our while|worth my while|" +
	"pros and cons|advantages and disadvantages|the best option|our best option|lease or buy|buy or lease|" +
	"rent or buy|buy or rent|lease ... or buy|buy ... or lease|rent ... or buy|buy ... or rent"

// kind2Signals are the signals of the rules above.
var kind2Signals = []Signal{
	// A time offered for a meeting: "would Wednesday at 2 work for the
	// review?", "does Friday suit you?", "can you book us in for 11?"
	// (the meeting's subject, a review or an audit, is not asked for).
	{Match: "{weekday} ... work for|{weekday} ... suit|suit you|suits you|work for you|works for you|book us in|" +
		"book me in|book in for|book {weekday}",
		Kind: "quick", Weight: slotWeight, Minutes: 1, Act: "schedule"},
	// Sending a person out is a visit: "can you send an engineer to look
	// at the boiler?" (not "send me the form").
	{Match: "send {det} engineer|send {det} technician|send an engineer|send a technician|" +
		"send someone over {visitwhen}|send someone over $|send someone round {visitwhen}|send someone round $|send someone out {visitwhen}|send someone out $|send somebody over {visitwhen}|send somebody over $|send somebody round {visitwhen}|send somebody round $|send somebody out {visitwhen}|send somebody out $|" +
		"send {det} electrician|send an electrician",
		Kind: "paid", Weight: visitWeight, Act: "review"},
	// One document out of the firm's system or files: "could you issue a
	// credit note?", "put the invoice in the post", "print off a copy",
	// "I need a copy of the return".
	{Match: "issue {det} credit note|raise {det} credit note|issue a credit note|raise a credit note|issue a refund|" +
		"{det} credit note|in the post|print off|print out a copy|print a copy|print me a copy|print {det} copy|need a copy|" +
		"need {det} copy|want a copy|like a copy|need {det} login|need {det} password|need {det} username",
		Kind: "quick", Weight: oneDocumentWeight, Minutes: 2, Act: "send"},
	// Giving or taking away access is user admin: "could you add Sam as a
	// user?", "give the new bookkeeper read-only access"; so is changing
	// the seats or licences on a plan ("add three more licences to our
	// subscription", "take two seats off").
	// A role on a shared thing is the same: "add Jo as an editor on
	// the drive", "as a collaborator" (TestAccessSetting).
	{Match: "as a user|as an admin|as a new user|as an administrator|as a collaborator|as an editor|as a viewer|as a guest|user access|view-only|read-only|give ... access|" +
		"grant ... access|remove ... access|revoke|more ... seats|extra ... seats|another seat|seats off|seat off|" +
		"more ... licences|more ... licenses|extra ... licences|extra ... licenses|another licence|another license|" +
		"licences off|licenses off",
		Kind: "quick", Weight: accessWeight, Minutes: 2, Act: "info"},
	// A year's accounts cover a year of books: they scale the work like
	// "all" or "for the last 12 months" ("could you prepare the year-end
	// accounts?" is more than one return).
	{Match: "year-end accounts|year end accounts|annual accounts|statutory accounts|jahresabschluss|comptes annuels|" +
		"cuentas anuales|jaarrekening|bilancio d'esercizio|contas anuais",
		Kind: "scope", Weight: 1},
	// Whether the client must act on a letter at all is a yes or no:
	// "look at the letter and tell me if I need to reply" (drafting the
	// reply is the work).
	{Match: "need to reply|need to respond|need to do anything|need to worry|anything to worry about|need to act on|" +
		"have to reply|have to respond|have to do anything",
		Kind: "quick", Weight: actAtAllWeight, Minutes: 2, Act: "advice"},
	// One entry of the books: "could you enter the one receipt I
	// forgot?", "add the single invoice from the printers".
	{Match: "the one {record}|a single {record}|the single {record}|just one {record}|just the one {record}|" +
		"this one {record}|that one {record}|one more {record}",
		Kind: "quick", Weight: oneRecordWeight, Minutes: 2, Act: "info"},
	// A document brought to a meeting: "could you bring the contracts to
	// Tuesday's meeting?", "… to the review meeting?" ({meetnoun}:
	// words_kind_logistics.go).
	{Match: "bring ... to {det} ... {meetnoun}|bring ... to ... {meetnoun}|bring ... ... to {det} ... {meetnoun}|bring ... to {det} ... {sitting}|bring ... along|bring ... ... along|bring ... with you",
		Kind: "quick", Weight: oneDocumentWeight, Minutes: 1, Act: "send"},
	// One fact on a document: "could you just review the date on the
	// proof?", "¿puedes comprobar el importe de la factura?".
	{Match: "{inspect} ... {datum} on|{inspect} ... {datum} in|{inspect} ... {datum} $|{inspect} ... spelling of|" +
		"{inspect} ... name of|{inspect} ... {datum} de|{inspect} ... {datum} du|{inspect} ... {datum} sur|" +
		"{inspect} ... {datum} del|{inspect} ... {datum} della|{inspect} ... {datum} da|{inspect} ... {datum} do|" +
		"{inspect} ... {datum} na|{datumlate} ... {inspectlate}",
		Kind: "quick", Weight: datumCheckWeight, Minutes: 2, Act: "confirm"},
	// Weighing options for the client: "is it better to lease or buy?",
	// "would it make more sense to wait?".
	{Match: choiceMatch, Kind: "paid", Weight: choiceWeight, Act: "research", Category: "advisory"},
	// A forecast of what would happen: "what turnover would we need to
	// break even?", "what the cash would look like if we hired two more",
	// "what I'd owe if I sold the flat"; the effect of a change on a
	// figure: "what the bonus will do to her take-home pay", "how a rate
	// rise would affect our repayments".
	{Match: "will do to|would do to|it'll do to|will affect|would affect|will it affect|would it affect|break even|break-even|breakeven|what-if|scenario|scenarios|look like if|would change if|" +
		"would be if we|would be if i|would happen to our|would happen to my|owe if|i'd owe|we'd owe|would i owe|" +
		"would we owe|save us if|save me if|would it save|would that save|would this save|would we save|would i save|" +
		"would ... save us|would ... save me|will ... save us|will ... save me|would ... ... save us|would ... ... save me",
		Kind: "paid", Weight: projectionWeight, Act: "calculate", Category: "advisory"},
	// The effect of a rule or change on the client: "what the new rules
	// mean for our staff", "how the change affects what we claim", "the
	// implications for my pension", "the tax consequences of selling". What a word or a charge means is a
	// fact ("what does accrual mean?"), and whether a change touches a
	// thing a yes/no ("will the move affect our phones?").
	{Match: "mean for us|mean for our|mean for me|mean for my|mean for a business|mean for the business|mean for the company|" +
		"means for us|means for our|means for me|means for my|means for a business|means for the business|means for the company|" +
		"affects what we|affects what i|affects how we|affects how i|affects how much|affect what we|affect how we|affect how much|" +
		"how ... affects us|how ... affects our|how ... affects me|how ... affects my|how ... affect us|how ... affect our|" +
		"how ... affect me|how ... affect my|what impact|implications for|" +
		// The consequences of a step for the client ("the tax consequences
		// of selling", "what the consequences are if it isn't"); whether a
		// lateness has any ("any consequences if I file late?") is a fact.
		"consequences of|consequences for|consequences be for|consequences would be|consequences are if|" +
		"tax consequences|vat consequences|financial consequences|legal consequences",
		Kind: "paid", Weight: effectWeight, Act: "research", Category: "advisory"},
	// A status of a thing done under an agreement ("whether the payment
	// under the agreement went out", "… under our contract has been paid")
	// is news, not what the agreement allows (TestGuards).
	{Match: "under {det} lease went out|under {det} lease renews|under {det} lease renewed|under {det} lease has been {done}|under {det} lease was {done}|under {det} lease came through|under {det} ... lease has been {done}|under {det} contract went out|under {det} contract renews|under {det} contract renewed|under {det} contract has been {done}|under {det} contract was {done}|under {det} contract came through|under {det} ... contract has been {done}|under {det} agreement went out|under {det} agreement renews|under {det} agreement renewed|under {det} agreement has been {done}|under {det} agreement was {done}|under {det} agreement came through|under {det} ... agreement has been {done}|under {det} tenancy went out|under {det} tenancy renews|under {det} tenancy renewed|under {det} tenancy has been {done}|under {det} tenancy was {done}|under {det} tenancy came through|under {det} ... tenancy has been {done}|under {det} terms went out|under {det} terms renews|under {det} terms renewed|under {det} terms has been {done}|under {det} terms was {done}|under {det} terms came through|under {det} ... terms has been {done}|under {det} licence went out|under {det} licence renews|under {det} licence renewed|under {det} licence has been {done}|under {det} licence was {done}|under {det} licence came through|under {det} ... licence has been {done}|under {det} license went out|under {det} license renews|under {det} license renewed|under {det} license has been {done}|under {det} license was {done}|under {det} license came through|under {det} ... license has been {done}",
		Kind: "quick", Weight: agreementStatusWeight, Minutes: 1, Act: "status"},
	// What the firm's own change means for the client is a fact the firm
	// knows: "what would your price increase mean for our fee?", "what
	// does your new billing system mean for us?", "what the move will do
	// to your opening hours" (TestGuards).
	{Match: "your ... mean for|your ... means for|your ... would mean for|your ... will mean for|will do to your|would do to your|" +
		"your ... will do to|your ... would do to|will affect your|would affect your",
		Kind: "quick", Weight: ownChangeWeight, Minutes: 2, Act: "info"},
}
