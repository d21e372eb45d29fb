package triage

// "Prima di firmare vorremmo capire meglio alcune cose.", "Nous
// aimerions vous poser quelques questions.", "We'd like to understand a
// few things first.": the client says questions follow. The asks are
// the sentences after it; the preface names none. It needs an
// understanding or asking verb, a quantity and a thing or question noun
// within a few words, no question mark and no "you" the sentence puts
// something to ("could you help us understand a few points?" asks).

var (
	// prefaceVerbs: understanding and asking verbs, as their infinitives
	// and the enclitic forms Italian and Spanish write ("chiedervi").
	prefaceVerbs = set("understand clarify ask capire comprendere chiarire chiedere chiedervi chiederle chiederti porre porvi porle " +
		"domandare comprendre clarifier poser demander entender comprender aclarar preguntar preguntaros preguntarle hacerle " +
		"hacerles perceber compreender esclarecer perguntar fazer-lhe verstehen klären fragen stellen begrijpen verduidelijken vragen")
	// prefaceQuantities: "a few", "some", "a couple of", in each language.
	prefaceQuantities = set("few some couple several alcune alcuni qualche paio quelques plusieurs algunas algunos unas unos " +
		"algumas alguns umas uns paar einige mehrere enkele aantal")
	// prefaceNouns: the things and questions announced.
	prefaceNouns = set("things points questions aspects details cose punti domande aspetti dettagli choses questions aspects détails " +
		"cosas puntos preguntas aspectos detalles dudas coisas pontos perguntas detalhes dúvidas dinge punkte fragen aspekte details " +
		"dingen punten vragen zaken")
	// prefaceAddressees put the preface to the firm as a request: "you",
	// and the polite "you" of each language when it opens a request.
	prefaceAddressees = set("you u vous usted ustedes você vocês")
)

// prefaceReach bounds the words between verb, quantity and noun.
const prefaceReach = 4

// announcesQuestions: ws (a sentence without a question mark) only says
// that questions follow.
func announcesQuestions(ws []string) bool {
	n := -1
	for i, w := range ws {
		if prefaceAddressees.has(w) {
			return false
		}
		if n < 0 && i >= 2 && prefaceNouns.has(w) {
			n = i
		}
	}
	if n < 0 || len(ws) > 16 {
		return false
	}
	q := -1
	for k := n - 1; k >= 0 && k >= n-prefaceReach; k-- {
		if prefaceQuantities.has(ws[k]) {
			q = k
			break
		}
	}
	if q < 1 {
		return false
	}
	for k := q - 1; k >= 0 && k >= q-prefaceReach; k-- {
		if prefaceVerbs.has(ws[k]) {
			return true
		}
	}
	return false
}
