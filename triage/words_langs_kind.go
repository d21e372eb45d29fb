package triage

import "strings"

// Classes of quick and paid wording that English has and the other six
// languages lacked (helper "langs", langs1 audit): the firm's own price
// and a wish to know a fact (quick, as "how much do you charge" and "I'd
// like to know" are), meetings and calls (scheduling), updating a thing,
// reconciling accounts, advice put in writing and a job done for the
// client (paid). Each is a general class with table rows in
// TestLangKindClasses (langwords_kind_test.go).

// Weights of the classes, the same as their English counterparts'.
const (
	langPriceWeight   = 3   // "how much do you charge" (words.go)
	langKnowWeight    = 1.5 // "like to know" (words.go)
	langMeetWeight    = 2.5 // "a meeting", "a call" (words.go)
	langUpdateWeight  = 2   // "update {det}" (words.go)
	langReconcile     = 3   // "reconcile" (words.go)
	langWrittenWeight = 2   // "in writing", "written advice" (words_kind.go)
	langDoForWeight   = 2   // "nos podrías hacer" (words_kind.go)
	langInstallWeight = 3   // "install", "migrate" (words.go)
	langConfirmWeight = 2.5 // "confirm" (words.go)
)

// langInstall is a signal of installing or configuring systems (IT work).
func langInstall(match string) Signal {
	return Signal{Match: match, Kind: "paid", Weight: langInstallWeight, Act: "install", Category: "it"}
}

// langQuick builds the quick classes of one language. price is the
// firm's price; forYou the price of having the firm do a thing ("how
// much … to have you", "¿cuánto cuesta que nos preparen …?"), which fires
// with it as English's two price signals do.
func langQuick(price, forYou, know, meet string) []Signal {
	return []Signal{
		{Match: price, Kind: "quick", Weight: langPriceWeight, Minutes: 2, Act: "info"},
		{Match: forYou, Kind: "quick", Weight: langPriceWeight, Minutes: 2, Act: "info"},
		{Match: know, Kind: "quick", Weight: langKnowWeight, Minutes: 2, Act: "info"},
		{Match: meet, Kind: "quick", Weight: langMeetWeight, Minutes: 1, Act: "schedule"},
	}
}

// langWork builds the paid classes of one language; an empty match is
// left out (the language's own file already has it).
func langWork(update, reconcile, written string) []Signal {
	var out []Signal
	for _, s := range []Signal{
		{Match: update, Kind: "paid", Weight: langUpdateWeight, Act: "fix"},
		{Match: reconcile, Kind: "paid", Weight: langReconcile, Act: "reconcile", Category: "bookkeeping"},
		{Match: written, Kind: "paid", Weight: langWrittenWeight, Act: "write"},
	} {
		if s.Match != "" {
			out = append(out, s)
		}
	}
	return out
}

// langRecordDetails name one field of a record per language, as
// recordDetails does in English: updating one ("unsere neue Adresse
// aktualisieren", "mettre à jour notre adresse e-mail") is admin, not the
// update of records langWork prices.
var langRecordDetails = map[string][2]string{
	"de": {"aktualisier*|ändern|korrigieren", "adresse|anschrift|e-mail-adresse|e-mail|telefonnummer|handynummer|bankverbindung|iban|passwort"},
	"fr": {"mettre à jour|actualiser|modifier|corriger", "adresse|e-mail|mail|téléphone|coordonnées|iban|rib|mot de passe"},
	"es": {"actualizar|actualicen|actualice|cambiar|corregir", "dirección|correo|email|teléfono|móvil|iban|contraseña|datos de contacto"},
	"nl": {"bijwerken|updaten|actualiseren|wijzigen|aanpassen|corrigeren", "adres|e-mailadres|e-mail|telefoonnummer|rekeningnummer|iban|wachtwoord"},
	"it": {"aggiornare|aggiornate|aggiorni|modificare|correggere", "indirizzo|email|e-mail|telefono|cellulare|iban|password|recapito"},
	"pt": {"atualizar|atualizem|atualize|alterar|corrigir", "endereço|morada|email|e-mail|telefone|telemóvel|iban|palavra-passe|contacto"},
}

// taxCostWeight: how much tax a choice costs or saves the client is a
// calculation ("how much tax would I pay if I sold…"), not the firm's
// price, whose quick signals it outweighs.
const taxCostWeight = 4

// langTaxCost, by language: a how-much word with the tax itself as what
// is counted ("wie viel Steuern", "combien … en impôts").
var langTaxCost = []struct{ lang, match string }{
	{"en", "how much tax|how much ... in tax|how much ... in taxes|how much ... of tax|how much national insurance|how much ... in national insurance"},
	{"de", "wie viel steuer*|wieviel steuer*|wie viel ... an steuern|wieviel ... an steuern|wie viel ... steuern sparen|wieviel ... steuern sparen"},
	{"fr", "combien d'impôt*|combien ... en impôts|combien ... d'impôts|combien ... en impôt|combien de taxes"},
	{"es", "cuántos impuestos|cuánto impuesto|cuánto ... en impuestos|cuánto ... de impuestos"},
	{"nl", "hoeveel belasting|hoeveel ... aan belasting|hoeveel ... belasting besparen"},
	{"it", "quante tasse|quante imposte|quanto ... in tasse|quanto ... di tasse|quanto ... di imposte"},
	{"pt", "quantos impostos|quanto ... de imposto|quanto ... em imposto|quanto ... de impostos|quanto ... em impostos"},
}

// langDetailEdit is the quick signal of one language's record-field
// edits, the verb before or after the field within a few words.
func langDetailEdit(verbs, details string) Signal {
	var alts []string
	for _, v := range strings.Split(verbs, "|") {
		for _, d := range strings.Split(details, "|") {
			alts = append(alts, v+" "+d, v+" ... "+d, d+" "+v, d+" ... "+v)
		}
	}
	return Signal{Match: strings.Join(alts, "|"), Kind: "quick", Weight: detailEditWeight, Minutes: 2, Act: "info"}
}

func init() {
	for lang, sigs := range langKindSignals() {
		registerLexicon(lang, Lexicon{Signals: sigs})
	}
	for _, tc := range langTaxCost {
		registerLexicon(tc.lang, Lexicon{Signals: []Signal{{Match: tc.match, Kind: "paid", Weight: taxCostWeight, Act: "calculate", Category: "tax"}}})
	}
	for lang, vd := range langRecordDetails {
		registerLexicon(lang, Lexicon{Signals: []Signal{langDetailEdit(vd[0], vd[1])}})
	}
	for lang, sigs := range langSetupSignals {
		registerLexicon(lang, Lexicon{Signals: sigs})
	}
	for lang, m := range langHandsOn {
		registerLexicon(lang, Lexicon{Signals: []Signal{{Match: m, Kind: "paid", Weight: langHandsOnWeight, Act: "fix"}}})
		handsOnMatches[m] = true
	}
	for lang, m := range langOffers {
		registerLexicon(lang, Lexicon{Signals: []Signal{{Match: m, Kind: "quick", Weight: langOfferWeight, Minutes: 1, Act: "yes-no"}}})
	}
}

// langOfferWeight is English "do you do|do you offer"'s (words.go).
const langOfferWeight = 2

// langOffers ask whether the firm offers a kind of work at all, as
// English "do you do…?", "do you offer…?" do: "gostaria de saber se
// fazem tradução de documentos médicos", "proposez-vous la pose ?". The
// work named is the kind asked about, a yes or no. Table rows in
// TestLangOffers (words_lang_offers_test.go).
var langOffers = map[string]string{
	"de": "bieten sie|bieten sie auch|machen sie auch|übernehmen sie auch|gehört ... zu ihrem angebot|ob sie auch|ob ihr auch",
	"fr": "proposez vous|faites vous|vous faites aussi|vous proposez aussi|est ce que vous faites|est ce que vous proposez",
	"es": "ofrecen|ofrecéis|hacen ustedes|hacéis también|hacen también|si hacen",
	"nl": "doen jullie|doet u ook|bieden jullie|biedt u|verzorgen jullie",
	"it": "offrite|fate anche|se fate|vi occupate anche",
	"pt": "se fazem|vocês fazem|fazem também|oferecem|se oferecem",
}

// langKindSignals are the classes above, by language.
func langKindSignals() map[string][]Signal {
	return map[string][]Signal{
		"de": append(langQuick(
			"was kostet|was kosten|was ... kostet|was ... kosten|wie viel kostet|wieviel kostet|was würde ... kosten|"+
				"was verlangen sie|was berechnen sie|ihr honorar|ihre gebühr|ihre gebühren|ihr stundensatz|ihre preise|ihr preis",
			"kostet es wenn sie|kosten wenn sie|kostet es ... wenn sie|würde es kosten wenn|kostet es bei ihnen|kostet das bei ihnen",
			"fragen ob|fragen wann|wissen ob|wissen warum|wissen wieso|wissen weshalb|wissen wann|wissen wie viel|wissen wieviel|wissen was|wissen wer|wissen wo",
			"termin|einen termin|den termin|besprechung|telefonat|telefontermin|rückruf|zurückrufen"),
			langWork("aktualisier*|auf den neuesten stand", "",
				"schriftlich*|einschätzung|stellungnahme|gutachten")...),
		"fr": append(langQuick(
			"combien coûte|combien coûterait|combien coûtent|combien ça coûte|combien cela coûte|combien prenez vous|"+
				"combien facturez vous|vos tarifs|votre tarif|vos honoraires|quel est le prix|quel serait le prix|quel est le coût|quel serait le coût",
			"combien ... pour que vous|combien ... si vous|coûterait de nous|coûte de nous|coûterait de me|coûte de me",
			"savoir si|savoir pourquoi|savoir quand|savoir combien|savoir où|savoir qui|savoir quel|savoir quelle",
			"rendez vous|réunion|un appel|appel téléphonique|me rappeler|nous rappeler|créneau"),
			langWork("mettre à jour|mise à jour|actualiser", "rapprochement|rapprocher|lettrage",
				"par écrit|avis écrit|note écrite|note de synthèse")...),
		"es": append(append(langQuick(
			"cuánto cobran|cuánto cobras|cuánto cobra|cuánto cobráis|cuánto cobraríais|cuánto cuesta|cuánto costaría|cuánto cuestan|"+
				"cuánto me costaría|cuánto nos costaría su|sus tarifas|su tarifa|vuestras tarifas|sus honorarios|vuestros honorarios",
			"cuesta que|costaría que|cuestan que|cobran por|cobraríais por|cobraría por",
			"saber si|saber por qué|saber porqué|saber cuándo|saber cuánto|saber qué|saber dónde|saber quién|"+
				// "saber también si …" (langs2): the filler between.
				"saber también si|saber también cuándo|saber también cuánto|saber también qué",
			"reunión|reunirnos|una cita|la cita|llamada|llamarme|llamarnos|un hueco|algún hueco"),
			langWork("actualizar|actualice*|actualicen", "concili*",
				"por escrito|informe escrito|un informe")...),
			Signal{Match: "nos podrían hacer|me podrían hacer|nos pueden hacer|me pueden hacer|nos puede hacer|me puede hacer|" +
				"nos podría hacer|me podría hacer|nos podéis hacer|me podéis hacer", Kind: "paid", Weight: langDoForWeight, Act: "work"}),
		"nl": append(langQuick(
			"wat kost|wat kosten|wat zou ... kosten|wat rekent u|wat rekenen jullie|jullie tarief|uw tarief|uw uurtarief|"+
				"jullie uurtarief|jullie tarieven|uw tarieven|wat is de prijs|wat is jullie prijs",
			"kost het als jullie|kost het als u|kost het als je|kost het om ... te laten|kosten als jullie|kosten als u",
			"weten of|weten waarom|weten wanneer|weten hoeveel|weten wat|weten wie|weten waar",
			"afspraak|afspraken|belafspraak|overleg|gesprek|vergadering|terugbellen"),
			langWork("bijwerken|updaten|actualiseren", "afletteren|bankafstemming|aansluiting maken",
				"schriftelijk*|een notitie|een memo")...),
		"it": append(langQuick(
			"quanto costa|quanto costerebbe|quanto costano|quanto costerebbero|quanto chiedete|quanto chiede|quanto prendete|"+
				"le vostre tariffe|la vostra tariffa|il vostro onorario|i vostri onorari|la sua tariffa|il suo onorario|qual è il prezzo",
			"costa farci|costerebbe farci|costa farmi|costerebbe farmi|chiedete per|chiedereste per|prendete per",
			"sapere se|sapere perché|sapere perche|sapere come mai|sapere quando|sapere quanto|sapere chi|sapere dove|sapere cosa",
			"appuntamento|riunione|una chiamata|telefonata|incontro|incontrarci|richiamarmi|richiamarci|sentirci"),
			// "aggiornarmi", "aggiornarci" ask to be kept informed: not listed.
			langWork("aggiornare|aggiorni|aggiornate|aggiornasse|aggiornaste|aggiornamento del|aggiornamento della",
				"riconcili*|quadratura",
				"per iscritto|parere scritto|un parere|una relazione")...),
		"pt": append(langQuick(
			"quanto custa|quanto custaria|quanto custam|quanto cobram|quanto cobra|quanto cobraria|quanto cobrariam|"+
				"os vossos honorários|os seus honorários|o vosso preço|o seu preço|qual é o preço|qual o preço|qual seria o preço|tabela de preços",
			"custa que|custaria que|cobram para|cobrariam para|cobram por|cobrariam por",
			"saber se|saber porque|saber por que|saber porquê|saber por quê|saber quando|saber quanto|saber quem|saber onde|saber o que",
			"reunião|marcar uma|uma chamada|telefonema|ligar me|ligar nos|encontro|agendar"),
			langWork("atualizar|atualize*|atualizem", "", "por escrito|parecer|um relatório|relatório")...),
	}
}

// langSetupSignals: installing, configuring and migrating systems ("las
// instalaciones", premises, is left out), and
// the calculating verbs the shared "calcul*|berechn*|bereken*" list
// misses; French "confirmer", which the shared "confirm" list misses.
var langSetupSignals = map[string][]Signal{
	"de": {langInstall("installier*|konfigurier*|einzurichten|migrier*|umstellen auf|umzustellen auf"),
		{Match: "ausrechn*|auszurechnen", Kind: "paid", Weight: 2, Act: "calculate"}},
	"fr": {langInstall("installer|installez|installation de|installation du|installation des|configurer|configuration|paramétrer|paramétrage|migrer|migration"),
		{Match: "confirmer|confirmez|confirmiez|me confirmer|nous confirmer", Kind: "quick", Weight: langConfirmWeight, Minutes: 1, Act: "confirm"}},
	"es": {langInstall("instalar|instale|instalen|instalarnos|instalarme|instalación de|instalación del|configurar|configure|configuren|" +
		"configuración|migrar|migración")},
	"nl": {langInstall("installeren|installeer*|configureren|configureer*|migreren|migratie"),
		{Match: "uitrekenen|uitreken*|doorrekenen", Kind: "paid", Weight: 2, Act: "calculate"}},
	// Spelled out: "install*" would read English "installers".
	"it": {langInstall("installare|installi|installate|installazione|configurare|configuri|configurate|configurazione|" +
		"migrare|migrazione")},
	"pt": {langInstall("instalar|instale|instalem|instalação de|instalação do|instalação da|configurar|configure|configurem|" +
		"configuração|migrar|migração")},
}

// langHandsOnWeight is English "replace {det}|service {det}|fit new"'s
// (words.go).
const langHandsOnWeight = 2.5

// langHandsOn: hands-on work on a thing, repairing, fitting, servicing,
// balancing, as English "repair", "service the …", "fit new …" are
// (words.go): "die Reifen montieren und auswuchten", "il tagliando
// completo", "réparer la fuite", "de fiets repareren". A workshop's job,
// whatever the trade; the participles ("schon montiert?") ask a status
// and are not listed. Table rows in TestLangHandsOnWork
// (words_lang_hands_on_test.go).
var langHandsOn = map[string]string{
	"de": "montieren|reparieren|auswuchten|einbauen|einzubauen|einbau|umrüsten|umzurüsten|instand setzen|instandsetzung|inspektion|" +
		// Finding the fault, as English "find out" weighs.
		"herausfinden|herauszufinden|findet heraus|finden sie heraus|findest du heraus|findet ... heraus|finden sie ... heraus",
	"fr": "réparer|réparez|réparation|réparations|montage|monter les|monter le|monter la|révision",
	"es": "reparar|reparen|repare|reparación|reparaciones|montaje|montar el|montar la|montar los|montar las",
	"nl": "repareren|repareer*|monteren|monteer*|montage|onderhoudsbeurt|balanceren|uitlijnen",
	"it": "riparar*|riparazione|riparazioni|montaggio|montare il|montare la|montare i|montare le|tagliando|sostituzione",
	"pt": "reparar|reparem|reparação|reparações|montagem|substituição|pintar|pintem|pintassem",
}

// handsOnMatches are the langHandsOn signals' matches.
var handsOnMatches = map[string]bool{}

// Asking whether the firm does such work at all ("ob Sie auch Sättel
// reparieren", "Reparieren Sie auch E-Bikes?", "Réparez-vous aussi …?",
// "Repareren jullie ook …?") is a yes or no about its services, as
// English "do you do …?" is: an also-word after the reader, opened by
// the verb itself or by "whether".
var (
	alsoWords      = set("auch aussi también anche ook também")
	readerSubjects = set("sie ihr du vous ustedes jullie u voi vocês")
	whetherLinks   = set("ob si se of")
)

// handsOnOffered reports a langHandsOn match at ws[start] in a question
// of whether the firm does the work at all.
func (e *Engine) handsOnOffered(ws []string, start, si int) bool {
	if !handsOnMatches[e.signals[si].Match] {
		return false
	}
	if start == 0 {
		// The verb first, its subject (dropped in Spanish and Italian),
		// then the also-word.
		return len(ws) > 2 && (alsoWords.has(ws[1]) || readerSubjects.has(ws[1]) && alsoWords.has(ws[2]))
	}
	for i := max(2, start-handsOnOfferReach); i < start; i++ {
		if alsoWords.has(ws[i]) && readerSubjects.has(ws[i-1]) && whetherLinks.has(ws[i-2]) {
			return true
		}
	}
	return false
}

// handsOnOfferReach: how far before the work verb "ob Sie auch" may
// stand ("ob Sie auch alte Westernsättel aus Leder reparieren").
const handsOnOfferReach = 8
