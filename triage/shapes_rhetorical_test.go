package triage

import "testing"

// TestRhetoricalQuestions: sentences written for shapes_rhetorical.go
// (none taken from a set), other trades and other words. Guard rows still
// ask.
func TestRhetoricalQuestions(t *testing.T) {
	t.Run("a yes/no question the client answers no at once vents", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"boiler", "Is it reasonable for a new boiler to break down twice in one winter? I don't think so. Please send an engineer on Monday.", []string{"Please send an engineer on Monday."}},
			{"roofer", "Should a new roof really leak after one storm? Of course not. Can you come back and fix the flashing?", []string{"Can you come back and fix the flashing?"}},
			{"courier", "Was it too much to ask for the parcel to arrive on the right day? Surely not. When will the refund go through?", []string{"When will the refund go through?"}},
			{"kitchen fitter", "Would you accept doors that don't close properly? I doubt it. Please replace the two wall units.", []string{"Please replace the two wall units."}},
			{"gardener", "Does a hedge really need three visits to trim? I didn't think so. What do I owe for October?", []string{"What do I owe for October?"}},
		})
	})
	t.Run("guards: an answer with more to say, or a hopeful one, leaves the question", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a hopeful answer", "Can you come on Friday? I hope so.", []string{"Can you come on Friday?"}},
			{"the answer goes on", "Has the payment gone through? I don't think so, my bank shows nothing yet.", []string{"Has the payment gone through?"}},
		})
	})
	t.Run("a why-question the client answers with its reason tells the story", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a florist", "Why did the wreath arrive a day late? Because the driver had the wrong postcode. Can you refund the delivery charge?", []string{"Can you refund the delivery charge?"}},
			{"a printer", "How come the banners were cut short? Cos someone sent the old file, that's how. Please reprint two of them.", []string{"Please reprint two of them."}},
			{"a landscaper", "Why is the lawn still patchy? Because the seed went down in a dry week. Could you come and overseed it in spring?", []string{"Could you come and overseed it in spring?"}},
		})
	})
	t.Run("guards: a reason still asked, or no reason given", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a reason asked back", "Why is the bill higher this month? Because of the new rate?", []string{"Why is the bill higher this month?", "Because of the new rate?"}},
			{"a why-question alone", "Why is the bill higher this month? The usage looks the same.", []string{"Why is the bill higher this month?"}},
			{"a reason after a yes/no question", "Can you come on Monday? Because Tuesday is the school run.", []string{"Can you come on Monday?"}},
		})
	})
	t.Run("an emphatic what-am-I-paying-for complains", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"window cleaner", "The windows are still streaky. What exactly am I paying for? Please come back on Thursday.", []string{"Please come back on Thursday."}},
			{"alarm company", "The alarm went off again at 3am. What are we even paying you for? Can you send someone today?", []string{"Can you send someone today?"}},
			{"cleaner", "Half the rooms were skipped. What am I actually paying for? Please redo the upstairs rooms.", []string{"Please redo the upstairs rooms."}},
			{"web host", "The site was down all weekend. What precisely are we paying for? When will it be fixed?", []string{"When will it be fixed?"}},
			{"pool man", "The pool is green again. What exactly are we paying them for? Can you test the water on Monday?", []string{"Can you test the water on Monday?"}},
		})
	})
	t.Run("guards: a price or a breakdown asked", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a price", "What am I paying for the annual service?", []string{"What am I paying for the annual service?"}},
			{"no emphasis", "What am I paying for?", []string{"What am I paying for?"}},
		})
	})
}
