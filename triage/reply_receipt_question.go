package triage

// A question about when the client will see or get the finished work
// ("When could we see the first drafts?", "When can I expect the
// report?") takes the go-ahead for granted as "when can you start?"
// does: StartQuestions in words.go use these classes, with a determiner
// or pronoun after the verb so that "when can we see you" (a meeting)
// and "when would I have to pay" stay questions back.

func init() {
	// askmodal: the modals of such a question.
	wordClasses["askmodal"] = set("can could will would should might")
	// clientsubj: the client as the one who receives the work.
	wordClasses["clientsubj"] = set("we i")
	// receiveverb: receiving the finished work.
	wordClasses["receiveverb"] = set("see get receive expect have")
	// workobj: what is received: a determiner or a pronoun for the work.
	wordClasses["workobj"] = set("the a our my your it them some any")
}
