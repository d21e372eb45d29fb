package triage

// "<choice> it is" settles on the thing named: "Full service and the new
// chain it is", "Tuesday it is then", "the oak worktop it is". A clause
// closing on "it is" (maybe "then") after a noun phrase leans to yes, as
// "sounds good" does. A clause opened by a subject ("I think it is", "we
// know it is"), a wh-word ("however long it is"), a negator, or a function
// word before "it" ("as it is", "so it is", "here it is") is no choice.

// itIsBefore are the words before "it is" that make it no choice.
var itIsBefore = set("as so than that what this how where here there way whatever whenever wherever know think " +
	"hope sure see believe guess is be because if when while whether though although yes no not long much big")

// itIsSubjects open a clause that says something of the work itself.
var itIsSubjects = set("i we you he she they it it's that's there's this that")

// choiceItIs reads a clause that closes on "<noun phrase> it is".
func (c *clauseReader) choiceItIs() {
	ws := c.ws
	n := len(ws)
	if n >= 4 && ws[n-1] == "then" {
		n--
	}
	if n < 3 || ws[n-1] != "is" || ws[n-2] != "it" || itIsBefore.has(ws[n-3]) || itIsSubjects.has(ws[0]) ||
		c.negs[n] != 0 || !c.free(n-2, n) {
		return
	}
	for _, w := range ws[:n-2] {
		if wordClasses["wh"].has(w) {
			return
		}
	}
	addCue(&c.ev.weakAccept, c.cue(n-3, n))
	c.take(n-2, n)
}
