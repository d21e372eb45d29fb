package triage

// Logistics and admin asks (helper "logistics", logistics1): handing on a
// thing already made (reissue, resend, forward), putting a person on the
// mail (cc, add to the thread), moving, joining or bringing something to
// a meeting, and a booking's day or a contact on file changed. A
// competent professional does each in a minute or two. Their look-alikes
// that are work stay paid: re-planning a project's dates, a whole batch
// of invoices issued again. Table rows in TestLogisticsKinds
// (logistics_kind_test.go).

// handOnVerbs pass on a thing the firm already holds or made.
// ("re-send" is tokenised "re send": the signal spells it out.)
var handOnVerbs = set("reissue resend forward fwd")

// madeThings are what handOnVerbs pass on: one document, message or link.
// One email only: "forward all our emails to the new domain" sets up
// mail forwarding.
var madeThings = set("note notes invoice invoices receipt receipts statement statements link links invite invitation login " +
	"logins letter letters copy copies certificate email e-mail confirmation proof proofs contract " +
	"agreement form forms document documents file files pdf payslip payslips p60 minutes report details password " +
	"reminder quote estimate")

// mailPlaces hold a conversation: adding a person to one is one click.
// A calendar is left out: "add the staff to the calendar system" is IT
// set-up.
// "List" counts only as a mailing or distribution list: adding items to
// a list of claims is bookkeeping.
var mailPlaces = set("thread threads chain loop mailing distribution invite invitation cc group channel")

// meetNouns are meetings a client moves, joins or brings a thing to
// (meetingNouns in registry.go plus the names of calls and visits). A
// booking is left out: "change the booking form" is web work.
var meetNouns = set("meeting meetings call calls session appointment catch-up catchup zoom teams visit viewing " +
	"consultation workshop demo interview slot kickoff kick-off")

// sittings are meetings named by their business ("the year-end review"):
// moved, cancelled, joined or brought to, they are meetings; asked for on
// their own ("review our contracts") they are work, and "attend to the
// review" is doing it, so "attend" needs a determiner straight after.
var sittings = set("review reviews")

// movedForms report a meeting moved: "could the review be moved?".
var movedForms = set("moved postponed rescheduled rearranged cancelled canceled pushed shifted")

// attendVerbs take part in a meeting.
var attendVerbs = set("join attend sit dial")

// bookingFields are one setting of a booking or a collection: changing
// one is a note in the diary, not work.
var bookingFields = set("day days slot slots venue")

// planThings are plans of work: moving their dates is re-planning
// (paid), unlike moving a meeting.
var planThings = set("plan plans programme program timeline timelines roadmap rollout phases schedule")

// replanVerbs move dates; with a plan as object they re-plan.
var replanVerbs = set("reschedule rearrange move shift push")

// handOnWeight outweighs a request's form alone; named work in the same
// ask still wins ("rerun the payroll and reissue her payslip"), as with
// "file it" (words_kind_admin.go).
const handOnWeight = 2

// logisticsWeight outweighs the act's verb read as work ("move {det}",
// "add ... to {det}", "update {det}") and a request's form.
const logisticsWeight = 4

// batchWeight outweighs handOnWeight and a request's form.
const batchWeight = 3.5

// replanWeight outweighs "reschedule" read as moving a meeting.
const replanWeight = 4.5

func init() {
	wordClasses["handon"] = handOnVerbs
	wordClasses["madething"] = madeThings
	wordClasses["onething"] = set("it them this that")
	wordClasses["mailplace"] = mailPlaces
	wordClasses["meetnoun"] = meetNouns
	wordClasses["attend"] = attendVerbs
	wordClasses["bookfield"] = bookingFields
	wordClasses["planthing"] = planThings
	wordClasses["replan"] = replanVerbs
	wordClasses["sitting"] = sittings
	wordClasses["moved"] = movedForms
	registerSignals(logisticsSignals, logisticsSignalsByLang)
}

// logisticsSignals are the English signals of the rules above.
var logisticsSignals = []Signal{
	// Passing on a made thing again: "please reissue invoice 2231",
	// "can you forward the clearance letter to our lawyer?", "could you
	// resend it?". A pronoun counts only as the thing the request names
	// ("you resend it"): after a job ("move the window on the plans and
	// reissue them") it is the job's result handed over.
	{Match: "you {handon} {onething}|please {handon} {onething}|you please {handon} {onething}|you just {handon} {onething}|{handon} {det} ... {madething}|{handon} ... {madething}|re send ... {madething}|re issue ... {madething}|{handon} me {det} ... {madething}|{handon} us {det} ... {madething}",
		Kind: "quick", Weight: handOnWeight, Minutes: 2, Act: "send"},
	// A spare part brought along to a visit already booked: "could you
	// bring a spare fuse", "bring some spare washers with you". The visit
	// itself is the work; carrying a part to it is a note in the diary.
	{Match: "bring {det} spare|bring spare|bring spares|bring {det} few spare|bring ... spare ... with you|bring ... spares with you",
		Kind: "quick", Weight: logisticsWeight, Minutes: 1, Act: "info"},
	// Putting a person on the mail: "cc my partner on these", "add Jo to
	// the thread", "loop our manager in".
	{Match: "cc {det}|cc me|cc us|bcc|copy me in|copy us in|copy ... in on|loop ... in|keep ... in the loop|" +
		"add ... to {det} ... {mailplace}|add ... ... to {det} ... {mailplace}|add ... to {mailplace}|include ... on {det} ... {mailplace}|put ... on {det} ... {mailplace}",
		Kind: "quick", Weight: logisticsWeight, Minutes: 1, Act: "info"},
	// Moving a meeting whatever its name: "move our zoom to 2pm", "shift
	// the site visit" (words_kind.go has call, meeting, appointment).
	{Match: "{resched} {det} ... {meetnoun}|{replan} ... {meetnoun}|cancel ... {meetnoun}|postpone ... {meetnoun}|" +
		"{replan} ... {sitting}|{resched} {det} ... {sitting}|cancel ... {sitting}|postpone ... {sitting}|" +
		"{meetnoun} be {moved}|{sitting} be {moved}|{meetnoun} to be {moved}|{sitting} to be {moved}",
		Kind: "quick", Weight: logisticsWeight, Minutes: 1, Act: "schedule"},
	// Taking part: "can Leo join Tuesday's call?", "could you dial in to
	// the workshop?". Bringing a thing is words_kind_facts.go's.
	{Match: "{attend} ... {meetnoun}|{attend} {det} ... {sitting}|dial in|dial into|sit in on",
		Kind: "quick", Weight: 3, Minutes: 1, Act: "schedule"},
	// A booking's day, or a contact on file: "change the collection day",
	// "update the contact on our account".
	{Match: "{detailedit} {det} ... {bookfield}|{detailedit} ... on file|{detailedit} ... on our account|{detailedit} ... on the account|" +
		"{detailedit} ... in your records|{detailedit} ... on your records|{detailedit} ... on your system|" +
		// The firm's own records as the object: "please update your
		// records with our new address", "amend your file".
		"{detailedit} your records|{detailedit} your record|{detailedit} your files|{detailedit} your file",
		Kind: "quick", Weight: detailEditWeight + 1, Minutes: 2, Act: "info"},
	// Re-planning is work: "reschedule the whole project plan", "move
	// the rollout timeline back a month and redo the phases".
	{Match: "{replan} {det} ... {planthing}|replan|re-plan|new dates for",
		Kind: "paid", Weight: replanWeight, Act: "prepare"},
	// Issuing a batch again is an invoice run: "reissue all the invoices
	// since April with the new rate" (one invoice reissued is admin).
	{Match: "reissue all|reissue every|reissue each|re issue all|re issue every|reissue ... all {det}",
		Kind: "paid", Weight: batchWeight, Act: "redo"},
	// Running a job again is the job again: "rerun March's payroll and
	// reissue the payslips" (the reissue hands on what the rerun makes).
	{Match: "rerun|re-run|rerunning|re-running", Kind: "paid", Weight: 2.5, Act: "redo"},
}

// langLogistics builds one language's logistics classes: passing on a
// made thing again or putting a person in copy (handOn), cancelling
// (cancel: one step, as "please cancel" in English) and re-planning
// (replan: paid, as "replan" in English). Moving or joining a meeting is
// scheduling already through its noun (langQuick's meet class).
func langLogistics(handOn, cancel, replan string) []Signal {
	return []Signal{
		{Match: handOn, Kind: "quick", Weight: logisticsWeight, Minutes: 2, Act: "send"},
		{Match: cancel, Kind: "quick", Weight: cancelWeight, Minutes: 1, Act: "schedule"},
		{Match: replan, Kind: "paid", Weight: replanWeight, Act: "prepare"},
	}
}

// cancelWeight is "please {onestep}"'s weight (words_kind.go).
const cancelWeight = 2

// logisticsSignalsByLang are langLogistics per language.
var logisticsSignalsByLang = map[string][]Signal{
	"de": langLogistics("erneut senden|erneut schicken|erneut zusenden|nochmal schicken|nochmal senden|noch einmal schicken|"+
		"noch einmal senden|noch einmal zuschicken|nochmals senden|nochmals schicken|weiterleiten|leiten sie ... weiter|"+
		"neu ausstellen|in kopie|in cc",
		"absagen|stornieren",
		"umplanen|neu planen|neu terminieren|neu takten"),
	"fr": langLogistics("renvoyer|réexpédier|faire suivre|transférer ... mail|transférer ... facture|transférer ... lien|"+
		"réémettre|rééditer|en copie|en cc",
		"annuler",
		"replanifier|re-planifier|revoir le planning|refaire le planning|revoir tout le planning"),
	"es": langLogistics("reenviar|reenviarme|reenviarnos|reenvíame|reenvíanos|reenvía|volver a enviar|volver a mandar|"+
		"reemitir|volver a emitir|en copia|con copia",
		"cancelar|anular",
		"replanificar|rehacer el calendario|rehacer la planificación|rehacer el plan"),
	"nl": langLogistics("opnieuw sturen|opnieuw versturen|opnieuw toesturen|nogmaals sturen|nog een keer sturen|doorsturen|"+
		"stuur ... door|opnieuw uitgeven|in de cc|in cc",
		"annuleren|afzeggen",
		"herplannen|opnieuw plannen|opnieuw inplannen|planning herzien|planning omgooien"),
	"it": langLogistics("inviare di nuovo|rimandare|rimandarmi|rimandarci|reinviare|inoltrare|inoltrarmi|inoltrarci|inoltra|"+
		"riemettere|in copia|in cc",
		"annullare|disdire",
		"ripianificare|rifare la pianificazione|rifare il cronoprogramma"),
	"pt": langLogistics("reenviar|reencaminhar|encaminhar|voltar a enviar|enviar de novo|reemitir|em cópia|em cc",
		"cancelar|desmarcar",
		"replanear|replanejar|refazer o planeamento|refazer o planejamento|refazer o cronograma"),
}
