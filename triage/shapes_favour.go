package triage

// "Could you do me a favour?", "Can I ask you something?", "Could you
// help me with something?" only announce the ask that follows: when the
// message holds another ask they are dropped with the bare pleas for help
// (dropHelpPleas).

// favourWordSet gates favourPlea: most asks hold none of its words.
var favourWordSet = newNeedleSet([]string{"favour", "favor", "something"})

// favourNouns: what an announcing question asks for without naming it.
var favourNouns = set("favour favor something")

// favourLeads: the word before the noun in an announcement: "do me a
// favour", "ask a quick favour", "help me with something", "ask you
// something".
var favourLeads = set("a with you ask quick small big")

// favourPlea: words of a short question that asks for a favour or for
// "something" it does not name.
func favourPlea(ws []string) bool {
	n := len(ws)
	for n > 0 && helpFillers.has(ws[n-1]) {
		n--
	}
	return n >= 3 && n <= maxFavourWords && favourNouns.has(ws[n-1]) && favourLeads.has(ws[n-2])
}

// maxFavourWords bounds an announcement: "I wondered whether you could
// possibly do me a small favour" and no longer.
const maxFavourWords = 12
