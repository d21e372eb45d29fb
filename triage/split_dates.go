package triage

import (
	"strconv"
	"strings"
	"unicode"
)

// germanMonths are the month names (and their short forms) that follow an
// ordinal day in German dates: "vom 12. November", "bis 3. Feb.".
var germanMonths = set("januar jänner februar feber märz april mai juni juli august september oktober november " +
	"dezember jan jän feb mär märz apr jun jul aug sep sept okt nov dez")

// ordinalDate: the period after a day number before a month name ("den
// Bescheid vom 12. November") marks a German ordinal; it does not end the
// sentence, though a capital follows it.
func ordinalDate(prev, after string) bool {
	if len(prev) == 0 || len(prev) > 2 {
		return false
	}
	d, err := strconv.Atoi(prev)
	if err != nil || d < 1 || d > 31 {
		return false
	}
	end := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(after)
	}
	return germanMonths.has(strings.ToLower(after[:end]))
}
