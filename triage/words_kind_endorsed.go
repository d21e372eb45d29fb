package triage

// Whether a deliverable will carry a certification, a signature or a
// stamp: "will the translation be certified?", "would the report be
// signed by a chartered surveyor?", "est-ce que la traduction sera
// certifiée ?". The client asks a yes or no about how the firm's work
// comes out, not for the work: the deliverable's own paid word is the
// subject of the question. A request to have a thing certified ("could
// you get the copy certified?") has no "be" and stays work. Table rows in
// TestEndorsedDeliverable (words_kind_endorsed_test.go).

// endorsedWords say a document carries a certification or a signature.
var endorsedWords = set("certified certificated notarised notarized stamped signed sworn apostilled legalised " +
	"legalized witnessed countersigned sealed")

// endorsedWeight outweighs one paid noun (2 × the 0.8 a question gives
// it) read as the question's subject.
const endorsedWeight = 2

func init() {
	wordClasses["endorsed"] = endorsedWords
	registerSignals([]Signal{{Match: "will {det} ... be {endorsed}|would {det} ... be {endorsed}|will {det} be {endorsed}|" +
		"would {det} be {endorsed}|will it be {endorsed}|would it be {endorsed}|will they be {endorsed}|would they be {endorsed}",
		Kind: "quick", Weight: endorsedWeight, Minutes: 1, Act: "yes-no"}}, nil)
	for lang, m := range langEndorsed {
		registerLexicon(lang, Lexicon{Signals: []Signal{{Match: m, Kind: "quick", Weight: endorsedWeight, Minutes: 1, Act: "yes-no"}}})
	}
}

// langEndorsed are the same questions in the other six languages.
var langEndorsed = map[string]string{
	"fr": "sera certifiée|sera certifié|seront certifiées|seront certifiés|sera assermentée|seront assermentées|sera signée|sera signé",
	"es": "será certificada|será certificado|serán certificadas|será jurada|será jurado|estará certificada|estará firmada",
	"pt": "será certificada|será certificado|serão certificadas|será juramentada|será assinada|será assinado",
	"it": "sarà certificata|sarà certificato|saranno certificate|sarà giurata|sarà asseverata|sarà firmata|sarà firmato",
	"de": "wird ... beglaubigt|werden ... beglaubigt|wird ... unterschrieben|wird ... gestempelt",
	"nl": "wordt ... beëdigd|worden ... beëdigd|wordt ... gewaarmerkt|wordt ... ondertekend",
}
