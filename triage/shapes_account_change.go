package triage

// A wish to change what the client holds with the firm ("I'd like to
// freeze my membership", "we would like to cancel the order for the
// chairs", "I'd like to upgrade our plan") asks the firm to make the
// change, though the verb is the client's: only the firm can freeze,
// pause or cancel what it keeps. A verb of the kind with no thing of the
// client's after it ("we'd like to cancel if the weather turns") stays a
// wish. Table rows: TestAccountChangeWish (shapes_account_change_test.go).

var (
	// accountVerbs change an arrangement held with the firm.
	accountVerbs = set("cancel freeze pause suspend renew upgrade downgrade postpone")
	// heldDets name the arrangement as the client's or a known one.
	heldDets = set("my our the this that")
)

// accountChange: ws opens with such a verb and a held thing.
func accountChange(ws []string) bool {
	return len(ws) > 2 && accountVerbs.has(ws[0]) && heldDets.has(ws[1])
}
