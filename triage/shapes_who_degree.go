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

// whoThenVents: "who orders forty chairs and then complains they don't
// fit?", "who signs a lease and then acts surprised by the rent review?":
// a who-question whose second act is a complaint or an expectation
// mocks the person who did the first; it asks no one anything. "Who signs
// the lease and then sends it to the bank?" asks who does both, and with
// the firm addressed ("who told you and then complained?") it asks.
// Table rows in TestWhoThenVents (shapes_who_then_test.go).
func whoThenVents(ws []string) bool {
	for i := 2; i+1 < len(ws); i++ {
		if ws[i] != "and" {
			continue
		}
		k := i + 1
		if ws[k] == "then" && k+1 < len(ws) {
			k++
		}
		if ventThenVerbs.has(ws[k]) {
			return !slices.ContainsFunc(ws, secondPerson.has)
		}
	}
	return false
}

// ventThenVerbs complain or expect, as the second act of a mocked person.
var ventThenVerbs = set("complains moans grumbles whinges blames demands expects acts wonders grumble complain moan blame demand expect")
