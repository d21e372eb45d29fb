package triage

// Texted mail runs an apology straight into the question, with no
// punctuation at all: "sorry to bother you again is the invoice paid
// yet", "soz to chase u but has the deed been signed". The apology clause
// has a fixed build, "sorry to <verb> you (again) (but)", so the question
// starts where it ends.

// apologyTails may close the apology clause: "again", "but", "so".
var apologyTails = set("again but so also")

// nuisanceVerbs: what the client is sorry to do to the reader ("sorry
// to hear you…" is sympathy, not an apology clause).
var nuisanceVerbs = set("bother trouble chase bug pester nag hassle disturb interrupt badger")

// apologyRunOn returns the index where a direct question starts after an
// apology clause at ws[i] ("sorry to bother you again is…"); 0 when there
// is none.
func apologyRunOn(ws []string, i int) int {
	if i+4 >= len(ws) || ws[i+1] != "to" || !nuisanceVerbs.has(ws[i+2]) || !secondPerson.has(ws[i+3]) {
		return 0
	}
	k := i + 4
	for k < len(ws) && apologyTails.has(ws[k]) {
		k++
	}
	if c := ws[k:]; len(c) >= 3 && auxWords.has(c[0]) && isInterrogative(c) {
		return k
	}
	return 0
}
