package ledger

import "github.com/fivemin/fivemin/quoting"

// Similarity is ClassifyEdit's measure alone: 1000 for the same words in
// the same order, 0 for nothing in common.
func Similarity(draft, sent string) int {
	_, s := ClassifyEdit(draft, sent)
	return s
}

// NewQuoteID is the quote ID of a source token, as the pipeline derives it.
func NewQuoteID(sourceToken string) string { return quoting.QuoteID(sourceToken) }

// SubjectTag is how a quote ID appears in a subject line.
func SubjectTag(id string) string { return "[" + id + "]" }
