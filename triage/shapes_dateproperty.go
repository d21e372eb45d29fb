package triage

// A deadline named with "with" ("a quote with a deadline of 14 May",
// "un preventivo con scadenza a marzo", "ein Angebot mit Frist zum
// Monatsende", "un devis avec échéance en juin") is a property of the
// thing asked for; it does not ask when something is due.

// withWords are "with" in the languages read here.
var withWords = set("with con avec mit com met")

// dateAsProperty: the quick date signal at ws[start] follows "with",
// alone or with one determiner between ("with a deadline", "con la
// scadenza").
func (e *Engine) dateAsProperty(ws []string, start, si int) bool {
	if e.signals[si].Kind != "quick" || e.signals[si].Act != "date" || start == 0 {
		return false
	}
	k := start - 1
	if k > 0 && detWords.has(ws[k]) || k > 0 && romanceDets.has(ws[k]) {
		k--
	}
	return withWords.has(ws[k])
}

// romanceDets are the articles of the Romance languages and German that
// may stand between "with" and the deadline noun.
var romanceDets = set("la il lo le un una une einer einem der dem a o")
