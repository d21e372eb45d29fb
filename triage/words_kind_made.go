package triage

import "maps"

// Sending a thing that does not exist yet: "send me an aged debt report",
// "nous envoyer une proposition", "mandarnos un resumen". "Send me the
// report" hands over a thing already made (quick); an indefinite report,
// breakdown or proposal must first be made, which is the work (paid).
// Table rows in TestSendNewMadeThing (words_kind_made_test.go).

// madeNouns are things a firm makes from the client's figures or facts,
// in each language.
// A plan (a lift plan, "un plan de", "um plano de") is drawn up for the
// client's job as a proposal is: "send us a lift plan", "enviar-nos um
// plano de elevação".
var madeNouns = set("report breakdown summary proposal forecast analysis projection comparison memo memorandum overview checklist costing plan plano " +
	"rapport proposition synthèse analyse prévision récapitulatif " +
	"informe propuesta resumen análisis previsión desglose " +
	"overzicht voorstel analyse prognose " +
	"relazione proposta riepilogo analisi previsione prospetto " +
	"relatório proposta resumo análise previsão")

// indefArticles open a thing not yet named: "a", "une", "un", "een", "um".
var indefArticles = set("a an une un una uno een um uma")

// sendNewWeight outweighs the send-a-thing frame ("send me", 1.5) and the
// polite-information form, as writing a thing does.
const sendNewWeight = 3

func init() {
	maps.Copy(wordClasses, map[string]*wordSet{"made": madeNouns, "indef": indefArticles})
	registerSignals([]Signal{
		{Match: "send {me} {indef} {made}|send {me} {indef} ... {made}|send over {indef} ... {made}",
			Kind: "paid", Weight: sendNewWeight, Act: "write"},
	}, map[string][]Signal{
		"fr": {{Match: "envoyer {indef} {made}|envoyer {indef} ... {made}|nous envoyer {indef} ... {made}|m'envoyer {indef} ... {made}",
			Kind: "paid", Weight: sendNewWeight, Act: "write"}},
		"es": {{Match: "enviar {indef} {made}|enviar {indef} ... {made}|mandar {indef} ... {made}|enviarnos {indef} ... {made}|" +
			"enviarme {indef} ... {made}|mandarnos {indef} ... {made}|mandarme {indef} ... {made}",
			Kind: "paid", Weight: sendNewWeight, Act: "write"}},
		"nl": {{Match: "sturen {indef} ... {made}|{indef} ... {made} sturen|{indef} ... {made} toesturen|{indef} ... {made} opsturen",
			Kind: "paid", Weight: sendNewWeight, Act: "write"}},
		"it": {{Match: "inviare {indef} ... {made}|inviarci {indef} ... {made}|inviarmi {indef} ... {made}|mandarci {indef} ... {made}|mandarmi {indef} ... {made}",
			Kind: "paid", Weight: sendNewWeight, Act: "write"}},
		"pt": {{Match: "enviar {indef} ... {made}|enviar-nos {indef} ... {made}|enviar-me {indef} ... {made}|mandar {indef} ... {made}",
			Kind: "paid", Weight: sendNewWeight, Act: "write"}},
	})
}
