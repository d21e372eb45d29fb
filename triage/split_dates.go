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

// germanOrdinalLeads are German articles, possessives and prepositions
// that a bare number cannot close a sentence after: "vor meinem 85.
// Lebensjahr", "zum 10. Jubiläum", "im 3. Quartal". English "am" is left
// out ("I am 85. Next year …" ends there).
var germanOrdinalLeads = set("dem den der des die das zum zur vom im beim ab bis seit vor nach jedem jeden " +
	"mein meinem meinen meiner meines dein deinem deinen deiner sein seinem seinen seiner ihr ihrem ihren ihrer " +
	"unser unserem unseren unserer euer eurem euren eurer")

// ordinalAfterLead: the period after a number of up to three digits that
// follows one of germanOrdinalLeads marks a German ordinal ("vor meinem
// 85. Lebensjahr"): the capital after it opens a noun, not a sentence.
func ordinalAfterLead(before, prev string) bool {
	if len(prev) == 0 || len(prev) > 3 {
		return false
	}
	for i := 0; i < len(prev); i++ {
		if prev[i] < '0' || prev[i] > '9' {
			return false
		}
	}
	rest := strings.TrimRight(before, " ")
	rest = strings.TrimRight(rest[:len(rest)-len(prev)], " ")
	return germanOrdinalLeads.has(strings.ToLower(lastToken(rest)))
}
