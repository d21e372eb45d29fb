package triage

// Adding one person to the client's records or to a list is a minute's
// admin: "please add my partner as a contact on our account", "add her
// to the landlord contacts", "können Sie ihn zur Verteilerliste
// hinzufügen?"; so is changing the bank account on file. These outweigh "add … to {det}" (a fix) and the ledger
// nouns that often follow ("…so she gets the statements"). Setting up
// the account itself ("set up a new contact database") has no "add".

func init() {
	registerSignals(recordSignals, recordSignalsByLang)
}

var recordSignals = []Signal{
	quickCue("add ... as {det} contact|add ... as {det} ... contact|add ... as {det} contacts|"+
		"add ... to {det} contacts|add ... to {det} ... contacts|add ... ... to {det} contacts|add ... ... to {det} ... contacts|add ... to {det} contact list|add ... to {det} ... contact list",
		sharedAddWeight, 2, "info"),
	// Switching the account payments go to or come from is one field on
	// file: "can you change the account for rent payments to our joint
	// account?", "please update our bank details". A bank account's
	// books ("reconcile the bank account") have no edit verb before it.
	quickCue("{detailedit} {det} bank account|{detailedit} {det} ... bank account|{detailedit} {det} bank details|"+
		"{detailedit} {det} ... bank details|{detailedit} {det} account for ... payments|{detailedit} {det} account for payments|"+
		"{detailedit} {det} payment account|{detailedit} {det} payment details|{detailedit} {det} ... payment details",
		detailEditWeight, 2, "info"),
}

// recordSignalsByLang: adding someone to a mailing or distribution list
// in the other languages (English has it in choiceSignals).
var recordSignalsByLang = map[string][]Signal{
	"de": {quickCue("verteilerliste ... hinzufüg*|verteiler ... hinzufüg*|mailingliste ... hinzufüg*|verteilerliste ... aufnehm*|verteiler ... aufnehm*|"+
		"verteilerliste hinzufüg*|verteiler hinzufüg*|verteilerliste aufnehm*|verteiler aufnehm*", sharedAddWeight, 2, "info")},
	"fr": {quickCue("ajout* ... liste de diffusion|ajout* ... ... liste de diffusion|ajout* ... aux contacts|ajout* ... ... aux contacts", sharedAddWeight, 2, "info")},
	"nl": {quickCue("verzendlijst|distributielijst|mailinglijst", sharedAddWeight, 2, "info")},
	"es": {quickCue("añad* ... lista de distribución|añad* ... ... lista de distribución|agreg* ... lista de distribución|agreg* ... ... lista de distribución", sharedAddWeight, 2, "info")},
	"it": {quickCue("aggiung* ... lista di distribuzione|aggiung* ... ... lista di distribuzione|inserir* ... lista di distribuzione|inserir* ... ... lista di distribuzione", sharedAddWeight, 2, "info")},
	"pt": {quickCue("adicion* ... lista de distribuição|adicion* ... ... lista de distribuição|inclu* ... lista de distribuição|inclu* ... ... lista de distribuição", sharedAddWeight, 2, "info")},
}
