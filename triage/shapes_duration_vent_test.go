package triage

import "testing"

// TestDurationVent: a sharpened "does it have to take so long?" about a
// wait vents; plain questions about how long a thing takes, and "have to
// take" with a thing after it, still ask. Sentences written for the test.
func TestDurationVent(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Does it really have to take three weeks to reissue a parking permit?", ""},
		{"en", "Must the council always take this long to answer a simple letter?", ""},
		{"en", "Do building inspections really need to take forever?", ""},
		{"en", "Does every repair always have to take so long with this landlord?", ""},
		{"en", "Does a passport renewal really have to take ages?", ""},
		// Guards: real questions about time or about taking something.
		{"en", "Does the bank transfer usually take two days to clear?", Quick},
		{"en", "Do we really have to take the pension as a lump sum?", Quick},
		{"en", "How long does the probate application have to take?", Quick},
		{"en", "Will the planning decision take six weeks?", Quick},
	})
}
