package triage

// Reply words for some everyday ways of answering a quote.
//
// persuadedIdioms: the client was won round ("you've convinced me",
// "you've talked me into it", "go on, you've sold me"): a lean to yes, as
// "sounds good" is. Negated ("you haven't convinced me") the reader turns
// it round.
var persuadedIdioms = []string{"convinced me", "convinced us", "persuaded me", "persuaded us",
	"talked me into it", "talked us into it", "talked me round", "talked us round", "sold me", "sold us",
	"twisted my arm", "twisted our arm"}

// startMakeQuestions: "make a start" is "start" ("when could you make a
// start?"): the go-ahead taken for granted, as "when can you start?" is.
var startMakeQuestions = []string{"when ... you make a start", "how soon ... you make a start",
	"when ... {worker} make a start", "how soon ... {worker} make a start"}

// answerSufficedAfter: the free answer was all the client was after, with
// the thing answered as the subject ("the tyre pressure was all I was
// after", "that's all we wanted to know"): a no to the paid part, as "all
// I needed was…" is (TestReplyAnswerSufficed).
var answerSufficedAfter = []string{"all i was after", "all we were after", "all i wanted to know",
	"all we wanted to know", "all i needed to know", "all we needed to know", "was all i needed",
	"was all we needed", "all i needed to hear", "all we needed to hear"}

// italianNothingComes: "non se ne fa niente" (nothing will come of it, for
// now): the Italian way of letting a quote drop.
var italianNothingComes = []string{"non se ne fa niente", "non se ne fa nulla", "non se ne farà niente",
	"non se ne farà nulla", "non ne facciamo niente", "non ne facciamo nulla"}

func init() {
	registerLexicon("en", Lexicon{
		Words: Words{Decline: answerSufficedAfter},
		Reply: replyCueLists{WeakAccept: persuadedIdioms, StartQuestions: startMakeQuestions},
	})
	registerLexicon("it", Lexicon{Words: Words{Decline: italianNothingComes}})
}
