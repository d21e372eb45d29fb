package triage

import "testing"

// TestReplyLeaveItThereSplitNl: Dutch splits "hierbij"/"daarbij" round a
// particle ("we laten het hier even bij", "ik houd het daar maar bij"),
// which stops at the answer given as the joined word does ("maar" as
// the particle still splits the clause as a contrast word: not read). "bij" that
// does not close the clause (left with someone, at a place) is no no.
func TestReplyLeaveItThereSplitNl(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"split nl", "Bedankt voor de snelle uitleg over de huurverhoging. We laten het hier even bij.", Declined, "laten het hier even bij"},
		{"split nl", "Duidelijk verhaal. Ik houd het daar voorlopig bij.", Declined, "houd het daar voorlopig bij"},
		{"split nl", "Dank u wel. Wij laten het daar voorlopig bij, de begroting is op.", Declined, "laten het daar voorlopig bij"},
		{"split nl", "Top, dank je. We houden het hier bij.", Declined, "houden het hier bij"},
		{"split nl", "Dank voor de info over de termijn, we laten het hier dan ook bij.", Declined, "laten het hier dan ook bij"},
		// Guards: "bij" with someone or somewhere, or not closing the clause.
		{"split nl guard", "Ga je gang, we laten het pakket hier bij de receptie.", Accepted, "ga je gang"},
		{"split nl guard", "Prima, ga je gang. Ik laat het hier bij de buren achter.", Accepted, "ga je gang"},
		{"split nl guard", "We laten het hier bij jullie, ga je gang.", Accepted, "ga je gang"},
		{"split nl guard", "Laat het hier even bij Sandra, zij beslist.", Unclear, ""},
		{"split nl guard", "Ik laat het hier.", Unclear, ""},
	})
}
