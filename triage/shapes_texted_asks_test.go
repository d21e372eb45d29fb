package triage

import "testing"

// TestTextedAsks: asks worded as texts are: "lmk …" for "let me know",
// availability with the verb dropped, and a wait on the reader, which
// chases a thing already due (quick). Offers and news stay out.
func TestTextedAsks(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"lmk when", "lmk when the plasterer can start", []string{"quick: lmk when the plasterer can start"}},
		{"lmk if", "lmk if the courier came", []string{"quick: lmk if the courier came"}},
		{"lmk what", "lmk what time suits for the walkround", []string{"quick: lmk what time suits for the walkround"}},
		{"u around", "u around thurs for a quick chat", []string{"quick: u around thurs for a quick chat"}},
		{"you free", "you free monday to go over the snag list", []string{"quick: you free monday to go over the snag list"}},
		{"waiting from you", "still waiting on the gas certificate from you", []string{"quick: still waiting on the gas certificate from you"}},
		{"awaiting from you", "We are awaiting the completion statement from you.", []string{"quick: We are awaiting the completion statement from you."}},
		// Guards: an offer, news, a wait denied, a wait with no reader.
		{"guard: lmk offer", "lmk if you need anything else", nil},
		{"guard: news", "just fyi the skip arrived this morning", nil},
		{"guard: nothing awaited", "We're not waiting on anything from you now.", nil},
	})
}
