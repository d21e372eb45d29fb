package triage

// partNouns close the Partial cues that set a named part of the work
// aside ("leave the payroll part", "drop the blog bit").
var partNouns = set("part bit side section")

// partPhraseClosers may follow a part noun that ends its noun phrase:
// "leave the payroll part for now", "drop the blog bit and do the rest",
// "leave the tax side until April". Grammatical glue of partNounModifies.
var partPhraseClosers = set("for of to and or until till as alone out aside now then please thanks this that " +
	"on in at with off entirely altogether completely too also though if but so")

// partNounModifies reports a Partial cue of three words or more at
// ws[start:end] that closes on a part noun with a word after it that does
// not close the phrase: the part noun modifies that word ("leave the side
// gate open", "drop the part number round", "leave the section keys with
// reception"), an arrangement about the job, not a part of it set aside.
func (c *clauseReader) partNounModifies(start, end int) bool {
	return end-start >= 3 && end < len(c.ws) && partNouns.has(c.ws[end-1]) && !partPhraseClosers.has(c.ws[end])
}
