package triage

import (
	"fmt"
	"slices"
)

// "The gate code would be great", "the access code would be really
// helpful", "a copy of the certificate would be handy": a wish for a thing
// the firm can send, worded as its value to the client, asks for it as
// "… would be appreciated" does. The subject is a determiner and a noun
// of something sent (sentthing) at most three words on, so "that would be
// great" (agreement), "a sunny day would be great" (no thing sent) and
// "the 14th would be great" (an answer) ask nothing.

func init() {
	// sentthing: things a firm sends or tells a client.
	wordClasses["sentthing"] = set("number reference code link copy receipt photo photos breakdown list update confirmation")
	// infothing: the sentthing that are an answer, not a document made.
	wordClasses["infothing"] = set("number reference code link update confirmation receipt")
	wordClasses["wishgood"] = set("great helpful useful handy brilliant ideal lovely")
	// wishvery: what may stand before a wishgood word where fillers
	// are not dropped ("would be really helpful").
	wordClasses["wishvery"] = set("really very so super most")
	// thingprep: what may join a sentthing to what it is of ("a copy
	// of the lease", "an update on the boiler").
	wordClasses["thingprep"] = set("of on for about")
	var frames, info []string
	for _, subject := range []string{"{det} {%s}", "{det} ... {%s}", "{det} {%s} {thingprep} ...", "{det} ... {%s} {thingprep} ..."} {
		for _, value := range []string{" would be {wishgood}", " would be {wishvery} {wishgood}"} {
			frames = append(frames, fmt.Sprintf(subject, "sentthing")+value)
			info = append(info, fmt.Sprintf(subject, "infothing")+value)
		}
	}
	// Built here, once the classes they name are in wordClasses. Not
	// request frames: a determiner opens them, so among those frames
	// they were tried at every "the" and "a" of every sentence; isRequest
	// reads them only where "would be" stands (wishedThingAsks).
	wishedThings = newLexicon(frames)
	wishedInfo = newLexicon(info)
}

// wishedThings opens a wished-for thing the firm can send ("the gate
// code would be great").
var wishedThings *lexicon

// wishedThingAsks: core holds "would be" and a wish for a thing sent
// that asks (frameAsks, as for a request frame).
func (e *Engine) wishedThingAsks(core []string) bool {
	if !slices.Contains(core, "would") {
		return false
	}
	found := false
	wishedThings.find(core, func(_, start, end int) bool {
		found = e.frameAsks(core, start, end)
		return !found
	})
	return found
}

// wishedInfo opens a wished-for thing that is an answer ("a tracking
// number would be great"): an information request (infoRequest), quick
// as "please send me the reference" is, where "a breakdown of the costs
// would be helpful" asks for work.
var wishedInfo *lexicon
