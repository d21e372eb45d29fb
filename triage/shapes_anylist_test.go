package triage

import "testing"

// TestAnyListItem: "… and any X" at the end of a request to the firm adds
// X to what is asked for, one ask; "and any news …", or "any" after a
// question that is not put to the firm, still opens a second question.
func TestAnyListItem(t *testing.T) {
	e := New(DefaultConfig())
	for _, tt := range []struct {
		text string
		want int
	}{
		{"Could you send me the bank statement and any letters from the lender?", 1},
		{"Please bring the site drawings and any survey notes you have.", 1},
		{"Can you price the rewiring, including the consumer unit and any extra sockets?", 1},
		{"Could you draw up the tenancy agreement with the break clause and any pet conditions?", 1},
		{"Please forward the courier's invoice and any proof of delivery.", 1},
		{"Can you prepare the menu costings showing the margin per dish and any wastage allowance?", 1},
		// guards
		{"Can you confirm the van is booked, and any news on the insurance claim?", 2},
		{"Did the parcel arrive and any idea when the refund lands?", 2},
	} {
		t.Run(tt.text, func(t *testing.T) {
			if qs := e.Questions(tt.text); len(qs) != tt.want {
				t.Errorf("%d asks %+v, want %d", len(qs), qs, tt.want)
			}
		})
	}
}
