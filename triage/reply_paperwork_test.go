package triage

import "testing"

// TestPaperworkToFollow: a condition on the client's own paperwork ("PO to
// follow once …") sets no condition on the go-ahead; a condition on the
// work still does.
func TestPaperworkToFollow(t *testing.T) {
	e := New(DefaultConfig())
	for _, tt := range []struct {
		text string
		want Decision
	}{
		{"Go ahead please. PO to follow once finance have approved the budget line.", Accepted},
		{"That's fine, please proceed. The purchase order will follow when our buyer is back on Monday.", Accepted},
		{"Yes, go ahead. Payment will follow once we get your invoice.", Accepted},
		{"Happy for you to start, PO to follow as soon as the system is back up.", Accepted},
		{"OK, go ahead, paperwork to follow when I'm back in the office.", Accepted},
		// Guards: the condition is on the work.
		{"Go ahead once the board has approved it.", Unclear},
		{"If the total includes VAT, go ahead.", Unclear},
	} {
		if got := e.ReadReply(tt.text).Decision; got != tt.want {
			t.Errorf("ReadReply(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestLeaveWhereItIs: leaving the thing the quote was about where it is,
// or not taking the offer up, declines.
func TestLeaveWhereItIs(t *testing.T) {
	e := New(DefaultConfig())
	for _, tt := range []struct {
		text string
		want Decision
	}{
		{"Thanks for the quote. We've decided to leave the old server where it is for another year.", Declined},
		{"On reflection I'll leave the savings where they are.", Declined},
		{"Thank you, but I won't take up the offer of the review this time.", Declined},
		{"We won't be taking up the extra training sessions.", Declined},
		{"Kind of you, but we won't take you up on the redesign.", Declined},
		// Guards: the go-ahead with a place named; the work's size.
		{"Please go ahead, and leave the spare keys where they are in the office.", Accepted},
		{"Go ahead, it won't take up much of your time I hope.", Accepted},
	} {
		if got := e.ReadReply(tt.text).Decision; got != tt.want {
			t.Errorf("ReadReply(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestPayeeNameNoPrice: a price word inside the name a billing aside bills
// to ("Lowcost Interiors", "Price & Sons") is part of that name; a price
// asked after the name still asks.
func TestPayeeNameNoPrice(t *testing.T) {
	e := New(DefaultConfig())
	for _, tt := range []struct {
		text string
		want Decision
	}{
		{"Please go ahead. Could you address the invoice to Hart-Price Joinery Ltd?", Accepted},
		{"Fine, go ahead. Can you send the invoice to Price Brothers Ltd rather than to me?", Accepted},
		{"Yes please proceed. Could you make the invoice out to Fair Cost Lettings?", Accepted},
		{"OK to go ahead. Can you invoice it to Best Rate Removals?", Accepted},
		{"Go ahead please. Could you send the invoice to Value Fees Ltd, our holding company?", Accepted},
		// Guards: a price asked after the name.
		{"Go ahead. Can you send the invoice to Hart Joinery and what will the price be with VAT?", Unclear},
	} {
		if got := e.ReadReply(tt.text).Decision; got != tt.want {
			t.Errorf("ReadReply(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
