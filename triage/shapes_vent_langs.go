package triage

import (
	"strings"
	"sync"
)

// Venting questions in the other languages, which the English shapes
// (ventingQuestion) do not read: a degree that "can" hardly be so ("hoe
// moeilijk kan het zijn…?", "hur svårt kan det vara…?"), a question
// whose subject is nobody ("¿es que nadie lee…?", "será que ninguém…?",
// "liest denn niemand…?"), "who is supposed to…" with German "denn",
// wonder with "nur" ("wie machen Sie das nur?"), and "how is that
// possible?" closing the question or before a comma. Table rows in
// TestVentingQuestionsLangs (shapes_vent_langs_test.go).

// ventOpeners open a venting question, at one of its first ventReach
// words (after "but", "ma", "aber"…). ventPossible are the "how is that
// possible" frames, which vent only when nothing follows them but an
// aside: "¿cómo es posible pagar con tarjeta?" asks a way.
var (
	ventOpeners = []string{
		// A degree that can hardly be so.
		"how hard can it be", "how difficult can it be", "wie schwer kann es sein", "wie schwer kann das sein",
		"wie schwierig kann es sein", "wie schwierig kann das sein", "hoe moeilijk kan het zijn", "hoe moeilijk kan dat zijn",
		"hoe lastig kan het zijn", "hur svårt kan det vara", "hur svårt kan det va", "hvor svært kan det være",
		// Nobody as the subject of a yes/no question.
		"es que nadie", "acaso nadie", "será que ninguém", "sera que ninguem", "será que ninguem", "é que ninguém",
		"est ce que personne", "possibile che nessuno", "denn niemand", "dan niemand", "does nobody", "does no one",
		"did nobody", "did no one", "is nobody", "is no one", "has nobody", "has no one",
		// Who is supposed to…, and wonder.
		"wer soll denn", "wer soll das denn",
		// Wonder with the particle "nur" after "das": "wie machen Sie das
		// nur?", "wie hast du das nur geschafft?".
		"wie ... das nur", "wie ... ... das nur",
	}
	ventPossible = []string{
		"how is that possible", "how is this possible", "how is it possible", "wie ist das möglich", "wie kann das sein",
		"comment est ce possible", "comment c'est possible", "cómo es posible", "como es posible", "come è possibile",
		"com'è possibile", "come e possibile", "como é possível", "como e possivel", "hoe is het mogelijk",
		"hoe is dat mogelijk", "hur är det möjligt", "hvordan er det muligt", "hvordan kan det være", "jak to możliwe",
		"jak to jest możliwe",
	}
	// ventPlea are the words of the client's own need ("me", "uns",
	// "mij"…): "can nobody help me?" pleads for an answer and asks.
	ventPlea = set("me us mir mich uns mij ons mig os moi nous ci mnie nam")
)

// ventReach is how far into the question a venting opener may start.
const ventReach = 3

var (
	ventOpenerLex   = sync.OnceValue(func() *lexicon { return newLexicon(ventOpeners) })
	ventPossibleLex = sync.OnceValue(func() *lexicon { return newLexicon(ventPossible) })
)

// ventLangs: question c (all: its lower-case words) vents in one of the
// shapes above and pleads for nothing.
func ventLangs(c clause, all []string) bool {
	if !c.question || len(all) < 3 {
		return false
	}
	for i := 0; i < ventReach && i < len(all); i++ {
		if _, ok := ventOpenerLex().hasAt(all, i); ok {
			return !pleads(all)
		}
		if end, ok := ventPossibleLex().hasAt(all, i); ok {
			return possibleCloses(c, all, end)
		}
	}
	return false
}

// possibleCloses: the "how is that possible" frame ending at all[end]
// closes the question or is followed by a comma and an aside.
func possibleCloses(c clause, all []string, end int) bool {
	if end >= len(all) {
		return true
	}
	if len(c.spans) != len(all) {
		return false
	}
	return strings.HasPrefix(c.full[c.spans[end-1].end:], ",")
}

// pleads: the question names the client as the one left waiting.
func pleads(all []string) bool {
	for _, w := range all {
		if ventPlea.has(w) {
			return true
		}
	}
	return false
}
