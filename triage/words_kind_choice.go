package triage

// Quick-vs-paid cues the kinds3 probes showed missing: a choice between
// two named options and adding one person to something shared (whether a
// cost can be claimed is a rule word: words_shapes.go). Each has table rows in TestKindShapesChoice
// (kind_choice_test.go), with rows where it must not fire. English only.

// namedChoiceMatch is a choice between two options the client names,
// put as "should we go with X or Y" or "should I register as X or Y":
// weighing them for the client is advice, as choiceMatch is. It needs a
// choosing verb, so "should I print the contracts or will you bring
// copies?" (who does a small thing) and "should we meet Tuesday or
// Wednesday?" (a slot) do not match. Like choiceMatch it weighs the same
// whoever would act.
const namedChoiceMatch = "go with ... or|go for ... or|opt for ... or|register as ... or|set up as ... or|" +
	"trade as ... or|stick with ... or|switch to ... or|go with ... ... or|opt for ... ... or|" +
	"register as ... ... or|stick with ... ... or|switch to ... ... or|choose between|decide between|pick between"

// sharedThings are what a team shares: adding one person to one is
// giving access, a minute's admin.
var sharedThings = set("calendar calendars drive folder folders mailbox inbox channel workspace site")

// sharedOwners say a thing is the team's: "the shared calendar", "the
// team drive", "the project folder". A bare "the calendar system" is the
// system itself (setting people up on it is IT work).
var sharedOwners = set("shared team office project group company staff")

// sharedAddWeight outweighs "add … to {det}" (a fix) and a category
// noun in the same ask, as accessWeight does for "give … access".
const sharedAddWeight = 3

func init() {
	wordClasses["sharedthing"] = sharedThings
	wordClasses["sharedowner"] = sharedOwners
	ruleSignals[namedChoiceMatch] = true
	registerSignals(choiceSignals, nil)
}

var choiceSignals = []Signal{
	{Match: namedChoiceMatch, Kind: "paid", Weight: choiceWeight, Act: "research", Category: "advisory"},
	// One person added to a shared calendar, drive or list: "please add
	// Jo to the team calendar", "add our new temp to the shared mailbox",
	// "put me on the mailing list". Moving the shared thing ("migrate our
	// shared drive") has no "add … to".
	// A team's named shared thing: "add Sam to the sales shared mailbox".
	quickCue("add ... to {det} {sharedowner} {sharedthing}|add ... to {det} {sharedowner} ... {sharedthing}|"+
		"add ... to {det} ... {sharedowner} {sharedthing}|"+
		"add ... to {det} mailing list|"+
		"add ... to {det} distribution list|put ... on {det} mailing list|put ... on {det} distribution list",
		sharedAddWeight, 2, "info"),
}
