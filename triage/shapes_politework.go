package triage

import "strings"

// Requests for work put politely in Spanish, French, Italian and
// Portuguese: "¿podrías cambiar las fotos…?", "pourriez-vous refaire la
// page ?", "potresti sistemare il modulo?", "você consegue me ajudar a…?".
// English reads the verb after "can you" (actionVerb); these languages put
// an infinitive there, and an infinitive that is not a verb of telling,
// sending or being asks for something to be done, as "could you change
// the photos?" does (formOf).

// romancePoliteFrames open such a request: "can you" and "could you" with
// the informal, formal and plural "you".
var romancePoliteFrames = newLexicon([]string{
	"podrías", "puedes", "podría", "puede", "pueden", "podrían", "podéis", "podríais",
	"pourriez vous", "pouvez vous", "pourrais tu", "peux tu", "vous pourriez", "vous pouvez", "tu pourrais", "tu peux",
	"potresti", "puoi", "potrebbe", "potete", "potreste",
	"pode", "poderia", "podem", "poderiam", "você pode", "você poderia", "você consegue", "vocês podem",
	"vocês conseguem", "consegue", "conseguem",
})

// romanceClitics are the object pronouns and politeness words that may
// stand around the frame: "¿me puedes…?", "potresti per favore…".
var romanceClitics = set("me nos te le les lo la los las mi ci vi ti gli moi nous vous por favor per s'il plaît também también aussi anche")

// romanceInfoVerbs ask for an answer, a copy or a call, not for work, in
// the infinitive (Italian also with its final vowel dropped before a
// pronoun: "mandarmi").
var romanceInfoVerbs = set(
	"enviar mandar reenviar decir confirmar indicar avisar llamar explicar informar recordar dar pasar contestar responder aclarar " +
		"envoyer renvoyer dire confirmer indiquer rappeler appeler expliquer transmettre informer préciser donner répondre " +
		"inviare inviar mandare rimandare rimandar dire dir confermare confermar indicare ricordare ricordar chiamare chiamar " +
		"spiegare spiegar informare girare girar dare rispondere inoltrare inoltrar " +
		"dizer ligar lembrar esclarecer encaminhar")

// romanceStateVerbs are being, having, knowing, seeing, coming and
// waiting: "¿puede ser que…?", "pode ter…?" ask no work.
var romanceStateVerbs = set("ser estar haber tener saber ver ir venir esperar " +
	"être avoir savoir voir aller venir attendre " +
	"essere avere stare sapere vedere andare venire aspettare " +
	"ter haver ficar vir")

// romanceEnclitics are pronouns written onto an infinitive: "hacernos",
// "enviarme", "mandarmi".
var romanceEnclitics = []string{"nos", "me", "te", "le", "les", "lo", "la", "los", "las", "mi", "ci", "vi", "ti", "gli", "ne", "se"}

// romanceWork: ws opens with a polite frame of these languages and the
// verb after it is an infinitive of doing, not of telling or being.
func romanceWork(ws []string) bool {
	v := infinitiveAfterFrame(ws[questionLead(ws):], romancePoliteFrames, nil)
	return v != "" && !romanceInfoVerbs.has(v) && !romanceStateVerbs.has(v)
}

// infinitiveAfterFrame returns the infinitive of the verb after one of
// frames, which opens ws after clitics, fillers and the words lead
// admits (nil: none); "" when no frame opens ws or no verb follows.
func infinitiveAfterFrame(ws []string, frames *lexicon, lead *wordSet) string {
	i := 0
	end, ok := frames.hasAt(ws, i)
	// A frame may open with a clitic-like word ("vous pouvez"): look
	// for the frame before skipping each such word.
	for !ok && i < len(ws) && (romanceClitics.has(ws[i]) || isFiller(ws[i]) || lead != nil && lead.has(ws[i])) {
		i++
		end, ok = frames.hasAt(ws, i)
	}
	if !ok {
		return ""
	}
	for end < len(ws) && (romanceClitics.has(ws[end]) || isFiller(ws[end])) {
		end++
	}
	if end >= len(ws) {
		return ""
	}
	v := ws[end]
	if k := strings.IndexByte(v, '\''); k >= 0 && k < 3 {
		v = v[k+1:] // "d'envoyer", "m'aider", "l'envoyer"
	}
	return infinitiveOf(v)
}

// infinitiveOf returns w as a bare infinitive, an enclitic pronoun cut
// off, or "" when w does not end like one (-ar, -er, -ir, -re).
func infinitiveOf(w string) string {
	if isInfinitive(w) {
		return w
	}
	for _, p := range romanceEnclitics {
		if b, ok := strings.CutSuffix(w, p); ok && len(b) > 3 && isInfinitive(b) {
			return b
		}
	}
	return ""
}

func isInfinitive(w string) bool {
	if len(w) < 4 {
		return false
	}
	for _, s := range []string{"ar", "er", "ir", "re"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// German and Dutch put the infinitive last: "Könnten Sie die Artikel im
// Shop anlegen?", "Kun je de kozijnen schilderen?". A polite frame and,
// as the last word of the request before any subordinate clause (whose
// verb comes last in turn: "…, ob der Antrag eingegangen ist?"), an
// infinitive of doing asks for work.

var germanicPoliteFrames = newLexicon([]string{
	"könnten sie", "können sie", "würden sie", "kannst du", "könntest du", "würdest du", "könnt ihr", "könntet ihr",
	"kun je", "kunt u", "kun jij", "kunt jij", "zou je", "zou u", "zou jij", "kunnen jullie", "zouden jullie",
	"wil je", "wilt u", "willen jullie",
})

// germanicSubordinators open a clause after the request's own verb.
var germanicSubordinators = set("ob dass wann wie was wo welche welcher welches wer weil wenn falls bevor nachdem damit sodass " +
	"of dat wanneer hoe wat waar welke wie omdat als voordat nadat zodat")

// germanicInfoVerbs ask for an answer, a copy or a call; germanicStateVerbs
// are being, having, knowing, seeing, coming, waiting and the modals;
// germanicOneStepVerbs are one-step admin (filing what is ready, paying,
// booking, cancelling, switching a setting), as oneStepVerbs in English.
var (
	germanicInfoVerbs = set("schicken senden zuschicken zusenden weiterleiten sagen mitteilen bestätigen geben nennen melden " +
		"erklären anrufen zurückrufen lassen nachsehen nachschauen schauen antworten beantworten informieren " +
		"sturen toesturen doorsturen opsturen mailen vertellen zeggen bevestigen geven noemen bellen terugbellen laten " +
		"kijken antwoorden beantwoorden informeren doorgeven")
	germanicStateVerbs = set("sein haben wissen sehen kommen warten können müssen sollen dürfen wollen werden " +
		"zijn hebben weten zien komen wachten kunnen moeten zullen mogen willen worden")
	germanicOneStepVerbs = set("einreichen abschicken umstellen überweisen bezahlen zahlen buchen stornieren kündigen freigeben " +
		"unterschreiben anmelden abmelden ändern verschieben absagen reservieren zurücksetzen entsperren " +
		"indienen versturen verzenden betalen boeken annuleren opzeggen ondertekenen aanmelden afmelden omzetten " +
		"wijzigen overmaken verzetten verplaatsen afzeggen reserveren resetten")
)

// germanicWork: ws opens with a German or Dutch polite frame and its
// verb, last before any subordinate clause, is an infinitive of doing.
func germanicWork(ws []string) bool {
	i := 0
	for i < len(ws) && (isFiller(ws[i]) || germanicAnd.has(ws[i])) {
		i++
	}
	end, ok := germanicPoliteFrames.hasAt(ws, i)
	if !ok {
		return false
	}
	last := len(ws)
	for k := end; k < len(ws); k++ {
		if germanicSubordinators.has(ws[k]) || relativeAfterVerb(ws, k, end) {
			last = k
			break
		}
	}
	if last <= end {
		return false
	}
	v := ws[last-1]
	return len(v) > 4 && strings.HasSuffix(v, "en") && !germanicInfoVerbs.has(v) && !germanicStateVerbs.has(v) &&
		!germanicOneStepVerbs.has(v)
}

// germanicAnd joins the request to one before it: "und könnten Sie …",
// "en kunt u …".
var germanicAnd = set("und en")

// germanicRelatives open a relative clause: "ein Arrangement schreiben,
// das er spielen kann", "een tekening maken die we kunnen gebruiken".
var germanicRelatives = set("der die das den dem denen dessen deren")

// germanicFinite are finite verbs that close a relative clause ("…, das
// er spielen kann"); a third-person present in -t ("…, der passt") does
// too. A polite request's own clause ends on an infinitive.
var germanicFinite = set("kann können ist sind hat haben soll sollen wird werden muss müssen darf will möchte war wurde " +
	"kan kunnen is zijn heeft hebben moet moeten wil zal mag")

// germanicFiniteEnd: w, the last word of an ask, is a finite verb.
func germanicFiniteEnd(w string) bool {
	return germanicFinite.has(w) || (len(w) > 3 && strings.HasSuffix(w, "t"))
}

// relativeAfterVerb: ws[k] is a relative pronoun right after an
// infinitive (the request's verb, which closes its clause) and the ask
// ends on a finite verb, as a relative clause does; not an article in the
// middle of the clause ("könnten Sie den Kunden die Rechnung schicken").
//
// The relative pronoun may follow a preposition ("einen Plan zeichnen, auf
// dem die Leitung eingezeichnet ist", "eine Liste erstellen, in der alle
// Termine stehen"), or be a Dutch "waar-" word ("een kaart tekenen waarop
// de leidingen staan"): the clause is relative all the same.
func relativeAfterVerb(ws []string, k, end int) bool {
	if k <= end || len(ws[k-1]) <= 4 || !strings.HasSuffix(ws[k-1], "en") || !germanicFiniteEnd(ws[len(ws)-1]) {
		return false
	}
	return germanicRelatives.has(ws[k]) || germanicRelativeWords.has(ws[k]) ||
		germanicRelativePreps.has(ws[k]) && k+1 < len(ws) && germanicRelatives.has(ws[k+1])
}

// germanicRelativePreps may open a relative clause before a relative
// pronoun: "auf dem", "in der", "mit denen".
var germanicRelativePreps = set("auf in an mit für von bei aus über unter nach zu durch um")

// germanicRelativeWords are Dutch relatives made with "waar": "waarop",
// "waarin", "waarmee", "waarvoor", "waaruit", "waarbij".
var germanicRelativeWords = set("waarop waarin waarmee waarvoor waaruit waarbij waarover waarnaar")

// questionLead is how many words open ws only to mark a question before
// the polite frame: French "est-ce que vous pouvez…?", Portuguese "será
// que vocês podem…?". The request after them is the same request.
func questionLead(ws []string) int {
	switch {
	case len(ws) > 3 && ws[0] == "est" && ws[1] == "ce" && (ws[2] == "que" || ws[2] == "qu"):
		return 3
	case len(ws) > 2 && ws[0] == "será" && ws[1] == "que":
		return 2
	}
	return 0
}
