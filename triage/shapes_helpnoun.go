package triage

// "It would be a great help to have the survey before the board meets",
// "it'd be of real help if you could …": help as a noun says a thing
// would help, as "helpful" does (benefitHead).

// helpSizes size the help: "a big help", "of great help".
var helpSizes = set("great big real huge massive tremendous enormous considerable some much")

// helpNoun reads "a (great) help" or "of (real) help" at ws[i] and
// returns the index after it.
func helpNoun(ws []string, i int) (int, bool) {
	if i >= len(ws) || ws[i] != "a" && ws[i] != "of" {
		return 0, false
	}
	j := i + 1
	for j < len(ws) && (helpSizes.has(ws[j]) || degreeWords.has(ws[j])) {
		j++
	}
	if j < len(ws) && ws[j] == "help" {
		return j + 1, true
	}
	return 0, false
}
