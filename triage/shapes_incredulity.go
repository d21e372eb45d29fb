package triage

import "slices"

// A verbless question opened by "another" ("Another price rise?",
// "Another delay on the kitchen?") repeats news in disbelief: the client
// vents, it asks the firm nothing. A verb or the firm addressed makes
// it a question again ("another slot, can you…"); so does a statement
// (no question mark) or a longer sentence.

// maxIncredulityWords bounds the echo: longer, it is a real question
// typed without its verb.
const maxIncredulityWords = 6

// anotherEcho: ws, lower-cased, is such an echo.
func anotherEcho(ws []string) bool {
	if len(ws) < 2 || len(ws) > maxIncredulityWords || ws[0] != "another" {
		return false
	}
	for _, w := range ws[1:] {
		if auxWords.has(w) || secondPerson.has(w) || whWords.has(w) {
			return false
		}
	}
	return true
}

// anyoneShrug: "Honestly, can anyone these days?", "Seriously, does
// anybody read these?": a shrug word, then a yes/no question about
// people at large, is a complaint; with the firm addressed ("does anyone
// in your office…") it asks.
func anyoneShrug(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if shrugWords.has(ws[i]) && auxWords.has(ws[i+1]) && peopleAtLarge.has(ws[i+2]) {
			return !slices.ContainsFunc(ws, addressesFirm.has)
		}
	}
	return false
}

// whyTheyEven: "Why do they even bother giving delivery dates?", "why
// would anyone bother filling this in?": a why-question about what some
// third party does, with "even" or "bother" right after the subject,
// shrugs at them and asks the firm nothing. The firm addressed ("why do
// they even need it, can you ask?") or a first- or second-person subject
// ("why do we even pay…") leaves the question to the other rules.
func whyTheyEven(ws []string) bool {
	for i := 0; i < 2 && i+3 < len(ws); i++ {
		if ws[i] != "why" {
			continue
		}
		if !auxWords.has(ws[i+1]) || !ventThey.has(ws[i+2]) {
			return false
		}
		if whyWouldAnyone(ws, i) {
			return !slices.ContainsFunc(ws, addressesFirm.has)
		}
		for _, w := range ws[i+3 : min(len(ws), i+5)] {
			if ventBother.has(w) {
				return !slices.ContainsFunc(ws, addressesFirm.has)
			}
		}
		return false
	}
	return false
}

// whyWouldAnyone: "Why would anyone build a car park with one exit?",
// "why would anybody price it like that": asking why people at large
// would do a thing wonders at it; with no "even" or "bother" the
// conditional "would" and "anyone" alone carry the shrug. "Why would
// they…" and "why would someone…" may ask what moved a real party.
func whyWouldAnyone(ws []string, i int) bool {
	return ws[i+1] == "would" && (ws[i+2] == "anyone" || ws[i+2] == "anybody")
}
