package triage

// The registry of the built-in vocabulary that is not a configurable word
// list: closed classes of words the ask and reply readers test single words
// against, the phrase lists of the form rules, and the named weights of the
// kind decision. Moved here from ask.go, classify.go and reply.go so that
// every list lives in the registry (words.go: configurable lists and
// signals; words_<lang>.go: per-language additions; weights.json: the
// learned weights).

import (
	"reflect"
	"slices"
	"sync"
)

// Lexicon is one language's built-in vocabulary: the configurable word
// lists, the classification signals and the reply cues.
//
// English is in words.go. Another language goes in a file of its own,
// words_<code>.go with <code> its ISO 639-1 code (words_de.go, words_fr.go,
// ...), which registers its entries from an init function:
//
//	func init() {
//		registerLexicon("de", Lexicon{Words: Words{Greetings: []string{"moin"}}})
//	}
//
// Every language's entries are matched on every message: mail mixes
// languages and a short ask is too short to detect its language reliably,
// so a language adds cues and never changes another's. A firm adds its own
// through [triage.words] and [[triage.signal]] in the config.
type Lexicon struct {
	Words   Words
	Signals []Signal
	Reply   replyCueLists
}

// builtinLexicons are the built-in builtinLexicons by ISO 639-1 code.
var builtinLexicons = map[string]*Lexicon{
	"en": {Words: englishWords, Signals: englishSignals, Reply: englishReplyCues},
}

// registerLexicon adds lx to the built-in lexicon of language lang.
func registerLexicon(lang string, lx Lexicon) {
	cur, ok := builtinLexicons[lang]
	if !ok {
		cur = &Lexicon{}
		builtinLexicons[lang] = cur
	}
	if !grownLexicons[cur] {
		// The first registration copies the lists it starts from
		// (English's are words.go's own) and later ones append in place:
		// the word files register many small lists, and copying the whole
		// lexicon at each allocated about 0.6 MB at every start.
		cur.Words = clipLists(cur.Words)
		cur.Reply = clipLists(cur.Reply)
		cur.Signals = slices.Clip(cur.Signals)
		grownLexicons[cur] = true
	}
	appendLists(&cur.Words, lx.Words)
	cur.Signals = append(cur.Signals, lx.Signals...)
	appendLists(&cur.Reply, lx.Reply)
}

// grownLexicons are the built-in lexicons whose lists registerLexicon
// owns and may append to.
var grownLexicons = map[*Lexicon]bool{}

// builtin is every language's lexicon merged, English first and then by
// language code, so the merged lists are the same on every run.
var builtin = sync.OnceValue(func() Lexicon {
	langs := builtinOrder()
	all := *builtinLexicons["en"]
	// Clipped, so that nothing appending to a list it is given from here
	// writes into the spare room registerLexicon leaves.
	all.Words = clipLists(all.Words)
	all.Reply = clipLists(all.Reply)
	all.Signals = slices.Clone(all.Signals)
	for _, l := range langs[1:] {
		lx := builtinLexicons[l]
		all.Words = all.Words.plus(lx.Words)
		all.Signals = concatSignals(all.Signals, lx.Signals)
		all.Reply = mergeLists(all.Reply, lx.Reply)
	}
	return all
})

// builtinOrder is the order builtin merges the languages in: English
// first, then by code.
func builtinOrder() []string {
	langs := make([]string, 0, len(builtinLexicons))
	for l := range builtinLexicons {
		if l != "en" {
			langs = append(langs, l)
		}
	}
	slices.Sort(langs)
	return append([]string{"en"}, langs...)
}

// builtinSignalLangs is the language of each of builtin's signals, in
// the same order.
var builtinSignalLangs = sync.OnceValue(func() []string {
	var out []string
	for _, l := range builtinOrder() {
		for range builtinLexicons[l].Signals {
			out = append(out, l)
		}
	}
	return out
})

// all returns every entry of every list of w.
func (w Words) all() []string { return listsOf(w) }

// listsOf returns every entry of every []string field of the list struct v.
func listsOf[T any](v T) []string {
	var out []string
	rv := reflect.ValueOf(v)
	for i := 0; i < rv.NumField(); i++ {
		if l, ok := rv.Field(i).Interface().([]string); ok {
			out = append(out, l...)
		}
	}
	return out
}

// plus returns w with o's entries appended to each list.
func (w Words) plus(o Words) Words { return mergeLists(w, o) }

// mergeLists appends each []string field of o to the same field of a:
// the list structs (Words, replyCueLists) have only such fields.
func mergeLists[T any](a, o T) T {
	av := reflect.ValueOf(&a).Elem()
	ov := reflect.ValueOf(o)
	for i := 0; i < av.NumField(); i++ {
		f := av.Field(i)
		if add, ok := ov.Field(i).Interface().([]string); ok && len(add) > 0 {
			f.Set(reflect.ValueOf(concat(f.Interface().([]string), add)))
		}
	}
	return a
}

// appendLists appends each []string field of o to the same field of *a,
// in place where *a's lists have room.
func appendLists[T any](a *T, o T) {
	av := reflect.ValueOf(a).Elem()
	ov := reflect.ValueOf(o)
	for i := 0; i < av.NumField(); i++ {
		if add, ok := ov.Field(i).Interface().([]string); ok && len(add) > 0 {
			f := av.Field(i)
			f.Set(reflect.ValueOf(append(f.Interface().([]string), add...)))
		}
	}
}

// clipLists returns v with each []string field's capacity cut to its
// length, so an append to one copies it.
func clipLists[T any](v T) T {
	rv := reflect.ValueOf(&v).Elem()
	for i := 0; i < rv.NumField(); i++ {
		if l, ok := rv.Field(i).Interface().([]string); ok {
			rv.Field(i).Set(reflect.ValueOf(slices.Clip(l)))
		}
	}
	return v
}

// From ask.go.

// discourse markers that may open an ask without changing it.
var leadMarkers = set("and also so but then plus oh anyway now additionally lastly finally firstly first second " +
	"secondly third thirdly next p s ps btw y et und además también aussi außerdem ausserdem par ailleurs " +
	"ok okay great perfect honestly seriously frankly")

// conditionWords open a clause that states when the ask applies.
var conditionWords = set("if when once unless whenever should")

// thanksWords open a sentence of thanks or congratulations.
var thanksWords = set("thanks thank thx ty merci gracias danke cheers appreciate congrats congratulations")

var (
	// deadlineSubjects and deadlineWants open "we need it…", "I'd like them…".
	deadlineSubjects = set("i we i'd we'd would")
	deadlineWants    = set("need want like")
	anaphora         = set("it this that them these those")
	genericDone      = set("back ready done finished completed sorted")
	deadlineWords    = set("by within before in until till asap urgently today tomorrow tonight soon no as first " +
		"end early")
)

// nounMarkers after a work verb show it is used as a noun.
var nounMarkers = set("from of regarding about re")

// appraisalVerbs after a first word that is both a noun and a request
// verb make it the subject of a verdict: "Price looks fine.", "Plan sounds
// good." (TestAppraisalNotImperative). "works" is left out: "send works
// orders" is an imperative.
var appraisalVerbs = set("looks seems sounds reads suits")

// coverNouns are things a mail carries whose names are also verbs:
// "invite below", "quote attached"; placedWords say where it is, and
// coverNoteNext may follow ("schedule attached for next week", "update
// below on the roof") (coverNote, ask.go).
var (
	coverNouns = set("invite invitation update schedule draft plan plans quote estimate report list brief summary " +
		"agenda minutes breakdown invoice sketch proof proofs design designs drawing drawings layout spec order form notes")
	placedWords   = set("below above attached enclosed overleaf herewith")
	coverNoteNext = set("for on from re regarding about as")
)

// needSubjects may stand before "need" in a request: "we need the…",
// "also need the VAT filing done".
var needSubjects = set("i we i'd we'd also and still just really urgently")

// fillers are adverbs that slip into request frames without changing
// them: "I'd really like you to", "we just need someone to".
// "Also" in the other languages slips in the same way: "preciso também
// que…", "könnten Sie auch…".
var fillers = set("also just really still actually maybe perhaps definitely further then kindly " +
	"também también aussi auch anche ook " +
	// "Likewise" as "also": "pourriez-vous également vous charger de…",
	// "könnten Sie ebenfalls…", "kunt u eveneens…".
	"également ebenfalls eveneens")

// isFiller: every request test reads every word of the ask against
// fillers (wordSet turns most words away without a map look-up).
func isFiller(w string) bool { return fillers.has(w) }

var (
	firmFrames = newLexicon([]string{"can you", "could you", "can someone", "could someone", "can somebody", "your team", "your office", "would you", "will you", "can u", "could u", "please", "pls", "plz", "kindly", "you to", "someone to", "somebody to", "need you", "like you", "want you", "pouvez", "pourriez", "könnten sie", "können sie", "würden sie", "quiero que", "necesito que", "que vous", "bitte", "podrías", "puedes",
		"kun je", "kunt u", "zou je", "zou u", "wil je", "wilt u", "kunnen jullie", "zouden jullie", "dass sie",
		"you have capacity to", "you have the capacity to", "chance you could", "chance you can", "chance your team could", "you have time to", "you have the time to", "you got time to",
		// The plural and conditional forms of "can you" in Spanish,
		// Italian and Portuguese (kinds2): "¿podéis…?", "potreste…?",
		// "podem…?".
		"podéis", "podríais", "pueden", "podrían", "potreste", "potete", "potresti", "puoi", "podem", "podiam",
		"poderiam", "poderia",
		// The same ask with the familiar or stressed pronoun ("kun jij…?",
		// "kannst du…?", "peux-tu…?") and Portuguese "você consegue…?".
		"kun jij", "kunt jij", "zou jij", "wil jij", "kannst du", "könntest du", "würdest du", "könnt ihr",
		"könntet ihr", "peux tu", "pourrais tu", "você consegue", "vocês conseguem", "você pode", "vocês podem"})
	clientFrames = newLexicon([]string{"do i", "should i", "can i", "do we", "should we", "can we", "am i", "are we", "do i have to", "do we have to", "is it ok if", "is it okay if", "could i", "could we", "may i",
		// The same questions about the client's own act in the other
		// languages ("faut-il vous fournir …?", "müssen wir … schicken?",
		// "moeten we … aanleveren?"): TestClientFramesLangs.
		"faut il", "faut-il", "dois je", "dois-je", "devons nous", "devons-nous", "doit on", "doit-on",
		"müssen wir", "muss ich", "sollen wir", "soll ich",
		"debemos", "tenemos que", "debo", "tengo que",
		"moeten we", "moeten wij", "moet ik",
		"dobbiamo", "devo", "bisogna",
		"devemos", "temos de", "temos que",
		// Asking leave for the client's own act in Danish and Swedish:
		// "kan jeg bytte …", "får vi hämta …" (TestLeaveAsksDaSv).
		"kan jeg", "må jeg", "må vi", "kan jag", "får jag", "får vi", "kan vi"})
)

// communication verbs deliver the result of the work before them ("review
// the list and tell me what…", "rerun the payroll and reissue her
// payslip"): they never start a second ask.
var communicationVerbs = set("tell let send show explain give advise email forward update inform resend reissue")

// viewNouns + viewAbout ask for the firm's view of a thing ("your advice
// on the lease"), which a communication verb then asks for rather than
// delivers (viewOfNewThing); viewReach is how far after the verb the view
// may stand ("let me have your comments on…").
var (
	viewNouns = set("advice views view opinion opinions thoughts comments")
	viewAbout = set("on about regarding")
)

const viewReach = 4

// From classify.go.

// The named hand weights of the kind decision. An ask's score is the sum
// of its signals' weights (paid ones times the agent factor, quick ones
// taken off, scope ones times the scope factor) plus its form's weight;
// above 0 it is paid. The signal and form weights shipped in weights.json
// are fitted on the labelled mail (learn.go); these are the hand-set ones
// they started from and are measured against.
const (
	// A question leans quick (most questions ask for a fact), a request
	// leans paid (it asks for something to be done).
	questionBias     = -1.0
	factQuestionBias = -1.5
	requestBias      = 0.5
	// scopeWithWork is how much each scope signal adds when the ask names
	// work; scope alone ("since January") is only a hint.
	scopeWithWork = 0.75
	scopeAlone    = 0.25
)

// form is the shape of an ask, as far as it bears on the kind.
type form int

const (
	formStatement           form = iota // neither a question nor a request
	formFirmRequestQuestion             // "could you please prepare…?": a request frame put as a question
	formPoliteWork                      // "can you move the en-suite?"
	formPoliteInfo                      // "can you tell me…?"
	formFactQuestion                    // "is that a problem for…?"
	formInfoRequest                     // "remind me whether…"
	formRequest                         // "please prepare…"
	numForms
)

// formNames name the forms in weights.json.
var formNames = [numForms]string{"statement", "firm_request_question", "polite_work", "polite_info",
	"fact_question", "info_request", "request"}

// handFormWeights are the hand-set weights of the forms.
var handFormWeights = [numForms]float64{0, 0, requestBias, questionBias, factQuestionBias, questionBias, requestBias}

// agentFactor weighs work verbs by who would do the work: "can you prepare"
// asks for work, "should I sign it" asks for advice about the client's own
// act.
var agentFactor = [...]float64{agentNeutral: 0.8, agentFirm: 1, agentClient: 0.4}

// genericActs say that something is to be made without saying what.
var genericActs = set("prepare work")

// infoVerbs ask for an answer or a copy rather than for work.
var infoVerbs = set("tell let lmk confirm send give call ring phone email e-mail check remind explain advise say " +
	"answer forward resend share clarify")

// politeFrames put a request as a question: "can you …", "could someone …".
var politeFrames = newLexicon([]string{"can you", "could you", "would you", "will you", "can u", "could u",
	"can someone", "could someone", "can somebody", "can your team", "could your team", "can your office",
	"would you be able to", "are you able to", "any chance you could", "is it possible to", "would it be possible to",
	"would you have capacity to", "would you have the capacity to", "do you have capacity to", "do you have the capacity to",
	"would you have time to", "would you have the time to", "do you have time to", "have you got time to"})

// infoFrames open requests for an answer rather than for work.
var infoFrames = newLexicon([]string{"let me know", "let us know", "i want to know", "want to know", "need to know",
	"i need to know", "we need to know", "we want to know",
	"i'd like to know", "like to know", "love to know", "i was wondering", "wondering if", "wondering whether", "wondering what", "wondering when", "wondering where", "wondering which", "wondering who", "wondering how", "i wonder", "tell me",
	"tell us", "please tell", "please let",
	// Seeing a thing the firm holds asks for a copy (TestHelpToSee).
	"it would help to see", "it would also help to see", "it'd help to see", "it'd also help to see",
	"it would be {benefit} to see", "it would also be {benefit} to see", "it'd be {benefit} to see", "it'd also be {benefit} to see"})

// quickActs ranks the kinds of quick ask from most to least specific: when
// an ask carries several ("can you confirm the due date"), the suggested
// answer follows the most specific (a date).
var quickActs = []string{"date", "schedule", "send", "receipt", "status", "need-info", "confirm", "advice", "yes-no", "info"}

// documentNouns name a document (or stand for one: "write one
// confirming…"); an information verb in -ing after one says what the
// document is to say ("a letter confirming my income"), it does not ask
// for the information (classify.go).
var documentNouns = set("letter letters email note memo statement certificate reference document report summary one")

// permissionSubjects and permissionModals: a check of whether the client
// may or must do something ("check if we can still…", "advise whether we
// need to register…") asks what a rule allows or requires (shapes.go);
// permissionCheckVerbs are the check verbs that ask for it, not "let me
// know" or "tell me", which ask for an answer the firm may already have.
var (
	permissionSubjects   = set("we i")
	permissionModals     = set("can could may need must should")
	permissionCheckVerbs = set("check verify ascertain establish out into advise investigate research")
)

// relativeSubjects open a relative clause after a noun ("the network you
// set up"), relativeLinks may join it ("the report that we filed"), and
// clauseOpeners before the subject make it a clause of its own ("if we set
// up", "and you prepare", "make sure you review"), not a relative
// (classify.go).
// personRelatives open a clause about a person ("the colleague who did
// our audit"), within personClauseReach words before the act.
var (
	personRelatives   = set("who whom whose")
	personClauseReach = 3
)

var (
	relativeSubjects = set("you we they i he she")
	// invertedModals are the modals of Danish, Swedish, Dutch and German
	// that open a question before its subject ("Kan I lave …", "kunnen we
	// …"): the subject after one opens no relative clause, and Danish "I"
	// is "you" (TestInvertedModalNoRelative).
	invertedModals = set("kan kunne vil ville skal skulle må gider kunde får kunnen kunt kun zou zouden wil wilt willen " +
		"kann kannst könnt könnte könnten könntest können will willst wollen soll sollst sollen")
	relativeLinks = set("that which")
	// relativeOpeners join a relative clause to the noun before it, in
	// the languages with wish frames (relativeWish).
	relativeOpeners = set("that which che cui que qui den die dat welche")
	clauseOpeners   = set("and or but if when once unless so because please to then before after until while " +
		"whether than as why how what " +
		// Words that take a clause: "make sure you review…", "I think
		// you prepare…", "any chance you…".
		"sure ensure hope think know mean say said suggest guess assume expect wonder believe reckon feel wish " +
		"need want chance possible")
)

// A period ("for the last 5 years", "since March") within stateReach
// words after a perfect auxiliary describes a state, not the work's scope
// (classify.go, stateDuration); totalWh just before the auxiliary ("what
// we've spent", "how much we've paid") make it a total over the period
// again ("which has dragged on for a year" stays a state).
var (
	periodOpeners = set("last past since for")
	perfectAux    = set("has have had hasn't haven't hadn't been we've i've they've you've he's she's it's " +
		"weve ive theyve")
	totalWh = set("what what's how much many")
	// amountWh after "how" ask for an amount (shapes.go, happenedWeight).
	amountWh = set("much many")
)

const stateReach = 6

// meetingNouns after a work word make it the name of a meeting
// (classify.go, meetingName).
var meetingNouns = set("meeting meetings call calls session appointment catch-up")

// purposeWords + definiteDets before a meeting name it as the occasion
// of work (classify.go, meetingOccasion): "for the meeting", "für die
// Besprechung", "pour la réunion", "para la reunión", "voor het overleg",
// "per la riunione". "For a call" and "to the meeting" still ask for one.
var (
	purposeWords = set("for für pour para per voor")
	definiteDets = set("the die den der das dem la le les el los las het de i il lo gli")
)

// passiveAux before an act of work make it a passive: "has been set up",
// "is being fixed", "was prepared" (classify.go).
var passiveAux = set("been being was were")

// pickVerbs ask the firm to choose: "recommend one of the…"
// (classify_opinion.go, pickOneOf).
var pickVerbs = set("recommend suggest pick choose")

// pointedOptions open options already put forward: "one of your
// designs", "one of these dates" (pickOneOf).
var pointedOptions = set("your these those")

// pickReach bounds how far after "the" the "you" or "we" that put the
// options forward may stand: "one of the three logos you drew".
const pickReach = 5

// versionDets point at a version that exists: "the revised plan", "your
// amended draft" (namedVersion, classify.go).
var versionDets = set("the your this that these those")

// French "merci de" thanks for a thing ("merci de votre retour") but asks
// when a verb follows ("merci de me renvoyer…", "merci de vérifier…"):
// merciVerbLead open such a verb, merciVerbEnds end an infinitive.
var (
	merciVerbLead = set("me m' nous bien")
	merciVerbEnds = []string{"er", "ir", "re"}
	// pastInfinitiveAux after the pronoun make a past infinitive, which
	// thanks: "merci de m'avoir rappelé", "merci de nous être venus en aide".
	pastInfinitiveAux = set("avoir être")
	frenchDets        = set("votre vos ton ta tes notre nos leur leurs la le les l' ce cet cette ces mon ma mes du des un une")
)

// From reply.go.

// The named weights of the reply reader: a strong cue decides alone; weak
// cues one way decide when weakCuesToDecide different ones agree ("yes,
// sounds good"), an acknowledgement ("great") counting towards them but
// never alone; "Thanks, but…" is one weak decline when the thanks take at
// most maxThanksBut words before the turn.
const (
	weakCuesToDecide = 2
	maxThanksBut     = 6
)

// quotedFigure before a number name the quoted one: "before you go past
// the 3 hours" (overrunNotice). Grammatical glue.
var quotedFigure = set("the those these that your")

// namedObjectDets open a named object ("no to the handbook", "we won't
// need the extra day"): a no after a contrast that names one is a no to
// a part, which leaves a yes before it standing (concede). Grammatical
// glue.
var namedObjectDets = set("the a an our my your their his her its each every some")

// deferralWords turn a negated go-ahead into "not yet".
var deferralWords = set("yet until till til")

// negations turn a request frame around: "I don't need…", "non
// vorrei…" (ask.go). Grammatical glue: not extendable.
var negations = set("don't dont not never no nicht pas non")

// The word classes the readers test most, looked up once.
var (
	auxWords  = wordClasses["aux"]
	detWords  = wordClasses["det"]
	pronWords = wordClasses["pron"]
	whWords   = wordClasses["wh"]
)

// Word sets and weights of the shape rules (shapes.go): run-ons, hopes and benefits, venting, answers, checking.

// runOnJoiners join the asks of a run-on: "…friday and can you…".
var runOnJoiners = set("and also so but plus then oh ok okay btw")

// runOnOpeners may open a run-on before its first ask, like a greeting.
var runOnOpeners = set("yo ok okay right so quick")

var (
	// The adverb and a wish ask as the verb does: "Hopefully you can
	// update…", "I wish someone would tell me…"; so does the adverb of a
	// preference ("Ideally you'd send…", "Preferably you could…").
	hopeWords     = set("hope hoping hoped hopefully wish ideally preferably")
	hopeLead      = set("i we i'm we're im am are was were had really just so still honestly")
	hopeSubjects  = set("you u someone somebody")
	hopeModals    = set("could can would will might may")
	hopeModalSubj = set("you'd you'll you'd've")
	// hopeNotWork follow "I hope you can…" in wishes, not requests:
	// "…can make it", "…can join us", "…had a good break".
	hopeNotWork = set("make get have enjoy come join be relax rest attend")
	// workParticles turn a verb of hopeNotWork into work: the verb and
	// its particle, then the word after them ("come up with",
	// "make a start", "get round to", "have a look").
	workParticles = map[string]string{"come up": "with", "make a": "start", "get round": "to", "get around": "to",
		"have a": "look", "make some": "changes", "get started": "on",
		// "get hold of" a part or a person: sourcing or reaching, work.
		"get hold": "of",
		// Room on a booking: "hoping you'll have room for one more",
		// "hope you have space for the van" ask for a place
		// (TestHopeRoomFor).
		"have room": "for", "have space": "for", "have places": "for", "have capacity": "for"}
	// hopeReceive after a hope say how the reader will take something
	// the client sends: "hopefully you can open it this time", "I hope
	// you'll like the logo". After "if you could" ("…see whether…") they
	// still ask, so only hopeAsk reads them.
	hopeReceive = set("like love open see view")
	// benefitWords say a thing would help: "it would be very useful if…".
	benefitWords = set("helpful great useful good ideal lovely brilliant handy fantastic amazing perfect wonderful " +
		"super nice")
	degreeWords = set("really very so super most extremely incredibly also")
)

var (
	ventAdjectives = set("frustrating annoying embarrassing stressful ridiculous infuriating maddening tiring")
	ventIntensive  = set("actually even bother bothers bothered")
	ventAnyone     = set("anyone anybody")
	// ventThey: who a why-question blames when it vents ("why do they
	// even bother…", "why would suppliers even…"); ventBother: the words
	// that make it a shrug rather than a question for the firm.
	ventThey    = set("they people anyone anybody everyone nobody companies banks councils suppliers couriers")
	ventBother  = set("even bother bothers bothered")
	ventGeneric = [][2]string{{"these", "things"}, {"this", "stuff"}, {"such", "things"}, {"like", "this"}, {"like", "that"}, {"a", "thing"}}
	seenWords   = set("seen see saw read")
	seenObjects = set("this that below")
	// ventEveryone are the sweeping subjects of a complaint put as a
	// why-question: "why does every form…", "why is everything…".
	ventEveryone = set("every everyone everybody everything all " +
		// The same sweep and degree in the other languages (langs1):
		// "warum dauert alles so lange", "por qué todo tarda tanto".
		"alles jeder jede alle tout tous toutes todo todos todas iedereen allemaal tutto tutti tutte tudo")
	// French "si" is left out: Spanish "si" is "whether".
	ventSo = set("so such zo tan tanto tanta tantos tantas tellement così tão")
	// ventWho and ventInvent: "who invented…", "qui a inventé…", "wer hat
	// sich das ausgedacht" (langs2); the invent word within
	// ventInventReach words of the who-word.
	ventWho    = set("who wer qui quién quien wie chi quem")
	ventInvent = set("invented invent dreamt dreamed erfunden ausgedacht inventé inventée inventó inventado " +
		"inventada uitgevonden bedacht verzonnen inventato inventata inventou")
	// ventLife: the life someone makes hard ("make life so hard", "complica
	// tanto a vida").
	ventLife = set("life leben vie vida leven vita")
)

// ventInventReach is how far after the who-word its invent word may sit:
// "who on earth invented", "wer hat sich diese neue Regel ausgedacht".
const ventInventReach = 6

// timeNouns name a time a client offers: "any morning after the 10th", "any time
// after 3".
var timeNouns = set("day days time morning afternoon evening weekday date week")

var (
	// "investigate" and "research" are work verbs too ("research the
	// rules"), but put to a status they only look it up ("investigate
	// whether the parcel has been posted").
	checkVerbs = set("check verify confirm see ascertain establish know out into tell advise investigate research")
	checkLinks = set("whether if that how")
	// researchCheckVerbs are the check verbs of work verbs ("find out",
	// "look into"): a status put with them needs the stronger pull
	// (shapes.go, happenedWeight).
	researchCheckVerbs = set("out into investigate research")
	// happenedMotion + happenedParticle report that something went
	// through or is going through: "went out", "is coming through".
	happenedMotion   = set("went gone come came coming going")
	happenedParticle = set("out through in")
	// happenedWords report that something took place; with {done} they
	// make "check whether the return was filed" a status.
	happenedWords = set("landed arrived happened ran cleared bounced changed " +
		// What a third party did ("whether the bank has released the
		// loan", "if the council replied"): a status, not work.
		"released replied responded answered transferred cashed collected expired lapsed started launched reached " +
		// Goods sent on their way: "whether the order has been dispatched".
		"dispatched despatched " +
		// What was billed: "whether we were charged twice".
		"charged billed invoiced")
	// ruleTopics are the rule words that name rules without saying what
	// they allow (langwords.go, rulePredicateLex).
	ruleTopics = map[string]bool{"the rules": true, "rules": true, "regulations": true, "new rules": true,
		"under the rules": true, "normativa": true}
)

// versionStates name which version of a thing something is: "whether
// the logo is the updated one", "if that's the latest render". Asking
// which version one is, is a status the firm reads off its files
// (shapes_version_check.go, versionAsked). "Right" and "correct" are
// left out: "whether the price is the right one" asks for a judgement.
var versionStates = set("latest updated final current newest new old older original approved signed agreed revised amended corrected finished")

// pronounBe take a contracted "be" in a version clause: "it's", "that's",
// "these're".
var pronounBe = set("it that this these those they")

// versionCheckWeight pulls a version check to a status harder than a
// happened check: it must outweigh a look named twice over ("have a
// look at the …" fires "have a look" and "look at {det}") and a paid
// noun of what is looked at ("the drawing").
const versionCheckWeight = -5.0

// versionAskReach bounds where the finite "be" of a version clause may
// stand: "whether the banner at 1:15 is".
const versionAskReach = 6

// Checking weights: what a check is about decides its kind.
const (
	// ruleCheckWeight pushes "check whether we can claim…" to research.
	ruleCheckWeight = 2.0
	// happenedCheckWeight pulls "check whether the return was filed" to
	// a status.
	happenedCheckWeight = -3.0
	// happenedOutWeight pulls "find out whether the loan was released"
	// to a status: the check verb's weight and the difference between
	// "find out" (2.5) and "check whether" (1) as work signals.
	happenedOutWeight = -4.5
)

// searchNouns: a search whose purpose a check names ("a clearance search
// to check whether…"; shapes.go checkingShift).
var searchNouns = set("search searches")

// Word sets and weights of estimates (estimate.go).

// quantityFillers may stand between a quantity and its unit: "two full
// days", "a good hour", "a couple of hours".
var quantityFillers = set("good full solid whole extra more of")

// effortHedges may stand between an effort frame and its duration: "take
// you about two hours", "spend no more than an hour".
var effortHedges = set("about around roughly approximately maybe perhaps only just max maximum at most least no " +
	"more less than under up to a the probably likely really even like tops over")

// effortModals stand between the subject and "take": "it should only
// take an hour".
var effortModals = set("should shouldn't won't wouldn't will would might may can could only probably not really " +
	"surely hopefully")

// workAfterTo: "take you two hours to do", not "takes two days to clear".
var workAfterTo = set("do finish complete fix sort prepare review reconcile set write draft redo change update " +
	"build check go get put")

// agentWords name who spends the effort: "take you two hours".
var agentWords = set("you u your yourself someone somebody team staff")

// countUnits are plural nouns after a number that are not items of work:
// units of time, money and measure.
var countUnits = set("seconds minutes hours days weeks months years mins hrs dollars euros pounds cents percent " +
	"times words characters pixels gb mb tb people guests miles kilometres kilometers km kg pounds sq feet metres meters inches")

// notPlural end in s without being plural nouns.
var notPlural = set("this thus plus always perhaps various previous across whereas bonus status canvas does " +
	"gets takes needs makes goes was has yes its his hers ours yours theirs")

// periodWords before a number make it a period, not a count.
var periodWords = set("last past next first")

// Word sets and weights of sentence splitting (split.go).

// abbreviations never end a sentence when followed by more text.
var abbreviations = set("mr mrs ms dr prof st jr sr inc ltd co corp llc plc vs etc e.g eg i.e ie approx apt dept est " +
	"fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
	"no nos nr tel ph ext min max avg p.s ps a.m p.m am pm u.s u.k cf al sr. sra srta mme mlle z.b bzw usw ca " +
	"hr hrs wk wks yr yrs mo mos qty ref")

// numberAbbreviations abbreviate "number" only before a digit ("No. 14",
// "Nos. 3-5"); before a word they are words ("…so no. Is it…").
var numberAbbreviations = set("no nos")

// Word sets and weights of skipping automatic mail (skip.go).

// honorifics stand before a surname in a greeting ("Dear Mr Pike", "Hallo
// Herr Pike", "Bonjour Madame Roux"): the greeted name is the word after.
var honorifics = set("mr mrs ms miss mister dr prof herr frau monsieur madame mme mademoiselle m " +
	"señor señora sr sra srta senhor senhora signor signora sig heer mevrouw dhr mevr")

// messageWords name the message in "Thank you for your message", and
// "contacting" the act in "Thank you for contacting us", which opens help
// desks' and shops' acknowledgements.
var messageWords = set("message messages email emails e mail enquiry inquiry contacting")

// Word sets of the run-on, venting and comparison rules added for the
// dev3 and messy2 sets' shapes (shapes.go, ask.go).

// runOnPoliteAux + "you" opens an ask inside a run-on even without a
// joiner: "…the printer jams again can you take a look".
var runOnPoliteAux = set("can could would will")

// runOnStatusAux + runOnStatusSubjects open a status question inside a
// run-on: "…the heating is off again did anyone call them".
var runOnStatusAux, runOnStatusSubjects = set("did has have"), set("you u anyone someone anybody somebody")

// deicticSubjects after "is" open a question about what the client just
// told ("…froze twice this morning is that normal") when the statement
// before ends on statementEnds, the time it happened; "the problem is
// that …" goes on with its statement.
var deicticSubjects = set("that this it")

// copulaHeads head a subject whose verb is the "is" of "is that":
// "the worst part since march is that …", "the reason we moved last year
// is that …"; "what we saw on monday is that …" opens the same way.
var copulaHeads = set("part thing things news reason problem issue point trouble worry difference question fact")

var statementEnds = set("yesterday today tonight again now lately recently overnight ago earlier morning afternoon " +
	"evening night lunch lunchtime week weekend month year monday tuesday wednesday thursday friday saturday sunday " +
	"mon tue tues wed thu thurs fri sat sun january february march april june july august september october november december")

// strandedPreps end a clause when a subject pronoun follows them in a
// run-on: "…what it was for we need…" (timedNeedStart). "Than" and "as"
// take a subject ("more than we need") and are left out.
var strandedPreps = set("for about with to on at from of into")

// runOnThirdAux + runOnThirdSubjects open a question about a third person
// inside a run-on: "…starts in may does she need a contract". After a
// wh-word, a pronoun or runOnEcho the pair is a statement's ("what does
// he", "i do they", "so does she").
// "…passed his test last month can he drive the van" asks whether a
// third person may: "can", "could" and "will" open it too.
var runOnThirdAux, runOnThirdSubjects = set("does do should can could will"), set("he she they")

// consentObjects and consentTailWords make "go ahead and <verb> it
// (then / for me / to them)" a consent to what the firm offered.
var consentLeads = set("yes yeah yep ok okay sure fine great good sounds that's please then so just do")

var consentObjects, consentTailWords = set("it them that this"), set("then now today please thanks for me us to them him her")

// runOnEcho before an auxiliary make it an echo, not a question: "so
// does she", "neither do they", "more than does he".
var runOnEcho = set("so neither nor than as")

// runOnNotOpen before those words make them part of the ask before
// ("let me know what day…", "please can you…", "…or can you…", "find
// out which day…", "work out how much…").
var runOnNotOpen = set("know tell see sure decide ask wonder wondering on about of at by from for to is was if " +
	"please pls plz kindly or told asked said remember forgot depends out")

// objectPronouns stand between runOnNotOpen and the words it stops:
// "told us what day…".
var objectPronouns = set("us me him her them")

// tellingVerbs take the reader as their object and a wh-clause after it:
// "remind me what time…", "email us which day…", "show me where…". Only
// with the pronoun between do they stop a run-on opening there ("your
// email what time is it" may still open one).
var tellingVerbs = set("remind advise email text message show inform teach")

// ventRegret end a why-not question about the client's own past: "why
// didn't we do this sooner?" marvels, it does not ask.
var ventRegret = set("sooner ago earlier")

// comparisons before a need frame make it a measure, not a request: "more
// than we need".
var comparisons = set("than")

// runOnShortAsk is the most words of a run-on's first ask that takes the
// statement before it as its subject matter.
const runOnShortAsk = 6

// Word sets and numbers of the ask readers (ask.go, classify.go), moved out
// of their switch statements. All are grammatical glue (pronouns,
// auxiliaries, conjunctions, particles) or closed sets that a rule is
// written around, so none is extendable from [triage.words]: a firm adds
// vocabulary through the request_verbs, request_frames, not_asks, ...
// lists, which the same rules read (isWorkVerb reads request_verbs first).

// postscriptMarkers open a postscript; displayText drops the first that
// matches, in this order, before reading the ask.
var postscriptMarkers = []string{"P.S.", "P.S", "PS:", "PS ", "P.P.S."}

// asideDashes set off a trailing aside: "…the office network – a client
// mentioned…" (trimTrailingAside tries them in this order).
var asideDashes = []string{" \u2013 ", " \u2014 ", " - "}

// asideDashSet finds any of them in one pass.
var asideDashSet = newNeedleSet(asideDashes)

var (
	// intentContractions and intentSubjects (+ "will") open a last clause
	// that only says what the client will do: "…, i'll send the file".
	intentContractions = set("i'll we'll ill")
	intentSubjects     = set("i we")
	// futureNeedVerbs after them, with a thing named, make the clause a
	// need put to the firm rather than the client's own act.
	futureNeedVerbs = set("need require")
)

// whIntensifiers after a wh-word make a question venting ("why on
// earth…", "what the hell…"); two words each.
var whIntensifiers = map[string]bool{"on earth": true, "the hell": true, "the heck": true, "in heaven": true}

// wonderWords end the "I was wondering" request frames.
var wonderWords = set("wondering wonder wondered")

// shrugWords before a wh-word make a question rhetorical ("honestly, who
// reads…?", "frankly, how can the bill have doubled?"); last in a
// sentence they make it a shrug.
var shrugWords = set("honestly seriously frankly")

// secondPerson: the firm addressed after an auxiliary ("could you", "can u").
var secondPerson = set("you u")

// secondPersonContracted: the firm as subject with its auxiliary run in
// ("just checking you've got…", "…you'll be there"); not "you'd", which
// is as often "you would".
var secondPersonContracted = set("you've youve you'll")

// requestAux open a request put to the firm as a question after a comma
// ("…, can u write to him"): the modals of asking, not "do" or "is".
var requestAux = set("can could would will")

// anyThing and moreWords make "anything else", "something more": a
// question whether the firm needs more (anythingMore).
var (
	anyThing  = set("anything something")
	moreWords = set("else more further")
)

// wishSubjects open a wish that asks the firm to act ("it would help if
// you could…", "I'd be grateful if someone could…").
var wishSubjects = set("it it'd i i'd we we'd that that'd")

// requestConjunctions join background to a request to the firm: "…a bit
// so can you update…".
var requestConjunctions = set("so and but")

// needVerbs after "we'll" make an announcement an ask: "We'll need updated
// drawings".
var needVerbs = set("need want require")

// smallTalkAux after "how" make a short question small talk: "How was
// Vienna?"; maxSmallTalkWords is the longest such question.
var smallTalkAux = set("was were is")

const maxSmallTalkWords = 6

// anyOpeners open a question without an auxiliary: "any news on…",
// "anything we should bring…".
var anyOpeners = set("any anything anyone")

// notSubjects after an auxiliary are adverbs, not a subject: "is not…",
// "have already…".
var notSubjects = set("not never also just still already really")

// learningVerbs after "like to" ask to learn something when a wh-word or
// whetherWords follows within learnsWhatReach words: "like to understand
// roughly how long…".
var (
	learningVerbs = set("know understand learn hear find")
	whetherWords  = set("whether if")
)

const learnsWhatReach = 4

// frameAgents name who is to act in a request frame: "like you to",
// "need someone to".
var frameAgents = set("you u someone somebody your")

// workVerbs ask for something to be done after "like to"/"want to"
// besides the request verbs: "we'd like to book…", "like to discuss…".
var workVerbs = set("have get book schedule talk discuss start add")

// anaphoricSubjects point back to the ask before: "…, and does it cost
// anything?" asks about the same thing.
var anaphoricSubjects = set("it that this they those these he she them")

// negationReach is how many words before a request frame a negation
// turns it around: "not sure we need a…".
const negationReach = 3

// notActionVerbs after "can you" ask for an opinion or a fact, not for
// work: "can you be…", "can you believe…", "will you need…", "would you
// prefer…".
var notActionVerbs = set("be is are have has believe imagine need want prefer remember recall")

// workingInfoVerbs are info verbs that, opening an imperative, ask for
// work or a copy rather than an answer: "check the…", "send the…".
var workingInfoVerbs = set("check send")

// meWords are the class {me}: "help me", "help us".
var meWords = wordClasses["me"]

// doneWords are the class {done} (participles of a finished act).
var doneWords = wordClasses["done"]

// Word sets of the shape rules (shapes.go), moved out of their switch
// statements: closed sets of the venting and checking patterns, not
// extendable.

// exasperationOpeners open a question that vents: "seriously, why…".
var exasperationOpeners = set("seriously really honestly")

var (
	// ventAlways: "why is it always…", "why does nobody…", in each
	// language (langs1): "warum … immer", "pourquoi personne …",
	// "por qué … siempre", "waarom … nooit", "perché … sempre",
	// "porque é que ninguém …".
	ventAlways = set("always never nobody immer nie niemals niemand toujours jamais personne siempre nunca nadie " +
		"altijd nooit sempre mai nessuno ninguém")
	// whyWords open a why-question in each language; "por qué", "por
	// que" are two words (whyAt).
	whyWords = set("why warum wieso weshalb pourquoi waarom perché perche porque porquê")
	// ventEvery with ventEveryNouns: "why every time…", "why does each
	// one…".
	ventEvery      = set("every each no")
	ventEveryNouns = set("time one")
	// ventHowManyWhat: "how many times (more)…".
	ventHowManyWhat = set("times more")
)

var (
	// checkForWords: "check for me whether…", "check with them if…".
	checkForWords = set("for with")
)

// Word sets and tables of estimates (estimate.go), moved out of their
// switch statements. Units and numbers hold the other languages' words
// with the English ones: a duration is read the same way in every
// language. Not extendable: [triage.minutes] sets the estimates.

// effortSpendVerbs take a duration as the effort to spend: "spend an hour
// on it", "a budget of three hours".
var effortSpendVerbs = set("spend spending budget budgeted allow allocate cap capped limit limited")

// effortTakeVerbs take a duration as the effort when the subject is the
// job: "it should take an hour" (not "took": what it took last time is
// history).
var effortTakeVerbs = set("take takes taking")

// effortSubjects are the job as the subject of effortTakeVerbs: "it
// should take", "that'll take".
var effortSubjects = set("it this that which job task work fix change update it'll that'll this'll it'd that'd " +
	"it's that's")

var (
	// effortNouns after a duration name it work: "an hour's work".
	effortNouns = set("work job task effort")
	// effortOf then one of effortOfNouns within effortAfterReach words:
	// "two hours of your time", "an hour's worth of work".
	effortOf      = set("of worth")
	effortOfNouns = set("time work effort labour labor billable")
	// effortSufficeModals then sufficeVerbs: "three hours should cover
	// it", "should be enough".
	effortSufficeModals = set("should would will ought must")
	sufficeVerbs        = set("do be cover suffice")
)

const effortAfterReach = 4

// timeUnits in minutes; a day of work is eight hours.
var timeUnits = map[string]int{
	"minute": 1, "minutes": 1, "min": 1, "mins": 1, "minutos": 1, "minuten": 1,
	"hour": 60, "hours": 60, "hr": 60, "hrs": 60, "hour's": 60, "horas": 60, "heures": 60, "stunden": 60, "uur": 60,
	"day": 480, "days": 480, "day's": 480, "días": 480, "jours": 480, "tage": 480, "dagen": 480,
}

// numberWords are the quantities written out.
var numberWords = map[string]float64{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "ninety": 90, "couple": 2, "few": 3, "dozen": 12,
	"un": 1, "una": 1, "une": 1, "eine": 1, "einen": 1, "dos": 2, "deux": 2, "zwei": 2, "tres": 3, "trois": 3, "drei": 3,
}

// countNumbers are the item counts written out.
var countNumbers = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"dozen": 12, "dozens": 24, "hundred": 100, "hundreds": 200,
}

// Punctuation and abbreviations of sentence splitting (split.go).

// bullets are the non-ASCII list markers.
var bullets = []string{"•", "◦", "▪", "–", "—", "·"}

// closingQuotes may follow a sentence's final punctuation.
var closingQuotes = []string{"\u201d", "\u2019", "\u00bb"}

// endingAbbreviations often do end a sentence: after them a capital
// starts a new one ("…receipts etc. Then…").
var endingAbbreviations = set("etc a.m p.m")

// Word sets of the shape rules added for the dev5 and messy4 sets
// (shapes_runon.go, split.go). Grammatical glue and closed sets: not
// extendable.

// danglingWords never end a clause: a line that ends on one was cut by
// wrapping ("…send the" / "signed copy…"), however short it is.
var danglingWords = set("a an the my your our their of")

// listWantWords in a line that introduces a list make it a list of what
// the client wants from the firm ("Still waiting on from your side:"):
// its items are asks even without a verb.
var listWantWords = set("need needs needed want wanted require required questions queries")

// listPendingWords do the same when the line names the firm ("Still
// missing from your side:"); alone they may list the client's own
// ("Outstanding invoices:").
var listPendingWords = set("waiting awaiting missing outstanding chasing")

// firmSubjects before a need make it the firm's: "you need", "you'll
// need".
var firmSubjects = set("you u you'll you'd")

// itemNotNoun open a list item that is a statement, not the name of a
// thing: a subject pronoun or an auxiliary.
var itemNotNoun = set("i we he she it they you i've we've i'm we're it's he's she's they're that's there's " +
	"i'd we'd i'll we'll there here")

// maxNounItem is the most words of a list item read as the name of a
// thing the client wants.
const maxNounItem = 12

// maxClauseItem is the most words of such an item whose thing holds a
// clause ("a note on how the vesting would work if…").
const maxClauseItem = 24

// ackOpeners acknowledge the firm's last message before an ask written
// without punctuation ("sounds good can you book it for monday").
var ackOpeners = newLexicon([]string{"sounds good", "sounds great", "sounds fine", "that works", "works for me",
	"fine by me", "all good", "got it", "no problem", "no worries", "great", "perfect", "lovely", "brilliant", "cool",
	"ok", "okay", "thanks", "cheers", "noted"})

// handoverLeads hand over what follows in the mail before the ask ("see
// below - can you…"): not part of the ask.
var handoverLeads = newLexicon([]string{"see below", "see the below", "see attached", "see the attached",
	"see email below", "see the email below", "see thread below", "see the thread below", "see trail below",
	"see the trail below", "see forwarded", "see the forwarded", "see message below", "see the message below"})

// intentModals with no subject before a verb say what the client will do
// ("will post it on Monday", "shall send it over"): a statement.
var intentModals = set("will shall gonna")

// presumedNews open a question that presumes the firm knows the news
// ("You'll have seen the letter?"): a lead-in, not an ask.
var presumedNews = newLexicon([]string{"you'll have seen", "you'll have heard", "you will have seen",
	"you will have heard", "you'll probably have seen", "you'll probably have heard", "you've probably seen",
	"you've probably heard", "you have probably seen", "you have probably heard", "you'll no doubt have seen",
	"you'll no doubt have heard", "no doubt you've seen", "no doubt you've heard"})

// intentBareVerbs may follow a subject-less "will" besides the request and
// work verbs: "will do", "will try to…".
var intentBareVerbs = set("do try be")

// needPersons are the client as the subject of a need or of a question
// about their own act: "i need…", "can we…".
var needPersons = set("i we")

// opinionVerbs report what a third party believes: "the surveyor thinks
// we need…" (reportedNeed).
var opinionVerbs = set("thinks reckons believes feels suspects thought reckoned believed felt suspected")

// ownSubjects are the client and the firm: "I think we need…" is not a
// third party's view (reportedNeed).
var ownSubjects = set("i we you u")

// reportedNeedReach bounds the words of the third party before its
// opinion verb: "Zofia in our accounts team thinks".
const reportedNeedReach = 6

// runOnClientAux + needPersons open the client's question about their own
// act inside a run-on: "…was 900 quid can i put it through…".
var runOnClientAux = set("can should could do")

// stayVerbs after "like the … to" wish a thing unchanged ("we'd like the
// logo to stay"); keepReach is how far after the wish they may stand.
var stayVerbs = set("stay remain")

const keepReach = 12

// planSubjects + planWants open a wish of the client's own ("I'd like to
// start…", "we want to launch…"); needPersons + "would" + planWants too.
var (
	planSubjects = set("i'd we'd i we")
	planWants    = set("like want hope plan love")
)

// factVerbs + {me} ask for a fact ("tell me", "advise us", "remind me");
// factVerbReach is how far into an ask its verb may stand ("could you
// please tell me…").
var factVerbs = set("tell advise remind")

const factVerbReach = 4

// ifAnswers after "and if" make what follows depend on the answer to the
// ask before: "…and if not send a reminder", "…and if so book it".
var ifAnswers = set("not so")

// whContracted are a wh-word and "is" written as one: inside a run-on
// with no joiner they open a question ("…our vat number whats that
// again"), not a relative clause (runOnNotOpen still stops "tell me
// what's…").
var whContracted = set("what's whats when's whens where's wheres who's whos how's hows")

// meetVerbs after "it would be good to" ask for a meeting: "it'd be good
// to catch up", "it would be great to talk it through".
var meetVerbs = set("catch meet talk chat speak discuss")

// hearWhat after "it would be good to hear" make it ask for an answer
// ("…to hear whether the refund has come through"), not hear from the
// reader.
var hearWhat = set("whether if when what which who how why where")

// tailSubjects + tailVerbs open a statement after an ask in a run-on ("…for
// q1 we completely forgot about it", "…the p60 i cant find mine"); not
// after tailNotAfter, whose clause they fill ("check we didnt…", "so we
// cant…", "if i dont…").
var (
	tailSubjects = set("we i they")
	// The client's own hedged belief after the ask is background too: "can you
	// do the return i think its due soon" ("think" after "that", "if" … is
	// the ask's clause: tailNotAfter).
	tailVerbs = set("completely totally literally forgot didnt didn't dont don't cant can't havent haven't wont won't " +
		"think reckon guess believe suppose")
	tailNotAfter = set("that if whether what when how why where who which so because and or but to as since than " +
		"until unless once know think tell check confirm see say hope guess reckon sure ask mean make let assume " +
		"suppose believe remember forgot said told")
)

// hopeGetVerbs after "hoping to" ask for a thing when a determiner
// follows: "hoping to get the draft", "hoping to receive a copy".
var hopeGetVerbs = set("get receive")

// Word sets of the joined-asks rules (shapes_conj.go).

// andWords join two verbs of one sentence, per language (en, de, fr, es,
// nl, it and pt).
var andWords = set("and und et y en e")

// approachVerbs, alone or with one of approachParticles, come before "and"
// and the job the visit is for: "come out and have a look", "pop round
// and fix it", "remote in and sort it", "try and fix it". The pair is one
// job, never two asks. Per language: "vorbeikommen und…", "langskomen
// en…", "venir y…", "passer et…", "venire e…", "passar e…".
var (
	approachVerbs = set("come pop nip swing drop head hop go remote dial log stop sit try " +
		"vorbeikommen kommen langskomen venir passer venire passare vir passar")
	approachParticles = set("out in over round around by back ahead along up down across on vorbei langs")
)

// makeVerbs make or file a thing; a request for a fact joined after them
// asks for something else, unless it points back (pointBackWords,
// anaphora): "draft the letter and tell me what the process is".
var makeVerbs = set("draft redraft write rewrite prepare create recreate design redesign build produce compile file submit lodge print order book register")

// wishHaveVerbs, wishTimeWords, copyWords: "it would be great to have
// the pack back by Friday", "… to get the files this week", "… to have a
// copy of the certificate" wish for a thing of the firm's, so ask for it
// (toHaveBy).
var (
	wishHaveVerbs = set("have get receive")
	wishTimeWords = set("by before asap today tomorrow tonight soon ready week")
	copyWords     = set("copy copies")
)

// deliverVerbs hand a thing over; a request for a fact joined after them
// asks for something else unless it points back at the handing over
// (pointBackWords): "send over the minutes and let me know if…".
var deliverVerbs = set("send resend re-send forward email e-mail post repost mail return courier")

// pointBackWords in a request for a fact tie it to the job before it:
// "…and tell me what we owe once it's filed", "…and let me know the result".
var pointBackWords = set("its it's result results outcome once then afterwards after")

// clearSignal is how much of an ask's score its own words must give (not
// its form) for its kind to count as clear when a sentence is split.
const clearSignal = 1.0

// apologyWords open an apology that may run into a question without
// punctuation ("sorry is that the…?").
var apologyWords = set("sorry apologies soz")

// pardonWords and typoWords: a phone signature's plea, "please excuse
// typos".
var pardonWords = set("excuse pardon forgive")
var typoWords = set("typos typo brevity mistakes errors spelling autocorrect")

// dummySubjects and hardWords: "why is it so hard to…".
var dummySubjects = set("it this that")
var hardWords = set("hard difficult impossible complicated")

// contactVerbs and talkNouns: an invitation to talk ("call me", "give
// me a ring").
var contactVerbs = set("call ring phone give buzz")
var talkNouns = set("call ring shout bell buzz")

// convenienceWords in an if-clause make it the client's convenience ("if
// it's easier", "if you prefer").
var convenienceWords = set("easier simpler quicker prefer rather helps convenient")

// headingNouns and headingPreps: "Update on …:", "News from …:".
var headingNouns = set("update updates news progress feedback notes summary recap")
var headingPreps = set("on from re regarding about for")

// firmQuoters before a quoted question say it is the firm's own ("you
// asked", "your question", "your letter said").
var firmQuoters = set("you your you've you'd yours")

// howDegreeWords: "how much will…", "how long does…".
var howDegreeWords = set("much many long soon often")

// apologyObjects follow an apology word in a run-on's tail ("sorry for
// the rush", "sorry about this", "sorry again").
var apologyObjects = set("for about again to if")

// anyOneWords and genericPeople: "one person", "a human" as a subject
// that means anybody at all.
var anyOneWords = set("one a any")
var genericPeople = set("person human man woman")

// checkWants: "(I) wanted to check …", "want to make sure …".
var checkWants = set("wanted want wanting")

// workParts are the class {workpart}: participles of work asked for.
var workParts = wordClasses["workpart"]

// notNames are capitalised words that open a sentence before a comma
// without naming anyone: the group, greetings and discourse markers
// ("All, could you …", "Also, can you …").
var notNames = set("all everyone everybody anyone anybody team folks guys people friends members committee colleagues " +
	"hi hello hey morning afternoon evening dear thanks ok okay yes no well so also and but now again anyway sorry " +
	"please first second third finally lastly meanwhile otherwise however still actually honestly basically btw ps")

// Word sets of questions the client answers (shapes_answered.go).
var (
	answerYes = set("yes yep yeah yup ja oui sí sim absolutely")
	answerNo  = set("no nope nah nein non nee não")
	// verdictHedges open a hedged verdict ("Probably not, …", "Sadly
	// not.", "Apparently so.").
	verdictHedges = set("probably sadly apparently perhaps maybe possibly hopefully unfortunately alas certainly definitely obviously clearly")
	// answerNoSubjects: "no it was the till", "no we didn't": a verdict
	// run on into its reason without a comma.
	answerNoSubjects = set("it we they i he she that there not")
	// verdictSubjects and verdictVerbs settle a wonder after a dash: "- it
	// was", "- lo era", "- war es".
	verdictSubjects = set("it they he she we i that lo la es war lag het")
	verdictVerbs    = set("era fu è es ist war lag fue foi")
	// jokeWords take a question back: "only joking", "just kidding".
	jokeWords = set("joking kidding jk")
	// reportAskVerbs and selfObjects: "my son asked:", "asking myself:".
	reportAskVerbs = set("asked asking asks wondered wondering")
	selfObjects    = set("myself ourselves")
	// addressesFirm: words that put a question to the firm.
	addressesFirm = set("you your yours u ur you're youre you've you'd you'll")
)

// Word sets of a subject repeated as the first line (shapes_echo.go).
var (
	// replyPrefixes mark a reply or forward in a subject, in several languages.
	replyPrefixes = set("re fw fwd aw wg tr rv rif sv vs antw doorst")
	// questionNouns announce a question: "quick question about …".
	questionNouns = set("question questions query queries frage vraag pregunta")
)

// Word sets of offers and complaints that look like asks (shapes_runon.go,
// shapes.go).
var (
	// troubleNouns: "any problems, give me a shout".
	troubleNouns = set("problems problem issues issue queries query questions concerns trouble hiccups")
	// peopleAtLarge: the subject of a complaint about everybody.
	peopleAtLarge = set("people anyone anybody everyone everybody nobody companies banks councils suppliers folk")
	// offerNeedVerbs: "should you need/require/want/have…".
	offerNeedVerbs = set("need require want have")
	// newsLeads open news or a reminder put as a question (newsLead).
	newsLeads = [][]string{{"did", "i", "tell", "you"}, {"have", "i", "told", "you"}, {"did", "i", "mention"},
		{"have", "i", "mentioned"}, {"you", "may", "remember"}, {"not", "sure", "if", "you", "remember"}}
)

// unmonitoredReplies say that a message's sender reads no replies to it
// ("Replies to this address are not monitored", "Merci de ne pas répondre
// à ce message"): a system's notice (unreadNotice), in the languages
// clients write in.
var unmonitoredReplies = newLexicon([]string{
	"not monitored", "unmonitored", "isn't monitored", "not being monitored", "do not reply to this", "don't reply to this",
	"please do not reply", "cannot accept replies", "can't accept replies", "cannot receive replies", "can't receive replies",
	"does not accept replies", "replies are not read", "replies will not be read", "replies to this ... not read",
	"nicht überwacht", "antworten sie nicht auf diese", "nicht auf diese e mail", "ne pas répondre à ce", "ne pas répondre à cet",
	"n'est pas surveillée", "n'est pas surveillé", "no responda a este", "no responda a esta", "no se supervisa",
	"non rispondere a questa", "non è monitorata", "niet op deze e mail", "wordt niet gecontroleerd",
	"não responda a este", "não responda a esta", "não é monitorizado", "não é monitorado",
})

// singularSelf are the words of a writer speaking for themself ("I",
// "my", "je", "ich", "yo", "io", "ik", "eu"): a person, where a system's
// notice speaks of "we", "our system" or no one.
var singularSelf = set("i i'm i've i'll i'd me my myself je j'ai moi ich mich mir mein meine yo io ik mij eu")

// subscriberFooters tell a newsletter's or a campaign's reader why they
// get it and how to stop it ("You are receiving this because you have a
// trade account", "To stop these emails, reply STOP", "Manage your email
// preferences"), in the languages clients write in (subscriberMail).
var subscriberFooters = newLexicon([]string{
	"you are receiving this", "you're receiving this", "you received this email because", "you have received this email because",
	"you are subscribed", "you're subscribed", "to stop receiving", "to stop these emails", "stop receiving these",
	"manage your email preferences", "manage your preferences", "update your preferences", "update your email preferences",
	"unsubscribe from these", "unsubscribe from this list", "opt out of these", "view this email in your browser",
	"sie erhalten diese e mail", "sie erhalten diesen newsletter", "newsletter abbestellen", "vom newsletter abmelden",
	"vous recevez cet e mail", "vous recevez ce message", "se désabonner", "vous désinscrire", "vous désabonner",
	"recibe este correo", "recibes este correo", "darse de baja", "darte de baja", "cancelar la suscripción",
	"ricevi questa email", "ricevi questa e mail", "disiscriviti", "annullare l'iscrizione",
	"je ontvangt deze e mail", "u ontvangt deze e mail", "afmelden voor", "uitschrijven",
	"recebe este e mail", "recebeu este e mail", "cancelar a subscrição", "cancelar inscrição",
})

// maxFooterTailWords is the most words the text cut below a message's new
// text may hold for it to be read as that message's own footer
// (subscriberMail) rather than forwarded or quoted mail.
const maxFooterTailWords = 60

// noticeWords are what a system's notification says of the event it
// reports: a document signed by all, a payment recorded, a file shared, a
// portal message or a password link waiting, an invitation answered, in
// the languages clients write in. A client's note may say one of them
// ("the invoice has been paid"); a notice says several (systemNotice).
var noticeWords = newLexicon([]string{
	// Signing services.
	"all parties have signed", "has been signed by all", "completed document", "document has been completed",
	"envelope has been completed", "signed document is attached", "do not share this email",
	// Payments.
	"has been paid", "has been marked as paid", "was marked as paid", "payment received", "payment has been received",
	"payment notification", "remittance advice",
	// Shared files.
	"shared a folder with you", "shared a file with you", "shared a document with you", "open folder", "open file",
	// Portals and accounts.
	"new secure message", "new message waiting", "messages waiting", "log in to read", "sign in to read", "log in to view",
	"sign in to view", "reset your password", "password reset", "choose a new password", "link expires",
	"you can ignore this email", "didn't ask for this", "didn't request this", "did not request this",
	// Calendar replies.
	"has accepted this invitation", "has declined this invitation", "has accepted this event", "has declined this event",
	"has tentatively accepted", "notification settings", "manage notifications",
	// de, fr, es.
	"alle parteien haben unterschrieben", "zahlung erhalten", "zahlungseingang", "ordner mit ihnen geteilt",
	"passwort zurücksetzen", "a partagé un dossier avec vous", "paiement reçu", "réinitialiser votre mot de passe",
	"ha compartido una carpeta", "pago recibido", "restablecer tu contraseña", "restablecer su contraseña",
})

// minNoticeCues is how many notice phrases (noticeWords) make a text a
// system's notification.
const minNoticeCues = 2

// noticeImperatives are the instructions a system's notice gives after
// "please" (pleaseToReader): sign in, click, open, keep this for your
// records, ignore this, contact support, note.
var noticeImperatives = set("log sign click tap open view visit use contact keep ignore note find see follow allow " +
	"retain print save reference verify")
