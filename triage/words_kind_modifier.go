package triage

import "strings"

// modifiedHeads are nouns that a word of work in -ing can qualify ("the
// building regs", "building control", "the printing cost", "the
// accounting period"): the -ing word then names a kind of thing, not work
// asked for.
var modifiedHeads = set("regs regulations control officer inspector inspection society insurance " +
	"cost costs fee fees period budget deadline reference site")

// gerundModifier: a paid signal matched on one -ing word that qualifies a
// noun after it names a kind of thing ("does it change the building regs
// date?") and asks for no work.
func (e *Engine) gerundModifier(ws []string, start, end, si int) bool {
	return (e.signals[si].Kind == "paid" && end == start+1 && end < len(ws) &&
		strings.HasSuffix(ws[start], "ing") && modifiedHeads.has(ws[end])) ||
		e.buildingNoun(ws, start, end, si) // and "the building", a noun
}

// builtThingLeads are the words before "building" or "build" that make it
// the noun for a structure: a determiner ("the building", "our
// building") or a word that forms a compound with it ("a new-build
// flat", "self-build homes", "the old building").
var builtThingLeads = set("new self custom old listed main whole same existing empty historic")

// buildingNoun: a paid signal matched on "building" or "build" alone
// where the word names a structure ("is there a lift in the building?",
// "the VAT rate on new-build homes") asks for no work. "The build" stays
// work (the job itself), as "building the page" does.
func (e *Engine) buildingNoun(ws []string, start, end, si int) bool {
	if end != start+1 || start == 0 || e.signals[si].Kind != "paid" {
		return false
	}
	prev := ws[start-1]
	switch ws[start] {
	case "building", "buildings":
		return detWords.has(prev) || builtThingLeads.has(prev)
	case "build", "builds":
		return builtThingLeads.has(prev)
	}
	return false
}

// modifierWord: a signal matched on a word that, in this place, only
// qualifies a noun: a gerund before a head noun (gerundModifier), or an
// edit verb that a determiner makes an adjective (editAdjective).
func (e *Engine) modifierWord(ws []string, start, end, si int) bool {
	return e.gerundModifier(ws, start, end, si) || e.editAdjective(ws, start, si) ||
		e.vehicleModifier(ws, start, end, si) || e.coverObject(ws, start, end, si) || e.lessonModifier(ws, end, si)
}

// vehicleNouns are vehicles a trade comes in.
var vehicleNouns = set("van vans lorry lorries truck trucks tanker vehicle vehicles")

// vehicleModifier: a paid signal matched on one noun after a determiner
// that names a vehicle's job ("does the survey van need to park on
// site?", "the repair truck"): it names the vehicle and asks for no work.
func (e *Engine) vehicleModifier(ws []string, start, end, si int) bool {
	return end == start+1 && end < len(ws) && start > 0 && vehicleNouns.has(ws[end]) &&
		detWords.has(ws[start-1]) && e.signals[si].Kind == "paid"
}

// thingAdjectives qualify a physical object: "new covers" are lids, not
// insurance cover.
var thingAdjectives = set("new replacement spare old torn broken split cracked")

// coverObject: the quick "cover" signal (what a policy covers) matched on
// a cover that is a thing ("fit new covers on the tubs", "order
// replacement covers"): it asks nothing about cover.
func (e *Engine) coverObject(ws []string, start, end, si int) bool {
	return end == start+1 && start > 0 && (ws[start] == "cover" || ws[start] == "covers") &&
		thingAdjectives.has(ws[start-1]) && e.signals[si].Kind == "quick"
}

// adjectiveDets are the words before which an edit verb such as
// "correct" can only be an adjective: "with the correct spelling".
var adjectiveDets = set("the a an our my your their his her its")

// editAdjective: the quick detail-edit signal ("correct the spelling")
// matched where a determiner stands before the edit word ("recut the
// panel with the correct spelling", "reprint the cards with the correct
// phone number"): the word describes the detail the work must carry, it
// asks for no edit, so the work verb before it decides.
func (e *Engine) editAdjective(ws []string, start, si int) bool {
	return start > 0 && adjectiveDets.has(ws[start-1]) && detailEditVerbs.has(ws[start]) &&
		strings.HasPrefix(e.signals[si].Match, "{detailedit}")
}
