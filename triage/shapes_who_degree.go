package triage

import "slices"

// whoDegree: "who charges that much for a fence?", "who needs so many
// forms?": a who-question about people at large doing a thing to such a
// degree vents; with the firm addressed ("who told you it costs that
// much?") it asks.
func whoDegree(ws []string) bool {
	for i := 1; i+1 < len(ws); i++ {
		if ventDegree.has(ws[i]) && ventAmount.has(ws[i+1]) {
			return !slices.ContainsFunc(ws, secondPerson.has)
		}
	}
	return false
}

// ventDegree and ventAmount make "that much", "so many", "this long".
var (
	ventDegree = set("that so this")
	ventAmount = set("much many long")
)
