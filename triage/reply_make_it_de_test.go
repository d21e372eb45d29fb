package triage

import "testing"

// TestReplyGermanMakeItAccepts: "Bitte erstellen Sie das Gutachten",
// "Erstellen Sie bitte den Plan": asking for the quoted piece to be made
// goes ahead, as "bitte machen Sie das" does. Doing it first, or not
// at all, does not.
func TestReplyGermanMakeItAccepts(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"bitte erstellen Sie", "Danke für Ihre Nachricht. Bitte erstellen Sie das Gutachten für die Scheune.", Accepted, "bitte erstellen sie"},
		{"erstellen Sie bitte", "Erstellen Sie bitte den Pflegeplan für unsere Hecken.", Accepted, "erstellen sie bitte"},
		{"bitte erstellen", "In Ordnung, dann bitte erstellen Sie die Übersicht bis Ende Januar.", Accepted, ""},
		{"bitte erstellen wie", "Vielen Dank, bitte erstellen Sie die Aufstellung wie beschrieben.", Accepted, "bitte erstellen sie"},
		{"erstellen bitte den", "Erstellen Sie bitte das Konzept für den Innenhof, die Kosten passen.", Accepted, "erstellen sie bitte"},
		// Guards: a no, and a question back.
		{"guard: no", "Danke, aber erstellen Sie das bitte nicht, wir verzichten.", Declined, ""},
		{"guard: question", "Was würde es kosten, wenn Sie nur den ersten Teil erstellen?", Unclear, ""},
	})
}
