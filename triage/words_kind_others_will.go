package triage

// Another party's willingness (helper "inbox17"): "whether the landlord
// would consider a sign on the elevation", "would the bank accept a
// later date?", "is the council open to a payment plan?". The client asks
// what a third party will agree to: the firm knows it or asks them, a
// minute's note; the work words inside (a sign on an elevation, a plan)
// are the client's proposal, not work for the firm. Asked of the firm
// ("would you consider redoing the plans?") the request stays work, and
// a letter to put the question stays writing. Table rows in
// TestOthersWillingness (words_kind_others_will_test.go).

// otherParties are third parties whose agreement a client asks about.
var otherParties = set("landlord landlords owner owners freeholder freeholders bank banks lender lenders council " +
	"insurer insurers supplier suppliers funder funders buyer buyers seller sellers tenant tenants hmrc board trustees " +
	"agent agents management committee")

// willingVerbs name a party's agreement: "would consider", "would allow".
var willingVerbs = set("consider agree accept allow let approve entertain mind object permit")

// othersWillWeight outweighs a request's form and one work word of the
// proposal ("elevation", "plan"); a writing job the firm is asked for in
// the same ask still wins.
const othersWillWeight = 3

func init() {
	wordClasses["otherparty"] = otherParties
	wordClasses["willing"] = willingVerbs
	registerSignals(othersWillSignals, nil)
}

// othersWillSignals are the English signals of the rule above.
var othersWillSignals = []Signal{
	{Match: "whether {det} {otherparty} would {willing}|whether {det} {otherparty} will {willing}|" +
		"if {det} {otherparty} would {willing}|if {det} {otherparty} will {willing}|" +
		"would {det} {otherparty} {willing}|will {det} {otherparty} {willing}|" +
		"{det} {otherparty} be willing|{det} {otherparty} be open to|is {det} {otherparty} open to|are {det} {otherparty} open to",
		Kind: "quick", Weight: othersWillWeight, Minutes: 1, Act: "info"},
}
