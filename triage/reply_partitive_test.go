package triage

import "testing"

// TestReplyPartitiveNarrative: "one of", "some of", "part of" as the
// subject of a past-tense clause tell what happened and narrow no
// go-ahead; the same words choosing a part of the work still do.
// Sentences written for the test.
func TestReplyPartitiveNarrative(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"partitive narrative", "Yes please go ahead. One of the radiators was cold all last winter too.", Accepted, "go ahead"},
		{"partitive narrative", "Please proceed. Some of the receipts went missing when we moved office.", Accepted, "proceed"},
		{"partitive narrative", "Go for it, part of the wall was damp when we bought the place.", Accepted, "go for it"},
		{"partitive narrative", "Happy for you to start. Half of the old invoices had the wrong VAT number on them.", Accepted, ""},
		{"partitive narrative", "Crack on. My neighbour said one of the slates looked loose after the storm.", Accepted, "crack on"},
		{"partitive narrative guard", "Go ahead with some of it.", Unclear, "part of the work"},
		{"partitive narrative guard", "Go ahead, but only do one of the reports we discussed.", Unclear, "part of the work"},
		{"partitive narrative guard", "Yes, go ahead with one of the attached designs.", Unclear, "part of the work"},
		{"partitive narrative guard", "Please do part of the garden now and the rest in spring.", Unclear, ""},
	})
}
