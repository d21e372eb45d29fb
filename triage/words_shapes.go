package triage

// English cues of the ask shapes in shapes.go: words that name what a
// rule allows, and availability (asking when the firm is free to do
// something is scheduling, not the work itself).
func init() {
	addLanguage("en", langCues{
		Signals: []Signal{
			{Match: "availability|available on|available in|any space in|any slots|free on {weekday}|free for a", Kind: "quick", Weight: 2.5, Minutes: 1, Act: "schedule"},
			// The same with the verb dropped, as texts do: "you free
			// monday to go over the snag list" (TestElidedAreYou finds
			// the ask; this weighs it as scheduling, whatever it is for).
			{Match: "^ u around|^ you around|^ u free|^ you free|^ u about|^ you about|^ u available|^ you available",
				Kind: "quick", Weight: 2.5, Minutes: 1, Act: "schedule"},
			// The same with the verb: "are you around next week to go
			// through it?" asks when the firm is free, whatever for.
			// "Around" only: "are you free to redo the plans?" and "are
			// you available to draft it?" as often ask for the work
			// (TestAroundToMeet, words_kind_reschedule_test.go).
			{Match: "^ are you around|^ are u around|^ r u around|^ are you both around|^ is anyone around",
				Kind: "quick", Weight: 2.5, Minutes: 1, Act: "schedule"},
		},
		Words: Words{
			// "nah", "nope" opening a clause refuse; "no" opens idioms
			// ("no problem") and is read by the reply reader itself.
			Decline: []string{"^ nah", "^ nope"},
		},
		RuleWords: []string{
			"entitled", "entitlement", "eligible", "eligibility", "qualify", "qualifies", "qualifying", "allowable",
			"permitted", "planning permission", "compliant", "compliance", "comply", "exempt", "exemption",
			"deductible", "claimable", "allowed to claim", "allowed to deduct", "allowed under", "allowed by",
			"count as", "counts as", "covered by", "covered for", "policy cover*", "insurance cover*",
			"under the rules", "the rules", "regulations", "legal to", "legally",
			"taxable", "tax treatment", "accounting treatment", "be treated", "treated as", "rules allow", "rule allows",
			"new rules",
			// What a body's standing rules let through, put in the
			// present (words_rule_makers.go): "whether the cemetery
			// allows kerb sets", "is a scanned copy accepted by the
			// registry?". A past step ("did the council accept the
			// plans?", "has it been accepted") is a status.
			"{rulemaker} allows", "{rulemaker} permits", "{rulemaker} accepts",
			// "lets" is "allows" said plainly, also after an adverb: "whether
			// the contract actually lets them charge for it".
			"{rulemaker} lets", "{rulemaker} ... lets", "does {det} {rulemaker} let",
			"does {det} {rulemaker} allow", "does {det} {rulemaker} permit", "does {det} {rulemaker} accept",
			"is accepted by", "are accepted by", "be accepted by",
			// Whether a thing meets what rules or standards require:
			// "check whether the guarding meets the requirements". One
			// named requirement ("meets the class B requirement") is a
			// fact the firm knows of what it specified.
			"meet {det} requirements", "meets {det} requirements", "meet {det} ... requirements", "meets {det} ... requirements",
			"meet {det} standards", "meets {det} standards", "meet {det} ... standards", "meets {det} ... standards",
			"legal requirements", "statutory requirements",
			// The same of what an assessment or a specification requires
			// of the client's case: "whether the ramp is as wide as the
			// risk assessment requires" (TestMeetsRatingOrAssessment). A
			// named rating alone ("meets the 30-minute rating") is left
			// out: of what the firm ordered it is a fact it knows.
			"{det} assessment require*", "{det} ... assessment require*",
			"{det} specification require*", "{det} ... specification require*",
			// The same of a payer's or a scheme's criteria: "check whether
			// the course meets their criteria for funding".
			"meet* {det} criteria", "meet* {det} ... criteria", "satisf* {det} criteria", "satisf* {det} ... criteria",
			"fulfil* {det} criteria", "fulfil* {det} ... criteria",
			// The same said of what another party demands, as a clause:
			// "check the certificate meets what the agent is asking for",
			// "whether the alarm satisfies what they require". A named
			// party or "they" only: "did it meet what we asked for?" asks
			// how the client's own order turned out.
			"meet* what {det} ... asking for", "meet* what {det} ... asked for", "meet* what {det} ... require*",
			"meet* what they're asking for", "meet* what they are asking for", "meet* what they asked for", "meet* what they require",
			"satisf* what {det} ... asking for", "satisf* what {det} ... asked for", "satisf* what {det} ... require*",
			"satisf* what they're asking for", "satisf* what they are asking for", "satisf* what they require",
			"compl* with what {det} ... asking for", "compl* with what {det} ... require*", "compl* with what they require",
			// What a named standard, code or law demands, asked of the
			// client's case: "check what the fire code requires for our
			// stairwell", "what do the regulations require of a landlord?".
			"{det} standard requires", "{det} ... standard requires", "{det} standards require", "{det} ... standards require",
			"{det} code requires", "{det} ... code requires", "{det} regulations require", "{det} ... regulations require",
			"{det} law requires", "{det} guidance requires", "{det} ... guidance requires",
			"{det} standard require", "{det} ... standard require", "{det} code require", "{det} ... code require",
			"{det} law require", "{det} guidance require", "{det} ... guidance require",
			// Who bears a cost under a lease or contract, and whether it
			// may be passed on: "who has to pay for the repair?", "can the
			// fee be recovered from the tenants?".
			"who pays for", "who has to pay", "who should pay", "who must pay", "who is liable", "who is responsible for paying",
			"recoverable", "be recovered from", "be recharged", "rechargeable",
			// Holiday a leaver or a worker on irregular hours is owed is
			// worked out from the statutory accrual: "what holiday is she
			// owed?", "how much accrued holiday do we pay him?".
			"holiday ... owed", "owed ... holiday",
			"accrued holiday", "holiday accrued", "untaken holiday",
			// Whether a cost may be claimed is what the rules allow for
			// the client's case: "can I claim my gym?" is "is it
			// claimable?" ("can I still claim…" is a known rule's yes/no:
			// stillInForce).
			"can i claim", "can we claim", "could i claim", "could we claim",
			"can i deduct", "can we deduct", "could i deduct", "could we deduct",
			// A ceiling the rules set: "how much can I take as a dividend?".
			"how much can i", "how much can we", "how much could i", "how much could we",
			// What the client is allowed to do: "are we allowed to reclaim…".
			"we are allowed to", "we're allowed to", "i am allowed to", "i'm allowed to", "are we allowed to",
			"am i allowed to",
			// Rules named by their subject ("the capital allowances rules"),
			// and what a tax obliges ("do we need to charge VAT…").
			"rules", "need to charge vat", "have to charge vat", "should charge vat", "must charge vat",
			"need to pay tax on", "have to pay tax on", "need to pay vat on", "have to pay vat on",
			"liable for vat", "liable to vat", "liable for tax",
			// Who answers for a loss in law: "are we liable for the
			// contractor's damage?". (Whether a tax falls on a thing, "is
			// the fee subject to VAT?", is often a fact the firm knows;
			// the labelled sets disagree, so it is left to other cues.)
			"are we liable", "am i liable", "would we be liable", "would i be liable", "could we be liable",
			"could i be liable", "are they liable", "is he liable", "is she liable",
			// Registering for a tax is what the tax obliges: "should I
			// register for VAT now or wait?" ("the threshold for registering",
			// a fact, is not the verb of the question).
			"register for vat", "register for gst", "register for paye", "register for self assessment",
			"register for self-assessment", "register for corporation tax", "register as an employer",
			// What an agreement allows, whoever it binds: "check whether
			// the landlord can raise it under our lease".
			"under {det} lease", "under {det} contract", "under {det} agreement", "under {det} tenancy",
			"under {det} terms", "under {det} employment contract", "under {det} franchise agreement",
			"under {det} service agreement", "under {det} licence", "under {det} license",
			// Terms named with their kind or their owner: "under your
			// standard terms", "under the supplier's trade terms".
			"under {det} ... terms",
			// Whether work must be reported to a body is what its rules
			// oblige: "does the new circuit have to be notified?", "is a
			// loft conversion notifiable?".
			"notifiable", "has to be notified", "have to be notified", "must be notified", "needs to be notified",
			// Whether a change in the client's situation touches their
			// insurance is what the policy wording allows: "does that
			// affect our cover?", "would that change anything on the
			// policy?", "am I covered?".
			"affect {det} cover", "affects {det} cover", "affect {det} insurance", "affects {det} insurance",
			"affect {det} policy", "affects {det} policy", "change anything ... insurance", "change anything ... policy",
			"invalidate {det} insurance", "invalidate {det} policy", "invalidate {det} cover", "void {det} insurance", "void {det} policy",
			// What a cover reaches and whether it is enough, put as a
			// question on the cover itself: "will our indemnity cover
			// design work?", "does the plant section extend to hired-in
			// kit?", "is our works cover high enough for the job?".
			"{insures} covers", "section cover*", "{insures} extends to", "{insures} extend to", "cover extends to", "cover extend to",
			// (From the determiner: the rule words then hold the quick
			// "cover" read after them.)
			"{det} cover high enough", "{det} ... cover high enough", "{det} cover enough", "{det} ... cover enough",
			"{det} cover sufficient", "{det} ... cover sufficient", "{det} cover adequate", "{det} ... cover adequate",
			"enough cover", "adequate cover", "sufficient cover", "adequately covered", "adequately insured", "underinsured", "under insured",
			"limit high enough", "limits high enough", "insured high enough",
			"am i covered", "are we covered", "would we be covered", "would i be covered",
			"will we be covered", "will i be covered",
			// Where the client stands against a loan's covenants: "check
			// whether we're inside the cash covenant"; "the covenant
			// certificate" alone is a paper, not the rule.
			"inside {det} ... covenant", "inside {det} ... covenants", "within {det} ... covenant", "within {det} ... covenants",
			"outside {det} ... covenant", "outside {det} ... covenants", "breach {det} ... covenant", "breach {det} ... covenants",
			"breach of {det} ... covenant", "breach of {det} ... covenants", "meet {det} ... covenant", "meet {det} ... covenants",
		},
	})
}
