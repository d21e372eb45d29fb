package triage

import "maps"

// Quick-vs-paid cues for tasks that mail written apart from the rules
// still got wrong (issue #11, helper "kinds4"): where goods are to be
// delivered (quick), an objection or appeal to be prepared (paid, in
// every language, with German zu-infinitives of the work verbs), whether
// the firm ever found something out (a status, quick), a batch of records
// to be booked into the accounts (paid) and documents to be read and
// judged (paid). Each has table rows in TestKindShapes4
// (kinds4_shapes_test.go).

// deliveryPlaces are where goods go: "deliver it to our warehouse", "send
// the order to the site office".
var deliveryPlaces = set("warehouse warehouses depot site office shop store unit yard premises address door " +
	"reception branch home house flat workshop")

// objectionNouns name an objection or an appeal against a decision, in
// every language; with a verb of lodging or drafting one (lodgeVerbs
// before it, lodgeVerbsLate after it in German and Dutch) the ask is
// drafting work. The noun alone is no request: "did the council reply to
// our appeal?" asks a status.
var (
	objectionNouns = set("appeal appeals objection objections einspruch widerspruch recours contestation réclamation " +
		"bezwaar bezwaarschrift ricorso opposizione recurso impugnação impugnación alegaciones")
	lodgeVerbs = set("lodge file submit make raise put prepare draft write preparar préparer preparare " +
		"déposer former introduire rédiger faire presentar interponer redactar hacer presentare proporre fare " +
		"scrivere apresentar interpor redigir fazer entrar")
	lodgeVerbsLate = set("einlegen einzulegen vorbereiten vorzubereiten voorbereiden aufsetzen aufzusetzen erheben schreiben formulieren " +
		"indienen aantekenen maken opstellen schrijven")
)

// Named weights of the rules below (hand weights; weights.json holds the
// fitted ones).
const (
	// deliveryPlaceWeight outweighs the polite-work form of "can you
	// deliver…" (0.5) and the send-a-thing frame.
	deliveryPlaceWeight = 2.5
	// objectionWeight is as much as writing a thing ("you draft", 2.5):
	// with a work verb it makes the ask paid even when a quick word
	// ("Bescheid", a tax notice, reads as "let me know") is in it.
	objectionWeight = 2.5
	// foundOutWeight outweighs "find out" (2.5, research) and a ledger
	// noun: "did you ever find out about…" asks whether it was done.
	foundOutWeight = 3.5
	// bookingWeight: booking a batch of records into the accounts is
	// bookkeeping, as reconciling is.
	bookingWeight = 3
	// readJudgeWeight is a look over a document (lookOverWeight): it
	// outweighs the "tell me if" that follows.
	readJudgeWeight = lookOverWeight
)

func init() {
	maps.Copy(wordClasses, map[string]*wordSet{"deliveryplace": deliveryPlaces, "objection": objectionNouns,
		"lodge": lodgeVerbs, "lodgelate": lodgeVerbsLate, "you": secondPerson})
	registerSignals(taskSignals, taskSignalsByLang)
}

// booking is a signal of booking records into the accounts.
func booking(match string) Signal {
	return Signal{Match: match, Kind: "paid", Weight: bookingWeight, Act: "work", Category: "bookkeeping"}
}

// readJudge is a signal of reading documents and judging their effect.
func readJudge(match string) Signal {
	return Signal{Match: match, Kind: "paid", Weight: readJudgeWeight, Act: "review"}
}

// taskSignalsByLang: booking records and reading documents in the other
// languages, and the German zu-infinitives of the work verbs
// ("vorzubereiten", "auszuarbeiten", "zu erstellen") the German list,
// written for "vorbereiten", misses.
var taskSignalsByLang = map[string][]Signal{
	"de": {
		{Match: "vorzubereit*|auszuarbeit*|anzufertig*|aufzusetz*|aufzustell*|auszufüll*|einzuricht*|durchzuseh*|" +
			"durchzugeh*|zu erstellen|zu überarbeiten|zu korrigieren|zu entwerfen",
			Kind: "paid", Weight: 3, Act: "prepare"},
		booking("verbuch*|zu verbuchen|einbuch*|einzubuch*|einpfleg*|einzupfleg*|in die buchhaltung|in der buchhaltung erfass*"),
		readJudge("lesen ... und mir|lesen ... und uns|zu lesen und"),
	},
	"nl": {
		booking("verwerken|verwerkt|inboeken|boeken in de|invoeren in de|in de administratie|in de boekhouding"),
		readJudge("doorlezen|lezen en"),
	},
	"fr": {
		booking("comptabilis*|saisir les|saisir ces|saisir nos|saisir toutes|dans la comptabilité|dans la compta|en comptabilité"),
		readJudge("lire ... et me|lire ... et nous"),
	},
	"es": {
		booking("contabiliz*|en la contabilidad|registrar los|registrar las|registrar todos|registrar todas"),
		readJudge("leer ... y decirme|leer ... y decirnos|leerlos y|leerlas y|leerlo y|leerla y"),
	},
	"it": {
		booking("contabilizz*|in contabilità|registrare le|registrare i|registrare tutte|registrare tutti"),
		readJudge("leggere ... e dirmi|leggere ... e dirci|leggerli e|leggerle e|leggerlo e|leggerla e"),
	},
	"pt": {
		booking("lançar as|lançar os|lançar todas|lançar todos|na contabilidade|registrar as|registrar os|registar as|registar os"),
		readJudge("ler ... e dizer|ler ... e me dizer|lê-los e|lê-las e"),
	},
}

// taskSignals are the English signals of the rules above.
var taskSignals = []Signal{
	// Where goods go is logistics: "can you deliver it to the site
	// office", "send the order to our warehouse rather than the shop".
	{Match: "deliver ... to {det} {deliveryplace}|deliver ... to {det} ... {deliveryplace}|deliver ... to our ... {deliveryplace}|" +
		"send ... to {det} {deliveryplace}|send ... to our ... {deliveryplace}|ship ... to {det} {deliveryplace}|" +
		"rather than {det} {deliveryplace}|instead of {det} {deliveryplace}|delivered to {det} {deliveryplace}",
		Kind: "quick", Weight: deliveryPlaceWeight, Minutes: 1, Act: "date"},
	// An objection or appeal to be made: "lodge an appeal against the
	// fine", "Widerspruch … einlegen", "interponer el recurso".
	{Match: "{lodge} {objection}|{lodge} ... {objection}|{objection} {lodgelate}|{objection} ... {lodgelate}", Kind: "paid", Weight: objectionWeight, Act: "write"},
	// Whether the firm ever found something out is a status: "did you
	// ever find out about the bank charges?".
	// {you} is "you" or texting's "u" (secondPerson).
	{Match: "did {you} ever find out|did {you} find out|have {you} found out|" +
		"did {you} manage to find out|did anyone find out|did {you} get to find out|any luck finding out|ever find out about",
		Kind: "quick", Weight: foundOutWeight, Minutes: 1, Act: "status"},
	// Booking a batch of records into the accounts: "could you process
	// the mileage logs into the books?".
	booking("process ... into the books|process ... into our books|post ... to the ledger|post ... into the books|" +
		"enter ... into the books|enter ... into our books|book ... into the accounts|key ... into the books"),
	// Reading documents and judging their effect: "could you read them
	// and tell me if they change anything?".
	readJudge("read ... and tell|read ... and let|read ... and see|read through|read over|have a read|give ... a read|" +
		"could you read|can you read|would you read|can u read|could u read|please read"),
}
