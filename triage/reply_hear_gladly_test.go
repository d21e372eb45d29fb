package triage

import "testing"

// TestReplyHearGladly: "hoor ik het graag", "höre ich gern" (I'd like to
// hear) after a condition of time asks to be told when the work is done;
// the "graag"/"gern" in it is no yes, so the condition before it leaves
// the go-ahead standing (words_reply.go). A "graag" that answers still
// agrees. Sentences written for the test.
func TestReplyHearGladly(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"hear gladly nl", "Ga uw gang. Als de tekening af is, hoor ik het graag.", Accepted, "ga uw gang"},
		{"hear gladly nl", "Akkoord. Als het verslag klaar is horen we het graag.", Accepted, "akkoord"},
		{"hear gladly nl", "Doe maar. Als u iets vindt, verneem ik graag wat het kost.", Accepted, "doe maar"},
		{"hear gladly de", "Einverstanden. Wenn das Gutachten fertig ist, höre ich gern von Ihnen.", Accepted, "einverstanden"},
		{"hear gladly de", "Legen Sie los. Falls etwas unklar ist, hören wir gerne von Ihnen.", Accepted, ""},
		{"hear gladly alone", "Als het klaar is hoor ik het graag.", Unclear, ""},
		{"hear gladly guard", "Graag, als het voor vrijdag kan.", Unclear, "conditional"},
		{"hear gladly guard", "Ja graag, ga je gang.", Accepted, ""},
	})
}
