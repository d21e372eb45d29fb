package triage

// A partitive that opens a clause reported after a verb of worry or
// belief is the subject of what the client fears or thinks will happen:
// "I'm worried one of the hinges will snap", "I suspect some of the
// slates might blow off", "I reckon part of the ceiling could come down".
// Like the past-tense narrative (partitiveNarrative) it narrows no
// go-ahead. A modal followed by a verb of making do ("one of the rooms
// will do", "part of it can wait") still picks a part.

// reportingWords open a reported clause.
var reportingWords = set("worried afraid fear feared think thought suspect suspected reckon reckoned expect " +
	"concerned noticed heard imagine guess bet")

// reportedModals follow the partitive's noun in a clause about what may
// happen.
var reportedModals = set("will might may could would won't")

// makeDoVerbs after the modal choose or put off a part: "will do", "can
// wait", "would be enough".
var makeDoVerbs = set("do be have need wait suffice keep stay")

// partitiveReported reports a partial cue ending in "of" at ws[start:end]
// after a reportingWords word (maybe past "that") and followed, past its
// noun, by a modal and a verb other than makeDoVerbs.
func (c *clauseReader) partitiveReported(start, end int) bool {
	ws := c.ws
	if end >= len(ws) || ws[end-1] != "of" || start == 0 {
		return false
	}
	k := start - 1
	if ws[k] == "that" && k > 0 {
		k--
	}
	if !reportingWords.has(ws[k]) {
		return false
	}
	i := end
	if detWords.has(ws[i]) {
		i++
	}
	for m := i + 1; m+1 < len(ws) && m <= i+maxPartitiveNoun; m++ {
		if reportedModals.has(ws[m]) {
			return !makeDoVerbs.has(ws[m+1])
		}
	}
	return false
}
