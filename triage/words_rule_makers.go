package triage

// ruleMakers are bodies and papers whose standing rules say what is let
// through: a client asking what one of them allows, permits or accepts
// asks what its rules say, which is research (the RuleWords of
// words_shapes.go). Whether a third party would agree to a proposal is
// another shape (words_kind_others_will.go). Table rows in
// TestRuleMakersAllow (words_rule_makers_test.go). The papers a client
// holds with a firm (agreement, contract, guarantee, warranty, licence)
// set terms the same way: what one lets or allows in the client's case is
// read from its wording (TestPapersTermsAllow, words_rule_papers_test.go).
var ruleMakers = set("council councils diocese churchyard churchyards cemetery cemeteries crematorium parish " +
	"embassy consulate registry court courts authority authorities regulator regulators venue venues " +
	"lease tenancy scheme agreement agreements contract contracts guarantee guarantees warranty warranties " +
	"licence licences license licenses policy constitution covenant covenants bylaws")

func init() {
	wordClasses["rulemaker"] = ruleMakers
}
