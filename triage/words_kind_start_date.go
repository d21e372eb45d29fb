package triage

import "strings"

// "Are you able to start in September?", "could you begin on Monday?":
// when the firm can start is a date it already knows, as "when can you
// start?" is. Only a start followed by the time itself is read; "start on
// the accounts" names the work and is left to the work words. Table rows
// in TestStartDate (words_kind_start_date_test.go).
var startDateSignals = []Signal{{Match: startDateMatch(), Kind: "quick", Weight: 2, Minutes: 1, Act: "date"}}

// startDateMatch: the firm as the subject ("can you start in …", "are
// you able to begin on …", "would you be able to start on the …"), then
// the time. "I would like to start in January" and "two apprentices start
// in March" are the client's plans, not a question to the firm.
func startDateMatch() string {
	var out []string
	for _, who := range []string{"you", "you able to", "you be able to"} {
		for _, v := range []string{"start", "begin"} {
			for _, when := range []string{"in {month}", "on {weekday}", "on the {ordinal}", "next week", "next month"} {
				out = append(out, who+" "+v+" "+when)
			}
		}
	}
	return strings.Join(out, "|")
}

func init() {
	registerSignals(startDateSignals, nil)
}
