package triage

// A login for one person, or sending the client's mail to another
// address, is a setting the rep flips in a minute, not a job: "set up a
// login for our new manager on the portal", "can you switch the
// statements to be sent to our office instead of me?" (roles and access
// are in words_kind_facts.go). They outweigh the paid pull of "set up"
// and of what the setting sits in ("the review portal", "the invoices").
// A login system, a login page or permissions for a whole staff name
// work and match none of these.

// redirectedMail is mail a firm sends a client that can go to another
// address: "the invoices to go to accounts@ instead of me".
var redirectedMail = set("invoice invoices statement statements reminder reminders letters post mail emails receipts payslips bills notices newsletter")

// settingWeight outweighs "set up" and a paid noun around the setting
// ("review portal", "invoices") and a polite request's lean to work.
const settingWeight = detailEditWeight + 1

func init() {
	wordClasses["redirectedmail"] = redirectedMail
	registerSignals(accessSignals, nil)
}

var accessSignals = []Signal{
	quickCue(
		// A login for one person: only where the login ends the phrase
		// or is put for someone or somewhere ("a login for Sam", "a login
		// on the portal"), not "a login page" or "a login system".
		"set up {det} login for|set up {det} ... login for|set up {det} login on|set up {det} ... login on|set up {det} ... login $|"+
			"create {det} login for|create {det} ... login for|create {det} login on|create {det} ... login on",
		settingWeight, 2, "info"),
	quickCue("{redirectedmail} to go to ... instead of|{redirectedmail} to be sent to ... instead of|{redirectedmail} to be emailed to ... instead of|"+
		"{redirectedmail} to come to ... instead of|{redirectedmail} sent to ... instead of|{redirectedmail} emailed to ... instead of",
		settingWeight, 2, "info"),
}
