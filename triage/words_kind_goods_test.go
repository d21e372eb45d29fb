package triage

import "testing"

// TestGoodsOrderKinds: stock sent, added or changed in trade units is
// quick (words_kind_goods.go); goods made to order, and "cases" or
// "boxes" that are not stock, stay as they were. Sentences written for
// this test.
func TestGoodsOrderKinds(t *testing.T) {
	e := New(DefaultConfig())
	rows := []struct {
		text  string
		want  Kind
		guard bool
	}{
		{"Could you send 4 pallets of the grey paving slabs to the Elm Street site?", Quick, false},
		{"Can you add six cases of the sparkling water to Friday's delivery?", Quick, false},
		{"Please bump our standing order from 12 to 20 crates of the oat milk.", Quick, false},
		{"Can you deliver 2 pallets of compost to the garden centre on Monday?", Quick, false},
		{"could you reduce next week's order to 5 drums of the floor cleaner", Quick, false},
		{"Can you dispatch 30 boxes of the A4 copier paper to our Leeds branch?", Quick, false},
		{"Please add 8 reels of the blue banding to the order.", Quick, false},
		{"Could you get 3 bundles of the cedar battens to the yard by Thursday?", Quick, false},
		// Guards: goods made or designed to order, and cases that are not stock.
		{"Can you design a gift box and print 500 boxes of it for our launch?", Paid, true},
		{"Could you review the cases we sent over and draft a summary for the board?", Paid, true},
		{"Please prepare a custom label design for 40 cases of our new gin.", Paid, true},
	}
	for _, r := range rows {
		qs := e.Questions(r.text)
		if len(qs) == 0 || qs[0].Kind != r.want {
			t.Errorf("%q: got %q, want %s", r.text, askList(e, r.text), r.want)
		}
	}
}

// TestTradeTermKinds: a supplier's standing terms asked for are quick
// facts, even when the goods are made to order; a request to make the
// thing stays paid. Sentences written for this test.
func TestTradeTermKinds(t *testing.T) {
	e := New(DefaultConfig())
	rows := []struct {
		text string
		want Kind
	}{
		{"What's the minimum order for printed coffee sleeves?", Quick},
		{"What is your lead time on custom printed labels at the moment?", Quick},
		{"Is there a minimum print run for the embossed folders?", Quick},
		{"What's the MOQ on the branded tissue paper?", Quick},
		{"Are the kraft printed tubes back in stock yet?", Quick},
		{"How long is the lead time for printing 2,000 banners?", Quick},
		{"Also, what's the minimum order for screen printing on the tote bags?", Quick},
		{"And what's the current lead time for printing the foil labels?", Quick},
		// Guards: making the thing is asked for.
		{"Could you design a printed sleeve for us and tell us the minimum order?", Paid},
		{"Please print 300 copies of the brochure.", Paid},
	}
	for _, r := range rows {
		qs := e.Questions(r.text)
		if len(qs) == 0 || qs[0].Kind != r.want {
			t.Errorf("%q: got %q, want %s", r.text, askList(e, r.text), r.want)
		}
	}
}
