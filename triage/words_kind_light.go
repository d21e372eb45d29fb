package triage

// Quick-vs-paid cues the kinds4 probes showed missing: light verbs that
// hand over a named piece of work ("deal with the appeal"), a small
// product named by its size ("a one-line reply", "this one figure"),
// getting hold of a copy, a team's named shared mailbox, what a client's
// obligations are, and instructions asked for ("tell me how to set up…")
// rather than the work itself. Each has table rows in TestKindShapesLight
// (kind_light_test.go), with rows where it must not fire.

// tinyProduct names a product by its smallness: a line, one figure, a
// quick confirmation. Whatever verb asks for it ("prepare a quick
// confirmation", "draft a one-line reply", "review this one figure"), it
// is a minute's work. "A one-page summary" or "a quick report" are not
// listed: a page or a report is real work; nor is "this figure", which
// may be a total to rework ("recalculate this figure for the year").
const tinyProduct = "one-line|one line|one-liner|a quick confirmation|a short confirmation|a quick line|a line confirming|" +
	"one figure|one number|single figure|single number"

// tinyWeight outweighs a work verb counted twice ("you write" and "write
// a") and a category noun, as smallEditWeight does for one changed
// element.
const tinyWeight = 5

// copyFetch: getting hold of a copy of a document that exists, whatever
// the light verb ("sort out a copy of the certificate", "dig out the
// lease"): the document is sent, not made.
const copyFetch = "sort out a copy|sort out copies|sort me out a copy|sort us out a copy|dig out a copy|dig out {det}|" +
	"get me a copy|get us a copy|find me a copy|find us a copy"

// copyWeight outweighs "sort out" (2) and a category noun or two.
const copyWeight = 3

// obligationsMatch asks what a rule requires of the client: "what are my
// obligations as an employer?", "do we have any obligations to…". What a
// rule requires for this client is research (a rule word). It needs the
// asking words or "as a …": "did we meet our obligations this month?" is
// a status, and a contract's obligations named as the object of a review
// ("review the repairing obligations") are left to the work verb.
const obligationsMatch = "what are my obligations|what are our obligations|what obligations|any obligations|" +
	"my obligations as|our obligations as|my legal obligations|our legal obligations|obligations do i|obligations do we|" +
	"my duties as|our duties as|my responsibilities as|our responsibilities as"

// instructMatch asks for instructions: the answer is a few steps the
// client follows, so it pulls towards quick even with no work verb after
// it ("please show us how to log in").
const instructMatch = "tell me how to|tell us how to|explain how to|show me how to|show us how to|remind me how to|remind us how to"

// instructVerbs ask for instructions: "tell me how to…", "explain how
// to…", "show us how to…". The work after "how to" is the client's.
var instructVerbs = set("tell explain show remind")

// instructReach is how far before "how to" the instructing verb may be
// ("can you tell me quickly how to…").
const instructReach = 4

// recencyWords name which revision or version exists: "from the last
// revision", "the latest revision".
var recencyWords = set("last latest previous current final newest earlier")

func init() {
	ruleSignals[obligationsMatch] = true
	registerSignals(lightSignals, lightSignalsByLang)
}

var lightSignals = []Signal{
	// Handing over a named matter with a light verb: "could you deal with
	// the insurance claim?", "please deal with our landlord's letter".
	// The pronoun forms are in words_kind_admin.go.
	{Match: "deal with {det}|deal with our|deal with my", Kind: "paid", Weight: 2, Act: "work"},
	quickCue(tinyProduct, tinyWeight, 2, "confirm"),
	quickCue(copyFetch, copyWeight, 2, "send"),
	quickCue(instructMatch, 1.5, 2, "info"),
	{Match: obligationsMatch, Kind: "paid", Weight: 2.5, Act: "research", Category: "advisory"},
}

// lightSignalsByLang: the light verbs that hand over a piece of work in
// the other languages ("vous occuper de", "op orde brengen"), and nouns
// of redesign the lists lacked.
var lightSignalsByLang = map[string][]Signal{
	"fr": {
		{Match: "vous occuper de|vous occuper du|vous occuper des|occupez-vous de|occupez vous de|s'occuper de", Kind: "paid", Weight: 2, Act: "work"},
		{Match: "refonte", Kind: "paid", Weight: 3, Act: "design"},
	},
	"nl": {
		{Match: "op orde brengen|op orde maken|op orde krijgen|op orde zetten", Kind: "paid", Weight: 2, Act: "work"},
		{Match: "administratie", Kind: "paid", Weight: 0.5, Category: "bookkeeping"},
	},
}

// howToWork: a work verb after "tell me how to" is the client's to do
// ("can you tell me how to set up the scanner?"); the firm is asked for
// instructions, not for the work.
func (e *Engine) howToWork(ws []string, start, si int) bool {
	if start < 3 || ws[start-1] != "to" || ws[start-2] != "how" || e.signals[si].Kind != "paid" || e.signals[si].Act == "" {
		return false
	}
	for k := start - 3; k >= 0 && k >= start-2-instructReach; k-- {
		if instructVerbs.has(ws[k]) {
			return true
		}
	}
	return false
}

// namedRevision: "revision" after "last", "latest" or the like names a
// version that exists ("the PDF from the last revision"), not a review
// to be done.
func (e *Engine) namedRevision(ws []string, start, si int) bool {
	return start > 0 && recencyWords.has(ws[start-1]) && ws[start] == "revision" && e.signals[si].Kind == "paid"
}
