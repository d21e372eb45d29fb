package triage

// "Are you able to start in February?", "could you begin on Monday?":
// when the firm can start is a date it already knows, as "when can you
// start?" is. Only a start followed by the time itself is read; "start on
// the accounts" names the work and is left to the work words. Table rows
// in TestStartDate (words_kind_start_date_test.go).
var startDateSignals = []Signal{
	{Match: "start in {month}|start on {weekday}|start on the {ordinal}|start from {month}|begin in {month}|begin on {weekday}|" +
		"begin on the {ordinal}|starting in {month}|starting on {weekday}|start next week|start next month|begin next week",
		Kind: "quick", Weight: 2, Minutes: 1, Act: "date"},
}

func init() {
	registerSignals(startDateSignals, nil)
}
