package triage

import "testing"

// TestRunOnClosedClause: run-ons whose next ask opens after an urgency
// or time word, or after "also"/"plus" with a please-word before the
// request verb (shapes_runon_close.go); sentences written for the rules.
func TestRunOnClosedClause(t *testing.T) {
	t.Run("splits", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"urgency word, then whats", "hi can you send the spare filters to the depot asap whats the cost of next day courier", []string{"can you send the spare filters to the depot asap", "whats the cost of next day courier"}},
			{"urgently, then whens", "could you get the scaffold plans to the council urgently whens the next planning meeting", []string{"could you get the scaffold plans to the council urgently", "whens the next planning meeting"}},
			{"today, then wheres", "can you ring the tenant today wheres the spare key kept", []string{"can you ring the tenant today", "wheres the spare key kept"}},
			{"also pls, then a request verb", "hey can you book the van for friday morning also pls send the invoice to our new address", []string{"can you book the van for friday morning", "also pls send the invoice to our new address"}},
			{"plus please, then a request verb", "hi could you order two more crates of the blue tiles plus please send me the delivery note for last week", []string{"could you order two more crates of the blue tiles", "plus please send me the delivery note for last week"}},
			{"also plz, then a request verb", "can you renew the parking permit for the clinic also plz update the phone number on our account", []string{"can you renew the parking permit for the clinic", "also plz update the phone number on our account"}},
		})
	})
	t.Run("guards: one ask", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a wh-clause as the object, no closing word", "can u check with the landlord whats happening with the boiler", []string{"can u check with the landlord whats happening with the boiler"}},
			{"also please with no request verb after", "can you move the meeting to monday also please dont forget the slides", []string{"can you move the meeting to monday also please dont forget the slides"}},
			{"asap then a plain when clause", "can you send the revised drawings asap when you have a moment", []string{"can you send the revised drawings asap when you have a moment"}},
		})
	})
}
