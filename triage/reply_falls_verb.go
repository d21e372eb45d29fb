package triage

// German "falls" (if) is also the English verb: "I'll ride it till it
// falls apart", "if the wall falls down". After an English subject
// pronoun or before an English particle it is the verb and sets no
// condition; German puts it first in its clause ("…, falls es teurer
// wird").

// fallsSubjects and fallsParticles mark the English verb.
var (
	fallsSubjects  = set("it this that which who he she one")
	fallsParticles = set("apart down over off out through short behind into under within below")
)

// englishFalls reports that the condition word at ws[i] is the English
// verb "falls".
func englishFalls(ws []string, i int) bool {
	if ws[i] != "falls" {
		return false
	}
	return i > 0 && fallsSubjects.has(ws[i-1]) || i+1 < len(ws) && fallsParticles.has(ws[i+1])
}
