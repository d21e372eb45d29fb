package triage

// ruleMakers are bodies and papers whose standing rules say what is let
// through: a client asking what one of them allows, permits or accepts
// asks what its rules say, which is research (the RuleWords of
// words_shapes.go). Whether a third party would agree to a proposal is
// another shape (words_kind_others_will.go). Table rows in
// TestRuleMakersAllow (words_rule_makers_test.go).
var ruleMakers = set("council councils diocese churchyard churchyards cemetery cemeteries crematorium parish " +
	"embassy consulate registry court courts authority authorities regulator regulators venue venues " +
	"lease tenancy scheme " +
	// The papers whose terms say what is let through: "whether the
	// contract allows us to end it early", "does the warranty let us
	// fit our own parts?".
	"contract agreement warranty guarantee policy constitution covenant covenants bylaws")

func init() {
	wordClasses["rulemaker"] = ruleMakers
}
