package triage

import (
	"strings"
	"unicode/utf8"
)

// An imperative of the Romance languages often carries its object
// pronoun, fused to the verb or hyphened after it, and so is a form no
// list of request verbs holds whole: Italian "mandatemi", "sistematela",
// "controllateci"; Spanish "envíenme", "móntenmela", "revísenlo",
// "mándeme" (the stress accent is written once a pronoun is added);
// Portuguese "enviem-me", "preparem-nos"; French "réparez-la",
// "envoyez-moi", and a vous imperative before its object ("trouvez la
// fuite"). Opening a sentence or a clause, such a form asks the reader to
// act, as "send me…" does. Apologies and courtesies of the same form
// ("scusatemi", "discúlpenme", "excusez-moi", "permettez-moi", "recevez
// mes salutations") ask nothing.

// Enclitic pronouns, longest first so a double one is cut whole.
var (
	itEnclitics = []string{"glielo", "gliela", "melo", "mela", "meli", "mele", "celo", "cela", "gli", "mi", "ci", "vi", "lo", "la", "li", "le", "ne"}
	esEnclitics = []string{"noslos", "noslas", "melos", "melas", "selos", "selas", "noslo", "nosla", "melo", "mela", "selo", "sela",
		"nos", "los", "las", "les", "me", "lo", "la", "le"}
)

// ptCliticAfter follow a Portuguese plural imperative as its hyphened
// pronoun ("enviem-me" reads "enviem me").
var ptCliticAfter = set("me nos lhe lhes")

// frAfterImperative follow a French vous imperative: its pronoun
// ("réparez-la", "envoyez-moi") or its object's determiner.
var frAfterImperative = set("moi nous la le les lui leur y en l' un une des du mon ma mes notre nos votre vos ce cet cette ces")

// notImperativeEz end in -ez without being an imperative that asks:
// prepositions and adverbs, and courtesies ("excusez-moi", "permettez-moi
// de me présenter", "recevez mes salutations", "croyez-moi").
var notImperativeEz = set("chez assez excusez pardonnez permettez rassurez recevez agréez croyez imaginez sachez notez")

// apologyStems open the imperatives of apologising and believing, in
// Italian, Spanish and Portuguese: "scusateci", "perdónenme",
// "discúlpeme", "desculpem-me", "credetemi".
var apologyStems = []string{"scus", "perdon", "perdón", "disculp", "discúlp", "desculp", "credet"}

// minImperativeStem is the shortest verb stem (in letters) read before a
// Spanish or Italian pronoun: shorter forms ("dame", "Ángela") are
// names and words as often as verbs.
const minImperativeStem = 5

// cliticImperative reports a sentence opened by a Romance imperative
// that carries its pronoun or, in French, is followed by its object.
func cliticImperative(ws []string) bool {
	w := ws[0]
	if len(w) < 6 || hasAnyPrefix(w, apologyStems) {
		return false
	}
	switch {
	case strings.HasSuffix(w, "ez"):
		return len(ws) > 1 && !notImperativeEz.has(w) && frAfterImperative.has(ws[1])
	case strings.HasSuffix(w, "em") || strings.HasSuffix(w, "am"):
		// "Enviaram-me", "disseram-nos que …" report what others did or
		// said.
		return len(ws) > 2 && !strings.HasSuffix(w, "ram") && ptCliticAfter.has(ws[1]) && ws[2] != "que"
	}
	return italianEnclitic(w) || spanishEnclitic(w)
}

// italianEnclitic: a voi imperative ("-ate", "-ete", "-ite") with a
// pronoun fused on: "mandatemi", "sistematela".
func italianEnclitic(w string) bool {
	stem, ok := cutSuffixOf(w, itEnclitics)
	if !ok || utf8.RuneCountInString(stem) < minImperativeStem {
		return false
	}
	return strings.HasSuffix(stem, "ate") || strings.HasSuffix(stem, "ete") || strings.HasSuffix(stem, "ite")
}

// spanishEnclitic: an usted or ustedes imperative ("-e", "-a", "-en",
// "-an") with a pronoun fused on and the stress accent written:
// "envíenme", "móntenmela", "mándeme".
func spanishEnclitic(w string) bool {
	if !strings.ContainsAny(w, "áéíóú") {
		return false
	}
	stem, ok := cutSuffixOf(w, esEnclitics)
	if !ok || utf8.RuneCountInString(stem) < minImperativeStem {
		return false
	}
	return strings.HasSuffix(stem, "e") || strings.HasSuffix(stem, "a") || strings.HasSuffix(stem, "en") || strings.HasSuffix(stem, "an")
}

// cutSuffixOf cuts the first of suffixes that w ends with.
func cutSuffixOf(w string, suffixes []string) (string, bool) {
	for _, s := range suffixes {
		if stem, ok := strings.CutSuffix(w, s); ok {
			return stem, true
		}
	}
	return "", false
}
