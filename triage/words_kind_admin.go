package triage

// Quick-vs-paid cues of admin and requests put politely: one record added,
// a person set up, one payer chased, a made document filed, the firm's own
// fee, a matter handed over, "would it be possible to <work>", a made thing
// in a wanted list, and what the client's side must do. Each has table
// rows in TestKindShapes3. English only: the verb lists they lean on
// (infoVerbs, notActionVerbs) are English.

// possibleFrames ask whether the firm could do a thing: "would it be
// possible to redraw the plans?" is a request put politely, whose verb
// says whether it asks for work (formOf). "Is it possible to…" is left
// out: it as often asks what a rule allows ("is it possible to claim…").
var possibleFrames = newLexicon([]string{"would it be possible to", "would it be possible for you to",
	"would it be at all possible to", "might it be possible to", "could it be possible to",
	// The same put to the firm's people: "would it be possible for your
	// staff to run a workshop?".
	"would it be possible for your {crew} to", "would it be possible for one of your {crew} to",
	"might it be possible for your {crew} to"})

// possibleClientVerbs after a possibility frame are the client's own act
// or a meeting ("would it be possible to pay in two parts?", "…to meet on
// Friday?"): they ask for leave or a slot, not for work.
var possibleClientVerbs = set("pay come meet visit speak talk chat get have bring drop pop collect pick book arrange " +
	"delay postpone extend split spread")

// possibleWork: the ask opens "would it be possible to <verb>" and the
// verb is an act of work the firm would do, not a request for an answer
// or a copy, nor the client's own act.
func possibleWork(ws []string) bool {
	v, ok := verbAfter(possibleFrames, ws)
	return (ok && !notActionVerbs.has(v) && !infoVerbs.has(v) && !possibleClientVerbs.has(v)) || romancePossibleWork(ws)
}

// madeAdjectives mark a thing to be made or made again: "a new logo",
// "refreshed templates", "a revised floor plan". An item naming one, in a
// list the client introduced as what they want, asks for the making.
var madeAdjectives = set("new refreshed redesigned revised updated reworked redrawn rewritten fresh modernised modernized " +
	"rebranded replacement")

// madeItem: a wanted list item opens with a made thing ("a refreshed logo
// that…", "new templates for…"): a determiner or none, then within two
// words an adjective of making.
func madeItem(ws []string) bool {
	i := 0
	if i < len(ws) && detWords.has(ws[i]) {
		i++
	}
	for k := i; k < len(ws) && k < i+2; k++ {
		if madeAdjectives.has(ws[k]) {
			return true
		}
	}
	return false
}

// otherDoerSubjects do the act a "will <subject> need to…" question asks
// about: the client's side, not the firm.
var otherDoerSubjects = set("i we people they staff everyone everybody anyone anybody employees users customers " +
	"tenants clients members he she someone our the")

// othersMustDo: a yes/no question about what the client's side will have
// to do ("will staff need to log in again?", "do the tenants have to sign
// anything?") asks about their act: the work verb after it is theirs.
func othersMustDo(ws []string) bool {
	if len(ws) < 4 || !othersAux.has(ws[0]) {
		return false
	}
	i := 1
	if (ws[i] == "our" || ws[i] == "the") && i+1 < len(ws) {
		i++ // "will our staff", "do the tenants"
	} else if !otherDoerSubjects.has(ws[i]) {
		return false
	}
	i++
	if i+1 >= len(ws) {
		return false
	}
	return (ws[i] == "need" || ws[i] == "have" || ws[i] == "needs" || ws[i] == "has") && ws[i+1] == "to"
}

// othersAux open the yes/no question othersMustDo reads.
var othersAux = set("will would do does did")

// newcomers are people joining a team: adding one to a list is a record.
var newcomers = set("starter joiner hire recruit employee girl guy lad apprentice member colleague person worker")

// intakes are what a firm takes on: asking whether it takes on new ones
// asks a fact about the firm.
var intakes = set("clients client customers customer work projects jobs business")

// extraRoles and bookRoles name one more person on a booking or an
// account: "a second driver", "an additional user", "a named contact".
var (
	extraRoles = set("second third additional extra named")
	bookRoles  = set("driver user contact signatory guest passenger attendee keyholder cardholder")
)

func init() {
	wordClasses["newcomer"] = newcomers
	wordClasses["intake"] = intakes
	wordClasses["extrarole"] = extraRoles
	wordClasses["bookrole"] = bookRoles
	registerSignals(adminSignals, nil)
}

// adminSignals are the signals of the rules above.
var adminSignals = []Signal{
	// Adding one record to a list is admin: "can you add this to the
	// rota?", "please add our new starter". It outweighs "add … to the"
	// (a fix) and a ledger noun ("add it to the accounts"), but not a
	// work verb in the same ask: in "work out what he's owed and add it
	// to his payslip" the "it" is the result of the work. "Add him/her
	// to the payroll" is left out: the sets' labels disagree on it
	// (messy3 paid, messy6 quick for the same shape with a noun).
	{Match: "add it to|add this to|add that to|add {det} new {newcomer}|add {det} {newcomer}",
		Kind: "quick", Weight: 2, Minutes: 2, Act: "info"},
	// Naming one more person on a booking or an account is the same
	// record: "please add my son as a named driver", "can you add Ravi as
	// an additional user on the account?". The person can take many words
	// ("add my wife, Ana Ruiz, as a second driver"), so the role says it.
	{Match: "as {det} {extrarole} {bookrole}|as another {bookrole}", Kind: "quick", Weight: 2, Minutes: 2, Act: "info"},
	// Setting up a person, bare, is entering a starter on the records:
	// "can you set her up?", "please set up the new hire from Monday".
	// Setting one up with things ("set him up with a laptop and a
	// login") names the work, and weighs as much again.
	{Match: "set him up|set her up|set them up|setting up {det} new {newcomer}|set up {det} new {newcomer}",
		Kind: "quick", Weight: 3, Minutes: 2, Act: "info"},
	{Match: "set ... up with|set ... up like|setting ... up with|set up ... with {det}", Kind: "paid", Weight: 3, Act: "setup"},
	// Whether the firm takes on new clients is a fact about the firm:
	// "are you taking on any new clients?", "do you accept new work in
	// the summer?". Taking on a named job ("take on our bookkeeping") is
	// work and has no "new {intake}".
	{Match: "take on new {intake}|taking on new {intake}|take on any new {intake}|taking on any new {intake}|" +
		"accepting new {intake}|accepting any new {intake}|accept new {intake}",
		Kind: "quick", Weight: 3, Minutes: 1, Act: "yes-no"},
	// Holding back something already in hand until the client is ready is
	// one step: "could you hold off sending the invoice?", "can you hold
	// it until I'm back?", "put the direct debit on hold". Holding an
	// event ("hold a training day") has no "until" or "on hold"; the
	// client's own wait ("should we register now or hold off…?") is no
	// request to the firm, so the firm is asked to hold.
	{Match: "you hold off|u hold off|you hold ... until|u hold ... until|you hold back|u hold back|" +
		"you put ... on hold|u put ... on hold|please put ... on hold|you keep ... on hold|please keep ... on hold",
		Kind: "quick", Weight: 3, Minutes: 1, Act: "confirm"},
	// Chasing one payer for what they owe is one reminder: "can you chase
	// the council for the refund?". A batch ("chase all the overdue
	// invoices") names no single payer and stays credit control.
	{Match: "chase ... for|chase up ... for|chasing ... for", Kind: "quick", Weight: 2, Minutes: 2, Act: "send"},
	// Chasing one party or one matter named by a pronoun is one
	// follow-up: "could you chase them?", "can you chase it up with the
	// landlord?". A batch names what is chased ("the overdue invoices").
	{Match: "chase him|chase her|chase them|chase him up|chase her up|chase them up|chase it up|chase this up|chase that up|" +
		"chase up on it|chase up on this", Kind: "quick", Weight: 2, Minutes: 2, Act: "send"},
	// The firm's own price is a fact the rep knows: "what would your fee
	// be for the renewal?", "roughly what would you charge for it?".
	{Match: "your fee|your fees|your charge|your charges|you charge|you'd charge|you would charge|your rate for|your rates for|your price for",
		Kind: "quick", Weight: 3, Minutes: 2, Act: "info"},
	// What a job cost or is charged is a figure on file, whatever the job:
	// "how much did the valuation cost us?", "what was the bill for the
	// survey?", "what's the fee for a lease review?".
	{Match: "how much did ... cost|how much was {det} ... {billnoun}|what was {det} ... {billnoun}|" +
		"what did you charge|what did you bill|what's the fee for|what is the fee for|what are the fees for|" +
		"what would the fee|what's the charge for|what is the charge for",
		Kind: "quick", Weight: 3, Minutes: 2, Act: "info"},
	// Handing a matter over is asking for the work it takes, whatever it
	// is: "could you deal with this for us?", "please take care of it".
	{Match: "deal with this|deal with it|deal with that|deal with them|take care of this|take care of it|take care of that|handle this for|handle it for",
		Kind: "paid", Weight: 2, Act: "work"},
	// Filing or submitting a document already made, named by a pronoun,
	// is one step: "could you submit it today?". Preparing it in the same
	// ask ("prepare the return and file it") still names the work.
	{Match: "file it|submit it|lodge it|file this|submit this|file that|submit that", Kind: "quick", Weight: 2, Minutes: 2, Act: "send"},
	// One leaver's or one employee's year-end form comes out of the
	// payroll software: "we need the P45 for Sam", "can I have my P60?".
	{Match: "{det} p45|{det} p60", Kind: "quick", Weight: 2, Minutes: 2, Act: "send"},
	// A registered office is an address: changing it is one field.
	{Match: "{detailedit} {det} registered office|{detailedit} registered office", Kind: "quick", Weight: 5, Minutes: 2, Act: "info"},
}
